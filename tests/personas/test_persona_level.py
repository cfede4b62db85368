"""``--persona-level`` and ``[personas] persona_levels``: the user says which heading level holds one persona
each, for a document the importer does not read right by itself."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.personas.parse import OwnerHints, level_for, parse_document

runner = CliRunner()

HANDBOOK = """# Our customers

## Field notes

### Dana Ortiz
Runs IT for a forty-person law firm. Every new tool has to pass a security review first.

### Ken Adams
Owns three bakeries and worries that card fees keep rising.

### Writing for all personas
Keep it short.

#### Table of contents
- Dana
"""


def _handbook(folder: Path) -> Path:
    path = folder / "handbook.md"
    path.write_text(HANDBOOK, encoding="utf-8")
    return path


def test_every_heading_of_the_level_is_one_persona_and_page_sections_are_still_skipped(tmp_path: Path) -> None:
    parsed = parse_document(_handbook(tmp_path), level=3)
    assert [p.name for p in parsed.personas] == ["Dana Ortiz", "Ken Adams"]
    assert [c.text for c in parsed.personas[1].concerns] == ["Owns three bakeries and worries that card fees keep rising."]
    assert [s.title for s in parsed.skipped] == ["Writing for all personas"]


def test_the_command_line_level_wins_over_the_configured_pattern(tmp_path: Path) -> None:
    path = tmp_path / "sales" / "handbook-2026.md"
    assert level_for(path, {"handbook-*.md": 3}) == 3
    assert level_for(path, {"*/sales/*": 2}) == 2
    assert level_for(path, {"handbook-*.md": 3}, level=4) == 4
    assert level_for(path, {"other.md": 3}) is None


def test_a_failed_file_names_the_heading_levels_it_has(tmp_path: Path) -> None:
    path = tmp_path / "levels.md"
    path.write_text("# Notes\n\n## A\nplain text here\n\n## B\nmore plain text\n", encoding="utf-8")
    result = runner.invoke(app, ["personas", "import", "--dry-run", str(path)])
    assert result.exit_code == 3
    assert "--persona-level N (headings here: level 1: 1, level 2: 2)" in result.output


def test_import_and_dry_run_read_the_configured_level(workspace: Path) -> None:
    cfg = workspace / "callinsight.toml"
    text = cfg.read_text(encoding="utf-8")
    assert "persona_levels = {  }" in text  # the written default a user edits
    cfg.write_text(text.replace("persona_levels = {  }", 'persona_levels = { "handbook*.md" = 3 }'), encoding="utf-8")
    folder = workspace / "personas"
    folder.mkdir(exist_ok=True)
    _handbook(folder)
    dry = runner.invoke(app, ["--config", str(cfg), "personas", "import", "--dry-run", str(folder / "handbook.md")])
    assert dry.exit_code == 0, dry.output
    assert "persona  Dana Ortiz" in dry.output and "persona  Ken Adams" in dry.output
    imported = runner.invoke(app, ["--config", str(cfg), "personas", "import", str(folder / "handbook.md")])
    assert imported.exit_code == 0, imported.output
    assert "dana-ortiz v1" in imported.output and "ken-adams v1" in imported.output


def test_the_stage_import_reads_the_configured_level(tmp_path: Path, con: object) -> None:
    from callinsight.personas.importer import import_into

    _handbook(tmp_path)
    found = import_into(con, [tmp_path], hints=OwnerHints(levels={"handbook*.md": 3}))  # type: ignore[arg-type]
    assert [p.persona_id for p in found.personas] == ["dana-ortiz", "ken-adams"] and not found.failures


def test_the_dry_run_suggests_a_level_only_where_the_importer_plainly_went_wrong(tmp_path: Path) -> None:
    from callinsight.personas.preview import preview_files

    wrong = tmp_path / "wrong.md"
    wrong.write_text("# Our customers\n\n## Field notes\n\n### Dana Ortiz\nRuns IT for a law firm and signs off every tool.\n\n"
                     "### Ken Adams\nOwns three bakeries and does the books on Sundays.\n", encoding="utf-8")
    right = tmp_path / "right.md"
    right.write_text("# Olga Ops\n\n## Fun facts\nKeeps bees.\n\n## Pain points\n- Tickets bounce between teams\n\n"
                     "## Thoughts\nWhy is this so slow?\n", encoding="utf-8")
    by_name = {Path(f.path).name: f for f in preview_files([wrong, right])}
    assert by_name["wrong.md"].suggestion == (3, ["Dana Ortiz", "Ken Adams"])
    assert by_name["right.md"].suggestion is None and [p.name for p in by_name["right.md"].personas] == ["Olga Ops"]
    result = runner.invoke(app, ["personas", "import", "--dry-run", str(wrong)])
    assert "try      --persona-level 3: every level-3 heading as one persona gives Dana Ortiz, Ken Adams" in result.output
