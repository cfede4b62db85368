"""Decoding: every kind of bad recording becomes an InputError with a reason a person can act on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.transcribe import audio
from fixtures.audio import clips


def reason_for(path: Path, max_file_mb: int = 100) -> str:
    with pytest.raises(InputError) as info:
        audio.check_size(path, path.stat().st_size, max_file_mb)
        audio.decode(path, audio.probe(path))
    assert info.value.path == str(path)
    return info.value.reason


def test_stereo_opus_is_split_into_two_16k_channels() -> None:
    info = audio.probe(clips.STEREO)
    assert info.channels == 2
    decoded = audio.decode(clips.STEREO, info)
    assert len(decoded.channels) == 2
    assert decoded.duration_s == pytest.approx(info.duration_s, abs=0.1)


def test_mono_mp3_and_wav_decode_at_any_rate(tmp_path: Path) -> None:
    assert len(audio.decode(clips.MONO_NO_CUES, audio.probe(clips.MONO_NO_CUES)).channels) == 1
    stereo = clips.stereo_channels(2.0)
    wav = clips.write_wav(tmp_path / "mono.wav", stereo[0])
    assert audio.decode(wav, audio.probe(wav)).duration_s == pytest.approx(2.0, abs=0.01)


def test_bad_inputs_have_clear_reasons(tmp_path: Path) -> None:
    text = tmp_path / "notes.wav"
    text.write_text("this is a text file, not a recording\n")
    assert reason_for(text) == "not an audio file (unrecognised format)"

    empty = tmp_path / "empty.mp3"
    empty.write_bytes(b"")
    assert reason_for(empty) == "empty file (0 bytes)"

    full = clips.write_wav(tmp_path / "full.wav", clips.stereo_channels(4.0))
    cut = tmp_path / "cut.wav"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    assert reason_for(cut).startswith("truncated/corrupt audio (decoded 2.0s of 4.0s")

    head_only = tmp_path / "head.ogg"
    head_only.write_bytes(clips.STEREO.read_bytes()[:100])
    assert reason_for(head_only).startswith("truncated/corrupt audio")

    mp3 = tmp_path / "cut.mp3"
    mp3.write_bytes(clips.MONO_NO_CUES.read_bytes()[:15000])
    assert reason_for(mp3).startswith("truncated/corrupt audio (decoded")

    silence = clips.write_wav(tmp_path / "silence.wav", clips.stereo_channels(2.0) * 0)
    assert reason_for(silence) == "no speech found (silence only)"

    huge = tmp_path / "huge.flac"
    shutil.copy(clips.STEREO, huge)
    with huge.open("r+b") as f:
        f.truncate(3 * 1024 * 1024)
    assert reason_for(huge, max_file_mb=1).startswith("file larger than ingest.max_file_mb")
