"""Personas the documents no longer define are retired: kept in the store, no longer mapped, reported or listed;
a file that fails to read retires nothing, and a persona that comes back is active again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from callinsight.personas.importer import import_into
from callinsight.personas.store import load_personas

TEAM = """
# Buyer personas

## Dispatcher Dana

### Pain points
- Drivers phone in for every change

## Warehouse Wes

### Pain points
- Stock counts are a day late
"""


def replace_wes(page: str) -> str:
    """Another persona where Wes was (a rename keeps the id: test_continuity)."""
    return page.replace("## Warehouse Wes", "## Night nurse Nia").replace("Stock counts are a day late",
                                                                          "Handovers happen in a corridor")


def active(con: Any) -> list[str]:
    return [p.persona_id for p in load_personas(con)]


def test_a_persona_gone_from_its_file_is_retired_and_calls_are_mapped_again(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "team.md"
    page.write_text(TEAM, encoding="utf-8")
    import_into(con, [page])
    con.execute("INSERT INTO calls (call_id, source, source_path) VALUES ('c1', 'import', 'c1.json')")
    con.execute("INSERT INTO stage_done (call_id, stage, status) VALUES ('c1', 'personas', 'ok')")

    page.write_text(replace_wes(TEAM), encoding="utf-8")  # another persona in Wes's place
    result = import_into(con, [page])
    assert [(r.persona_id, r.reason) for r in result.retired] == [("warehouse-wes", f"no longer in {page}")]
    assert active(con) == ["dispatcher-dana", "night-nurse-nia"]
    assert con.execute("SELECT count(*) FROM stage_done WHERE stage = 'personas'").fetchone()[0] == 0
    retired = con.execute("SELECT persona_id FROM v_personas WHERE is_retired").fetchall()
    assert retired == [("warehouse-wes",)]  # still queryable, with its versions

    page.write_text(TEAM, encoding="utf-8")  # the old name is back
    back = import_into(con, [page])
    assert back.reinstated == 1 and "warehouse-wes" in active(con)


def test_a_file_that_fails_to_read_retires_nothing(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "team.md"
    page.write_text(TEAM, encoding="utf-8")
    import_into(con, [page])
    page.write_text("# Meeting notes\n\nWe talked about the budget.\n", encoding="utf-8")  # nothing persona-like
    result = import_into(con, [page])
    assert result.failures and not result.retired
    assert active(con) == ["dispatcher-dana", "warehouse-wes"]


def test_a_file_removed_from_an_imported_folder_retires_its_personas(con: Any, tmp_path: Path) -> None:
    folder = tmp_path / "handbook"
    folder.mkdir()
    (folder / "team.md").write_text(TEAM, encoding="utf-8")
    (folder / "olga.md").write_text("# Ops lead Olga\n\n## Pain points\n- Rotas change every week\n", encoding="utf-8")
    import_into(con, [folder])
    (folder / "olga.md").unlink()

    import_into(con, [folder / "team.md"])  # one file named: the folder is not being read, Olga stays
    assert "ops-lead-olga" in active(con)

    result = import_into(con, [folder])
    assert [r.persona_id for r in result.retired] == ["ops-lead-olga"]
    assert result.retired[0].reason.endswith("olga.md was removed")
    assert active(con) == ["dispatcher-dana", "warehouse-wes"]


def test_a_retired_persona_leaves_no_proposal_behind(config: Any, con: Any, tmp_path: Path) -> None:
    from callinsight.personas.suggest import write_proposals

    page = tmp_path / "team.md"
    page.write_text(TEAM, encoding="utf-8")
    import_into(con, [page])
    folder = config.reports_dir / "personas"
    write_proposals(con, config)
    assert sorted(p.stem for p in folder.glob("*.md")) == ["dispatcher-dana", "warehouse-wes"]

    page.write_text(replace_wes(TEAM), encoding="utf-8")
    import_into(con, [page])
    write_proposals(con, config)
    # the persona owner would otherwise still read (and act on) a proposal for a persona no document defines
    assert sorted(p.stem for p in folder.glob("*.md")) == ["dispatcher-dana", "night-nurse-nia"]
