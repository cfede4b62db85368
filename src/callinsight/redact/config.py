"""The ``[redaction]`` section."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RedactionConfig:
    """PII redaction, applied before any text is stored."""

    enabled: bool = True
    """Replace emails, phone, card and id numbers and IBANs with typed placeholders such as ``[PHONE]``."""
    kinds: list[str] = field(default_factory=lambda: ["EMAIL", "PHONE", "CARD", "IBAN", "NATIONAL_ID"])
    """Which kinds of PII to redact."""
