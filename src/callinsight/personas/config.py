"""The ``[personas]`` section."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PersonasConfig:
    """Persona mapping."""

    min_score: float = 0.3
    """Calls scoring below this against every persona stay ``unassigned``."""
    min_margin: float = 0.02
    """Required lead of the best persona over the runner-up."""
