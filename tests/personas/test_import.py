"""Importing persona files: failures recorded and skipped, versions only on change."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from callinsight.personas.importer import import_into

from .conftest import DOCS, MALFORMED


def test_malformed_files_are_recorded_and_the_rest_imported(con: Any, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(DOCS, folder)
    shutil.copytree(MALFORMED, folder / "bad")
    result = import_into(con, [folder])
    assert sorted(p.persona_id for p in result.personas) == [
        "bargain-hunter", "decision-maker-dan", "finance-fiona", "it-ian", "student-sam", "support-ops-olivia",
    ]
    assert sorted(Path(f.path).name for f in result.failures) == ["broken_front_matter.md", "empty.md", "meeting_notes.md", "scalar.yaml"]
    stored = con.execute("SELECT path, stage, reason FROM failures ORDER BY path").fetchall()
    assert len(stored) == 4 and all(r[1] == "personas" and r[2] for r in stored)
    rows = con.execute("SELECT persona_id, persona, version, is_negative, source FROM v_personas ORDER BY persona_id").fetchall()
    assert [(r[0], r[2], r[3]) for r in rows][:2] == [("bargain-hunter", 1, True), ("decision-maker-dan", 1, False)]
    assert con.execute("SELECT count(*) FROM persona_concerns WHERE persona_id = 'it-ian'").fetchone()[0] == 5


def test_reimport_makes_a_version_only_when_content_changed(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "olivia.md"
    shutil.copy(DOCS / "olivia.md", page)
    assert import_into(con, [page]).personas[0].status == "new"
    con.execute("INSERT INTO calls (call_id, source, source_path) VALUES ('c1', 'import', 'c1.json')")
    con.execute("INSERT INTO stage_done (call_id, stage, status) VALUES ('c1', 'personas', 'ok')")

    again = import_into(con, [page])
    assert again.personas[0].status == "unchanged" and again.personas[0].version == 1
    assert con.execute("SELECT count(*) FROM stage_done WHERE stage = 'personas'").fetchone()[0] == 1

    page.write_text(page.read_text(encoding="utf-8").replace("## Common objections\n", "## Common objections\n- No Slack integration\n"), encoding="utf-8")
    changed = import_into(con, [page])
    assert changed.personas[0].status == "updated" and changed.personas[0].version == 2
    assert con.execute("SELECT max(version) FROM personas WHERE persona_id = 'support-ops-olivia'").fetchone()[0] == 2
    # a new version makes every call due for re-mapping
    assert con.execute("SELECT count(*) FROM stage_done WHERE stage = 'personas'").fetchone()[0] == 0
    latest = con.execute("SELECT concern FROM v_persona_concerns WHERE version = 2 AND kind = 'objection'").fetchall()
    assert ("No Slack integration",) in latest


def test_a_newer_vN_file_supersedes_the_original(con: Any, tmp_path: Path) -> None:
    shutil.copy(DOCS / "olivia.md", tmp_path / "olivia.md")
    newer = (DOCS / "olivia.md").read_text(encoding="utf-8").replace("- Support Driven community\n", "")
    (tmp_path / "olivia.v2.md").write_text(newer, encoding="utf-8")
    result = import_into(con, [tmp_path])
    assert [p.source for p in result.personas] == [str(tmp_path / "olivia.v2.md")]
    assert result.superseded == [str(tmp_path / "olivia.md")]
