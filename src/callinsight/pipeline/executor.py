"""Where per-call work runs: in this process, in worker processes on this machine, or on Ray.

``auto`` (the ``[run]`` default) lets the stage choose (``choose_executor``): transcription, which is
CPU-bound and worth a model per core, runs in one worker process per core when there is enough work
and memory for more than one; everything else (and a one-core machine, or a GPU) runs in-process.

A *worker* is a picklable callable object that loads its model lazily on first call, so an executor
can hold one per process or actor and reuse it for many items. Executors only compute: results come
back to the caller, which is the one writer of the store (one transaction per call), so a worker that
dies loses at most its in-flight items and the next run picks them up.

Contract with the stages that map a worker: a result that is a ``Lost`` (the process or actor running
the item died: out of memory, a killed node) is neither written nor recorded as a failure. The item
simply stays new, so the next run picks it up; the stage may count it in its message. Any other result
is the worker's own (e.g. ``Transcript | Failure``) and is written as on the local path.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal, Protocol, TypeVar, cast

from callinsight.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")

ExecutorName = Literal["auto", "local", "processes", "ray"]


@dataclass(frozen=True)
class ExecutorOptions:
    """Where a stage's per-call work runs (``[run]`` executor settings, overridden by ``callinsight run`` flags)."""

    name: ExecutorName = "local"
    """``auto`` is resolved by the stage (``choose_executor``); as an executor it runs in-process."""
    address: str = ""
    """Ray cluster address; empty starts a local cluster."""
    workers: int | None = None
    """Ray actors; None: as many as the cluster's CPUs (or GPUs) allow."""
    cpus_per_worker: float = 1.0
    gpus_per_worker: float = 0.0
    max_in_flight: int | None = None
    """Items submitted but not yet handed back, at most; None: twice the number of actors."""


@dataclass(frozen=True)
class Lost:
    """An item whose worker died while it was in flight: not a failure of the input, retried next run."""

    reason: str


class Executor(Protocol):
    name: str

    def map(self, worker: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | Lost]]:
        """Apply ``worker`` to each item; yield (item, result) as results arrive (order not guaranteed).

        Every item is yielded exactly once: with the worker's result, or ``Lost`` if its worker died.
        """
        ...

    def close(self) -> None: ...


class LocalExecutor:
    """In-process, one item at a time, in order: the default and the reference for other executors."""

    name = "local"

    def map(self, worker: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R]]:
        for item in items:
            yield item, worker(item)

    def close(self) -> None:
        return None


#: Executors by name -> "module:factory" (``ExecutorOptions -> Executor``). The Ray executor depends on the
#: pipeline, never the reverse: it is found here by name and imported only when chosen.
EXECUTORS: dict[str, str] = {
    "auto": "callinsight.pipeline.executor:local_executor",  # a stage that fans out resolves it first
    "local": "callinsight.pipeline.executor:local_executor",
    "processes": "callinsight.scale.process_executor:process_executor",
    "ray": "callinsight.scale.ray_executor:ray_executor",
}


def local_executor(options: ExecutorOptions) -> Executor:
    return LocalExecutor()


def make_executor(options: ExecutorOptions) -> Executor:
    """The executor ``options.name`` names, built from its registered factory."""
    target = EXECUTORS.get(options.name)
    if target is None:
        raise ConfigError(f"unknown executor '{options.name}'", hint=f"use one of: {', '.join(EXECUTORS)}")
    module_name, attr = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and not exc.name.startswith("callinsight"):  # an optional dependency, e.g. ray
            raise ConfigError(
                f"the {options.name} executor needs {exc.name}, which is not installed",
                hint=f"pip install 'callinsight[{options.name}]'",
            ) from None
        raise  # a mistyped module path in EXECUTORS is a bug: fail loudly
    return cast(Callable[[ExecutorOptions], Executor], getattr(module, attr))(options)


#: Memory a worker process needs besides its model's files (Python, CTranslate2's buffers, a group of
#: calls' samples and features): the batched worker with whisper-base peaked at ~750 MB per process.
WORKER_BASE_MB = 600.0


def usable_cpus() -> int:
    """CPUs this process may run on (a container's or ``taskset``'s limit, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def available_memory_mb() -> float | None:
    """``MemAvailable`` from ``/proc/meminfo`` (None where there is none)."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def choose_executor(
    options: ExecutorOptions,
    *,
    items: int,
    worker_mb: float,
    gpu: bool = False,
    cpus: int | None = None,
    memory_mb: float | None = None,
) -> ExecutorOptions:
    """Resolve ``auto`` for a CPU-bound stage with ``items`` independent items (groups of calls).

    One worker process per CPU (``options.workers`` when given), but no more processes than items, nor
    than the available memory holds at ``worker_mb`` each; fewer than two, or a GPU (one process keeps
    it busy; several would each hold a copy of the model on it), runs in this process. Any other name
    is returned as it is. ``cpus`` and ``memory_mb`` are injected by tests (None: this machine's).
    """
    if options.name != "auto":
        return options
    workers = options.workers or (cpus if cpus is not None else usable_cpus())
    memory = memory_mb if memory_mb is not None else available_memory_mb()
    if memory is not None:
        workers = min(workers, int(memory // max(worker_mb, 1.0)))
    workers = min(workers, items)
    if gpu or workers < 2:
        return replace(options, name="local")
    return replace(options, name="processes", workers=workers)
