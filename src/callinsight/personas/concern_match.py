"""Does a customer utterance voice a documented concern?

Two signals, both per *sentence* of the utterance (a long turn that greets, introduces the company and
then asks "Do you support single sign on with Okta?" would otherwise be diluted below any threshold):

1. cosine similarity (MiniLM) between the sentence and the documented item (or, for a long item, the
   best of its sentences and clauses), at least ``threshold``;
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

from callinsight.personas.phrases import concern_parts, contains_phrase, lemmas, split_sentences

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


def concern_part_vectors(texts: list[str], encode: object) -> tuple[np.ndarray, np.ndarray]:
    """Vectors of every part of every concern (see ``phrases.concern_parts``) and each part's concern index."""
    import numpy as np

    parts = [(i, part) for i, text in enumerate(texts) for part in concern_parts(text)]
    vectors = encode([p for _, p in parts])  # type: ignore[operator]
    return vectors, np.asarray([i for i, _ in parts], dtype=np.int64)


def concern_similarities(sentence_vectors: np.ndarray, part_vectors: np.ndarray, owners: np.ndarray, n_concerns: int) -> np.ndarray:
    """sentences x concerns: the best cosine of each sentence to any part of each concern."""
    import numpy as np

    part_sims = sentence_vectors @ part_vectors.T
    out = np.full((sentence_vectors.shape[0], n_concerns), -1.0, dtype=np.float32)
    for col in range(n_concerns):
        mask = owners == col
        if mask.any():
            out[:, col] = part_sims[:, mask].max(axis=1)
    return out


def match_sentences(
    sims: np.ndarray,
    sentence_lemmas: list[list[str]],
    concern_phrases: list[set[tuple[str, ...]]],
    threshold: float,
    phrase_threshold: float,
) -> dict[int, float]:
    """concern index -> best cosine of a sentence that voices it (``sims``: sentences x concerns of one utterance)."""
    import numpy as np

    out: dict[int, float] = {}
    if sims.shape[0] == 0 or sims.shape[1] == 0:
        return out
    boost = max(threshold - phrase_threshold, 0.0)
    for row, words in enumerate(sentence_lemmas):
        phrase_hit = np.array([any(contains_phrase(words, p) for p in phrases) for phrases in concern_phrases])
        effective = sims[row] + boost * phrase_hit
        col = int(effective.argmax())
        if effective[col] >= threshold and (sims[row, col] >= threshold or phrase_hit[col]):
            out[col] = max(out.get(col, -1.0), float(sims[row, col]))
    return out
