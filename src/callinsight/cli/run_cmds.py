"""``callinsight run``: the nightly batch."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from callinsight.cli.app import app, load, state
from callinsight.errors import SomeInputsFailed


@app.command()
def run(
    ctx: typer.Context,
    stages: Annotated[
        str | None,
        typer.Option("--stages", help="Comma-separated subset: ingest,mine,embed,topics,personas,report."),
    ] = None,
    executor: Annotated[str | None, typer.Option("--executor", help="local (default) or ray.")] = None,
    address: Annotated[str | None, typer.Option("--address", help="Ray cluster address (auto, ray://host:port).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Ray actors (default: [run] ray_workers, else one per CPU).")] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bars (default: when on a terminal).")] = None,
) -> None:
    """Process new recordings and imported calls through every stage; exit 3 if some inputs failed."""
    from callinsight.pipeline.progress import Progress
    from callinsight.pipeline.runner import run_pipeline

    logging.basicConfig(level=logging.DEBUG if state(ctx).verbose else logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    config = load(ctx)
    options = {"executor": executor or config.run.executor, "address": address if address is not None else config.run.ray_address}
    options.update(
        workers=workers or config.run.ray_workers or None,
        num_cpus_per_worker=config.run.ray_cpus_per_worker,
        num_gpus_per_worker=config.run.ray_gpus_per_worker,
        max_in_flight=config.run.ray_max_in_flight or None,
    )
    summary = run_pipeline(
        config,
        stages.split(",") if stages else None,
        progress=Progress(enabled=progress),
        options=options,
    )
    for r in summary.results:
        typer.echo(f"{r.stage:9} {r.message or f'{r.processed} done'} ({r.seconds:.1f}s)")
    typer.echo(f"run {summary.run_id}: {summary.status} in {summary.seconds:.1f}s")
    if summary.failed:
        raise SomeInputsFailed(
            f"{summary.failed} input(s) failed", hint="`callinsight status` lists each file with its reason"
        )
