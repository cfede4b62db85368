"""``executor = "auto"``: one worker process per CPU when items, memory and the device allow more than one."""

from __future__ import annotations

from callinsight.pipeline.config import RunConfig
from callinsight.pipeline.executor import ExecutorOptions, LocalExecutor, choose_executor, make_executor

AUTO = ExecutorOptions(name="auto")


def test_auto_is_the_run_default_and_in_process_where_a_stage_does_not_resolve_it() -> None:
    assert RunConfig().executor_options().name == "auto"
    assert isinstance(make_executor(AUTO), LocalExecutor)  # e.g. the embed stage


def test_one_process_per_cpu_capped_by_items_and_memory() -> None:
    assert choose_executor(AUTO, items=10, worker_mb=700, cpus=4, memory_mb=16000) == ExecutorOptions(name="processes", workers=4)
    assert choose_executor(AUTO, items=3, worker_mb=700, cpus=4, memory_mb=16000).workers == 3  # no idle process
    assert choose_executor(AUTO, items=10, worker_mb=700, cpus=4, memory_mb=2200).workers == 3  # what memory holds
    assert choose_executor(AUTO, items=10, worker_mb=700, cpus=1, memory_mb=16000).name == "local"  # one core
    assert choose_executor(AUTO, items=1, worker_mb=700, cpus=4, memory_mb=16000).name == "local"  # one item
    assert choose_executor(AUTO, items=10, worker_mb=700, cpus=4, memory_mb=1000).name == "local"  # room for one model


def test_a_gpu_keeps_one_process_and_workers_or_other_names_are_kept() -> None:
    assert choose_executor(AUTO, items=10, worker_mb=700, gpu=True, cpus=8, memory_mb=16000).name == "local"
    asked = ExecutorOptions(name="auto", workers=2)
    assert choose_executor(asked, items=10, worker_mb=700, cpus=8, memory_mb=16000).workers == 2
    for name in ("local", "processes", "ray"):
        options = ExecutorOptions(name=name)  # type: ignore[arg-type]
        assert choose_executor(options, items=10, worker_mb=700, cpus=8, memory_mb=16000) is options


def test_this_machines_cpus_and_memory_are_read() -> None:
    import os

    from callinsight.pipeline.executor import available_memory_mb, usable_cpus

    assert 1 <= usable_cpus() <= (os.cpu_count() or 1)
    memory = available_memory_mb()
    assert memory is None or memory > 0
