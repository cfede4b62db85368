"""The ``callinsight personas`` commands, in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from callinsight.cli import app

from .conftest import DOCS, MALFORMED

runner = CliRunner()


def test_personas_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["personas", "--help"])
    assert result.exit_code == 0
    for cmd in ("import", "list", "map", "check", "suggest"):
        assert cmd in result.output


def test_import_exits_3_when_a_file_failed_and_keeps_the_others(workspace: Path) -> None:
    cfg = str(workspace / "callinsight.toml")
    shutil.copy(MALFORMED / "broken_front_matter.md", workspace / "broken.md")
    result = runner.invoke(app, ["--config", cfg, "personas", "import", str(DOCS), str(workspace / "broken.md")])
    assert result.exit_code == 3, result.output
    assert "broken.md: invalid YAML front matter" in result.output
    assert "6 persona(s), 6 new or changed, 1 file(s) failed" in result.output
    again = runner.invoke(app, ["--config", cfg, "personas", "import", str(DOCS)])
    assert again.exit_code == 0 and "0 new or changed" in again.output
    listing = runner.invoke(app, ["--config", cfg, "personas", "list"], env={"COLUMNS": "250"})
    assert listing.exit_code == 0 and "support-ops-olivia" in listing.output
    # no calls mapped yet: suggest still writes an honest proposal per persona
    suggested = runner.invoke(app, ["--config", cfg, "personas", "suggest"])
    assert suggested.exit_code == 0, suggested.output
    assert (workspace / "reports" / "personas" / "it-ian.md").exists()
    checked = runner.invoke(app, ["--config", cfg, "personas", "check"])
    assert checked.exit_code == 0 and "no findings" in checked.output


def test_import_says_which_personas_it_retired_and_list_leaves_them_out(workspace: Path) -> None:
    cfg = str(workspace / "callinsight.toml")
    page = workspace / "team.md"
    page.write_text("# Personas\n\n## Dispatcher Dana\n\n### Pain points\n- Drivers phone in for every change\n\n"
                    "## Warehouse Wes\n\n### Pain points\n- Stock counts are a day late\n", encoding="utf-8")
    assert runner.invoke(app, ["--config", cfg, "personas", "import", str(page)]).exit_code == 0
    page.write_text(page.read_text(encoding="utf-8").split("## Warehouse Wes")[0], encoding="utf-8")
    again = runner.invoke(app, ["--config", cfg, "personas", "import", str(page)])
    assert again.exit_code == 0, again.output
    assert f"retired   warehouse-wes  no longer in {page}" in again.output and "1 retired" in again.output
    listing = runner.invoke(app, ["--config", cfg, "personas", "list"], env={"COLUMNS": "250"})
    assert "dispatcher-dana" in listing.output and "warehouse-wes" not in listing.output
