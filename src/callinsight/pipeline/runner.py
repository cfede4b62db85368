"""``callinsight run``: the nightly batch. Lock, open the store, run each stage on new work, record the run."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callinsight.config import Config
from callinsight.pipeline.context import StageContext, StageResult
from callinsight.pipeline.lock import batch_lock
from callinsight.pipeline.progress import Progress, null_progress
from callinsight.pipeline.stages import load_stage, parse_stages
from callinsight.store.db import open_store
from callinsight.store.writes import finish_run, start_run

log = logging.getLogger("callinsight")


@dataclass
class RunSummary:
    run_id: str
    status: str  # ok / partial / failed
    results: list[StageResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(r.failed for r in self.results)

    @property
    def processed_calls(self) -> int:
        return next((r.processed for r in self.results if r.stage == "ingest"), 0)


def lock_path(config: Config) -> Path:
    db = config.database_path
    return db.with_name(db.name + ".lock")


def run_pipeline(
    config: Config,
    stages: list[str] | None = None,
    *,
    progress: Progress | None = None,
    options: dict[str, Any] | None = None,
) -> RunSummary:
    """Run the given stages (default: the configured ones) over new work only."""
    names = parse_stages(stages if stages is not None else config.run.stages)
    progress = progress or null_progress()
    start = time.monotonic()
    with batch_lock(lock_path(config)), open_store(config.database_path) as con:
        run_id = start_run(con, "run", names)
        summary = RunSummary(run_id=run_id, status="ok")
        try:
            with progress.session():
                for name in names:
                    stage = load_stage(name)
                    if stage is None:
                        log.warning("stage %s is not available in this version; skipped", name)
                        continue
                    ctx = StageContext(config=config, con=con, run_id=run_id, progress=progress, options=dict(options or {}))
                    t0 = time.monotonic()
                    result = stage.run(ctx)
                    result.seconds = time.monotonic() - t0
                    summary.results.append(result)
                    log.info("%s: %s (%.1fs)", name, result.message or f"{result.processed} done", result.seconds)
        except BaseException as exc:
            summary.status = "failed"
            finish_run(con, run_id, "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed", message=str(exc)[:500])
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
