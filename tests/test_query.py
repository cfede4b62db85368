"""``callinsight sql``: read-only, every format, clear refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.errors import QueryError, StoreError
from callinsight.query import run_query, to_csv, to_json, to_parquet
from report.populate import populate


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from callinsight.store.db import connect

    path = tmp_path_factory.mktemp("query") / "store.duckdb"
    con = connect(path)
    populate(con, calls_per_week=3)
    con.close()
    return path


@pytest.fixture
def db(config: Any, template: Path) -> Path:
    shutil.copyfile(template, config.database_path)
    return Path(config.database_path)


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM calls",
        "UPDATE calls SET agent = 'x'",
        "DROP VIEW v_calls",
        "CREATE TABLE t AS SELECT 1",
        "COPY (SELECT * FROM v_calls) TO '/tmp/callinsight-leak.csv'",
        "EXPORT DATABASE '/tmp/callinsight-export'",
        "ATTACH '/tmp/other.duckdb' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET threads = 1",
        "RESET threads",
        "PRAGMA enable_profiling",
        "CHECKPOINT",
        "USE memory",
        "SELECT 1; DELETE FROM calls",
        "EXPLAIN ANALYZE COPY (SELECT 1) TO '/tmp/callinsight-leak2.csv'",
    ],
)
def test_write_and_side_effect_statements_are_refused(db: Path, sql: str) -> None:
    before = run_query(db, "SELECT count(*) FROM calls").rows
    with pytest.raises(QueryError, match=r"read-only|only for a SELECT"):
        run_query(db, sql)
    assert run_query(db, "SELECT count(*) FROM calls").rows == before
    assert not Path("/tmp/callinsight-leak2.csv").exists()


def test_queries_and_explain_are_allowed(db: Path) -> None:
    assert run_query(db, "SELECT count(*) AS n FROM v_calls").rows == [(18,)]
    assert run_query(db, "FROM v_calls SELECT call_id ORDER BY call_id LIMIT 1").rows == [("call-0-00",)]
    assert run_query(db, "WITH x AS (SELECT 2 AS a) SELECT a FROM x").rows == [(2,)]
    assert run_query(db, "EXPLAIN SELECT * FROM v_insights").rows
    assert run_query(db, "DESCRIBE v_insights").rows
    # several queries: the last one's result is returned
    assert run_query(db, "SELECT 1; SELECT 2 AS two").columns == ["two"]


def test_queries_cannot_fetch_extensions_or_change_settings(db: Path) -> None:
    result = run_query(db, "SELECT current_setting('autoinstall_known_extensions'), current_setting('lock_configuration')")
    assert result.rows == [(False, True)]


def test_clear_errors(db: Path, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no SQL statement"):
        run_query(db, "  ")
    with pytest.raises(QueryError, match="invalid SQL"):
        run_query(db, "SELEC oops")
    with pytest.raises(QueryError, match="v_nope"):
        run_query(db, "SELECT * FROM v_nope")
    with pytest.raises(StoreError, match="no database"):
        run_query(tmp_path / "missing.duckdb", "SELECT 1")


def test_formats(db: Path, tmp_path: Path) -> None:
    sql = "SELECT call_id, started_at, quote, start_s FROM v_insights WHERE kind = 'churn_signal' ORDER BY call_id, seq"
    result = run_query(db, sql)
    assert result.rows
    lines = to_csv(result).splitlines()
    assert lines[0] == "call_id,started_at,quote,start_s" and len(lines) == len(result.rows) + 1
    records = json.loads(to_json(result))
    assert records[0]["quote"] == "thinking about cancelling"
    assert "T" in records[0]["started_at"]  # ISO timestamps, not Python reprs
    out = tmp_path / "churn.parquet"
    assert to_parquet(db, sql, out) == len(result.rows)
    with pytest.raises(QueryError, match="one query"):
        to_parquet(db, "SELECT 1; SELECT 2", tmp_path / "two.parquet")
    with pytest.raises(QueryError, match="read-only"):
        to_parquet(db, "DELETE FROM calls", tmp_path / "x.parquet")
    with pytest.raises(QueryError, match="does not exist"):
        to_parquet(db, sql, tmp_path / "nofolder" / "x.parquet")


def test_cli(db: Path, config: Any, tmp_path: Path) -> None:
    runner = CliRunner()
    cfg = ["--config", str(config.source)]
    res = runner.invoke(app, [*cfg, "sql", "SELECT count(*) AS n FROM v_calls", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == ["n", "18"]
    res = runner.invoke(app, [*cfg, "sql", "DELETE FROM calls"])
    assert res.exit_code == 2 and "read-only" in res.output
    out = tmp_path / "calls.json"
    res = runner.invoke(app, [*cfg, "sql", "SELECT call_id FROM v_calls", "--format", "json", "--output", str(out)])
    assert res.exit_code == 0 and len(json.loads(out.read_text())) == 18
    res = runner.invoke(app, [*cfg, "sql", "SELECT 1", "--format", "parquet"])
    assert res.exit_code == 2 and "--output" in res.output
    res = runner.invoke(app, [*cfg, "sql", "SELECT 1", "--format", "xml"])
    assert res.exit_code == 2 and "unknown format" in res.output
