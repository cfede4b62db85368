"""The ``processes`` executor: every item comes back once; a process that dies gives ``Lost``."""

from __future__ import annotations

import operator
import os

from callinsight.pipeline.executor import ExecutorOptions, Lost, make_executor
from callinsight.scale.process_executor import ProcessExecutor


def test_every_item_comes_back_once_from_worker_processes() -> None:
    executor = make_executor(ExecutorOptions(name="processes", workers=2))
    assert isinstance(executor, ProcessExecutor) and executor.workers == 2
    try:
        out = list(executor.map(operator.neg, range(7)))
    finally:
        executor.close()
    assert sorted(item for item, _ in out) == list(range(7))
    assert all(result == -item for item, result in out)


def test_a_process_that_dies_gives_lost_not_an_exception() -> None:
    executor = ProcessExecutor(1)
    try:
        [(item, result)] = list(executor.map(os._exit, [3]))
    finally:
        executor.close()
    assert item == 3 and isinstance(result, Lost)
