"""Documented concerns shown as short phrases; persona text redacted like transcripts."""

from __future__ import annotations

from callinsight.personas.model import PersonaDoc
from callinsight.personas.phrasing import is_shortened, short_phrase
from callinsight.personas.redaction import redact_persona


def test_a_short_concern_is_shown_as_it_is() -> None:
    assert short_phrase("Slow exports.") == "Slow exports"
    assert not is_shortened("Slow exports.")


def test_a_long_concern_is_cut_at_its_first_clause() -> None:
    assert short_phrase("The dispatcher loses track of vans: the map freezes when more than thirty are online.") == (
        "The dispatcher loses track of vans"
    )
    assert short_phrase("Struggles to keep the shared calendar current (three tools, two time zones, one intern).") == (
        "Struggles to keep the shared calendar current"
    )


def test_without_a_clause_break_the_first_words_with_an_ellipsis() -> None:
    phrase = short_phrase("Drivers cannot see any of the changes to their orders until they phone the office again today")
    assert phrase.endswith("…") and len(phrase.split()) <= 9
    assert is_shortened("Drivers cannot see any of the changes to their orders until they phone the office again today")


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
