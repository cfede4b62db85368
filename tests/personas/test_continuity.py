"""A persona renamed in its document keeps its id, versions and mapped calls; another persona in its place does not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from callinsight.personas.continuity import Candidate, file_family, likeness, renames
from callinsight.personas.importer import import_into
from callinsight.personas.store import load_personas

TEAM = """
# Buyer personas

## Dispatcher Dana

### Pain points
- Drivers phone in for every change
- Route sheets are printed twice a day

## Warehouse Wes

### Pain points
- Stock counts are a day late
"""


def active(con: Any) -> dict[str, str]:
    return {p.persona_id: p.name for p in load_personas(con)}


def test_a_longer_name_keeps_the_id_and_a_later_import_is_unchanged(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "team.md"
    page.write_text(TEAM, encoding="utf-8")
    import_into(con, [page])
    con.execute("INSERT INTO calls (call_id, source, source_path) VALUES ('c1', 'import', 'c1.json')")
    con.execute("INSERT INTO stage_done (call_id, stage, status) VALUES ('c1', 'personas', 'ok')")

    page.write_text(TEAM.replace("## Warehouse Wes", "## Warehouse lead Wes"), encoding="utf-8")
    result = import_into(con, [page])
    assert not result.retired
    wes = next(p for p in result.personas if p.persona_id == "warehouse-wes")
    assert (wes.status, wes.version, wes.name, wes.renamed_from) == ("updated", 2, "Warehouse lead Wes", "Warehouse Wes")
    assert active(con) == {"dispatcher-dana": "Dispatcher Dana", "warehouse-wes": "Warehouse lead Wes"}
    # the new name is a new version, so calls are mapped again
    assert con.execute("SELECT count(*) FROM stage_done WHERE stage = 'personas'").fetchone()[0] == 0

    again = import_into(con, [page])  # the stored name is now the document's: same persona, nothing new
    assert [(p.persona_id, p.status, p.renamed_from) for p in again.personas] == [
        ("dispatcher-dana", "unchanged", ""), ("warehouse-wes", "unchanged", "")]
    assert not again.retired


def test_a_numbered_persona_given_its_real_name_keeps_its_id(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "team.md"
    page.write_text(TEAM.replace("## Dispatcher Dana", "## Persona A"), encoding="utf-8")
    import_into(con, [page])
    page.write_text(TEAM.replace("## Dispatcher Dana", "## Dana Ortiz"), encoding="utf-8")
    result = import_into(con, [page])
    assert not result.retired
    assert active(con) == {"persona-a": "Dana Ortiz", "warehouse-wes": "Warehouse Wes"}


def test_another_persona_in_the_old_ones_place_is_new_and_the_old_one_retired(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "team.md"
    page.write_text(TEAM, encoding="utf-8")
    import_into(con, [page])
    page.write_text(TEAM.replace("## Warehouse Wes", "## Night nurse Nia")
                    .replace("Stock counts are a day late", "Handovers happen in a corridor"), encoding="utf-8")
    result = import_into(con, [page])
    assert [r.persona_id for r in result.retired] == ["warehouse-wes"]
    assert "night-nurse-nia" in active(con)


def test_a_persona_of_another_file_is_no_rename(con: Any, tmp_path: Path) -> None:
    team, other = tmp_path / "team.md", tmp_path / "other.md"
    team.write_text(TEAM, encoding="utf-8")
    import_into(con, [team])
    team.write_text(TEAM.split("## Warehouse Wes")[0], encoding="utf-8")
    other.write_text("# Warehouse lead Wes\n\n## Pain points\n- Stock counts are a day late\n", encoding="utf-8")
    result = import_into(con, [team, other])
    assert [r.persona_id for r in result.retired] == ["warehouse-wes"]
    assert "warehouse-lead-wes" in active(con)


def candidate(pid: str, name: str, concerns: tuple[str, ...] = (), source: str = "team.md") -> Candidate:
    return Candidate(pid, name, source, frozenset(concerns))


@pytest.mark.parametrize(("new", "old", "renamed"), [
    ("Dana Ortiz", "Dana", True),  # names that hold one another
    ("Dana", "Dana Ortiz, Finance lead", True),
    ("Ken", "Dana", False),  # nothing shared
    ("Dana Kim", "Dana Ortiz", False),  # one word in common is not enough
])
def test_names_that_hold_one_another_are_one_persona(new: str, old: str, renamed: bool) -> None:
    assert (likeness(candidate("n", new), candidate("o", old)) > 0) is renamed


def test_half_the_concerns_kept_is_one_persona_and_less_is_not() -> None:
    old = candidate("o", "Persona A", ("a", "b", "c", "d"))
    assert likeness(candidate("n", "Dana", ("a", "b", "x")), old) == 0.5
    assert likeness(candidate("n", "Dana", ("a", "x", "y")), old) == 0


def test_pairs_are_one_to_one_and_strongest_first() -> None:
    old = [candidate("dana", "Dana"), candidate("wes", "Wes", ("stock late",))]
    new = [candidate("dana-ortiz", "Dana Ortiz"), candidate("wes-park", "Wes Park", ("stock late",)),
           candidate("dana-lee", "Dana Lee")]
    pairs = renames(new, old)
    assert pairs["wes-park"] == "wes" and set(pairs.values()) == {"dana", "wes"}
    assert len([n for n in pairs if n.startswith("dana")]) == 1


def test_only_candidates_of_one_document_pair() -> None:
    assert renames([candidate("dana-ortiz", "Dana Ortiz", source="a.md")], [candidate("dana", "Dana", source="b.md")]) == {}
    assert file_family("/p/team.v3.md") == file_family("/p/team.md")
