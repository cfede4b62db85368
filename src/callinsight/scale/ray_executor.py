"""``--executor ray``: per-call work fanned out to a pool of Ray actors.

Why actors rather than tasks or Ray Data: a worker loads its model lazily on its first call, so each
actor keeps one worker (one model) for the whole run, and results stream straight back to the driver,
which stays the one writer of the store. At most ``max_in_flight`` items are submitted and not yet
handed back at any time (back-pressure): the driver pulls items lazily, and neither the cluster's
object store nor the driver's memory grows with the size of the batch.

When an actor dies (killed for memory, a node lost), every item it held in flight comes back as
``Lost`` — not a failure of the input — and a fresh actor takes its place, so the rest of the batch
goes on. The stage writes nothing for a ``Lost`` item, so the next run picks it up.

Ray is imported only here, and only when this executor is chosen (``pip install 'callinsight[ray]'``).
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from callinsight.errors import ConfigError
from callinsight.pipeline.executor import ExecutorOptions, Lost

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger("callinsight")


@cache
def _actor_class() -> Any:
    """The Ray actor class, built on first use so that importing this module does not import Ray."""
    import ray

    @ray.remote
    class WorkerActor:
        """Holds one copy of the worker (and so one loaded model) for the actor's whole life."""

        def __init__(self, worker: Callable[[Any], Any]) -> None:
            self.worker = worker

        def run(self, item: Any) -> Any:
            return self.worker(item)

        def pid(self) -> int:
            return os.getpid()

    return WorkerActor


def _lost_errors() -> tuple[type[BaseException], ...]:
    """Ray errors that mean the process running an item went away, not that the item is bad."""
    import ray.exceptions as rex

    names = ("RayActorError", "WorkerCrashedError", "NodeDiedError", "ObjectLostError", "OutOfMemoryError",
             "ActorUnavailableError", "LocalRayletDiedError")
    return tuple(getattr(rex, n) for n in names if hasattr(rex, n))


@dataclass(eq=False)  # compared by identity: one slot per actor
class _Slot:
    """One actor and the items it holds in flight."""

    actor: Any
    pending: set[Any] = field(default_factory=set)  # object refs of items submitted to this actor


