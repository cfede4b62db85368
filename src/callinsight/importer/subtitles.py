"""WebVTT and SRT transcripts with speaker names.

Speakers come from VTT voice tags (``<v Jane Doe>text</v>``) or a ``Name: text`` prefix on the cue's
first line; a cue without either continues the previous cue's speaker. Other tags (``<i>``, ``<c>``,
timestamps inside cues) are dropped; ``NOTE``, ``STYLE`` and ``REGION`` blocks are skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

from callinsight.importer.common import ImportOptions, parse_clock, read_text
from callinsight.importer.errors import TranscriptFormatError
from callinsight.importer.speakers import SPEAKER_PREFIX, NamedTurn, transcript_from_turns
from callinsight.records import Transcript

_TIMING = re.compile(r"^\s*(?P<start>[\d:.,]+)\s+-->\s+(?P<end>[\d:.,]+)(?:\s.*)?$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>(.*?)(?:</v>|(?=<v[\s.])|$)", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_PREFIX = re.compile(SPEAKER_PREFIX, re.DOTALL)


def parse_subtitles(path: Path, opts: ImportOptions) -> Transcript:
    """One call from a ``.vtt`` or ``.srt`` file; a malformed file raises ``TranscriptFormatError``."""
    raw, text = read_text(path)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    is_vtt = path.suffix.lower() == ".vtt"
    if is_vtt and not lines[0].startswith("WEBVTT"):
        raise TranscriptFormatError(str(path), "line 1: a WebVTT file must start with 'WEBVTT'")
    turns: list[NamedTurn] = []
    speaker = ""
    i = 1 if is_vtt else 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        block_start = i
        block = []
        while i < len(lines) and lines[i].strip():
            block.append(lines[i])
            i += 1
        if is_vtt and block[0].split(" ", 1)[0] in ("NOTE", "STYLE", "REGION"):
            continue
        timing_at = next((k for k, b in enumerate(block[:2]) if "-->" in b), None)
        if timing_at is None:
            raise TranscriptFormatError(str(path), f"line {block_start + 1}: cue without a timing line ('start --> end')")
        m = _TIMING.match(block[timing_at])
        start = parse_clock(m.group("start")) if m else None
        end = parse_clock(m.group("end")) if m else None
        if start is None or end is None or end < start:
            raise TranscriptFormatError(
                str(path), f"line {block_start + timing_at + 1}: bad timestamp {block[timing_at].strip()!r}"
            )
        body = "\n".join(block[timing_at + 1 :])
        for name, content in _speakers(body, speaker):
            speaker = name
            words = " ".join(_TAG.sub("", content).split())
            if words:
                turns.append(NamedTurn(speaker=name, text=words, start_s=start, end_s=end))
    if not turns:
        raise TranscriptFormatError(str(path), "no cues with text found")
    return transcript_from_turns(path, raw, turns, opts)


def _speakers(body: str, previous: str) -> list[tuple[str, str]]:
    """(speaker, text) parts of one cue body."""
    voices = _VOICE.findall(body)
    if voices:
        return [(name.strip(), content) for name, content in voices]
    plain = _TAG.sub("", body)
    m = _PREFIX.match(plain)
    if m:
        return [(m.group("name").strip(), m.group("text"))]
    return [(previous, plain)]
