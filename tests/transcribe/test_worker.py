"""The transcription worker on real audio with the tiny.en model."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any

import pytest

from callinsight.records import CallMetadata, CallSource, Failure, Transcript, Utterance
from callinsight.transcribe.worker import TranscribeWorker
from fixtures.audio import clips

pytestmark = pytest.mark.slow


def source(path: Path, **meta: Any) -> CallSource:
    return CallSource(call_id="test" + path.stem[:12], path=path, size_bytes=path.stat().st_size, metadata=CallMetadata(**meta))


def run(worker: TranscribeWorker, path: Path, **meta: Any) -> Transcript:
    result = worker(source(path, **meta))
    assert isinstance(result, Transcript), result
    return result


@pytest.fixture(scope="module")
def encoder() -> Any:
    from callinsight.transcribe.diarize import load_encoder

    return load_encoder()


@pytest.fixture(scope="module")
def worker(session_config: Any, whisper_tiny: Any, encoder: Any) -> TranscribeWorker:
    return TranscribeWorker(session_config, model=whisper_tiny, encoder=encoder)


@pytest.fixture(scope="module")
def stereo(worker: TranscribeWorker) -> Transcript:
    return run(worker, clips.STEREO)


def check_invariants(utts: list[Utterance]) -> None:
    assert [u.seq for u in utts] == list(range(len(utts)))
    starts = [u.start_s for u in utts]
    assert starts == sorted(starts)
    for u in utts:
        assert u.start_s is not None and u.end_s is not None and u.start_s <= u.end_s
        assert u.text and u.words
        assert all(u.start_s <= w.start <= w.end <= u.end_s for w in u.words)
        assert [w.start for w in u.words] == sorted(w.start for w in u.words)
        assert u.confidence is not None and 0 < u.confidence <= 1


def test_stereo_channels_are_roles_interleaved_by_time(stereo: Transcript) -> None:
    utts = stereo.utterances
    check_invariants(utts)
    assert [u.role for u in utts] == ["agent", "customer"] * 3
    assert all(u.channel == (0 if u.role == "agent" else 1) for u in utts)
    assert "help" in utts[0].text.lower() and "charged" in utts[1].text.lower()
    assert stereo.role_method == "channel" and stereo.channels == 2
    assert stereo.language == "en" and stereo.duration_s == pytest.approx(27.7, abs=0.2)
    assert stereo.model == "whisper-tiny.en"
    opts = stereo.options
    assert opts is not None and opts.vad_filter is True and opts.word_timestamps is True and opts.beam_size == 1
    assert opts.language_source == "detected" and opts.batch_size == 0 and opts.device == "cpu"


def test_agent_channel_is_configurable(session_config: Any, whisper_tiny: Any, tmp_path: Path) -> None:
    config = dataclasses.replace(
        session_config, transcribe=dataclasses.replace(session_config.transcribe, agent_channel=1)
    )
    wav = clips.write_wav(tmp_path / "first-turns.wav", clips.stereo_channels(10.5))
    t = run(TranscribeWorker(config, model=whisper_tiny), wav, language="en")
    assert [(u.role, u.channel) for u in t.utterances] == [("customer", 0), ("agent", 1)]
    assert t.options is not None and t.options.language_source == "metadata" and t.language == "en"


def overlap(a: Utterance, b: Utterance) -> float:
    assert a.start_s is not None and a.end_s is not None and b.start_s is not None and b.end_s is not None
    return max(0.0, min(a.end_s, b.end_s) - max(a.start_s, b.start_s))


def test_mono_mixdown_roles_match_the_stereo_truth(worker: TranscribeWorker, stereo: Transcript, tmp_path: Path) -> None:
    wav = clips.write_wav(tmp_path / "mixed.wav", clips.mixdown(clips.stereo_channels()))
    mono = run(worker, wav)
    check_invariants(mono.utterances)
    assert mono.channels == 1 and mono.role_method == "diarized"
    assert mono.role_confidence is not None and mono.role_confidence >= 0.6
    for u in mono.utterances:
        truth = max(stereo.utterances, key=lambda s: overlap(u, s))
        assert u.role == truth.role, (u.text, truth.text)
    assert len(mono.utterances) == len(stereo.utterances)


def test_mono_without_cues_says_unknown(worker: TranscribeWorker) -> None:
    t = run(worker, clips.MONO_NO_CUES)
    check_invariants(t.utterances)
    assert t.role_method == "unknown"
    assert t.role_confidence is not None and t.role_confidence < 0.6
    assert {u.role for u in t.utterances} == {"unknown"}
    assert t.options is not None and t.options.speakers == 2  # the voices were told apart; only who is the agent is unknown


def test_the_same_signal_on_both_channels_is_a_mono_call(worker: TranscribeWorker, tmp_path: Path) -> None:
    from callinsight.transcribe.audio import decode, probe

    mono = decode(clips.MONO_NO_CUES, probe(clips.MONO_NO_CUES)).channels[0]
    t = run(worker, clips.write_wav(tmp_path / "dual.wav", [mono, mono]))
    assert t.channels == 2 and t.options is not None and t.options.dual_mono is True
    assert t.role_method == "unknown" and len(t.utterances) == 4  # not each sentence twice


def test_silence_and_garbage_are_failures_not_exceptions(worker: TranscribeWorker, tmp_path: Path) -> None:
    quiet = clips.write_wav(tmp_path / "quiet.wav", clips.stereo_channels(2.0) * 0)
    result = worker(source(quiet))
    assert isinstance(result, Failure) and result.reason == "no speech found (silence only)"
    assert result.path == str(quiet) and result.stage == "ingest"


def test_worker_pickles_without_its_models(worker: TranscribeWorker) -> None:
    assert worker._model is not None
    clone = pickle.loads(pickle.dumps(worker))
    assert clone._model is None and clone._encoder is None
    assert clone.config.models.whisper == "whisper-tiny.en"
    assert len(pickle.dumps(worker)) < 50_000
