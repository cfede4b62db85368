"""The ``[mining]`` section."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from callinsight.config import Settings


@dataclass
class MiningConfig:
    """Insight mining: taxonomy, thresholds, languages."""

    taxonomy: str = ""
    """Path to a taxonomy YAML file; empty uses the shipped default (copy it with ``callinsight mining taxonomy``)."""
    languages: list[str] = field(default_factory=lambda: ["en", "ko"])
    """Languages to mine (each needs taxonomy.<lang>.yaml and a pipeline; English and Korean ship); calls in
    other languages are skipped for mining, with a reason."""
    semantic_threshold: float = 0.0
    """Cosine similarity a sentence needs to match a category's examples; 0 uses the calibrated default."""
    semantic: bool = True
    """Also match customer sentences against the taxonomy's example sentences with the local embedding model."""
    fuzzy_threshold: float = 0.76
    """Similarity (0-1) by spelling and sound a run of words needs to a competitor name or alias to count as a mention ("herb spot" for HubSpot)."""
    min_words: int = 3
    """Sentences shorter than this many words ("yeah", "okay thanks") are not compared semantically."""
    batch_calls: int = 32
    """Calls processed together (one spaCy pass, one batched encoding, one store transaction; call by call if the store refuses the batch)."""


class MiningSettings(Settings, Protocol):
    """What the mine stage reads: its section, plus the shared ones (company, models, paths)."""

    mining: MiningConfig
