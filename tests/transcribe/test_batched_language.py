"""One language per call in batched decoding, detected from the batch's own encoder pass.

The bookkeeping is tested with a stand-in model whose "encoder output" remembers which language each
chunk sounds like (the real decoding is tested on real audio in test_batched.py, where the English-only
tiny model detects nothing). What matters: a call's language comes from its first chunk (the customer
channel's), the call's other chunks follow it whatever they sound like, a forced language is never
detected, no chunk is encoded twice except where calls of two languages meet in one batch.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from callinsight.transcribe import batched
from callinsight.transcribe.batched import BatchSettings, Track, decode_tracks

LANGS = ["en", "de", "fr"]


class _Encoded:
    def __init__(self, features: Any) -> None:
        self.langs = [LANGS[int(f[0, 0])] for f in features]
        self.shape = (len(self.langs),)
        self.device = "fake"  # not "cpu": detection runs on the whole batch


class _Model:
    """Encodes and detects; the decoding itself is replaced by the test."""

    def __init__(self) -> None:
        self.encoded = 0
        self.detections = 0
        outer = self

        class CT2:
            is_multilingual = True

            def detect_language(self, encoded: _Encoded) -> list[list[tuple[str, float]]]:
                outer.detections += 1
                return [[(f"<|{lang}|>", 0.9)] for lang in encoded.langs]

        self.model = CT2()

    def encode(self, features: Any) -> _Encoded:
        self.encoded += len(features)
        return _Encoded(features)


def chunks(*langs: str) -> list[Any]:
    return [np.full((2, 3), LANGS.index(lang), dtype=np.float32) for lang in langs]


def track(call: int, *langs: str, forced: str | None = None) -> Track:
    t = Track(samples=None, call=call, language=forced)
    t.features = chunks(*langs)
    t.offsets = [0.0] * len(langs)
    t.durations = [1.0] * len(langs)
    return t


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[tuple[int, int]]]]:
    """Records (language, chunks) of every decoded batch instead of decoding."""
    seen: list[tuple[str, list[tuple[int, int]]]] = []

    def fake_decode(model: Any, tokenizer: Any, options: Any, settings: Any, tracks: Any, batch: Any, *rest: Any) -> Any:
        seen.append((tokenizer, list(batch)))
        return [[] for _ in batch]

    monkeypatch.setattr(batched, "_decode_batch", fake_decode)
    monkeypatch.setattr(batched._Decoder, "tokenizer", lambda self, language: (language, None))
    return seen


def test_a_call_takes_the_language_of_its_first_chunk_without_an_extra_encoder_pass(decoded: Any) -> None:
    model = _Model()
    # call 0: customer channel sounds German first; its agent channel "sounds" English but follows the call
    tracks = [track(0, "de", "en"), track(0, "en")]
    decode_tracks(model, tracks, BatchSettings(batch_size=8))
    assert model.encoded == 3 and model.detections == 1  # each chunk encoded once, detection on that pass
    assert decoded == [("de", [(0, 0), (0, 1), (1, 0)])]
    assert [t.language for t in tracks] == ["de", "de"]


def test_forced_languages_are_batched_apart_and_never_detected(decoded: Any) -> None:
    model = _Model()
    tracks = [track(0, "en", forced="fr"), track(0, "en", forced="fr"), track(1, "de", forced="de")]
    decode_tracks(model, tracks, BatchSettings(batch_size=8))
    assert model.detections == 0 and model.encoded == 3
    assert sorted(decoded) == [("de", [(2, 0)]), ("fr", [(0, 0), (1, 0)])]


def test_a_silent_customer_channel_lets_the_agent_channel_decide_and_mixed_batches_split(decoded: Any) -> None:
    model = _Model()
    tracks = [track(0, "de"), track(0, "de"), track(1), track(1, "en", "en")]  # call 1: customer silent
    decode_tracks(model, tracks, BatchSettings(batch_size=8))
    assert [t.language for t in tracks] == ["de", "de", "en", "en"]
    assert sorted(decoded) == [("de", [(0, 0), (1, 0)]), ("en", [(3, 0), (3, 1)])]
    assert model.encoded == 4 + 4  # two languages met in one batch: each language's chunks encoded again


def test_a_call_split_over_two_batches_keeps_its_language(decoded: Any) -> None:
    model = _Model()
    tracks = [track(0, "de", "en"), track(0, "en", "en")]
    decode_tracks(model, tracks, BatchSettings(batch_size=2))
    assert [lang for lang, _refs in decoded] == ["de", "de"] and model.detections == 1 and model.encoded == 4
