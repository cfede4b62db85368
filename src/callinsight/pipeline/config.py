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
