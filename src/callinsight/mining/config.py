"""The ``[mining]`` section."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class MiningConfig:
    """Insight mining: taxonomy, thresholds, languages."""

    taxonomy: str = ""
    """Path to a taxonomy YAML file; empty uses the shipped default (copy it with ``callinsight mining taxonomy``)."""
    languages: list[str] = field(default_factory=lambda: ["en"])
    """Languages the taxonomy covers; calls in other languages are skipped for mining, with a reason."""
    semantic_threshold: float = 0.0
    """Cosine similarity a sentence needs to match a category's examples; 0 uses the calibrated default."""
