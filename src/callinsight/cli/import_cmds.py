"""``callinsight import PATH...``: bring existing transcripts into the store."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from callinsight.cli.app import app, load, state
from callinsight.errors import SomeInputsFailed


@app.command("import")
def import_(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(help="Transcript files or folders (walked for .json, .jsonl, .vtt, .srt, .txt)."),
    ],
    agent: Annotated[
        list[str] | None,
        typer.Option("--agent", help="Speaker name that is the agent in VTT/SRT/text files (repeatable)."),
    ] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal).")] = None,
) -> None:
    """Import transcripts (JSON/JSON Lines, WebVTT, SRT, plain text; see docs/import.md); exit 3 if some failed.

    Each call is redacted and measured like a transcribed one; `callinsight run` then mines it.
    Importing a call id again replaces the earlier version, unless nothing changed (then it is skipped).
    """
    from callinsight.importer import import_transcripts
    from callinsight.pipeline.progress import Progress

    logging.basicConfig(level=logging.DEBUG if state(ctx).verbose else logging.WARNING, format="%(levelname)s %(message)s")
    config = load(ctx)
    result = import_transcripts(config, paths, agent_names=tuple(agent or ()), progress=Progress(enabled=progress))
    for call_id, status, source in result.calls:
        typer.echo(f"{status:8} {call_id}  {source}")
    for failure in result.failures:
        typer.echo(f"failed   {failure.path}: {failure.reason}", err=True)
    redacted = ", ".join(f"{kind} {n}" for kind, n in sorted(result.redactions.items())) or "none"
    typer.echo(
        f"import {result.run_id}: {result.new} new, {result.updated} updated, {result.unchanged} unchanged, {result.failed} failed "
        f"(redacted: {redacted})"
    )
    if result.failed:
        raise SomeInputsFailed(
            f"{result.failed} input(s) failed", hint="`callinsight status` lists each file with its reason"
        )
