"""``callinsight run``: the nightly batch. Lock, open the store, run each stage on new work, record the run."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from callinsight.pipeline.context import Stage, StageContext, StageOptions, StageResult
from callinsight.pipeline.lock import batch_lock
from callinsight.pipeline.progress import Progress, null_progress
from callinsight.pipeline.settings import Config
from callinsight.pipeline.stages import assemble
from callinsight.stage_names import INGEST
from callinsight.store.db import open_store
from callinsight.store.writes import finish_run, start_run

log = logging.getLogger("callinsight")

#: How a run ended, as ``runs.status`` records it (``interrupted``: Ctrl-C or a kill the process saw).
RunStatus = Literal["ok", "partial", "failed", "interrupted"]


@dataclass
class RunSummary:
    run_id: str
    status: RunStatus  # ok / partial (some inputs failed) on return; failed / interrupted are recorded, then raised
    results: list[StageResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(r.failed for r in self.results)

    @property
    def processed_calls(self) -> int:
        return next((r.processed for r in self.results if r.stage == INGEST), 0)


def lock_path(config: Config) -> Path:
    return config.lock_path


def run_pipeline(
    config: Config,
    stages: list[str] | None = None,
    *,
    progress: Progress | None = None,
    options: StageOptions | None = None,
) -> RunSummary:
    """Run the given stages (default: the configured ones) over new work only."""
    built = assemble(stages if stages is not None else config.run.stages)  # every stage checked before any work
    return run_stages(config, built, progress=progress, options=options)


def run_stages(
    config: Config,
    stages: Sequence[Stage],
    *,
    progress: Progress | None = None,
    options: StageOptions | None = None,
) -> RunSummary:
    """Run already assembled stages in order as one recorded run (the lock held throughout)."""
    progress = progress or null_progress()
    options = options or StageOptions()
    start = time.monotonic()
    with batch_lock(config.lock_path), open_store(config.database_path, storage_version=config.store.storage_version) as con:
        run_id = start_run(con, "run", [s.name for s in stages])
        summary = RunSummary(run_id=run_id, status="ok")
        try:
            with progress.session():
                for stage in stages:
                    ctx = StageContext(config=config, con=con, run_id=run_id, progress=progress, options=options)
                    t0 = time.monotonic()
                    result = stage.run(ctx)
                    result.seconds = time.monotonic() - t0
                    summary.results.append(result)
                    log.info("%s: %s (%.1fs)", stage.name, result.message or f"{result.processed} done", result.seconds)
        except BaseException as exc:
            summary.status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            finish_run(con, run_id, summary.status, message=str(exc)[:500])
            raise
        summary.status = "partial" if summary.failed else "ok"
        summary.seconds = time.monotonic() - start
        finish_run(
            con,
            run_id,
            summary.status,
            calls_new=summary.processed_calls,
            calls_failed=summary.failed,
            audio_s=sum(r.audio_s for r in summary.results),
            message="; ".join(f"{r.stage}: {r.message}" for r in summary.results if r.message)[:1000],
        )
    return summary
