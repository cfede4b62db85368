"""``executor = "processes"``: worker processes on this machine, no Ray needed.

CTranslate2 (Whisper) gains little from a second thread on a small CPU, while a second process with
one thread each nearly doubles throughput (docs/transcription.md, "Threads or processes"). Each process
gets ``cpu_count // workers`` threads (``OMP_NUM_THREADS``, set before any model library loads) and
holds its own copy of the worker, which loads its model once. Processes are started with ``spawn``: a
forked child of a process that already runs OpenMP threads can deadlock.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from callinsight.pipeline.executor import Lost

if TYPE_CHECKING:
    from callinsight.pipeline.executor import ExecutorOptions

T = TypeVar("T")
R = TypeVar("R")


def _limit_threads(threads: int) -> None:
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(threads)


class ProcessExecutor:
    """``workers`` processes (default: one per CPU); at most two items in flight per process."""

    name = "processes"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool: Any = None

    def map(self, worker: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | Lost]]:
        import multiprocessing
        from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
        from concurrent.futures.process import BrokenProcessPool

        threads = max(1, (os.cpu_count() or 1) // self.workers)
        self._pool = ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_limit_threads, initargs=(threads,)
        )
        pending: dict[Future[R], T] = {}
        source = iter(items)
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * self.workers:  # back-pressure: bounded memory
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                try:
                    pending[self._pool.submit(worker, item)] = item
                except BrokenProcessPool as exc:
                    yield item, Lost(f"worker process died: {exc}")
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                item = pending.pop(future)
                try:
                    yield item, future.result()
                except BrokenProcessPool as exc:  # the process died (killed, out of memory): retried next run
                    yield item, Lost(f"worker process died: {exc}")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def process_executor(options: ExecutorOptions) -> ProcessExecutor:
    return ProcessExecutor(options.workers)
