"""What every transcript parser shares: options, timestamps, stable ids, building a ``Transcript``."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from callinsight.importer.errors import TranscriptFormatError
from callinsight.lang.detect import call_language, detect_text_language
from callinsight.lang.encoding import decode_text
from callinsight.records import CallMetadata, Transcript, Utterance


@dataclass(frozen=True)
class ImportOptions:
    """How speaker names become roles, and how naive times are read."""

    agent_names: tuple[str, ...] = ()
    """Speaker names that are agents (``--agent``); every other named speaker is then a customer."""
    company_names: tuple[str, ...] = ()
    """The company's name and aliases: a speaker greeting with it is taken for the agent."""
    timezone: tzinfo | None = None
    """Zone for ``started_at`` values without an offset (default UTC)."""


_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$")


def read_text(path: Path) -> tuple[bytes, str]:
    """A transcript file's bytes (for its stable id) and text: UTF-8 (a BOM allowed), else the encoding its bytes
    show (Korean subtitles are often CP949); bytes in no encoding are a format error."""
    raw = path.read_bytes()
    text = decode_text(raw)
    if text is None:
        raise TranscriptFormatError(str(path), "not text in any encoding it could recognise (save it as UTF-8)")
    return raw, text


def parse_clock(text: str) -> float | None:
    """Seconds from ``HH:MM:SS.mmm`` / ``MM:SS.mmm`` (``,`` as in SRT also accepted), else None."""
    m = _CLOCK.match(text.strip())
    if not m:
        return None
    hours, minutes, seconds, millis = m.groups()
    if int(minutes) >= 60 or int(seconds) >= 60:
        return None
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + (int(millis.ljust(3, "0")) / 1000 if millis else 0.0)


def parse_started_at(value: object, where: str, tz: tzinfo | None) -> datetime | None:
    """An ISO 8601 time; one without an offset is read in ``tz`` (UTC by default)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TranscriptFormatError(where, f"bad timestamp: started_at must be an ISO 8601 string, got {value!r}")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise TranscriptFormatError(where, f"bad timestamp: started_at {value!r} is not ISO 8601") from None
    if parsed.tzinfo is None:
        from datetime import UTC

        parsed = parsed.replace(tzinfo=tz or UTC)
    return parsed


def stable_id(content: bytes) -> str:
    """An id derived from the content, the same on every import of the same content."""
    return hashlib.sha256(content).hexdigest()[:16]


def build_transcript(
    *,
    call_id: str,
    source_path: str,
    metadata: CallMetadata,
    utterances: list[Utterance],
    language: str | None,
    duration_s: float | None,
    role_confidence: float | None,
) -> Transcript:
    if not utterances:
        raise TranscriptFormatError(source_path, "no utterances")
    ends = [u.end_s for u in utterances if u.end_s is not None]
    if duration_s is None and ends:
        duration_s = max(ends)
    # A declared language wins; without one (or an "en" over Hangul text) the script decides (lang.detect),
    # so every later stage knows the call's language. A turn in another script keeps its own.
    language = call_language(language or metadata.language, [u.text for u in utterances])
    for u in utterances:
        u.language = u.language or detect_text_language(u.text) or language
    return Transcript(
        call_id=call_id,
        source="import",
        source_path=source_path,
        metadata=metadata,
        utterances=utterances,
        language=language,
        duration_s=duration_s,
        role_method="import",
        role_confidence=role_confidence,
    )


def file_started_at(path: Path) -> datetime:
    """For formats that carry no call time: the file's modification time (recorded as source 'mtime')."""
    from datetime import UTC

    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
