"""Documented versus heard, persona-set checks and update proposals on constructed cases."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from callinsight.personas.importer import import_into
from callinsight.personas.stage import PersonasStage
from callinsight.store.writes import write_transcript

from .conftest import DOCS, transcript

BACKLOG = "Our backlog of open tickets grows every week and we cannot hire fast enough."
TRIAGE = "My agents sort and tag every ticket by hand all morning."
SLACK = "The Slack integration keeps dropping our notifications, so urgent tickets get missed."


def add_insight(con: Any, call_id: str, seq: int, text: str, category: str, kind: str = "pain_point") -> None:
    con.execute(
        """INSERT INTO insights (call_id, seq, role, kind, category, quote, char_start, char_end, start_s, end_s, method, confidence)
           SELECT call_id, seq, role, ?, ?, text, 0, length(text), start_s, end_s, 'rule', 0.9
           FROM utterances WHERE call_id = ? AND seq = ?""",
        [kind, category, call_id, seq],
    )
    assert text


def test_documented_heard_not_heard_and_new(config: Any, con: Any, stage_ctx: Any, embedder: Any, tmp_path: Path) -> None:
    shutil.copy(DOCS / "olivia.md", tmp_path / "olivia.md")
    import_into(con, [tmp_path / "olivia.md"])
    for week in (1, 2, 3):
        for n in range(2):
            call_id = f"w{week}-{n}"
            turns = [("agent", "How can I help today?"), ("customer", BACKLOG), ("customer", TRIAGE if week == 1 else SLACK)]
            write_transcript(con, transcript(call_id, turns, week=week, hint="Support Ops Olivia", day=n), None)
            if week > 1:
                add_insight(con, call_id, 2, SLACK, "integrations")
            add_insight(con, call_id, 1, BACKLOG, "backlog")  # matched a documented concern: not "new"
    PersonasStage(embedder=embedder).run(stage_ctx)
    rows = con.execute("SELECT period, concern, status, share, evidence_count FROM v_persona_drift ORDER BY period, concern").fetchall()
    status = {(str(r[0]), r[1]): r[2] for r in rows}
    backlog = "The ticket backlog keeps growing faster than the team can hire"
    triage = "Agents triage and tag tickets by hand all day"
    training = "Her agents will need weeks of training on a new tool"
    assert status[("2025-03-03", backlog)] == "documented-and-heard"
    assert status[("2025-03-03", triage)] == "documented-and-heard"
    assert status[("2025-03-10", triage)] == "documented-not-heard"
    assert all(status[(w, training)] == "documented-not-heard" for w in ("2025-03-03", "2025-03-10", "2025-03-17"))
    assert status[("2025-03-10", "integrations")] == "new"
    assert ("2025-03-03", "integrations") not in status
    assert not any(c == "backlog" for _, c in status)  # insights on documented-concern utterances are not new
    share = {(str(r[0]), r[1]): (r[3], r[4]) for r in rows}
    assert share[("2025-03-17", "integrations")] == (1.0, 2)
    quotes = con.execute("SELECT call_id, quote, start_s FROM v_persona_evidence WHERE concern = 'integrations'").fetchall()
    assert quotes and all(q[1] == SLACK and q[2] is not None for q in quotes)

    from callinsight.personas.suggest import suggest

    existing = tmp_path / "olivia.v2.md"
    existing.write_text("someone else's draft\n", encoding="utf-8")
    (proposal,) = suggest(config, write=True)
    text = proposal.path.read_text(encoding="utf-8")
    assert "**integrations**" in text and "voiced in 4 of 6 calls" in text and SLACK in text
    assert training in text.split("## Retire")[1].split("##")[0]
    assert existing.read_text(encoding="utf-8") == "someone else's draft\n"  # never overwritten
    assert proposal.written == tmp_path / "olivia.v3.md"
    assert (tmp_path / "olivia.md").read_text(encoding="utf-8") == (DOCS / "olivia.md").read_text(encoding="utf-8")
    existing.unlink()
    # the new version is a persona document callinsight reads back, as version 2 of the same persona
    result = import_into(con, [tmp_path])
    (olivia,) = result.personas
    assert (olivia.persona_id, olivia.version, olivia.status) == ("support-ops-olivia", 2, "updated")
    concerns = [r[0] for r in con.execute("SELECT concern FROM persona_concerns WHERE version = 2").fetchall()]
    assert "Integrations" in concerns and training not in concerns


def test_overlapping_personas_and_a_missing_persona(config: Any, con: Any, stage_ctx: Any, embedder: Any, tmp_path: Path) -> None:
    shutil.copy(DOCS / "olivia.md", tmp_path / "olivia.md")
    shutil.copy(DOCS / "handbook.md", tmp_path / "handbook.md")
    (tmp_path / "hannah.md").write_text(
        "# Helpdesk Hannah\n\n## Frustrations\n- Open tickets pile up faster than we can hire agents\n"
        "- Tickets are sorted and tagged manually\n\n## Objections\n- Moving old tickets out of the current helpdesk is risky\n",
        encoding="utf-8",
    )
    import_into(con, [tmp_path])
    same = [("customer", BACKLOG), ("customer", TRIAGE), ("customer", "Moving all our old tickets to a new helpdesk scares me.")]
    for n in range(3):
        write_transcript(con, transcript(f"oli-{n}", same, hint="support-ops-olivia", day=n), None)
        write_transcript(con, transcript(f"han-{n}", same, hint="Helpdesk Hannah", day=n), None)
    warehouse = [
        ("customer", "The barcode scanners in our warehouse keep losing the connection to the inventory system."),
        ("customer", "Pallets get scanned twice and the stock counts in the warehouse are wrong."),
    ]
    for n in range(3):
        write_transcript(con, transcript(f"wh-{n}", warehouse, day=n), None)
    PersonasStage(embedder=embedder).run(stage_ctx)
    findings = con.execute("SELECT kind, personas, summary, evidence FROM v_persona_findings").fetchall()
    overlaps = [f for f in findings if f[0] == "overlap"]
    assert [sorted(f[1]) for f in overlaps] == [["helpdesk-hannah", "support-ops-olivia"]]
    missing = [f for f in findings if f[0] == "missing_persona"]
    assert len(missing) == 1 and '"wh-0"' in missing[0][3] and "oli-" not in missing[0][3]
    assert con.execute("SELECT count(*) FROM call_personas WHERE call_id LIKE 'wh-%' AND persona_id IS NULL").fetchone()[0] == 3
    # the proposal says the overlap in its own language: the English sentence as stored, or the Korean one
    from callinsight.personas.store import load_personas
    from callinsight.personas.suggest import build_proposal, render_proposal

    hannah = next(p for p in load_personas(con) if p.persona_id == "helpdesk-hannah")
    proposal = build_proposal(con, hannah, config)
    assert "- overlap: " + overlaps[0][2] in render_proposal(proposal)
    proposal.language = "ko"
    korean = render_proposal(proposal).split("## 페르소나 세트 점검")[1]
    assert "- 중복: " in korean and "Helpdesk Hannah" in korean and "통화 3건 / 3건" in korean
    assert "voice the same concerns" not in korean


def test_a_category_the_document_names_counts_as_that_concern(config: Any, con: Any, stage_ctx: Any, embedder: Any, tmp_path: Path) -> None:
    """Mining's "backlog" findings that the sentence matcher missed still count as Olivia's documented backlog
    concern (her calls confirm the link), not as a new "backlog" concern; an uncategorised finding in the same
    call is that call's concern, while one alone in a call stays "other"."""
    shutil.copy(DOCS / "olivia.md", tmp_path / "olivia.md")
    import_into(con, [tmp_path / "olivia.md"])
    hint = "Support Ops Olivia"
    plain = "Last month's requests are still sitting there and nobody touched them."
    for n in range(2):  # the matcher links these: the link is confirmed twice
        write_transcript(con, transcript(f"m{n}", [("agent", "Hello?"), ("customer", BACKLOG)], hint=hint, day=n), None)
        add_insight(con, f"m{n}", 1, BACKLOG, "backlog")
    write_transcript(con, transcript("p", [("agent", "Hello?"), ("customer", plain), ("customer", "This is so annoying for us.")],
                                     hint=hint, day=2), None)
    add_insight(con, "p", 1, plain, "backlog")
    add_insight(con, "p", 2, "This is so annoying for us.", "other")
    write_transcript(con, transcript("o", [("agent", "Hello?"), ("customer", "This is so annoying for us.")], hint=hint, day=3), None)
    add_insight(con, "o", 1, "This is so annoying for us.", "other")
    PersonasStage(embedder=embedder).run(stage_ctx)
    # the case is only a test if the matcher missed the plain wording
    assert not con.execute("SELECT count(*) FROM call_concern_hits WHERE call_id = 'p' AND seq = 1").fetchone()[0]
    rows = {r[0]: r[1:] for r in con.execute("SELECT concern, status, calls FROM v_persona_drift").fetchall()}
    backlog = "The ticket backlog keeps growing faster than the team can hire"
    assert rows[backlog] == ("documented-and-heard", 3)
    assert "backlog" not in rows
    assert rows["other"] == ("new", 1)  # call o only: in call p it is the backlog complaint
    quotes = {r[0] for r in con.execute("SELECT call_id FROM v_persona_evidence WHERE concern = ?", [backlog]).fetchall()}
    assert quotes == {"m0", "m1", "p"}
