"""CLI commands of the mining area (registered on import): ``callinsight mining taxonomy|rerun``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from callinsight.cli.app import app, load
from callinsight.errors import SomeInputsFailed

mining_app = typer.Typer(help="Insight mining: the taxonomy and re-mining after changing it.", no_args_is_help=True)
app.add_typer(mining_app, name="mining")


@mining_app.command("taxonomy")
def taxonomy(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the default taxonomy to this file (default: print it).")] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing --output file.")] = False,
) -> None:
    """Copy the shipped default taxonomy for editing; then set [mining] taxonomy to the copy."""
    from callinsight.mining.rerun import copy_default_taxonomy
    from callinsight.mining.taxonomy import default_taxonomy_text

    if output is None:
        typer.echo(default_taxonomy_text(), nl=False)
        return
    path = copy_default_taxonomy(output, force=force)
    typer.echo(f"wrote {path}; set `taxonomy = \"{path}\"` in the [mining] section of callinsight.toml", err=True)


@mining_app.command("rerun")
def rerun(
    ctx: typer.Context,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bars (default: on a terminal).")] = None,
) -> None:
    """Delete all insights and re-mine every call (after editing the taxonomy)."""
    from callinsight.pipeline.maintenance import rerun_mining
    from callinsight.pipeline.progress import Progress

    config = load(ctx)
    forgotten, summary = rerun_mining(config, progress=Progress(enabled=progress))
    typer.echo(f"cleared mining results of {forgotten} call(s)")
    for r in summary.results:
        typer.echo(f"{r.stage:9} {r.message or f'{r.processed} done'} ({r.seconds:.1f}s)")
    if summary.failed:
        raise SomeInputsFailed(f"{summary.failed} call(s) failed", hint="`callinsight status` lists each with its reason")
