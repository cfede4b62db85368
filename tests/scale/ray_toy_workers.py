"""Model-free workers for the executor tests: picklable callables with the same shape as real ones."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SquareWorker:
    """Squares a number after ``delay_s``; counts its lazy "model" loads the way real workers do."""

    delay_s: float = 0.0
    _model: Any = field(default=None, repr=False)

    def __call__(self, item: int) -> tuple[int, int]:
        if self._model is None:
            self._model = object()  # stands in for a model loaded once per process
        time.sleep(self.delay_s)
        return item * item, os.getpid()


@dataclass
class DyingWorker:
    """Kills its own process on the item ``die``: a worker killed for memory, or a lost node."""

    delay_s: float = 0.0

    def __call__(self, item: str) -> str:
        time.sleep(self.delay_s)
        if item == "die":
            os._exit(1)
        return item.upper()


@dataclass
class RaisingWorker:
    """Raises on the item ``bad``, as a worker with a bug would (not a recorded input failure)."""

    def __call__(self, item: str) -> str:
        if item == "bad":
            raise ValueError("a bug in the worker")
        return item


class NoopWorker:
    """Does nothing: what is left of a call's time is the executor's own overhead."""

    def __call__(self, item: Any) -> Any:
        return item
