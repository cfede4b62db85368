"""``callinsight personas import --dry-run`` and import warnings, in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from callinsight.cli import app

from .conftest import FIXTURES

runner = CliRunner()
FORMATS = FIXTURES / "formats"


def test_dry_run_shows_personas_fields_concerns_and_skipped_parts(workspace: Path) -> None:
    cfg = str(workspace / "callinsight.toml")
    result = runner.invoke(app, ["--config", cfg, "personas", "import", "--dry-run", str(FORMATS / "wiki_export.html")])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "persona  Kim the clinic manager [kim-the-clinic-manager]" in out
    assert "pain_points ('Frustrations')" in out
    assert "- [pain_point] Reminder texts go out from three different tools." in out
    assert "skipped  'Table of contents': table of contents" in out
    assert "nothing stored" in out
    from callinsight.pipeline.settings import load_config

    assert not load_config(workspace / "callinsight.toml").database_path.exists()  # a dry run stores nothing


def test_dry_run_of_a_file_without_personas_exits_3_and_names_the_closest_thing(workspace: Path) -> None:
    cfg = str(workspace / "callinsight.toml")
    result = runner.invoke(app, ["--config", cfg, "personas", "import", "--dry-run", str(FORMATS / "placeholder.md")])
    assert result.exit_code == 3
    assert "no persona found; closest: section 'Retro'" in result.output


def test_import_with_skipped_sections_warns_and_exits_0(workspace: Path) -> None:
    cfg = str(workspace / "callinsight.toml")
    page = workspace / "stories.md"
    shutil.copy(FORMATS / "stories.md", page)
    result = runner.invoke(app, ["--config", cfg, "personas", "import", str(page)])
    assert result.exit_code == 0, result.output
    assert "new       greta v1" in result.output and "new       tomas v1" in result.output
    assert "warning   " in result.output and "skipped 'Writing for all patrons' (writing guidance)" in result.output
    listing = runner.invoke(app, ["--config", cfg, "personas", "list"], env={"COLUMNS": "250"})
    assert "greta" in listing.output and "writing" not in listing.output.lower()


def test_dry_run_names_the_closest_thing_for_a_table_or_bare_text(workspace: Path, tmp_path: Path) -> None:
    cfg = str(workspace / "callinsight.toml")
    table = tmp_path / "prices.md"
    table.write_text("| Feature | Price |\n|---|---|\n| Sync | 10 |\n", encoding="utf-8")
    bare = tmp_path / "about.txt"
    bare.write_text("Our company was founded in 1999 and sells garden tools.\n", encoding="utf-8")
    result = runner.invoke(app, ["--config", cfg, "personas", "import", "--dry-run", str(table), str(bare)])
    assert result.exit_code == 3
    assert "closest: a table with columns 'Feature', 'Price': no column names personas" in result.output
    assert "closest: 1 paragraph(s) or list(s) without headings, field labels or a named person" in result.output


def test_dry_run_of_a_folder_names_the_scripts_it_leaves_out(workspace: Path, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    (folder / "js").mkdir(parents=True)
    shutil.copy(FORMATS / "clinic_personas.ts", folder / "clinic_personas.ts")
    shutil.copy(FORMATS / "theme.js", folder / "js" / "theme.js")
    cfg = str(workspace / "callinsight.toml")
    result = runner.invoke(app, ["--config", cfg, "personas", "import", "--dry-run", str(folder)])
    assert result.exit_code == 0, result.output
    assert "persona  Imogen Hale [front-desk]" in result.output
    assert f"{folder / 'js' / 'theme.js'}\n  left out  a script whose name does not say it holds personas" in result.output
    assert "2 persona(s) in 1 file(s), 0 section(s) skipped, 0 file(s) failed, 1 script(s) left out; nothing stored" in result.output
