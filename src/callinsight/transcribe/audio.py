"""Probing and decoding recordings (PyAV via faster-whisper), with every failure mapped to a clear reason.

Decoding goes through faster-whisper's ``decode_audio`` (wav, mp3, flac, ogg/opus, m4a at any rate,
resampled to 16 kHz mono or split stereo). A decoding problem becomes an ``InputError`` with one of a
few reasons a person can act on: not an audio file, truncated/corrupt audio, empty file, too large,
permission denied, silence only.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callinsight.errors import InputError

SAMPLE_RATE = 16000
#: Peak level under which a decoded recording is treated as silence without running the model.
SILENCE_PEAK = 1e-3

# First bytes of the containers we accept: a file that starts like one of them but cannot be parsed
# is corrupt audio; anything else is not audio at all (a text file named .wav).
_MAGIC = (b"RIFF", b"RF64", b"ID3", b"fLaC", b"OggS", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"\xff\xf1", b"\xff\xf9")


@dataclass(frozen=True)
class AudioInfo:
    channels: int
    duration_s: float | None  # as the container declares it (may be an estimate)


@dataclass
class DecodedAudio:
    """16 kHz float32 samples: one array (mono) or two (agent/customer order left to the caller)."""

    channels: list[Any]  # numpy arrays
    source_channels: int

    @property
    def duration_s(self) -> float:
        return max(len(c) for c in self.channels) / SAMPLE_RATE


def check_size(path: Path, size_bytes: int, max_file_mb: int) -> None:
    if size_bytes == 0:
        raise InputError(str(path), "empty file (0 bytes)")
    if size_bytes > max_file_mb * 1024 * 1024:
        raise InputError(
            str(path),
            f"file larger than ingest.max_file_mb ({size_bytes / 2**20:.0f} MB > {max_file_mb} MB)",
            hint="raise ingest.max_file_mb or split the recording",
        )


def probe(path: Path) -> AudioInfo:
    """Channel count and declared duration, reading only the header."""
    import av

    container = _open(path)
    try:
        if not container.streams.audio:
            raise InputError(str(path), "not an audio file (no audio stream)")
        stream = container.streams.audio[0]
        channels = int(stream.codec_context.channels or 1)
        duration = container.duration / 1e6 if container.duration else None
        return AudioInfo(channels=channels, duration_s=duration)
    except av.error.FFmpegError as exc:
        raise InputError(str(path), f"truncated/corrupt audio ({_short(exc)})") from None
    finally:
        container.close()


def decode(path: Path, info: AudioInfo) -> DecodedAudio:
    """Decode to 16 kHz; stereo (or more) is split into its first two channels."""
    import av
    from faster_whisper import decode_audio

    try:
        if info.channels >= 2:
            left, right = decode_audio(str(path), sampling_rate=SAMPLE_RATE, split_stereo=True)
            channels = [left, right]
        else:
            channels = [decode_audio(str(path), sampling_rate=SAMPLE_RATE)]
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except (av.error.FFmpegError, EOFError, ValueError) as exc:
        raise InputError(str(path), f"truncated/corrupt audio ({_short(exc)})") from None
    audio = DecodedAudio(channels=channels, source_channels=info.channels)
    if audio.duration_s == 0:
        raise InputError(str(path), "truncated/corrupt audio (nothing could be decoded)")
    _check_complete(path, info, audio.duration_s)
    if max(float(abs(c).max()) if len(c) else 0.0 for c in channels) < SILENCE_PEAK:
        raise InputError(str(path), "no speech found (silence only)")
    return audio


def is_dual_mono(channels: list[Any]) -> bool:
    """Two channels carrying the same signal: a mono recording saved as stereo (common in phone
    systems). Treating it as stereo would give every sentence twice, once as agent, once as customer."""
    import numpy as np

    if len(channels) != 2 or len(channels[0]) != len(channels[1]):
        return False
    left, right = channels
    scale = max(float(np.abs(left).max()), float(np.abs(right).max()), 1e-9)
    return float(np.abs(left - right).max()) / scale < 0.01


def _open(path: Path) -> Any:
    import av

    try:
        return av.open(str(path), metadata_errors="ignore")
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except (av.error.EOFError, EOFError):
        raise InputError(str(path), "truncated/corrupt audio (ends inside the header)") from None
    except av.error.FFmpegError as exc:
        if _looks_like_audio(path):
            raise InputError(str(path), f"truncated/corrupt audio ({_short(exc)})") from None
        raise InputError(str(path), "not an audio file (unrecognised format)") from None


def _looks_like_audio(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(12)
    except OSError:
        return False
    return head.startswith(_MAGIC) or head[4:8] == b"ftyp"  # ftyp: MP4/M4A


def _check_complete(path: Path, info: AudioInfo, decoded_s: float) -> None:
    """Catch a recording cut short: less audio decoded than its header promises.

    WAV headers state the exact length; other containers' durations can be estimates (VBR MP3), so
    only a gross shortfall counts there.
    """
    declared = _wav_declared_duration(path)
    if declared is not None:
        if decoded_s < declared - 0.05:
            raise InputError(str(path), f"truncated/corrupt audio (decoded {decoded_s:.1f}s of {declared:.1f}s in the header)")
        return
    if info.duration_s and decoded_s < 0.5 * info.duration_s and info.duration_s - decoded_s > 2.0:
        raise InputError(
            str(path), f"truncated/corrupt audio (decoded {decoded_s:.1f}s of {info.duration_s:.1f}s declared)"
        )


def _wav_declared_duration(path: Path) -> float | None:
    if path.suffix.lower() != ".wav":
        return None
    try:
        with wave.open(str(path), "rb") as w:
            rate = w.getframerate()
            return w.getnframes() / rate if rate else None
    except (wave.Error, EOFError, OSError):
        return None  # not plain PCM WAV (e.g. float or compressed): nothing exact to compare with


def _short(exc: BaseException) -> str:
    text = str(exc).split(": '", 1)[0]  # PyAV appends the file name, which the failure already has
    return text[:160]
