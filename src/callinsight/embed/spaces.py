"""The multilingual twin of ``EmbeddingWorker`` (the spaces themselves: ``callinsight.lang.spaces``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from callinsight.embed.worker import EmbedBatch
from callinsight.lang.spaces import MINILM, MULTILINGUAL, SPACES, Space, space_for, utterance_space

__all__ = ["MINILM", "MULTILINGUAL", "SPACES", "MultilingualEmbeddingWorker", "Space", "space_for", "utterance_space"]


class MultilingualEmbeddingWorker:
    """A picklable callable, like ``EmbeddingWorker``: the multilingual encoder is loaded on first use."""

    def __init__(self, model_path: Path, threads: int = 1) -> None:
        self.model_path = Path(model_path)
        self.threads = threads
        self._model: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_model"] = None
        return state

    def __call__(self, batch: EmbedBatch) -> Any:
        import numpy as np

        if not batch.texts:
            return np.zeros((0, SPACES[MULTILINGUAL].dim), dtype=np.float32)
        if self._model is None:
            from callinsight.localmodels.factories import load_multilingual_encoder

            self._model = load_multilingual_encoder(self.model_path, self.threads)
        return np.asarray(self._model.encode(list(batch.texts)), dtype=np.float32)
