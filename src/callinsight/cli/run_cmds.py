"""``callinsight run``: the nightly batch."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Annotated, get_args

import typer

from callinsight.cli.app import app, load, state
from callinsight.errors import ConfigError, SomeInputsFailed

if TYPE_CHECKING:
    from callinsight.pipeline.executor import ExecutorName


@app.command()
def run(
    ctx: typer.Context,
    stages: Annotated[
        str | None,
        typer.Option("--stages", help="Comma-separated subset: ingest,mine,embed,topics,personas,report."),
    ] = None,
    executor: Annotated[str | None, typer.Option("--executor", help="auto (default: transcription in one process per CPU when there is enough audio), local, processes (one per CPU, or --workers) or ray.")] = None,
    address: Annotated[str | None, typer.Option("--address", help="Ray cluster address (auto, ray://host:port).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Ray actors or worker processes (default: [run] ray_workers, else one per CPU).")] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bars (default: when on a terminal).")] = None,
) -> None:
    """Process new recordings and imported calls through every stage; exit 3 if some inputs failed."""
    from callinsight.pipeline.context import StageOptions
    from callinsight.pipeline.progress import Progress
    from callinsight.pipeline.runner import run_pipeline

    logging.basicConfig(level=logging.DEBUG if state(ctx).verbose else logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    config = load(ctx)
    run_options = config.run.executor_options(_executor_name(executor), address, workers)
    summary = run_pipeline(
        config,
        stages.split(",") if stages else None,
        progress=Progress(enabled=progress),
        options=StageOptions(executor=run_options),
    )
    for r in summary.results:
        typer.echo(f"{r.stage:9} {r.message or f'{r.processed} done'} ({r.seconds:.1f}s)")
    typer.echo(f"run {summary.run_id}: {summary.status} in {summary.seconds:.1f}s")
    if summary.failed:
        raise SomeInputsFailed(
            f"{summary.failed} input(s) failed", hint="`callinsight status` lists each file with its reason"
        )


def _executor_name(value: str | None) -> ExecutorName | None:
    from callinsight.pipeline.executor import ExecutorName

    if value is None:
        return None
    allowed = get_args(ExecutorName)
    name = value.lower()
    if name not in allowed:
        raise ConfigError(f"unknown executor '{value}'", hint=f"use one of: {', '.join(allowed)}")
    return name  # type: ignore[return-value]
