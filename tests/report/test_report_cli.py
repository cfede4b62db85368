"""``callinsight report`` and the pipeline's report stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.pipeline.runner import run_pipeline
from callinsight.store.db import connect


def test_report_in_a_fresh_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(app, ["report"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "reports" / "week" / "index.html").exists()
    assert (tmp_path / "reports" / "week" / "summary.md").exists()
    assert "0 call(s)" in res.output
    assert not (tmp_path / "callinsight.duckdb").exists()


def test_report_options(populated: Any) -> None:
    cfg = ["--config", str(populated.source)]
    res = CliRunner().invoke(app, [*cfg, "report", "--period", "month"])
    assert res.exit_code == 0, res.output
    assert "34 call(s)" in res.output and (populated.reports_dir / "month" / "index.html").exists()
    res = CliRunner().invoke(app, [*cfg, "report", "--since", "2025-01-06", "--until", "2025-01-12"])
    assert res.exit_code == 0 and "8 call(s)" in res.output
    res = CliRunner().invoke(app, [*cfg, "report", "--since", "last tuesday"])
    assert res.exit_code == 2 and "--since must be a date" in res.output
    res = CliRunner().invoke(app, [*cfg, "report", "--period", "quarter"])
    assert res.exit_code == 2 and "unknown report period" in res.output


def test_report_on_an_older_schema_migrates_it(config: Any) -> None:
    import duckdb

    from callinsight.store.db import code_schema_version, migrations, schema_version

    con = duckdb.connect(str(config.database_path))  # a store written by the first release: core tables only
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ DEFAULT now())")
    first = migrations()[0]
    con.execute(first.sql)
    con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [first.version, first.name])
    con.close()
    res = CliRunner().invoke(app, ["--config", str(config.source), "report"])
    assert res.exit_code == 0, res.output
    con = connect(config.database_path)
    try:
        assert schema_version(con) == code_schema_version()
    finally:
        con.close()


def test_the_run_ends_by_refreshing_the_report(populated: Any) -> None:
    summary = run_pipeline(populated, ["report"])
    result = next(r for r in summary.results if r.stage == "report")
    assert result.processed == 8 and "index.html" in result.message
    html = (populated.reports_dir / "week" / "index.html").read_text()
    assert "price objection" in html


def test_a_bad_report_period_in_the_config_is_refused_on_load(tmp_path: Path) -> None:
    bad = tmp_path / "callinsight.toml"
    bad.write_text('[report]\nperiod = "quarter"\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["--config", str(bad), "report"])
    assert res.exit_code == 2 and '[report] period must be "week" or "month"' in res.output


def test_report_after_importing_two_calls_in_a_fresh_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    res = runner.invoke(app, ["import", str(fixtures / "call.json"), str(fixtures / "call.vtt")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["report"])
    assert res.exit_code == 0, res.output
    html = (tmp_path / "reports" / "week" / "index.html").read_text()
    assert "Insight mining has not run" in html or "Not enough calls yet" in html
    assert "Traceback" not in html
