"""CLI error paths and basic commands, in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from callinsight.cli import app

runner = CliRunner()


def invoke(*args: str, cwd: Path | None = None) -> object:
    if cwd is not None:
        import os

        old = os.getcwd()
        os.chdir(cwd)
        try:
            return runner.invoke(app, list(args))
        finally:
            os.chdir(old)
    return runner.invoke(app, list(args))


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for cmd in ("init", "status", "sql", "run", "models"):
        assert cmd in result.output


def test_init_then_status_in_a_fresh_folder(tmp_path: Path) -> None:
    r = invoke("init", str(tmp_path))
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    r = invoke("--config", str(tmp_path / "callinsight.toml"), "status")
    assert r.exit_code == 0
    assert "not created yet" in r.output  # type: ignore[attr-defined]


def test_bad_config_is_one_line_with_hint(tmp_path: Path) -> None:
    cfg = tmp_path / "callinsight.toml"
    cfg.write_text("[paths]\nrecordingz = 'x'\n")
    r = runner.invoke(app, ["--config", str(cfg), "status"])
    assert r.exit_code == 2
    assert "unknown key 'paths.recordingz'" in r.stderr
    assert "hint:" in r.stderr and "Traceback" not in r.stderr
    r = runner.invoke(app, ["--verbose", "--config", str(cfg), "status"])
    assert "Traceback" in r.stderr


def test_missing_config_file(tmp_path: Path) -> None:
    r = runner.invoke(app, ["--config", str(tmp_path / "nope.toml"), "status"])
    assert r.exit_code == 2 and "does not exist" in r.stderr and "callinsight init" in r.stderr


def test_sql_refuses_writes_and_reports_missing_db(workspace: Path) -> None:
    cfg = str(workspace / "callinsight.toml")
    r = runner.invoke(app, ["--config", cfg, "sql", "SELECT 1"])
    assert r.exit_code != 0 and "no database" in r.stderr
    from callinsight.pipeline.settings import load_config
    from callinsight.store.db import connect

    connect(load_config(Path(cfg)).database_path).close()
    r = runner.invoke(app, ["--config", cfg, "sql", "CREATE TABLE x AS SELECT 1"])
    assert r.exit_code == 2 and "read-only" in r.stderr
    r = runner.invoke(app, ["--config", cfg, "sql", "SELECT count(*) AS n FROM v_calls", "--format", "csv"])
    assert r.exit_code == 0 and r.stdout.splitlines() == ["n", "0"]


def test_models_list_on_empty_folder_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLINSIGHT_MODELS", str(tmp_path / "no-models-yet"))
    invoke("init", str(tmp_path))
    r = runner.invoke(app, ["--config", str(tmp_path / "callinsight.toml"), "models", "list"])
    assert r.exit_code == 5 and "callinsight models install" in r.stderr


def test_run_holds_a_lock(workspace: Path) -> None:
    import json
    import os
    import socket

    from callinsight.pipeline.runner import lock_path
    from callinsight.pipeline.settings import load_config

    config = load_config(workspace / "callinsight.toml")
    lock = lock_path(config)
    lock.write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname()}))  # a live process
    r = runner.invoke(app, ["--config", str(workspace / "callinsight.toml"), "run", "--stages", "ingest"])
    assert r.exit_code == 75 and "another callinsight run" in r.stderr
    lock.write_text(json.dumps({"pid": 2**22 + 12345, "host": socket.gethostname()}))  # a dead one: stale
    r = runner.invoke(app, ["--config", str(workspace / "callinsight.toml"), "run", "--stages", "ingest"])
    assert r.exit_code == 0, r.stderr
    assert not lock.exists()


@pytest.mark.parametrize("stages", ["ingest,nope", "bogus"])
def test_unknown_stage_is_a_usage_error(workspace: Path, stages: str) -> None:
    r = runner.invoke(app, ["--config", str(workspace / "callinsight.toml"), "run", "--stages", stages])
    assert r.exit_code == 2 and "unknown stage" in r.stderr


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "personas"
    folder.mkdir()
    pains = "".join(f"- The depot gate jams on shift {k} and the drivers wait outside in the rain\n" for k in range(8))
    for n in range(300):  # more output than a pipe holds (64 KB), so that writing goes on after the reader has gone
        (folder / f"p{n}.md").write_text(f"# Persona {n}: Driver Dana {n}\n\n## Pain points\n\n{pains}", encoding="utf-8")
    cli = Path(sys.executable).with_name("callinsight")
    done = subprocess.run(f"'{cli}' personas import --dry-run '{folder}' | head -1", shell=True, capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.count("\n") == 1
    assert "error" not in done.stderr and "Traceback" not in done.stderr
