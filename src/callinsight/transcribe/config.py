"""The ``[transcribe]`` section."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from callinsight.config import Settings
from callinsight.ingest.config import IngestConfig


@dataclass
class TranscribeConfig:
    """How calls are transcribed and how roles are assigned."""

    language: str = ""
    """Force a language (``en``, ``ko``…); empty detects it per call. A call's metadata ``language`` wins."""
    agent_channel: int = 0
    """In stereo recordings, the channel that carries the agent; the other carries the customer."""
    vad: bool = True
    """Skip non-speech with Silero VAD (ships inside faster-whisper)."""
    beam_size: int = 1
    """Beam size; 1 (greedy) is several times faster on CPU with little loss on call audio."""
    batch_size: int = 8
    """Speech chunks decoded per model call, pooled over both channels and several calls; 0 decodes
    each channel on its own (faster-whisper's sequential ``transcribe``)."""
    diarize_mono: bool = True
    """Tell two speakers apart in mono recordings; off labels every mono turn ``unknown``."""
    role_min_confidence: float = 0.6
    """Below this confidence a mono call's speakers are labelled ``unknown`` rather than guessed."""
    merge_gap_s: float = 1.0
    """Consecutive speech of one party closer than this (seconds) is one turn."""
    mono_split_pause_s: float = 0.5
    """Mono calls: a pause this long inside a Whisper segment may be a change of speaker, so the
    segment is split there before diarization."""


class TranscribeSettings(Settings, Protocol):
    """What transcription reads: its section, the file-size cap of ``[ingest]``, and the shared ones."""

    transcribe: TranscribeConfig
    ingest: IngestConfig
