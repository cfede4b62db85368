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
