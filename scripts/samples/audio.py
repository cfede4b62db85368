"""Speech synthesis (espeak-ng), two-channel mixing and compression (ffmpeg) for the sample calls.

Why these choices:
- Opus in Ogg with ``-mapping_family 255``: at 12-24 kbps libopus' default stereo coding folds both
  channels into one (measured: the customer was fully audible on the agent channel), which would break
  the channel-per-role transcription. Mapping family 255 codes each channel as its own mono stream.
- 16 kHz: wideband VoIP quality; Whisper base transcribes espeak voices far better there than at 8 kHz.
- Each channel is silent while the other party talks, as in a real two-channel call recorder; Opus
  spends almost nothing on that silence, so 22 kbps nominal lands near 14 kbps on disk.
  At 16 kbps nominal Whisper base made clearly more errors ("Northwind sales" -> "North Windtale").
"""

from __future__ import annotations

import io
import random
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SYNTH_RATE = 22050  # espeak-ng's native output rate
OUT_RATE = 16000


@dataclass(frozen=True)
class Voice:
    """An espeak-ng voice: ``name`` is language+variant, ``speed`` words per minute, ``pitch`` 0-99."""

    name: str
    speed: int
    pitch: int


# Chosen by transcribing test calls with Whisper base after Opus coding: these gave the fewest word
# errors (en-gb+f2 and en-gb+m4 turned "Slack integration" into "Sack Interation" / "Sack Intidration";
# high pitches hurt too).
AGENT_VOICES = ["en-us+m3", "en-us+m5", "en-us+f3", "en-us+Annie"]
CUSTOMER_VOICES = ["en-gb-x-rp+f5", "en-us+m5", "en-us+f3", "en-gb-x-rp", "en-us+Annie", "en-us+m3"]


def pick_voices(rng: random.Random) -> tuple[Voice, Voice]:
    """Two clearly different voices for agent and customer, with per-call speed and pitch."""
    agent_name = rng.choice(AGENT_VOICES)
    customer_name = rng.choice([v for v in CUSTOMER_VOICES if v != agent_name])
    agent = Voice(agent_name, rng.randint(165, 178), rng.randint(40, 55))
    customer = Voice(customer_name, rng.randint(155, 170), rng.randint(45, 62))
    return agent, customer


def synthesize(text: str, voice: Voice) -> np.ndarray:
    """One utterance as int16 samples at SYNTH_RATE."""
    result = subprocess.run(
        ["espeak-ng", "-v", voice.name, "-s", str(voice.speed), "-p", str(voice.pitch), "--stdout", text],
        capture_output=True,
        check=True,
    )
    with wave.open(io.BytesIO(result.stdout)) as w:
        if w.getframerate() != SYNTH_RATE or w.getnchannels() != 1:
            raise RuntimeError(f"unexpected espeak-ng output format for voice {voice.name}")
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    return _trim_silence(samples)


def _trim_silence(samples: np.ndarray, threshold: int = 200) -> np.ndarray:
    """espeak pads each utterance with silence; trim it so the gaps between turns are ours to set."""
    loud = np.flatnonzero(np.abs(samples) > threshold)
    if loud.size == 0:
        return samples
    return samples[max(0, loud[0] - 200): loud[-1] + 400]


@dataclass(frozen=True)
class PlacedTurn:
    role: str
    text: str
    start_s: float
    end_s: float
    overlap: bool  # started before the previous turn ended (an interruption)


def mix_call(
    turns: list[tuple[str, str]], agent: Voice, customer: Voice, rng: random.Random, agent_channel: int = 0
) -> tuple[np.ndarray, list[PlacedTurn]]:
    """Lay the turns out in time: natural gaps, and now and then a short interruption.

    Returns stereo int16 samples (agent on ``agent_channel``) and where each turn landed.
    """
    clips = [(role, text, synthesize(text, agent if role == "agent" else customer)) for role, text in turns]
    placed: list[PlacedTurn] = []
    cursor = rng.uniform(0.4, 0.9)  # ring-to-hello
    prev_start = 0.0
    for i, (role, text, clip) in enumerate(clips):
        duration = len(clip) / SYNTH_RATE
        overlap = False
        if i > 0 and clips[i - 1][0] != role and rng.random() < 0.06:
            # Interrupt: start 0.3-0.7 s before the other party finished, never before they began.
            start = max(prev_start + 0.5, cursor - rng.uniform(0.3, 0.7))
            overlap = start < cursor
        elif i > 0:
            start = cursor + rng.uniform(0.2, 0.9)
        else:
            start = cursor
        placed.append(PlacedTurn(role, text, round(start, 3), round(start + duration, 3), overlap))
        prev_start = start
        cursor = max(cursor, start + duration)
    total = int((cursor + rng.uniform(0.5, 1.0)) * SYNTH_RATE)
    stereo = np.zeros((total, 2), dtype=np.int32)
    for (role, _text, clip), turn in zip(clips, placed, strict=True):
        channel = agent_channel if role == "agent" else 1 - agent_channel
        begin = int(turn.start_s * SYNTH_RATE)
        stereo[begin: begin + len(clip), channel] += clip
    return np.clip(stereo, -32768, 32767).astype(np.int16), placed


def encode_stereo_opus(stereo: np.ndarray, path: Path, bitrate: str = "22k") -> None:
    """Two independent Opus streams in one Ogg file (see the module docstring for why)."""
    _ffmpeg(stereo, 2, path, ["-c:a", "libopus", "-b:a", bitrate, "-application", "voip", "-mapping_family", "255"])


def encode_mono_mp3(stereo: np.ndarray, path: Path, bitrate: str = "24k") -> None:
    """The mono path: both parties mixed into one channel, as a basic call recorder would store them."""
    mono = np.clip(stereo.astype(np.int32).sum(axis=1), -32768, 32767).astype(np.int16)
    _ffmpeg(mono.reshape(-1, 1), 1, path, ["-c:a", "libmp3lame", "-b:a", bitrate])


def _ffmpeg(samples: np.ndarray, channels: int, path: Path, codec_args: list[str]) -> None:
    command = [
        "ffmpeg", "-loglevel", "error", "-y",
        "-f", "s16le", "-ar", str(SYNTH_RATE), "-ac", str(channels), "-i", "-",
        "-ar", str(OUT_RATE), "-af", "highpass=f=120",
        # No encoder/creation-time tags: regenerating the set must give identical bytes.
        "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
        *codec_args, str(path),
    ]
    subprocess.run(command, input=samples.tobytes(), check=True)
