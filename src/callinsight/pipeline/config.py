"""The ``[run]`` section."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RunConfig:
    """The nightly batch."""

    stages: list[str] = field(
        default_factory=lambda: ["ingest", "mine", "embed", "topics", "personas", "report"]
    )
    """Stages ``callinsight run`` runs, in order (``ingest`` includes transcription)."""
    executor: str = "local"
    """``local`` (in-process) or ``ray``."""
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
