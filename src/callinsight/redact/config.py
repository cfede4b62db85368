"""The ``[redaction]`` section."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RedactionConfig:
    """PII redaction, applied before any text is stored: transcripts, call metadata, persona documents."""

    enabled: bool = True
    """Replace emails, phone, card and id numbers, IBANs, names and street addresses with typed placeholders
    such as ``[PHONE]``."""
    kinds: list[str] = field(
        default_factory=lambda: ["EMAIL", "PHONE", "CARD", "IBAN", "NATIONAL_ID", "NAME", "ADDRESS"]
    )
    """Which kinds of PII to redact."""
    keep_fields: list[str] = field(default_factory=lambda: ["agent", "direction", "kind", "language", "persona"])
    """Call metadata fields (sidecar, manifest or imported; e.g. ``agent``, ``account`` or any extra key) stored
    as they are, without redaction. Every other field goes through the same detectors as transcripts, and a
    field whose name says it holds a name, e-mail, phone number or address (``customer_name``, ``email``,
    ``phone``, ``address``, …) is replaced whole."""
