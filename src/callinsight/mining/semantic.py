"""Semantic detection: each customer sentence against the taxonomy's example sentences.

The examples and neutral examples are encoded once per stage run; sentences are encoded in batches.
A sentence is a finding for its most similar category when the similarity reaches the threshold and
beats the most similar neutral example by the margin (so everyday questions stay unflagged).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callinsight.mining.taxonomy import Taxonomy
from callinsight.mining.vector_cache import VectorCache, cached_vectors


@dataclass(frozen=True)
class SemanticHit:
    kind: str
    category: str
    similarity: float
    example: str  # the nearest example sentence, for the evidence column


class SemanticDetector:
    def __init__(self, embedder: Any, taxonomy: Taxonomy, threshold: float | None = None, batch_size: int = 64,
                 cache: VectorCache | None = None) -> None:
        """``cache``: keeps the example sentences' vectors between stage runs (``vector_cache``)."""
        import numpy as np

        self.embedder = embedder
        self.batch_size = batch_size
        self.threshold = threshold if threshold else taxonomy.semantic_threshold
        self.margin = taxonomy.semantic_margin
        self.owners: list[tuple[str, str]] = []
        examples: list[str] = []
        for c in taxonomy.categories:
            for e in c.examples:
                self.owners.append((c.kind, c.id))
                examples.append(e)
        self.examples = examples
        self.example_vectors = (cached_vectors(cache, f"semantic.examples/{batch_size}", examples, self.encode) if examples
                                else np.zeros((0, 1), dtype="float32"))
        neutral = list(taxonomy.neutral_examples)
        self.neutral_vectors = cached_vectors(cache, f"semantic.neutral/{batch_size}", neutral, self.encode) if neutral else None

    def encode(self, sentences: list[str]) -> Any:
        import numpy as np

        if not sentences:
            return np.zeros((0, self.embedder.get_sentence_embedding_dimension()), dtype="float32")
        return self.embedder.encode(
            sentences, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )

    def scores(self, vectors: Any) -> tuple[Any, Any, Any]:
        """(best example index, best similarity, best neutral similarity) per sentence vector."""
        import numpy as np

        sims = vectors @ self.example_vectors.T
        best = sims.argmax(axis=1)
        best_sim = sims[np.arange(len(best)), best]
        if self.neutral_vectors is not None and len(self.neutral_vectors):
            neutral = (vectors @ self.neutral_vectors.T).max(axis=1)
        else:
            neutral = np.full(len(best), -1.0)
        return best, best_sim, neutral

    def classify(self, vectors: Any, threshold: float | None = None) -> list[SemanticHit | None]:
        if len(vectors) == 0 or len(self.examples) == 0:
            return [None] * len(vectors)
        limit = self.threshold if threshold is None else threshold
        best, best_sim, neutral = self.scores(vectors)
        out: list[SemanticHit | None] = []
        for idx, sim, neu in zip(best.tolist(), best_sim.tolist(), neutral.tolist(), strict=True):
            if sim >= limit and sim - neu >= self.margin:
                kind, category = self.owners[idx]
                out.append(SemanticHit(kind, category, float(sim), self.examples[idx]))
            else:
                out.append(None)
        return out
