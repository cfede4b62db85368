"""The ``[run]`` section."""

from __future__ import annotations

from dataclasses import dataclass, field

from callinsight.pipeline.executor import ExecutorName, ExecutorOptions
from callinsight.stage_names import PIPELINE_ORDER


@dataclass
class RunConfig:
    """The nightly batch."""

    stages: list[str] = field(default_factory=lambda: list(PIPELINE_ORDER))
    """Stages ``callinsight run`` runs, in order (``ingest`` includes transcription)."""
    executor: ExecutorName = "auto"
    """``auto`` (transcription in one worker process per CPU when there are calls enough, else
    in-process), ``local`` (in-process), ``processes`` (worker processes, ``ray_workers`` of them, 0: one
    per CPU) or ``ray``."""
    ray_address: str = ""
    """Ray cluster address for the ``ray`` executor; empty starts a local one."""
    ray_workers: int = 0
    """Ray actors (each holds one model); 0: as many as the cluster's CPUs (or GPUs) allow."""
    ray_cpus_per_worker: float = 1.0
    """CPUs Ray reserves per actor; match ``models.cpu_threads`` when that is set."""
    ray_gpus_per_worker: float = 0.0
    """GPUs per actor (e.g. 1, or 0.5 to share one); set ``models.device = "cuda"`` with it."""
    ray_max_in_flight: int = 0
    """Calls submitted but not yet stored, at most (back-pressure); 0: twice the number of actors."""

    def executor_options(
        self, executor: ExecutorName | None = None, address: str | None = None, workers: int | None = None
    ) -> ExecutorOptions:
        """The executor settings of this section, with ``callinsight run``'s flags (when given) winning."""
        return ExecutorOptions(
            name=executor or self.executor,
            address=address if address is not None else self.ray_address,
            workers=workers or self.ray_workers or None,
            cpus_per_worker=self.ray_cpus_per_worker,
            gpus_per_worker=self.ray_gpus_per_worker,
            max_in_flight=self.ray_max_in_flight or None,
        )
