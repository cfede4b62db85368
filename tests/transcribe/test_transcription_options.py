"""The typed transcription options keep the stored JSON form of ``calls.options``."""

from __future__ import annotations

import json

from callinsight.records import TranscriptionOptions

BEFORE = {  # the keys a stereo call stored when options were a dict
    "engine", "device", "compute_type", "beam_size", "vad_filter", "word_timestamps",
    "condition_on_previous_text", "agent_channel", "merge_gap_s", "language", "language_source",
}


def test_stereo_options_keep_the_old_keys_plus_batch_size() -> None:
    opts = TranscriptionOptions(engine="faster-whisper 1.2.1", device="cpu", compute_type="int8", beam_size=1, vad_filter=True)
    stored = json.loads(json.dumps(opts.to_json()))
    assert set(stored) == BEFORE | {"batch_size"}
    assert stored["language"] is None and stored["batch_size"] == 0


def test_optional_keys_appear_only_where_they_apply() -> None:
    opts = TranscriptionOptions(
        engine="e", device="cpu", compute_type="int8", beam_size=1, vad_filter=True, language_detected="en",
        dual_mono=True, diarization="resemblyzer", speakers=2, voice_separation=0.4, role_cues=["speaker 0: company name"],
        batch_size=8, chunks=3, vad_min_silence_ms=2000,
    )
    stored = opts.to_json()
    assert stored["dual_mono"] is True and stored["speakers"] == 2 and stored["chunks"] == 3
    assert stored["role_cues"] == ["speaker 0: company name"] and stored["language_detected"] == "en"
