"""The store's on-disk format: created for DuckDB 1.x clients, older-format stores converted once, safely."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from callinsight.errors import ConfigError, StoreError
from callinsight.store import compat
from callinsight.store.compat import file_storage_version, needs_conversion, parse_storage_version
from callinsight.store.config import StoreConfig
from callinsight.store.db import code_schema_version, connect, schema_version


def _tag(path: Path) -> str | None:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return file_storage_version(con)
    finally:
        con.close()


def _newer_format_store(path: Path) -> None:
    """A store as an earlier callinsight wrote it: DuckDB 2.0's own format, with rows in its tables."""
    con = duckdb.connect(str(path))
    con.close()
    con = connect(path, storage_version="latest")
    con.execute("INSERT INTO failures (path, stage, reason) SELECT 'f' || range, 'import', 'bad' FROM range(7)")
    con.execute("CREATE TABLE embeddings_probe (id INTEGER, v FLOAT[384])")
    con.execute("INSERT INTO embeddings_probe SELECT range, [range / 10 for _ in range(384)]::FLOAT[384] FROM range(5)")
    con.close()


def test_a_new_store_is_written_in_the_default_compatible_version(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    connect(path).close()
    assert _tag(path) == "v1.0.0+"
    connect(path, storage_version="latest").close()  # reopening never converts upwards
    assert _tag(path) == "v1.0.0+"


def test_later_writes_keep_the_format_and_float_arrays_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    con = connect(path)
    con.execute("CREATE TABLE probe (v FLOAT[512])")
    con.execute("INSERT INTO probe SELECT [0.5 for _ in range(512)]::FLOAT[512] FROM range(100)")
    con.close()
    con = connect(path, read_only=True)
    try:
        assert file_storage_version(con) == "v1.0.0+"
        row = con.execute("SELECT count(*), sum(v[512]) FROM probe").fetchone()
        assert row == (100, 50.0)
    finally:
        con.close()


def test_latest_is_duckdbs_own_format(tmp_path: Path) -> None:
    path = tmp_path / "l.duckdb"
    connect(path, storage_version="latest").close()
    assert parse_storage_version(_tag(path)) > (1, 5, 0)  # type: ignore[operator]


def test_a_newer_format_store_is_converted_once_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    _newer_format_store(path)
    before = _tag(path)
    assert needs_conversion(before, "v1.0.0")
    con = connect(path)
    try:
        assert file_storage_version(con) == "v1.0.0+"
        assert schema_version(con) == code_schema_version()
        assert con.execute("SELECT count(*) FROM failures").fetchone() == (7,)
        assert con.execute("SELECT sum(v[384]) FROM embeddings_probe").fetchone() == (pytest.approx(1.0),)
        # the sequence continues where it was, so new failures get new ids
        con.execute("INSERT INTO failures (path, stage, reason) VALUES ('g', 'import', 'bad')")
        ids = [r[0] for r in con.execute("SELECT failure_id FROM failures ORDER BY failure_id").fetchall()]
        assert len(set(ids)) == 8
    finally:
        con.close()
    backups = list(tmp_path.glob("old.duckdb.*.bak"))
    assert len(backups) == 1 and _tag(backups[0]) == before
    connect(path).close()  # converted once: a second open makes no second backup
    assert len(list(tmp_path.glob("old.duckdb.*.bak"))) == 1
    assert not list(tmp_path.glob(".old.duckdb.converting*"))


def test_a_failed_conversion_leaves_the_original_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.duckdb"
    _newer_format_store(path)
    before = _tag(path)
    original = path.read_bytes()
    # a copy that lost rows (the real check compares every table's count)
    monkeypatch.setattr(compat, "_row_counts", lambda mem: [("main.failures", 7, 6)])
    with pytest.raises(StoreError, match=r"lost rows .*main\.failures: 7 -> 6.*not changed"):
        connect(path)
    assert path.read_bytes() == original and _tag(path) == before
    assert not list(tmp_path.glob(".old.duckdb.converting*"))
    monkeypatch.undo()
    con = connect(path)  # the next open converts it for real
    assert file_storage_version(con) == "v1.0.0+"
    con.close()


def test_an_unknown_storage_version_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"store\.storage_version"):
        StoreConfig(storage_version="1.4")
    with pytest.raises(StoreError, match=r"storage version v9\.9\.9"):
        connect(tmp_path / "x.duckdb", storage_version="v9.9.9")
    assert not (tmp_path / "x.duckdb").exists()


def test_the_section_is_in_the_composed_config(config: object) -> None:
    assert config.store.storage_version == "v1.0.0"  # type: ignore[attr-defined]


def test_views_need_nothing_that_only_callinsight_provides(tmp_path: Path) -> None:
    con = connect(tmp_path / "s.duckdb")
    try:
        macros = con.execute("SELECT count(*) FROM duckdb_functions() WHERE NOT internal AND function_type LIKE '%macro%'").fetchone()
        temp = con.execute("SELECT count(*) FROM duckdb_views() WHERE temporary AND NOT internal").fetchone()
        assert macros == (0,) and temp == (0,)
    finally:
        con.close()
