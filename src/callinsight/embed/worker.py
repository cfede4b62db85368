"""The embedding worker: a picklable callable that loads the sentence-transformer on first use.

An executor (``pipeline/executor.py``: in-process, or Ray actors) maps it over batches of texts; the
stage stays the only writer of the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

EMBEDDING_DIM = 384  # the store's FLOAT[384]; a model of another size is refused when loaded


@dataclass(frozen=True)
class EmbedBatch:
    """Texts of several whole calls, encoded together for throughput; ``keys`` are (call_id, seq)."""

    calls: tuple[str, ...]
    keys: tuple[tuple[str, int], ...]
    texts: tuple[str, ...]


class EmbeddingWorker:
    """Encodes a batch to unit-length float32 vectors (one row per text)."""

    def __init__(self, model_path: Path, device: str = "cpu", batch_size: int = 64) -> None:
        self.model_path = Path(model_path)
        self.device = device
        self.batch_size = batch_size
        self._model: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_model"] = None  # the model is loaded again where the worker runs
        return state

    def _load(self) -> Any:
        if self._model is None:
            from callinsight.errors import ModelError
            from callinsight.localmodels.factories import load_sentence_transformer

            model = load_sentence_transformer(self.model_path, self.device)  # shared with the other stages
            dim = model.get_embedding_dimension()
            if dim != EMBEDDING_DIM:
                raise ModelError(
                    f"embedding model {self.model_path} gives {dim} dimensions; the store holds {EMBEDDING_DIM}",
                    hint="use a 384-dimension sentence-transformer (the default minilm)",
                )
            self._model = model
        return self._model

    def __call__(self, batch: EmbedBatch) -> Any:
        import numpy as np

        if not batch.texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        vectors = self._load().encode(
            list(batch.texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)
