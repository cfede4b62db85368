"""The ``[personas]`` section."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from callinsight.config import Settings
from callinsight.redact.config import RedactionConfig
from callinsight.topics.config import TopicsConfig


@dataclass
class PersonasConfig:
    """Persona import, call mapping, documented-versus-heard comparison and persona-set checks."""

    min_score: float = 0.35
    """Calls scoring below this against every persona stay ``unassigned`` (0.35: calibrated on the labelled set, see docs/personas.md)."""
    min_margin: float = 0.02
    """Required lead of the best persona over the runner-up."""
    import_on_run: bool = True
    """Before mapping, ``callinsight run`` imports new or changed files from ``paths.personas``."""
    persona_levels: dict[str, int] = field(default_factory=dict)
    """File-name patterns whose every heading of the given level is one persona (``{"handbook*.md" = 3}``), for
    documents the importer does not read right by itself; the same as ``personas import --persona-level``."""
    persona_names: dict[str, list[str]] = field(default_factory=dict)
    """File-name patterns with the names of the personas those files hold (``{"handbook*.md" = ["Dana", "Omar"]}``):
    the import keeps those personas, finds the ones it missed where the page names them, and skips the rest; the same
    as ``personas import --persona-name``."""
    concern_threshold: float = 0.45
    """Cosine similarity a customer sentence needs to count as voicing a documented concern (or one of its
    sentences/clauses); 0.45: best F1 on benchmarks/data/personas_heard_labels.jsonl (see docs/personas.md)."""
    concern_phrase_threshold: float = 0.3
    """A sentence holding a distinctive key phrase of a documented concern ("single sign-on") voices it from this cosine on."""
    min_words: int = 4
    """Customer utterances shorter than this (fillers, yes/no) are ignored for mapping and concerns."""
    top_k: int = 3
    """A call's score for a persona is the mean of its best ``top_k`` utterance matches."""
    period: Literal["week", "month"] = "week"
    """Period of the comparison: week or month."""
    overlap_threshold: float = 0.8
    """Two personas whose heard-concern distributions are this similar (1 - Jensen-Shannon) are flagged."""
    missing_min_calls: int = 3
    """Unassigned calls sharing a concern form a candidate missing persona from this many calls on."""
    quotes_per_concern: int = 3
    """Evidence quotes kept per persona, period and concern."""
    missing_similarity: float = 0.6
    """Unassigned calls whose content is at least this similar (cosine) are grouped as a candidate missing persona."""


class PersonasSettings(Settings, Protocol):
    """What the personas stage reads: its section, the topics' significance settings (``min_count``,
    ``p_value``) for persona trends, and the shared sections."""

    personas: PersonasConfig
    topics: TopicsConfig
    redaction: RedactionConfig  # imported persona text goes through the same PII redaction as transcripts
