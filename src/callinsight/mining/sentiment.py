"""Sentiment per utterance (VADER lexicon, installs offline with its lexicon) and per role per call quarter.

VADER was chosen over a MiniLM-anchor classifier after measuring both on labelled call sentences
(figures in docs/mining.md; ``benchmarks/mining_quality.py --sentiment`` re-measures them).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

#: VADER's own recommended cut-offs on the compound score.
POSITIVE = 0.05
NEGATIVE = -0.05


def label(score: float) -> str:
    return "positive" if score >= POSITIVE else "negative" if score <= NEGATIVE else "neutral"


class SentimentScorer:
    def __init__(self) -> None:
        self._analyzer: Any = None

    def score(self, text: str) -> float:
        if self._analyzer is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            self._analyzer = SentimentIntensityAnalyzer()
        return float(self._analyzer.polarity_scores(text)["compound"])


@dataclass(frozen=True)
class QuarterSentiment:
    role: str
    quarter: int  # 1..4
    sentiment: float | None
    n_utterances: int


def quarter_of(position: float) -> int:
    """Quarter (1..4) of a relative position in [0, 1]."""
    return min(4, int(position * 4) + 1)


def call_quarters(items: list[tuple[str, float | None, int, float]], duration_s: float | None, n_turns: int) -> list[QuarterSentiment]:
    """``items`` = (role, start_s, seq index among turns, sentiment) per utterance.

    Quarters are by time when the call is timed, else by turn order. Every role seen gets four rows
    (sentiment None where that role said nothing in a quarter) so "how it started and ended" is a
    plain comparison of quarter 1 and quarter 4.
    """
    timed = duration_s is not None and duration_s > 0 and all(s is not None for _, s, _, _ in items)
    buckets: dict[tuple[str, int], list[float]] = defaultdict(list)
    roles = sorted({r for r, _, _, _ in items})
    for role, start, index, score in items:
        pos = (start or 0.0) / duration_s if timed and duration_s else index / max(n_turns, 1)
        buckets[(role, quarter_of(max(0.0, min(pos, 1.0))))].append(score)
    out = []
    for role in roles:
        for q in range(1, 5):
            scores = buckets.get((role, q), [])
            out.append(QuarterSentiment(role, q, sum(scores) / len(scores) if scores else None, len(scores)))
    return out
