"""Does a customer utterance voice a documented concern?

Two signals, both per *sentence* of the utterance (a long turn that greets, introduces the company and
then asks "Do you support single sign on with Okta?" would otherwise be diluted below any threshold):

1. cosine similarity (MiniLM) between the sentence and the documented item, at least ``threshold``;
2. a distinctive key phrase of the item ("single sign-on", "ticket backlog", "shared inbox") in the
   sentence, with a lower similarity floor ``phrase_threshold`` so a shared phrase in an unrelated
   sentence does not count.

Each sentence counts for the one concern it matches best (a phrase match ranks as if it reached
``threshold``); an utterance voices every concern one of its sentences voices. The thresholds were
calibrated on ``benchmarks/data/personas_heard_labels.jsonl`` (see ``benchmarks/persona_mapping.py --heard``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from callinsight.personas.phrases import contains_phrase, lemmas, split_sentences

if TYPE_CHECKING:
    import numpy as np


@dataclass
class Sentences:
    """The sentences of one utterance that are long enough to carry a concern."""

    texts: list[str]
    lemmas: list[list[str]]


def utterance_sentences(text: str, min_words: int) -> Sentences:
    """Sentences of at least ``min_words`` words; the whole utterance when none is that long."""
    chosen = [s for s in split_sentences(text) if len(s.split()) >= min_words] or [text.strip()]
    return Sentences(chosen, [lemmas(s) for s in chosen])


def match_sentences(
    sentence_vectors: np.ndarray,
    sentence_lemmas: list[list[str]],
    concern_vectors: np.ndarray,
    concern_phrases: list[set[tuple[str, ...]]],
    threshold: float,
    phrase_threshold: float,
) -> dict[int, float]:
    """concern index -> best cosine of a sentence that voices it (sentences of one utterance)."""
    import numpy as np

    out: dict[int, float] = {}
    if sentence_vectors.shape[0] == 0 or concern_vectors.shape[0] == 0:
        return out
    sims = sentence_vectors @ concern_vectors.T
    boost = max(threshold - phrase_threshold, 0.0)
    for row, words in enumerate(sentence_lemmas):
        phrase_hit = np.array([any(contains_phrase(words, p) for p in phrases) for phrases in concern_phrases])
        effective = sims[row] + boost * phrase_hit
        col = int(effective.argmax())
        if effective[col] >= threshold and (sims[row, col] >= threshold or phrase_hit[col]):
            out[col] = max(out.get(col, -1.0), float(sims[row, col]))
    return out
