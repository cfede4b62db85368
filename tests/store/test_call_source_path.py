"""v_calls.source_path (migration 002, applied after 010) and a meaning for every view column."""

from __future__ import annotations

from pathlib import Path

import duckdb

from callinsight.store.db import apply_migrations, connect, migrations
from callinsight.store.view_columns import meaning


def _insert(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    con.execute(
        "INSERT INTO calls (call_id, source, source_path) VALUES ('a', 'audio', ?), ('b', 'import', '/elsewhere/x.json')",
        [str(root / "recordings" / "2026" / "a.wav")],
    )


def test_source_path_is_relative_inside_the_workspace(tmp_path: Path) -> None:
    con = connect(tmp_path / "callinsight.duckdb")
    _insert(con, tmp_path)
    rows = con.execute("SELECT call_id, source_path, stage FROM v_calls ORDER BY call_id").fetchall()
    assert rows == [("a", "recordings/2026/a.wav", None), ("b", "/elsewhere/x.json", None)]
    con.close()
    ro = connect(tmp_path / "callinsight.duckdb", read_only=True)
    assert ro.execute("SELECT source_path FROM v_calls ORDER BY call_id").fetchall()[0] == ("recordings/2026/a.wav",)
    ro.close()


def test_a_store_migrated_before_002_gains_the_column_and_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)"
    )
    for m in migrations():  # an older release: every migration but 002, in number order
        if m.version != 2:
            con.execute(m.sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [m.version, m.name])
    old_columns = [r[0] for r in con.execute("DESCRIBE v_calls").fetchall()]
    _insert(con, tmp_path)
    con.close()
    con = connect(path)
    columns = [r[0] for r in con.execute("DESCRIBE v_calls").fetchall()]
    assert columns == [*old_columns, "source_path"]  # views only gain columns
    assert con.execute("SELECT source_path FROM v_calls WHERE call_id = 'a'").fetchone() == ("recordings/2026/a.wav",)
    con.close()


def test_in_memory_store_keeps_absolute_paths() -> None:
    con = duckdb.connect()
    apply_migrations(con)
    _insert(con, Path("/ws"))
    assert con.execute("SELECT source_path FROM v_calls ORDER BY call_id").fetchall() == [
        ("/ws/recordings/2026/a.wav",),
        ("/elsewhere/x.json",),
    ]
    con.close()


def test_every_view_column_has_a_meaning() -> None:
    con = duckdb.connect()
    apply_migrations(con)
    rows = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_name LIKE 'v\\_%' ESCAPE '\\'"
    ).fetchall()
    con.close()
    missing = [f"{v}.{c}" for v, c in rows if not meaning(v, c)]
    assert rows and not missing, f"add a one-line meaning to callinsight.store.view_columns for {missing}"
