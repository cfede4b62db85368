"""``callinsight status`` at 80 and 120 columns, ``--run``, and ``--json`` on status and the list commands."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.cli.render import print_status
from callinsight.status import gather_status, split_stage_messages
from callinsight.store.db import connect
from callinsight.store.writes import finish_run, start_run

REPO = Path(__file__).resolve().parents[2]
STAGES = ["ingest", "transcribe", "mine", "embed", "topics", "personas", "report"]
runner = CliRunner()


def _long(stage: str) -> str:
    return (f"{stage} looked at 12 new calls; wrote 40 rows; skipped 3 calls in a language the taxonomy does not "
            f"cover, see v_mining_status; the END-OF-{stage.upper()}-MESSAGE")


@pytest.fixture
def store_with_runs(config: Any) -> tuple[Any, list[str]]:
    con = connect(config.database_path)
    ids = []
    for _ in range(3):
        rid = start_run(con, "run", STAGES)
        finish_run(con, rid, "partial", calls_new=12, calls_failed=1,
                   message="; ".join(f"{s}: {_long(s)}" for s in STAGES))
        ids.append(rid)
    bad = config.root / "recordings" / "history" / "a rather long folder name" / "calls_week_12_export.jsonl"
    con.execute("INSERT INTO failures (run_id, path, stage, reason) VALUES (?, ?, 'import', ?)",
                [ids[-1], str(bad), "invalid JSON at line 3: Expecting value: line 1 column 1 (char 0), " * 3])
    con.close()
    return config, ids


@pytest.mark.parametrize("width", [80, 120])
def test_status_fits_the_terminal(store_with_runs: tuple[Any, list[str]], width: int) -> None:
    config, ids = store_with_runs
    out = io.StringIO()
    print_status(gather_status(config), Console(width=width, file=out, color_system=None))
    lines = out.getvalue().splitlines()
    assert max(len(line.rstrip()) for line in lines) <= width
    for rid in ids:  # one line per run, with its status and counts
        (line,) = [x for x in lines if x.startswith(rid)]
        assert "partial" in line and line.split()[-2:] == ["12", "1"]
    for stage in STAGES:  # one short line per stage of the latest run
        assert len([x for x in lines if x.startswith(f"  {stage} ")]) == 1
    assert not any("END-OF-" in x and "…" not in x for x in lines) or width >= 200
    assert str(config.root) not in out.getvalue()  # paths relative to the workspace
    assert any("recordings/history/" in x for x in lines)


def test_status_run_shows_the_whole_messages(store_with_runs: tuple[Any, list[str]]) -> None:
    config, ids = store_with_runs
    res = runner.invoke(app, ["--config", str(config.source), "status", "--run", ids[0]], env={"COLUMNS": "80"})
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    for stage in STAGES:
        assert f"END-OF-{stage.upper()}-MESSAGE" in text
    res = runner.invoke(app, ["--config", str(config.source), "status", "--run", "nope"])
    assert res.exit_code != 0 and "no run 'nope'" in res.stderr


def test_status_json(store_with_runs: tuple[Any, list[str]]) -> None:
    config, ids = store_with_runs
    res = runner.invoke(app, ["--config", str(config.source), "status", "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert set(doc) >= {"database", "exists", "schema_version", "code_schema_version", "storage_version", "counts",
                        "runs", "failures", "failures_total", "skipped"}
    assert doc["database"] == "callinsight.duckdb" and doc["storage_version"] == "v1.0.0+"
    assert [r["run_id"] for r in doc["runs"]] == ids[::-1]
    run = doc["runs"][0]
    assert set(run) >= {"run_id", "started_at", "finished_at", "duration_s", "status", "calls_new", "calls_failed", "stages"}
    assert [s["stage"] for s in run["stages"]] == STAGES and run["stages"][2]["message"] == _long("mine")
    assert doc["failures"][0]["path"].startswith("recordings/history/")
    res = runner.invoke(app, ["--config", str(config.source), "status", "--run", ids[1], "--json"])
    assert [r["run_id"] for r in json.loads(res.stdout)["runs"]] == [ids[1]]


def test_stage_messages_split_on_stage_names_only() -> None:
    lines = split_stage_messages("ingest: 3 new; 1 bad; mine: 2 calls; report: done", ["ingest", "mine", "report"])
    assert [(s.stage, s.message) for s in lines] == [("ingest", "3 new; 1 bad"), ("mine", "2 calls"), ("report", "done")]
    assert [(s.stage, s.message) for s in split_stage_messages("boom", ["mine"])] == [("", "boom")]


def test_personas_list_json_and_relative_paths(config: Any) -> None:
    shutil.copy(REPO / "tests" / "fixtures" / "personas" / "docs" / "olivia.md", config.personas_dir / "olivia.md")
    cfg = ["--config", str(config.source)]
    res = runner.invoke(app, [*cfg, "personas", "import"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, [*cfg, "personas", "list", "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc and set(doc[0]) == {"persona_id", "persona", "version", "negative", "concerns", "calls", "source"}
    assert doc[0]["source"] == "personas/olivia.md" and doc[0]["version"] == 1
    for width in (80, 120):
        res = runner.invoke(app, [*cfg, "personas", "list"], env={"COLUMNS": str(width)})
        lines = res.output.splitlines()
        assert len(lines) == 3 and max(len(line) for line in lines) <= width  # header, rule, one persona
        assert "personas/" in lines[2] and str(config.root) not in res.output
    assert "personas/olivia.md" in res.output  # at 120 columns nothing is cut


def test_topics_list_json(config: Any) -> None:
    con = connect(config.database_path)
    con.execute("INSERT INTO topic_models (version, fitted_at, n_docs, method) VALUES (1, now(), 5, 'bertopic')")
    con.execute("INSERT INTO topics (model_version, topic_id, label, keywords, size) VALUES "
                "(1, 0, 'export failing', ['export', 'fails', 'error', 'download', 'report', 'csv', 'timeout'], 5)")
    con.close()
    res = runner.invoke(app, ["--config", str(config.source), "topics", "list", "--json"])
    assert res.exit_code == 0, res.output
    (topic,) = json.loads(res.stdout)
    assert set(topic) == {"topic", "label", "keywords", "size"}
    assert topic["topic"] == 0 and topic["label"] == "export failing" and len(topic["keywords"]) == 7


def _commands(cmd: Any, path: list[str]) -> list[list[str]]:
    found = [path]
    if hasattr(cmd, "commands"):  # a group (typer ships its own click, so no isinstance check)
        for name, sub in cmd.commands.items():
            found += _commands(sub, [*path, name])
    return found


def test_help_shows_options_the_click_way() -> None:
    paths = _commands(typer.main.get_command(app), [])
    assert len(paths) > 15
    for path in paths:
        res = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
        assert res.exit_code == 0, (path, res.output)
        for marker in ("<bool>", "<str>", "<int>", "<float>", "<path>"):
            assert marker not in res.output, (path, marker)
        usage = res.output.split("Usage:")[1].splitlines()[0]
        assert "{" not in usage, (path, usage)  # arguments by name (QUERY), not {query}
    res = runner.invoke(app, ["--help"], env={"COLUMNS": "120"})
    verbose = next(line for line in res.output.splitlines() if "--verbose" in line)
    assert "Show tracebacks" in verbose and "BOOLEAN" not in verbose
    assert "PATH" in next(line for line in res.output.splitlines() if "--config" in line)
    res = runner.invoke(app, ["sql", "--help"], env={"COLUMNS": "120"})
    assert "sql [OPTIONS] QUERY" in " ".join(res.output.split())
