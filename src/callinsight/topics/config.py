"""The ``[topics]`` section."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from callinsight.config import Settings

if TYPE_CHECKING:
    from callinsight.drift.segments import DriftSettings


@dataclass
class TopicsConfig:
    """Topic discovery and drift detection."""

    seed: int = 42
    """Random seed, so the same data gives the same topics."""
    min_utterances: int = 50
    """Below this many content utterances, topics fall back to a method that works on small data."""
    min_words: int = 4
    """Customer utterances shorter than this are not clustered (fillers, yes/no)."""
    drift_method: Literal["trend", "window"] = "trend"
    """How drift is tested: ``trend`` (each share's trend over the last weeks; docs/drift.md) or ``window``
    (each week, and the pooled recent weeks, against a trailing baseline: the keys baseline_weeks to recent_p_value)."""
    history_weeks: int = 12
    """The trend test looks at the last this-many weeks with data up to each week."""
    min_history_weeks: int = 4
    """The trend test gives verdicts from this many weeks of history on."""
    trend_p_value: float = 0.02
    """Significance level of the trend test (Benjamini-Hochberg over the week's subjects with support)."""
    concern_similarity: float = 0.6
    """Topics whose centroids are at least this similar (cosine, average linkage) are one concern for drift."""
    baseline_weeks: int = 4
    """Trailing weeks that a week's shares are compared with (``window`` method)."""
    p_value: float = 0.01
    """Significance level for growing / fading / new flags (``window`` method; also the distribution shift)."""
    min_count: int = 3
    """A topic needs at least this many utterances in a week to be flagged."""
    recent_weeks: int = 3
    """Recent weeks a drift row describes (trend) / pooled and compared with the weeks before them (window; 1: off).

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

    def drift_settings(self) -> DriftSettings:
        """These keys as the drift package's settings: v_drift, the report and persona drift all use them."""
        from callinsight.drift.segments import DriftSettings

        return DriftSettings(
            baseline_weeks=self.baseline_weeks, alpha=self.p_value, min_count=self.min_count, min_effect=self.min_effect,
            recent_weeks=self.recent_weeks, recent_baseline_weeks=self.recent_baseline_weeks, recent_alpha=self.recent_p_value,
            method=self.drift_method, history_weeks=self.history_weeks, min_weeks=self.min_history_weeks,
            trend_alpha=self.trend_p_value,
        )


class TopicsSettings(Settings, Protocol):
    """What the topics stage (and embed, for ``min_words``) reads: this section plus the shared ones."""

    topics: TopicsConfig
