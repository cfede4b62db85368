"""The ``[topics]`` section."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from callinsight.config import Settings


@dataclass
class TopicsConfig:
    """Topic discovery and drift detection."""

    seed: int = 42
    """Random seed, so the same data gives the same topics."""
    min_utterances: int = 50
    """Below this many content utterances, topics fall back to a method that works on small data."""
    min_words: int = 4
    """Customer utterances shorter than this are not clustered (fillers, yes/no)."""
    baseline_weeks: int = 4
    """Trailing weeks that a week's shares are compared with."""
    p_value: float = 0.01
    """Significance level for growing / fading / new flags."""
    min_count: int = 3
    """A topic needs at least this many utterances in a week to be flagged."""
    recent_weeks: int = 3
    """Each week, the last this-many weeks are also pooled and compared with the weeks before them (1: off).

    Small teams hear a concern a few times a week: no single week is significant, a run of weeks can be."""
    recent_baseline_weeks: int = 6
    """Weeks before the recent window that it is compared with (fewer when there is less history)."""
    recent_p_value: float = 0.05
    """Significance level (Benjamini-Hochberg over the subjects with enough mentions) for the recent window."""
    min_effect: float = 0.2
    """Smallest change in share (Cohen's h; 0.2 = small) that is flagged, so big corpora don't flag wobbles."""
    outlier_similarity: float = 0.3
    """Outliers are moved to the nearest topic when their cosine similarity to it is at least this."""
    merge_similarity: float = 0.8
    """Clusters whose centroids are at least this similar (cosine, average linkage) become one topic."""
    match_similarity: float = 0.75
    """On refit, a new topic keeps an old topic's id when their centroids' cosine similarity is at least this."""
    model_dir: str = ""
    """Folder for saved topic models (safetensors, one ``v<version>`` folder each); empty: ``<paths.models>/topics``."""


class TopicsSettings(Settings, Protocol):
    """What the topics stage (and embed, for ``min_words``) reads: this section plus the shared ones."""

    topics: TopicsConfig
