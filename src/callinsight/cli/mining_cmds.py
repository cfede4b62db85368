"""CLI commands of the mining area (registered on import): ``callinsight mining taxonomy|rerun|suggest``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from callinsight.cli.app import app, load
from callinsight.errors import SomeInputsFailed

mining_app = typer.Typer(help="Insight mining: the taxonomy, re-mining after changing it, and new categories from the data.",
                         no_args_is_help=True)
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


@mining_app.command("suggest")
def suggest(
    ctx: typer.Context,
    write: Annotated[Path | None, typer.Option("--write", help="Write a taxonomy draft with the proposed categories to this NEW file.")] = None,
    min_size: Annotated[int, typer.Option(help="Quotes a group needs to be proposed.", min=2)] = 3,
    limit: Annotated[int, typer.Option(help="At most this many groups, largest first.", min=1)] = 10,
) -> None:
    """Propose new categories from problems no category covers (findings in 'other', uncovered negative lines)."""
    from callinsight.mining.suggest import suggest_categories

    result = suggest_categories(load(ctx), write=write, min_size=min_size, limit=limit)
    if not result.groups:
        typer.echo(f"no group of {min_size}+ similar uncategorised problems among {result.quotes} quote(s)")
    for g in result.groups:
        typer.echo(f"\n{g.label}  [{g.kind}, {g.quotes} quotes in {g.calls} calls]  id: {g.id}")
        for e in g.examples:
            typer.echo(f'  "{e}"')
        typer.echo(f"  candidate patterns: {', '.join(g.patterns) or '-'}")
    if result.written is not None:
        typer.echo(f"\nwrote {result.written}; review it, then set `taxonomy = \"{result.written}\"` in [mining] "
                   "and run `callinsight mining rerun`", err=True)
