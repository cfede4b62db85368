"""Batched decoding on real audio with the tiny.en model: same structure as the sequential path,
chunks of both channels and of several calls in shared batches, failures kept per call."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from callinsight.records import CallMetadata, CallSource, Failure, Transcript, Utterance
from callinsight.transcribe.batched import BatchSettings, Track, decode_tracks, prepare
from callinsight.transcribe.worker import TranscribeWorker
from fixtures.audio import clips

pytestmark = pytest.mark.slow


def source(path: Path) -> CallSource:
    return CallSource(call_id="b" + path.stem[:12], path=path, size_bytes=path.stat().st_size, metadata=CallMetadata())


@pytest.fixture(scope="module")
def batched_worker(session_config: Any, whisper_tiny: Any) -> TranscribeWorker:
    config = dataclasses.replace(session_config, transcribe=dataclasses.replace(session_config.transcribe, batch_size=8))
    return TranscribeWorker(config, model=whisper_tiny)


def check_invariants(utts: list[Utterance]) -> None:
    assert [u.seq for u in utts] == list(range(len(utts)))
    assert [u.start_s for u in utts] == sorted(u.start_s for u in utts)  # type: ignore[type-var]
    for u in utts:
        assert u.start_s is not None and u.end_s is not None and u.start_s <= u.end_s
        assert u.text and u.words and u.confidence is not None and 0 < u.confidence <= 1
        assert all(u.start_s <= w.start <= w.end <= u.end_s for w in u.words)
        assert [w.start for w in u.words] == sorted(w.start for w in u.words)


def test_batched_and_sequential_give_the_same_turns_on_a_clean_clip(batched_worker: TranscribeWorker) -> None:
    sequential = batched_worker(source(clips.STEREO))
    [batched] = batched_worker.batch([source(clips.STEREO)])
    assert isinstance(sequential, Transcript) and isinstance(batched, Transcript)
    check_invariants(batched.utterances)
    assert [u.role for u in batched.utterances] == [u.role for u in sequential.utterances] == ["agent", "customer"] * 3
    assert all(u.channel == (0 if u.role == "agent" else 1) for u in batched.utterances)
    for b, s in zip(batched.utterances, sequential.utterances, strict=True):
        assert b.start_s == pytest.approx(s.start_s, abs=1.0) and b.end_s == pytest.approx(s.end_s, abs=1.0)
    assert "charged" in batched.utterances[1].text.lower()
    assert batched.options is not None and batched.options.batch_size == 8 and (batched.options.chunks or 0) >= 2
    assert sequential.options is not None and sequential.options.batch_size == 0
    assert "chunks" in batched.options.to_json() and "chunks" not in sequential.options.to_json()


def test_a_bad_file_in_a_group_fails_alone(batched_worker: TranscribeWorker, tmp_path: Path) -> None:
    good = clips.write_wav(tmp_path / "good.wav", clips.stereo_channels(10.5))
    bad = tmp_path / "bad.wav"
    bad.write_text("not audio")
    quiet = clips.write_wav(tmp_path / "quiet.wav", clips.stereo_channels(2.0) * 0)
    results = batched_worker.batch([source(bad), source(good), source(quiet)])
    assert [type(r) for r in results] == [Failure, Transcript, Failure]
    assert isinstance(results[0], Failure) and "not an audio file" in results[0].reason
    assert isinstance(results[2], Failure) and results[2].reason == "no speech found (silence only)"
    good_t = results[1]
    assert isinstance(good_t, Transcript)
    assert [u.role for u in good_t.utterances] == ["agent", "customer"]


def test_chunks_of_both_channels_and_two_calls_share_one_batch(whisper_tiny: Any) -> None:
    channels = clips.stereo_channels()
    settings = BatchSettings(batch_size=8)
    tracks = [prepare(whisper_tiny, Track(channels[ch], speaker=ch, channel=ch, language="en"), settings) for ch in (0, 1, 0, 1)]
    chunks = sum(len(t.features) for t in tracks)
    assert 4 <= chunks <= 8
    pieces, stats = decode_tracks(whisper_tiny, tracks, settings)
    assert stats.batches == 1 and stats.chunks == chunks
    assert [p.text for p in pieces[0]] == [p.text for p in pieces[2]]  # a batch neighbour changes nothing
    for track_pieces, ch in zip(pieces, (0, 1, 0, 1), strict=True):
        assert track_pieces and all(p.channel == ch and p.words for p in track_pieces)
        starts = [w.start for p in track_pieces for w in p.words]
        assert starts == sorted(starts) and max(starts) < len(channels[ch]) / 16000
