"""Korean sentiment without a Korean lexicon: nearest prototypes in the multilingual embedding space.

VADER (the English scorer) knows no Korean, and no Korean sentiment lexicon ships on PyPI with a
licence we can use. An utterance is scored by how much closer it is to negative prototype sentences
(complaint, annoyance, disappointment) than to the others (praise, thanks, plain requests), both written
for callinsight (``sentiment.ko.yaml``): ``d`` = mean cosine to its 3 nearest negative prototypes minus
the same for the others, and the score is ``-clip(d * SCALE, -1, 1)`` so that, like VADER's compound,
negative is below 0. ``PROBLEM`` is the score at which a whole utterance counts as voicing a problem; the
mine stage scores each sentence and uses ``problems.ko.yaml``'s own threshold (-0.5). Both were chosen on
the DEV rows of the KOTE comments (benchmarks/korean_quality.py, docs/korean.md).
"""

from __future__ import annotations

from functools import cached_property
from importlib import resources
from typing import Any

#: Cosine difference -> score: a difference of 0.1 is already a clear lean.
SCALE = 10.0
TOP_K = 3
#: Scores at or below this mark a problem (complaint / annoyance / disappointment). Tuned on KOTE DEV with
#: the rules: the most recall while precision stays at least 0.85 there (0.851 / 0.715 at -0.1).
PROBLEM = -0.1


def prototypes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(negative, other) prototype sentences from ``sentiment.ko.yaml``."""
    import yaml

    raw = yaml.safe_load(resources.files("callinsight.lang").joinpath("sentiment.ko.yaml").read_text(encoding="utf-8"))
    return tuple(raw["negative"]), tuple(raw["other"])


class KoreanSentiment:
    """``score(text)`` / ``scores(texts)`` in [-1, 1] (negative below 0), from an injected encoder
    (anything with ``encode(texts) -> unit rows``: the multilingual USE in production)."""

    def __init__(self, encoder: Any) -> None:
        self.encoder = encoder

    @cached_property
    def _prototypes(self) -> tuple[Any, Any]:
        negative, other = prototypes()
        return self.encoder.encode(list(negative)), self.encoder.encode(list(other))

    def scores_from_vectors(self, vectors: Any) -> list[float]:
        """Scores for already-encoded texts (the mining stage encodes its sentences once)."""
        import numpy as np

        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim == 1:
            vectors = vectors[None, :]
        if not len(vectors):
            return []
        negative, other = self._prototypes
        k_neg, k_oth = min(TOP_K, len(negative)), min(TOP_K, len(other))
        near_neg = np.sort(vectors @ negative.T, axis=1)[:, -k_neg:].mean(axis=1)
        near_oth = np.sort(vectors @ other.T, axis=1)[:, -k_oth:].mean(axis=1)
        return [float(x) for x in np.clip((near_oth - near_neg) * SCALE, -1.0, 1.0)]

    def scores(self, texts: list[str]) -> list[float]:
        return self.scores_from_vectors(self.encoder.encode(list(texts))) if texts else []

    def score(self, text: str) -> float:
        return self.scores([text])[0]


def is_problem(score: float) -> bool:
    return score <= PROBLEM
