"""Typed records that the pipeline stages exchange.

Stages never pass loose dicts to each other: ingest yields ``CallSource``, transcription and import
produce ``Transcript``, and the store writes a ``Transcript`` as one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final, Literal, TypeGuard, get_args

Role = Literal["agent", "customer", "unknown"]
ROLES: tuple[Role, ...] = ("agent", "customer", "unknown")

# Shared vocabularies: each spelled once here; mining writes them, personas, drift and the report read
# them. Adding a value means adding its label beside it (tests/test_records.py fails otherwise).

#: What a mined finding is (``insights.kind``, ``v_insights.kind``).
InsightKind = Literal["objection", "pain_point", "churn_signal", "feature_request", "competitor"]
INSIGHT_KINDS: tuple[InsightKind, ...] = get_args(InsightKind)
#: The kinds that are a customer's concern, i.e. the taxonomy's kinds (a competitor mention is evidence
#: found by name, not a concern of its own).
CONCERN_KINDS: tuple[InsightKind, ...] = ("objection", "pain_point", "churn_signal", "feature_request")
#: The words a marketer uses for each kind.
INSIGHT_KIND_LABELS: dict[InsightKind, str] = {
    "objection": "Objection",
    "pain_point": "Pain point",
    "churn_signal": "Churn signal",
    "feature_request": "Feature request",
    "competitor": "Competitor mention",
}
#: The insight category of a finding that no category of the taxonomy fits (a legal category of every kind).
OTHER_CATEGORY: Final = "other"

#: How a persona's concern stands in a period (``persona_drift.status``, ``v_persona_drift.status``):
#: a documented concern heard or not heard in the persona's calls; a concern heard but not in the
#: persona document: ``new``, or ``growing`` / ``fading`` when its drift test says so.
ConcernStatus = Literal["documented-and-heard", "documented-not-heard", "new", "growing", "fading"]
CONCERN_STATUSES: tuple[ConcernStatus, ...] = get_args(ConcernStatus)
CONCERN_STATUS_LABELS: dict[ConcernStatus, str] = {
    "documented-and-heard": "Documented and heard",
    "documented-not-heard": "Documented, not heard",
    "new": "Heard, not documented",
    "growing": "Not documented, heard more and more",
    "fading": "Not documented, heard less and less",
}


def is_insight_kind(value: str) -> TypeGuard[InsightKind]:
    """Whether a stored string is one of the insight kinds (narrows it for the typed labels)."""
    return value in INSIGHT_KINDS


def is_concern_status(value: str) -> TypeGuard[ConcernStatus]:
    """Whether a stored string is one of the persona concern statuses."""
    return value in CONCERN_STATUSES


def insight_kind_label(kind: str, default: str | None = None) -> str:
    """The label of ``kind``; for a string that is not a kind, ``default`` (or the string itself)."""
    if is_insight_kind(kind):
        return INSIGHT_KIND_LABELS[kind]
    return kind if default is None else default

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
class TranscriptionOptions:
    """The effective settings that made a transcript, carried with it and stored as ``calls.options``
    (JSON) so a call can be reproduced (like faster-whisper's ``TranscriptionOptions``, returned with
    its result). ``to_json`` gives the stored form: the keys stored before this record existed, plus
    ``batch_size`` (and ``chunks``, ``vad_min_silence_ms`` on the batched path); keys that do not apply
    to a call (mono details on a stereo call) are left out, as before."""

    engine: str
    """``faster-whisper <version>``."""
    device: str
    """Where the model ran (``cpu``/``cuda``; ``auto`` resolved)."""
    compute_type: str
    """CTranslate2 compute type used (``int8``, ``float16``…)."""
    beam_size: int
    vad_filter: bool
    word_timestamps: bool = True
    condition_on_previous_text: bool = False
    batch_size: int = 0
    """Chunks per model call on the batched path; 0: the sequential path."""
    agent_channel: int = 0
    merge_gap_s: float = 1.0
    language: str | None = None
    """The forced language (metadata or config), None when detected."""
    language_source: str = "detected"
    """``metadata``, ``config`` or ``detected``."""
    language_detected: str | None = None
    dual_mono: bool = False
    """A stereo file carrying the same signal twice, transcribed as mono."""
    chunks: int | None = None
    """Batched path: VAD speech chunks decoded for this call."""
    vad_min_silence_ms: int | None = None
    """Batched path: the pause that ends a VAD speech region."""
    diarization: str | None = None
    """Mono calls: ``resemblyzer`` or ``off``."""
    speakers: int | None = None
    voice_separation: float | None = None
    role_cues: list[str] | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored form (a JSON object); optional keys only where they apply."""
        always = ("engine", "device", "compute_type", "beam_size", "vad_filter", "word_timestamps",
                  "condition_on_previous_text", "batch_size", "agent_channel", "merge_gap_s", "language",
                  "language_source")
        out = {k: getattr(self, k) for k in always}
        for k in ("language_detected", "chunks", "vad_min_silence_ms", "diarization", "speakers", "voice_separation", "role_cues"):
            if getattr(self, k) is not None:
                out[k] = getattr(self, k)
        if self.dual_mono:
            out["dual_mono"] = True
        return out


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
    options: TranscriptionOptions | None = None  # effective transcription options (None: imported)


@dataclass(frozen=True)
class Failure:
    """One input that could not be processed, with the reason. Stored, listed by ``status``."""

    path: str
    stage: str
    reason: str
    call_id: str | None = None
