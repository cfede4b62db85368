"""Embedding spaces: English utterances go to MiniLM, every other language to the multilingual encoder.

MiniLM's tokenizer breaks Hangul into jamo, so its Korean vectors are meaningless (KLUE-STS Spearman 0.22
against 0.76 for USE, docs/korean.md). On English support text MiniLM clusters a little better (k-means
NMI 0.31 vs 0.28, MODELS.md), so English keeps it. Each space has its own table and its own topics
(``topics.space``); an English and a Korean utterance about the same thing land in two topics, one per
space (docs/korean.md says why that was preferred to putting everything in USE). Used by the embed,
topics and personas stages, so it lives in this low layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from callinsight.lang.detect import base_language, sentence_language

MINILM = "minilm"
MULTILINGUAL = "multilingual"


@dataclass(frozen=True)
class Space:
    name: str
    table: str
    dim: int
    centroid_column: str  # where the topics table keeps this space's centroids


SPACES: dict[str, Space] = {
    MINILM: Space(MINILM, "utterance_embeddings", 384, "centroid"),
    MULTILINGUAL: Space(MULTILINGUAL, "utterance_embeddings_ml", 512, "centroid_ml"),
}


def space_for(language: str | None) -> str:
    """English (or unknown: the historical default) -> MiniLM; anything else -> multilingual."""
    return MINILM if base_language(language) in (None, "en") else MULTILINGUAL


def utterance_space(text: str, call_language: str | None) -> tuple[str, str | None]:
    """(space, language) of one utterance: its own script first, so a Korean turn in an English call
    (or the reverse) is embedded where it means something."""
    language = sentence_language(text, call_language)
    return space_for(language), language
