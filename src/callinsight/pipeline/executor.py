"""Where per-call work runs: in this process (default) or fanned out (``--executor ray``).

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

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from callinsight.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")


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


def make_executor(options: dict[str, Any]) -> Executor:
    """The executor named in run options (``executor``: local / ray, ``address``, ``workers``…)."""
    name = (options.get("executor") or "local").lower()
    if name == "local":
        return LocalExecutor()
    if name == "ray":
        try:
            from callinsight.scale.ray_executor import RayExecutor
        except ModuleNotFoundError as exc:
            raise ConfigError(
                f"the ray executor needs Ray ({exc.name} is not installed)",
                hint="pip install 'callinsight[ray]'",
            ) from None
        return RayExecutor(**{k: v for k, v in options.items() if k != "executor"})  # type: ignore[no-any-return]
    raise ConfigError(f"unknown executor '{name}'", hint="use local or ray")
