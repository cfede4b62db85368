"""Imported persona text goes through the same PII redaction as transcripts."""

from __future__ import annotations

from callinsight.personas.model import PersonaDoc
from callinsight.personas.redaction import redact_persona


def test_persona_text_is_redacted_but_not_the_persona_name() -> None:
    doc = PersonaDoc(name="Support Sam", persona_id="support-sam", sections={
        "quotes": ["My name is Olivia Park, write to olivia.park@example.com or call 555-123-4567."],
        "pain_points": ["Tickets pile up over the weekend"],
    }, extra_sections={"Contact": "olivia.park@example.com"}, attributes={"owner": "olivia.park@example.com", "age": 38})
    counts = redact_persona(doc, _config())
    assert "olivia" not in str(doc.profile()).lower()
    assert doc.name == "Support Sam" and doc.sections["pain_points"] == ["Tickets pile up over the weekend"]
    assert counts["EMAIL"] == 3 and counts["PHONE"] == 1
    assert doc.attributes["age"] == 38


def _config():  # type: ignore[no-untyped-def]
    from callinsight.redact import RedactionConfig

    return RedactionConfig()
