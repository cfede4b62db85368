"""Progress for long work: rich bars with ETA on a terminal, plain log lines otherwise (cron)."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger("callinsight")


class Task:
    """One progress task; ``advance`` it by items done (calls, audio seconds, sentences)."""

    def __init__(self, progress: Progress, description: str, total: float | None, unit: str) -> None:
        self._progress = progress
        self.description = description
        self.total = total
        self.unit = unit
        self.done = 0.0
        self._last_log = 0.0
        self._id: Any = None
        self._start = time.monotonic()

    def advance(self, amount: float = 1.0, note: str | None = None) -> None:
        self.done += amount
        bar = self._progress.bar
        if bar is not None and self._id is not None:
            bar.update(self._id, advance=amount, note=note or "")
        elif self._progress.plain and time.monotonic() - self._last_log > 10:
            self._last_log = time.monotonic()
            total = f"/{self.total:.0f}" if self.total else ""
            log.info("%s: %.0f%s %s%s", self.description, self.done, total, self.unit, f" ({note})" if note else "")

    def finish(self) -> None:
        if self._progress.plain:
            log.info("%s: %.0f %s in %.1fs", self.description, self.done, self.unit, time.monotonic() - self._start)


class Progress:
    """A facade stages use without knowing whether a terminal is attached."""

    def __init__(self, *, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.plain = not self.enabled
        self.bar: Any = None

    @contextmanager
    def session(self) -> Iterator[Progress]:
        if not self.enabled:
            yield self
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        with RichProgress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[unit]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[note]}"),
            transient=False,
        ) as bar:
            self.bar = bar
            try:
                yield self
            finally:
                self.bar = None

    @contextmanager
    def task(self, description: str, total: float | None, unit: str = "") -> Iterator[Task]:
        task = Task(self, description, total, unit)
        if self.bar is not None:
            task._id = self.bar.add_task(description, total=total, unit=unit, note="")
        try:
            yield task
        finally:
            task.finish()


def null_progress() -> Progress:
    """Progress that shows nothing (tests, library use)."""
    p = Progress(enabled=False)
    p.plain = False
    return p
