"""A persona with no calls in a period: no evidence either way, so no drift rows and no verdict."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from callinsight.personas.compare import HeardConcern, compare_persona
from callinsight.personas.model import Concern, PersonaDoc
from callinsight.personas.store import StoredPersona

WEEK1, WEEK2, WEEK3 = date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)


def _persona() -> StoredPersona:
    doc = PersonaDoc(name="Olivia", persona_id="olivia")
    concerns = ((0, Concern("pain_points", "The ticket backlog keeps growing", "pain_point")),
                (1, Concern("objections", "Training agents takes weeks", "objection")))
    return StoredPersona("olivia", 1, "Olivia", False, "olivia.md", doc, concerns)


def test_no_rows_for_a_period_without_calls(config: Any) -> None:
    persona = _persona()
    calls = {"a": WEEK1, "b": WEEK3}  # nothing in week 2
    heard = {(WEEK1, "The ticket backlog keeps growing"): HeardConcern("The ticket backlog keeps growing", True, "pain_point", {"a"})}
    rows = compare_persona(persona, calls, heard, config)
    assert {r.period for r in rows} == {WEEK1, WEEK3}
    status = {(r.period, r.concern): r.status for r in rows}
    assert status[(WEEK1, "The ticket backlog keeps growing")] == "documented-and-heard"
    assert status[(WEEK3, "The ticket backlog keeps growing")] == "documented-not-heard"
    assert compare_persona(persona, {}, {}, config) == []  # no calls at all: no rows, not "not heard"


def test_report_says_no_evidence_for_a_persona_without_calls() -> None:
    from callinsight.report.html import _personas
    from callinsight.report.model import PersonaBlock, PersonasSection

    section = PersonasSection(personas=[PersonaBlock(persona="Olivia", persona_id="olivia", calls=0)])
    html = _personas(SimpleNamespace(personas=section, window=SimpleNamespace(period="week")))  # type: ignore[arg-type]
    assert "no evidence either way" in html
    assert "still heard" not in html and "Nothing new" not in html
    section.personas[0].calls = 2
    html = _personas(SimpleNamespace(personas=section, window=SimpleNamespace(period="week")))  # type: ignore[arg-type]
    assert "Every documented concern is still heard." in html


def test_proposal_with_too_few_calls_does_not_claim_everything_is_heard() -> None:
    from callinsight.personas.suggest import Proposal, render_proposal

    none = Proposal(_persona(), 0, [], [], [], [], [], min_calls_to_retire=3)
    assert "no evidence either way" in render_proposal(none)
    few = Proposal(_persona(), 2, [WEEK1], [], [], [], [], min_calls_to_retire=3)
    text = render_proposal(few)
    assert "Too few calls (2" in text and "every documented concern was heard" not in text
