"""Sentiment per utterance and per role per call quarter.

VADER (a lexicon that ships inside its wheel, MIT) with a small support-call lexicon added: plain
VADER reads "the dashboard crashes", "it's too expensive" or "nobody got back to me" as neutral,
because those words are not emotional in social media, where its lexicon comes from. The figures
for both, and for a MiniLM nearest-neighbour alternative, are in docs/mining.md;
``benchmarks/mining_quality.py --sentiment`` re-measures them.
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


#: Support and sales call words VADER lacks or underrates, on VADER's -4..+4 valence scale. Written from
#: what the words mean in a support call, not fitted to the evaluation sentences.
DOMAIN_LEXICON: dict[str, float] = {
    "crashed": -1.7, "crashes": -1.7, "crashing": -1.7, "outage": -2.0, "downtime": -1.5, "timeout": -1.2,
    "freezes": -1.5, "freezing": -1.5, "bug": -1.5, "buggy": -1.8, "glitch": -1.3, "slow": -1.2,
    "laggy": -1.5, "clunky": -1.5, "complicated": -1.0, "unintuitive": -1.5, "overcharged": -2.0,
    "expensive": -1.0, "pricey": -1.0, "steep": -0.8, "overkill": -1.0, "forever": -0.8, "nobody": -0.8,
    "stuck": -1.5, "late": -0.8, "broke": -1.7, "breaks": -1.7, "breaking": -1.7, "fails": -2.0,
    "failing": -2.0, "errors": -1.7, "cancel": -1.2, "terminate": -1.2, "refund": -0.8, "chargeback": -1.5,
    "burned": -1.5, "downgrade": -0.8, "duplicate": -0.5, "locked": -0.8, "unusable": -2.5,
    "works": 0.8, "smooth": 1.2, "easy": 1.2, "intuitive": 1.2, "fast": 0.8, "resolved": 1.2,
}


class SentimentScorer:
    def __init__(self, domain_lexicon: bool = True) -> None:
        self._analyzer: Any = None
        self.domain_lexicon = domain_lexicon

    def score(self, text: str) -> float:
        if self._analyzer is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            self._analyzer = SentimentIntensityAnalyzer()
            if self.domain_lexicon:
                self._analyzer.lexicon.update(DOMAIN_LEXICON)
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
