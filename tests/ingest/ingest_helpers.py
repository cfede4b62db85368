"""Plain helpers for the ingest tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from callinsight.pipeline.context import StageContext, StageResult
from callinsight.pipeline.progress import null_progress
from callinsight.records import CallSource, Failure, Transcript
from callinsight.store.writes import start_run


class CountingWorker:
    """Wraps the real worker: counts calls, and can simulate a kill before the n-th call."""

    def __init__(self, inner: Callable[[CallSource], Transcript | Failure], kill_at: int | None = None) -> None:
        self.inner = inner
        self.calls = 0
        self.kill_at = kill_at

    def __call__(self, source: CallSource) -> Transcript | Failure:
        self.calls += 1
        if self.kill_at is not None and self.calls == self.kill_at:
            raise KeyboardInterrupt  # what a kill (SIGINT) looks like to the batch
        return self.inner(source)


def run_stage(config: Any, con: Any, worker: Any) -> StageResult:
    from callinsight.ingest.stage import IngestStage

    ctx = StageContext(config=config, con=con, run_id=start_run(con, "test", ["ingest"]), progress=null_progress())
    return IngestStage(worker=worker).run(ctx)


def count(con: Any, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0])
