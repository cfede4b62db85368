"""The ``[topics]`` section."""

from __future__ import annotations

from dataclasses import dataclass


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
