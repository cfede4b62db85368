"""Persona documents may hold personal data (a real customer's name and e-mail in a quote, a phone number
in "Contact"): every imported text goes through the same redaction as transcripts (``callinsight.redact``)
before it is stored. The persona's name is kept: it is the persona's handle, not a person's data."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from callinsight.personas.model import PersonaDoc

if TYPE_CHECKING:
    from callinsight.redact.config import RedactionConfig


def redact_persona(doc: PersonaDoc, cfg: RedactionConfig) -> dict[str, int]:
    """Redact the persona's sections, profile text and attributes in place; the count per kind."""
    from callinsight.redact import redact_document

    counts: Counter[str] = Counter()

    def clean(text: str) -> str:
        redacted, found = redact_document(text, cfg)
        counts.update(found)
        return redacted

    doc.sections = {k: [clean(t) for t in items] for k, items in doc.sections.items()}
    doc.extra_sections = {k: clean(v) for k, v in doc.extra_sections.items()}
    doc.attributes = {k: clean(v) if isinstance(v, str) else v for k, v in doc.attributes.items()}
    return dict(counts)