class RayExecutor:
    """Map a worker over items on Ray actors: one actor per worker, bounded in flight, deaths -> ``Lost``."""

    name = "ray"

    def __init__(
        self,
        address: str = "",
        workers: int | None = None,
        num_cpus_per_worker: float = 1,
        num_gpus_per_worker: float = 0,
        max_in_flight: int | None = None,
        max_actor_restarts: int | None = None,
        **_: Any,  # other run options (e.g. ``executor``) are not ours
    ) -> None:
        if importlib.util.find_spec("ray") is None:  # fail at start-up, not at the first call
            raise ConfigError("the ray executor needs Ray, which is not installed", hint="pip install 'callinsight[ray]'")
        if workers is not None and workers < 1:
            raise ConfigError(f"the ray executor needs at least one worker, got {workers}")
        if num_cpus_per_worker < 0 or num_gpus_per_worker < 0:
            raise ConfigError("CPUs and GPUs per Ray worker cannot be negative")
        if max_in_flight is not None and max_in_flight < 1:
            raise ConfigError(f"max_in_flight must be at least 1, got {max_in_flight}")
        self.address = address or ""
        self.requested_workers = workers
        self.num_cpus_per_worker = float(num_cpus_per_worker)
        self.num_gpus_per_worker = float(num_gpus_per_worker)
        self.requested_max_in_flight = max_in_flight
        self.max_actor_restarts = max_actor_restarts
        self._started_cluster = False
        self._connected = False
        self.actor_deaths = 0  # over this executor's life, for the stage's message and tests

    # -- cluster --------------------------------------------------------------------------------------
    def _connect(self) -> None:
        """Join the cluster at ``address``, reuse one this process already joined, or start a local one."""
        if self._connected:
            return
        # Offline product: never let Ray phone home with usage statistics (a user may still opt in).
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        import ray

        if ray.is_initialized():
            pass  # e.g. a test or a notebook that started its own cluster: use it, never shut it down
        elif self.address:
            try:
                ray.init(address=self.address, log_to_driver=False, configure_logging=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise ConfigError(
                    f"cannot connect to the Ray cluster at {self.address}: {exc}",
                    hint="start it with `ray start --head`, or leave --address out for a local cluster",
                ) from None
        else:
            cpus = os.cpu_count() or 1
            if self.requested_workers:  # room for exactly the workers asked for
                cpus = max(1, math.ceil(self.requested_workers * self.num_cpus_per_worker))
            ray.init(
                num_cpus=cpus,
                include_dashboard=False,
                log_to_driver=False,
                configure_logging=False,
            )
            self._started_cluster = True
        self._connected = True

    def worker_count(self) -> int:
        """Actors to start: as asked, else as many as the cluster's CPUs (or GPUs) allow, at least one."""
        if self.requested_workers:
            return self.requested_workers
        self._connect()
        import ray

        return max(1, self._capacity(ray.cluster_resources()) or int(ray.cluster_resources().get("CPU", 1)))

    def _capacity(self, resources: dict[str, float]) -> int | None:
        """Actors the cluster can hold at once with the per-worker resources; None: no limit from them."""
        limits = []
        if self.num_gpus_per_worker > 0:
            limits.append(int(resources.get("GPU", 0) // self.num_gpus_per_worker))
        if self.num_cpus_per_worker > 0:
            limits.append(int(resources.get("CPU", 0) // self.num_cpus_per_worker))
        return min(limits) if limits else None

    def _fit_to_cluster(self, wanted: int) -> int:
        """Never more actors than fit: one that cannot be placed would hold its queued calls forever."""
        import ray

        capacity = self._capacity(ray.cluster_resources())
        if capacity == 0:
            raise ConfigError(
                f"the Ray cluster cannot place one worker ({self.num_cpus_per_worker:g} CPU, "
                f"{self.num_gpus_per_worker:g} GPU per worker; it has {ray.cluster_resources()})",
                hint="lower [run] ray_cpus_per_worker / ray_gpus_per_worker, or add nodes",
            )
        if capacity is not None and wanted > capacity:
            log.warning("the Ray cluster fits %d worker(s), not %d: using %d", capacity, wanted, capacity)
            return capacity
        return wanted

    def _new_actor(self, worker_ref: Any) -> Any:
        return _actor_class().options(num_cpus=self.num_cpus_per_worker, num_gpus=self.num_gpus_per_worker).remote(
            worker_ref
        )

    # -- the map ----------------------------------------------------------------------------------------
    def map(self, worker: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | Lost]]:
        """Yield (item, result) as results arrive; ``Lost(reason)`` for items whose actor died."""
        self._connect()
        import ray

        lost_errors = _lost_errors()
        n_workers = self._fit_to_cluster(self.worker_count())
        max_in_flight = self.requested_max_in_flight or 2 * n_workers
        restarts_left = self.max_actor_restarts if self.max_actor_restarts is not None else 2 * n_workers
        worker_ref = ray.put(worker)  # serialised once, shared by every actor
        slots = [_Slot(self._new_actor(worker_ref)) for _ in range(n_workers)]
        in_flight: dict[Any, tuple[T, _Slot]] = {}
        source = iter(items)
        exhausted = False
        try:
            while True:
                # Top up: pull items only while there is room, least-loaded actor first.
                while not exhausted and slots and len(in_flight) < max_in_flight:
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    slot = min(slots, key=lambda s: len(s.pending))
                    ref = slot.actor.run.remote(item)
                    slot.pending.add(ref)
                    in_flight[ref] = (item, slot)
                if not in_flight:
                    break
                ready, _ = ray.wait(list(in_flight), num_returns=1)
                ref = ready[0]
                item, slot = in_flight.pop(ref)
                slot.pending.discard(ref)
                try:
                    result = ray.get(ref)
                except lost_errors as exc:
                    yield item, Lost(f"Ray worker died: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
                    if slot in slots:  # first of this actor's items to come back dead: replace the actor
                        slots.remove(slot)
                        self.actor_deaths += 1
                        ray.kill(slot.actor, no_restart=True)
                        if restarts_left > 0:
                            restarts_left -= 1
                            slots.append(_Slot(self._new_actor(worker_ref)))
                            log.warning("a Ray worker died; started a replacement (%d restarts left)", restarts_left)
                        else:
                            log.warning("a Ray worker died; no restarts left (%d workers remain)", len(slots))
                    continue
                except ray.exceptions.RayTaskError as exc:
                    # The worker itself raised: the same error the local executor would raise.
                    cause = getattr(exc, "cause", None)
                    raise (cause if isinstance(cause, BaseException) else exc) from None
                yield item, result
            if not exhausted:
                # No actor left: what was never submitted is lost too (not failed), so the next run retries it.
                for item in source:
                    yield item, Lost("no Ray worker left: every actor died and the restart budget is spent")
        finally:
            for ref in in_flight:
                ray.cancel(ref, force=False)
            for slot in slots:
                ray.kill(slot.actor, no_restart=True)

    def close(self) -> None:
        """Shut the cluster down, only if this executor started it."""
        if self._started_cluster:
            import ray

            ray.shutdown()
            self._started_cluster = False
        self._connected = False


def ray_executor(options: ExecutorOptions) -> RayExecutor:
    """The factory ``callinsight.pipeline.executor.make_executor`` finds by name (``executor = "ray"``)."""
    return RayExecutor(
        address=options.address,
        workers=options.workers,
        num_cpus_per_worker=options.cpus_per_worker,
        num_gpus_per_worker=options.gpus_per_worker,
        max_in_flight=options.max_in_flight,
    )
