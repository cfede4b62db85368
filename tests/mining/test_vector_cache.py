"""Example-sentence vectors kept between stage runs: the same vectors, keyed by model and sentences, never required."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from callinsight.config import CompanyConfig
from callinsight.mining.miner import Miner
from callinsight.mining.problems import load_cues
from callinsight.mining.taxonomy import load_taxonomy
from callinsight.mining.vector_cache import VectorCache


class Counting:
    """The real embedder, counting the sentences it encodes."""

    def __init__(self, embedder: Any) -> None:
        self.embedder = embedder
        self.sentences = 0

    def encode(self, sentences: list[str], **kwargs: Any) -> Any:
        self.sentences += len(sentences)
        return self.embedder.encode(sentences, **kwargs)

    def get_sentence_embedding_dimension(self) -> int:
        return int(self.embedder.get_sentence_embedding_dimension())


def _miner(config: Any, nlp: Any, embedder: Any, folder: Path | None) -> Miner:
    return Miner(nlp, embedder, load_taxonomy(), config.mining, CompanyConfig(name="Northwind"), load_cues("en"), vector_cache=folder)


def _vectors(m: Miner) -> list[Any]:
    assert m.semantic is not None and m.problems is not None
    return [m.semantic.example_vectors, m.semantic.neutral_vectors, m.problems.example_vectors, m.problems.neutral_vectors]


def test_a_second_run_reads_the_example_vectors_instead_of_encoding_them(config: Any, nlp: Any, embedder: Any, tmp_path: Path) -> None:
    plain = _vectors(_miner(config, nlp, embedder, None))
    first = Counting(embedder)
    cold = _vectors(_miner(config, nlp, first, tmp_path / "cache"))
    assert first.sentences > 100  # every example encoded, plus the probe
    assert len(list((tmp_path / "cache").glob("*.npy"))) == 4
    second = Counting(embedder)
    warm = _vectors(_miner(config, nlp, second, tmp_path / "cache"))
    assert second.sentences == 1  # the probe only
    for a, b, c in zip(plain, cold, warm, strict=True):
        assert a.dtype == c.dtype and np.array_equal(a, b) and np.array_equal(a, c)


def test_a_damaged_file_or_a_folder_that_cannot_be_written_means_encoding_as_before(embedder: Any, tmp_path: Path) -> None:
    def encode(sentences: list[str]) -> Any:
        return embedder.encode(sentences, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)

    sentences = ["The invoice was wrong.", "Thanks, bye."]
    cache = VectorCache.for_model(tmp_path / "cache", encode)
    expected = encode(sentences)
    assert np.array_equal(cache.vectors("t", sentences, encode), expected)
    (path,) = (tmp_path / "cache").glob("*.npy")
    path.write_bytes(b"not an array")
    assert np.array_equal(cache.vectors("t", sentences, encode), expected)  # re-encoded and rewritten
    assert np.array_equal(np.load(path), expected)
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    assert np.array_equal(VectorCache.for_model(blocked / "cache", encode).vectors("t", sentences, encode), expected)
    # Another model (another probe vector) never reads these vectors.
    other = VectorCache.for_model(tmp_path / "cache", lambda s: encode(s) * -1)
    assert other.fingerprint != cache.fingerprint
