"""The executor factory: typed options, executors found by name, the Ray one only imported when chosen."""

from __future__ import annotations

import subprocess
import sys

import pytest

from callinsight.errors import ConfigError
from callinsight.pipeline import executor as ex
from callinsight.pipeline.config import RunConfig
from callinsight.pipeline.executor import ExecutorOptions, LocalExecutor, make_executor


def test_local_is_the_default() -> None:
    made = make_executor(ExecutorOptions())
    assert isinstance(made, LocalExecutor)
    assert list(made.map(lambda x: x * 2, [1, 2])) == [(1, 2), (2, 4)]


def test_run_section_and_flags_make_the_options() -> None:
    run = RunConfig(executor="ray", ray_address="auto", ray_workers=0, ray_cpus_per_worker=2.0, ray_max_in_flight=0)
    assert run.executor_options() == ExecutorOptions(name="ray", address="auto", workers=None, cpus_per_worker=2.0)
    flagged = run.executor_options("local", "", 3)
    assert (flagged.name, flagged.address, flagged.workers) == ("local", "", 3)


def test_unknown_and_broken_registrations_are_loud(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="unknown executor 'dask'"):
        make_executor(ExecutorOptions(name="dask"))  # type: ignore[arg-type]
    monkeypatch.setitem(ex.EXECUTORS, "ray", "callinsight.scale.ray_executorr:ray_executor")
    with pytest.raises(ModuleNotFoundError, match="ray_executorr"):
        make_executor(ExecutorOptions(name="ray"))


def test_importing_the_pipeline_does_not_import_scale() -> None:
    code = (
        "import sys, callinsight.pipeline.runner, callinsight.pipeline.executor;"
        "print(any(m.startswith('callinsight.scale') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
