"""Update proposals: written by every run of the personas stage, concerns as short phrases, no quote twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from callinsight.personas.model import PersonaDoc
from callinsight.personas.store import StoredPersona
from callinsight.personas.suggest import ConcernSummary, Proposal, render_proposal

LONG = ("Drivers cannot see any of the changes to their orders until they phone the dispatcher, "
        "which costs every driver half an hour a day.")


def _quote(text: str, call_id: str) -> dict[str, Any]:
    return {"quote": text, "call_id": call_id, "start_s": 12.0, "period": date(2025, 3, 3)}


def test_long_concerns_are_short_phrases_and_a_quote_shows_once_per_section() -> None:
    doc = PersonaDoc(name="Dispatcher Dana", persona_id="dispatcher-dana", sections={"pain_points": [LONG, "Slow map"]})
    stored = StoredPersona("dispatcher-dana", 1, "Dispatcher Dana", False, "dana.md", doc, ())
    shared = _quote("The drivers never see the new orders and the map is slow too.", "c1")
    heard = [
        ConcernSummary(LONG, True, "pain_point", 3, 4, 3, quotes=[shared, _quote("They only find out when they call.", "c2")]),
        ConcernSummary("Slow map", True, "pain_point", 2, 4, 2, quotes=[shared, _quote("The map takes a minute to load.", "c3")]),
    ]
    text = render_proposal(Proposal(stored, 4, [date(2025, 3, 3)], [], [], heard, []))
    emphasis = text.split("## Emphasis")[1]
    summary = emphasis.split("<details><summary>")[1].split("</summary>")[0]
    assert LONG.startswith(summary.rstrip("…")) and len(summary.split()) <= 9
    assert LONG in emphasis  # the full sentence, one click away
    assert emphasis.count("The drivers never see the new orders") == 1
    assert "The map takes a minute to load." in emphasis  # the second concern shows its next quote instead
    assert "- Slow map: 2 of 4 calls" in emphasis  # a short concern is shown as it is


def test_the_personas_stage_writes_the_proposals(config: Any, con: Any, stage_ctx: Any, embedder: Any, tmp_path: Path) -> None:
    from callinsight.personas.stage import PersonasStage
    from callinsight.store.writes import write_transcript

    from .conftest import DOCS, transcript

    config.paths.personas = str(DOCS)
    write_transcript(con, transcript("c1", [("customer", "Our backlog of open tickets keeps growing every single week.")]), None)
    result = PersonasStage(embedder=embedder).run(stage_ctx)
    folder = config.reports_dir / "personas"
    assert result.details["proposals"] == 6
    assert sorted(p.stem for p in folder.glob("*.md")) == [
        "bargain-hunter", "decision-maker-dan", "finance-fiona", "it-ian", "student-sam", "support-ops-olivia",
    ]
    assert "# Persona update proposal: Support Ops Olivia" in (folder / "support-ops-olivia.md").read_text(encoding="utf-8")


def test_import_redacts_persona_text(con: Any, tmp_path: Path) -> None:
    from callinsight.personas.importer import import_into
    from callinsight.redact import RedactionConfig

    page = tmp_path / "quinn.md"
    page.write_text("# Quinn\n\n## Pain points\n- Invoices go to quinn.doe@example.com and get lost\n", encoding="utf-8")
    import_into(con, [page], redaction=RedactionConfig())
    (concern,) = con.execute("SELECT concern FROM v_persona_concerns").fetchone()
    assert concern == "Invoices go to [EMAIL] and get lost"
