"""``callinsight run --stages ingest`` and ``callinsight status`` on a real workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from callinsight.cli import app

pytestmark = pytest.mark.slow


def test_run_ingest_exits_3_on_a_bad_file_and_status_lists_it(workspace: Path, make_call: Any) -> None:
    make_call("2026-09-14T10-22-05_call.wav")
    (workspace / "recordings" / "notes.wav").write_text("not a recording")
    runner = CliRunner()
    cfg = str(workspace / "callinsight.toml")

    result = runner.invoke(app, ["--config", cfg, "run", "--stages", "ingest", "--no-progress"])
    assert result.exit_code == 3, result.output
    assert "1 new call(s)" in result.output and "1 failed" in result.output

    status = runner.invoke(app, ["--config", cfg, "status"], env={"COLUMNS": "300"})  # no wrapped paths
    assert status.exit_code == 0, status.output
    assert "notes.wav" in status.output and "not an audio file" in status.output

    rerun = runner.invoke(app, ["--config", cfg, "run", "--stages", "ingest", "--no-progress"])
    assert rerun.exit_code == 0, rerun.output  # the unchanged bad file is remembered, not failed again
    assert "0 new call(s)" in rerun.output

    rows = runner.invoke(app, ["--config", cfg, "sql", "SELECT role FROM v_utterances ORDER BY seq", "-f", "csv"])
    assert rows.output.split() == ["role", "agent", "customer"]
