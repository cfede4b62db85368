"""The runner's outcomes with small fake stages: ok, partial (some inputs failed), failed, interrupted.

Fakes are fine here: this is the logic around stages (ordering, the recorded run, the options handed
over), not what a stage does.
"""

from __future__ import annotations

from typing import Any

import pytest

from callinsight.pipeline.context import Stage, StageContext, StageOptions, StageResult
from callinsight.pipeline.executor import ExecutorOptions
from callinsight.pipeline.runner import run_stages
from callinsight.store.db import open_store


class FakeStage:
    def __init__(self, name: str, *, failed: int = 0, raises: BaseException | None = None) -> None:
        self.name = name
        self.failed = failed
        self.raises = raises
        self.seen: list[StageContext] = []

    def run(self, ctx: StageContext) -> StageResult:
        self.seen.append(ctx)
        if self.raises is not None:
            raise self.raises
        return StageResult(self.name, processed=2, failed=self.failed, message=f"{self.name} did 2")


def _run_row(config: Any, run_id: str) -> tuple[Any, ...]:
    with open_store(config.database_path, read_only=True) as con:
        row = con.execute("SELECT status, calls_new, calls_failed, message FROM runs WHERE run_id = ?", [run_id]).fetchone()
    assert row is not None
    return tuple(row)


def test_fakes_are_stages() -> None:
    assert isinstance(FakeStage("x"), Stage)


def test_ok_runs_every_stage_in_order_with_the_options(config: Any) -> None:
    first, second = FakeStage("ingest"), FakeStage("mine")
    options = StageOptions(executor=ExecutorOptions(name="ray", workers=3))
    summary = run_stages(config, [first, second], options=options)
    assert summary.status == "ok"
    assert [r.stage for r in summary.results] == ["ingest", "mine"]
    assert summary.processed_calls == 2
    assert first.seen[0].options.executor.workers == 3 and second.seen[0].run_id == summary.run_id
    status, calls_new, calls_failed, message = _run_row(config, summary.run_id)
    assert (status, calls_new, calls_failed) == ("ok", 2, 0)
    assert "ingest: ingest did 2" in message
    assert not config.lock_path.exists()


def test_partial_when_some_inputs_failed(config: Any) -> None:
    summary = run_stages(config, [FakeStage("ingest", failed=1), FakeStage("mine")])
    assert summary.status == "partial" and summary.failed == 1
    assert _run_row(config, summary.run_id)[:3] == ("partial", 2, 1)


def test_failed_stage_is_recorded_and_raised_and_later_stages_do_not_run(config: Any) -> None:
    later = FakeStage("report")
    with pytest.raises(RuntimeError, match="disk full"):
        run_stages(config, [FakeStage("ingest"), FakeStage("mine", raises=RuntimeError("disk full")), later])
    assert later.seen == []
    with open_store(config.database_path, read_only=True) as con:
        status, message = con.execute("SELECT status, message FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
    assert status == "failed" and "disk full" in message
    assert not config.lock_path.exists()  # the lock is released for the next run


def test_interrupted_is_recorded(config: Any) -> None:
    with pytest.raises(KeyboardInterrupt):
        run_stages(config, [FakeStage("ingest", raises=KeyboardInterrupt())])
    with open_store(config.database_path, read_only=True) as con:
        (status,) = con.execute("SELECT status FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
    assert status == "interrupted"
    assert not config.lock_path.exists()
