"""Typed records that the pipeline stages exchange.

Stages never pass loose dicts to each other: ingest yields ``CallSource``, transcription and import
produce ``Transcript``, and the store writes a ``Transcript`` as one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

Role = Literal["agent", "customer", "unknown"]
ROLES: tuple[Role, ...] = ("agent", "customer", "unknown")

#: Documented metadata keys; anything else a sidecar or manifest carries is kept in ``extra``.
METADATA_KEYS = ("started_at", "direction", "kind", "agent", "account", "persona", "language", "tags")


@dataclass(frozen=True)
class CallMetadata:
    """What is known about a call apart from its audio or text."""

    started_at: datetime | None = None
    direction: str | None = None  # inbound / outbound
    kind: str | None = None  # sales / support
    agent: str | None = None
    account: str | None = None
    persona: str | None = None  # a persona hint, used by persona mapping
    language: str | None = None  # forces the transcription language for this call
    tags: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    source: str = "mtime"  # where started_at came from: sidecar, manifest, filename, mtime, import


@dataclass(frozen=True)
class CallSource:
    """A recording found by ingest, not yet transcribed."""

    call_id: str  # sha256 of the file content (first 16 hex digits)
    path: Path
    size_bytes: int
    metadata: CallMetadata


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    word: str
    probability: float


@dataclass
class Utterance:
    """One turn of one speaker. ``text`` is already redacted when it reaches the store."""

    seq: int
    role: Role
    start_s: float | None
    end_s: float | None
    text: str
    words: list[Word] = field(default_factory=list)
    confidence: float | None = None  # mean word probability, when transcribed
    language: str | None = None
    channel: int | None = None


@dataclass(frozen=True)
class CallMetrics:
    """Per-call conversation metrics (None where a value cannot be known, e.g. untimed imports)."""

    duration_s: float | None
    turn_count: int
    talk_s_agent: float
    talk_s_customer: float
    talk_ratio_agent: float | None  # agent talk / all talk
    silence_share: float | None  # share of the call where nobody speaks
    overlap_count: int  # interruptions: a turn starting before the other party's turn ended
    overlap_s: float
    wpm_agent: float | None
    wpm_customer: float | None
    longest_monologue_s_agent: float
    longest_monologue_s_customer: float
    questions_agent: int
    questions_customer: int


@dataclass
class Transcript:
    """A call ready to be stored: metadata, role-labelled utterances, metrics and redaction counts."""

    call_id: str
    source: Literal["audio", "import"]
    source_path: str
    metadata: CallMetadata
    utterances: list[Utterance]
    language: str | None
    duration_s: float | None
    channels: int | None = None
    role_method: str = "channel"  # channel / diarized / import / unknown
    role_confidence: float | None = None
    metrics: CallMetrics | None = None
    redactions: dict[str, int] = field(default_factory=dict)
    model: str | None = None  # model name/version that produced it, for reproducibility
    options: dict[str, Any] = field(default_factory=dict)  # effective transcription options


@dataclass(frozen=True)
class Failure:
    """One input that could not be processed, with the reason. Stored, listed by ``status``."""

    path: str
    stage: str
    reason: str
    call_id: str | None = None
