"""``callinsight sql`` reads the store and nothing else; ``--output`` never clobbers the store."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.errors import QueryError
from callinsight.query import check_output, run_query, to_parquet
from callinsight.store.db import connect
from callinsight.store.sandbox import open_sandboxed


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sandbox") / "store.duckdb"
    con = connect(path)
    con.execute("INSERT INTO calls (call_id, source, source_path) VALUES ('c1', 'import', '/x/c1.json')")
    con.close()
    return path


@pytest.fixture
def db(config: Any, template: Path) -> Path:
    shutil.copyfile(template, config.database_path)
    return Path(config.database_path)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.csv"
    path.write_text("user,password\nroot,hunter2\n", encoding="utf-8")
    return path


FILE_READERS = [
    "SELECT * FROM read_csv('{f}')",
    "SELECT * FROM read_csv_auto('{f}')",
    "SELECT content FROM read_text('{f}')",
    "SELECT content FROM read_blob('{f}')",
    "SELECT * FROM read_json('{f}')",
    "SELECT * FROM read_parquet('{f}')",
    "SELECT * FROM sniff_csv('{f}')",
    "SELECT * FROM glob('/*')",
    "SELECT * FROM glob('{d}/*')",
    "SELECT * FROM '{f}'",  # a replacement scan
    "SELECT * FROM '{f}' UNION ALL SELECT * FROM '{f}'",
    "SELECT content FROM read_text('/etc/hostname')",
    "SELECT * FROM read_csv('https://example.com/x.csv')",
    "SELECT * FROM duckdb_extensions()",
]


@pytest.mark.parametrize("template_sql", FILE_READERS)
def test_file_reading_functions_and_replacement_scans_fail_cleanly(db: Path, secret: Path, template_sql: str) -> None:
    sql = template_sql.format(f=secret, d=secret.parent)
    with pytest.raises(QueryError) as info:
        run_query(db, sql)
    message = info.value.message
    assert "\n" not in message and "hunter2" not in message
    assert "reads only the store" in message
    assert info.value.exit_code == 2


def test_the_sandbox_cannot_be_switched_off(db: Path) -> None:
    with pytest.raises(QueryError, match="read-only"):
        run_query(db, "SET enable_external_access = true")
    with open_sandboxed(db) as con:
        import duckdb

        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET enable_external_access = true")
        assert con.execute("SELECT current_setting('enable_external_access')").fetchone() == (False,)
    assert run_query(db, "SELECT current_setting('lock_configuration')").rows == [(True,)]


def test_views_still_work_and_explain_json(db: Path) -> None:
    assert run_query(db, "SELECT call_id FROM v_calls").rows == [("c1",)]
    result = run_query(db, "EXPLAIN (FORMAT json) SELECT 1")
    assert result.rows and "PROJECTION" in str(result.rows[0])
    with pytest.raises(QueryError, match="only for a SELECT"):
        run_query(db, "EXPLAIN (FORMAT json) DELETE FROM calls")


@pytest.mark.parametrize("sql", ["SELEC 1", "SELECT FROM WHERE", "SELECT (1", "EXPLAIN (FORMAT json SELECT 1"])
def test_unparseable_sql_is_a_usage_error(db: Path, sql: str) -> None:
    with pytest.raises(QueryError, match=r"invalid SQL|only for a SELECT") as info:
        run_query(db, sql)
    assert info.value.exit_code == 2


def test_output_refuses_the_store_its_wal_and_links_to_them(db: Path, tmp_path: Path) -> None:
    ws = db.parent
    for candidate in (
        db,
        ws / (db.name + ".wal"),
        ws / "sub" / ".." / db.name,
    ):
        (ws / "sub").mkdir(exist_ok=True)
        with pytest.raises(QueryError, match="store"):
            check_output(candidate, db, force=True)
    link = tmp_path / "innocent.csv"
    link.symlink_to(db)
    with pytest.raises(QueryError, match="store"):
        check_output(link, db, force=True)
    wal_link = tmp_path / "wal.csv"
    wal_link.symlink_to(ws / (db.name + ".wal"))  # dangling: the WAL does not exist right now
    with pytest.raises(QueryError, match="store"):
        check_output(wal_link, db, force=True)
    hard = tmp_path / "hard.csv"
    os.link(db, hard)
    with pytest.raises(QueryError, match="store"):
        check_output(hard, db, force=True)


def test_cli_output_needs_force_for_an_existing_file_and_never_touches_the_store(db: Path, config: Any) -> None:
    runner = CliRunner()
    cfg = ["--config", str(config.source)]
    size = db.stat().st_size
    for fmt in ("csv", "json", "table", "parquet"):
        res = runner.invoke(app, [*cfg, "sql", "SELECT 1", "--format", fmt, "--output", str(db), "--force"])
        assert res.exit_code == 2, res.output
        assert "store" in res.output
    rel = os.path.relpath(db, Path.cwd())
    res = runner.invoke(app, [*cfg, "sql", "SELECT 1", "--format", "csv", "--output", rel])
    assert res.exit_code == 2
    assert db.stat().st_size == size
    assert run_query(db, "SELECT count(*) FROM calls").rows == [(1,)]

    out = db.parent / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    res = runner.invoke(app, [*cfg, "sql", "SELECT 1 AS one", "--format", "csv", "--output", str(out)])
    assert res.exit_code == 2 and "--force" in res.output
    assert out.read_text(encoding="utf-8") == "keep me"
    res = runner.invoke(app, [*cfg, "sql", "SELECT 1 AS one", "--format", "csv", "--output", str(out), "--force"])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8") == "one\n1\n"


def test_cli_file_access_and_parse_errors_exit_2_with_one_line(db: Path, config: Any, secret: Path) -> None:
    runner = CliRunner()
    cfg = ["--config", str(config.source)]
    for sql in (f"SELECT * FROM read_csv('{secret}')", "SELECT * FROM glob('/*')", "SELEC 1"):
        res = runner.invoke(app, [*cfg, "sql", sql])
        assert res.exit_code == 2, res.output
        assert "hunter2" not in res.output and "Traceback" not in res.output
    res = runner.invoke(app, [*cfg, "sql", "EXPLAIN (FORMAT json) SELECT 1", "--format", "csv"])
    assert res.exit_code == 0, res.output


def test_parquet_output_is_the_only_file_written(db: Path, tmp_path: Path, secret: Path) -> None:
    out = tmp_path / "calls.parquet"
    assert to_parquet(db, "SELECT call_id FROM v_calls", out) == 1
    with pytest.raises(QueryError, match="already exists"):
        to_parquet(db, "SELECT call_id FROM v_calls", out)
    assert to_parquet(db, "SELECT call_id FROM v_calls", out, force=True) == 1
    with pytest.raises(QueryError, match="reads only the store"):
        to_parquet(db, f"SELECT * FROM read_csv('{secret}')", tmp_path / "leak.parquet")
    assert not (tmp_path / "leak.parquet").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_parquet_views_file_may_read_only_its_own_parquet_folder(db: Path, tmp_path: Path, secret: Path) -> None:
    from callinsight.scale.parquet_sink import export_calls, open_parquet_store

    root = tmp_path / "parts"
    with connect(db) as con:
        from datetime import date

        export_calls(con, root, "w1", date(2026, 9, 1), None)
    views = tmp_path / "analytics.duckdb"
    open_parquet_store(root, views).close()
    assert run_query(views, "SELECT call_id FROM v_calls").rows == [("c1",)]
    with pytest.raises(QueryError, match="reads only the store"):
        run_query(views, f"SELECT * FROM read_csv('{secret}')")
    with pytest.raises(QueryError, match="reads only the store"):
        run_query(views, f"SELECT * FROM read_parquet('{root}/../secret.csv')")
