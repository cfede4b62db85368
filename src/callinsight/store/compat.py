"""The store's DuckDB storage format: written so that DuckDB 1.x clients can read it.

DuckDB 2.0 writes new files in its own storage format, which DuckDB 1.x clients (the Python client
most notebooks pin, the JDBC/ODBC drivers BI tools ship) refuse: "Trying to read a database file with
version number …". A file created with ``ATTACH … (STORAGE_VERSION 'v1.0.0')`` keeps that format
through every later write from DuckDB 2.0, so the store is *created* that way (``duckdb.connect``
cannot choose the format) and then opened normally.

``v1.0.0`` is the oldest format that holds every type the store uses: fixed-size ``FLOAT[384]`` /
``FLOAT[512]`` arrays (embeddings, added in DuckDB 0.10), ``JSON``, ``TIMESTAMPTZ``, lists. ``v0.10.0``
is accepted too but writes the very same file (format number 64; DuckDB tags both ``v1.0.0+``), so the
name says what readers need. Measured, DuckDB 2.0.1 writing: a table of FLOAT[384]/FLOAT[512] rows in
v0.10.0 … v1.1.0 is read by the 0.10.3, 1.0.0 and 1.5.6 clients, v1.2.0 … v1.5.0 (format 65-68) only
by 1.5.6, DuckDB 2.0's own format by none. The whole store (migrated, every view selected) in v1.0.0
is read by the 1.1.3, 1.2.2, 1.3.2, 1.4.4 and 1.5.6 clients; 1.0.0 and 0.10.3 refuse it in any
storage version ("Failed to deserialize … field id: 103": DuckDB 2.0 describes a PRIMARY KEY's index
with a field 1.0 does not know), so the store is for DuckDB 1.1 and newer.

A store that an earlier callinsight wrote in the newer format is converted once, on the first writable
open: a backup beside it, ``COPY FROM DATABASE`` into a new file in the configured format, every
table's row count compared, then the new file replaces the old one. Any failure leaves the original
untouched and says so.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.errors import StoreError

if TYPE_CHECKING:
    import duckdb

DEFAULT_STORAGE_VERSION = "v1.0.0"

_VERSION = re.compile(r"^v(\d+)\.(\d+)\.(\d+)\+?$")


def parse_storage_version(text: str | None) -> tuple[int, int, int] | None:
    """``"v1.4.0"`` or DuckDB's tag ``"v1.4.0+"`` as a comparable tuple; None when not a version."""
    match = _VERSION.match(text or "")
    return (int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def create_store_file(path: Path, storage_version: str = DEFAULT_STORAGE_VERSION) -> None:
    """Create an empty DuckDB file at ``path`` in ``storage_version`` (``latest``: DuckDB's own)."""
    import duckdb

    path.parent.mkdir(parents=True, exist_ok=True)
    mem = duckdb.connect(":memory:")
    try:
        option = "" if storage_version == "latest" else f" (STORAGE_VERSION '{storage_version}')"
        mem.execute(f"ATTACH {_quote(path)} AS new_store{option}")
        mem.execute("DETACH new_store")
    except duckdb.Error as exc:
        raise StoreError(
            f"cannot create database {path} in storage version {storage_version}: {str(exc).splitlines()[0]}",
            hint="set [store] storage_version to a version this DuckDB knows (e.g. \"v1.0.0\") or \"latest\"",
        ) from None
    finally:
        mem.close()


def file_storage_version(con: duckdb.DuckDBPyConnection, database: str | None = None) -> str | None:
    """DuckDB's tag for the open database's format (e.g. ``"v1.0.0+"``), None when it gives none."""
    row = con.execute(
        "SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = coalesce(?, current_database())",
        [database],
    ).fetchone()
    value = row[0] if row else None
    if isinstance(value, list):  # older DuckDBs return a map lookup as a list
        value = value[0] if value else None
    return str(value) if value else None


def needs_conversion(current: str | None, target: str) -> bool:
    """Is a file tagged ``current`` written in a newer format than ``target`` allows?"""
    if target == "latest":
        return False
    have, want = parse_storage_version(current), parse_storage_version(target)
    return have is not None and want is not None and have > want


def convert_store(path: Path, storage_version: str, *, current: str | None = None) -> Path:
    """Rewrite the (closed) store at ``path`` in ``storage_version``; return the backup's path.

    Steps: copy the file (and its WAL) to a backup; ``COPY FROM DATABASE`` into a temporary file created
    in the target format; compare every table's row count; replace the store with the new file. Until
    the final rename the original is only read, so any failure leaves it as it was.
    """
    import duckdb

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.{(current or 'newer').rstrip('+')}.{stamp}.bak")
    tmp = path.with_name(f".{path.name}.converting")
    wal = path.with_name(path.name + ".wal")
    try:
        shutil.copy2(path, backup)
        if wal.exists():
            shutil.copy2(wal, backup.with_name(backup.name + ".wal"))
    except OSError as exc:
        raise StoreError(
            f"cannot back up {path} before converting it to storage version {storage_version}: {exc}",
            hint="free disk space beside the store; the store was not changed",
        ) from None
    tmp.unlink(missing_ok=True)
    tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
    create_store_file(tmp, storage_version)
    mem = duckdb.connect(":memory:")
    try:
        mem.execute(f"ATTACH {_quote(path)} AS old_store (READ_ONLY)")
        mem.execute(f"ATTACH {_quote(tmp)} AS new_store")
        mem.execute("COPY FROM DATABASE old_store TO new_store")
        mismatched = [
            f"{table}: {before} -> {after}"
            for table, before, after in _row_counts(mem)
            if before != after
        ]
        if mismatched:
            raise StoreError(
                f"converting {path} lost rows ({'; '.join(mismatched)}); the store was not changed",
                hint=f"a backup is at {backup}; set [store] storage_version = \"latest\" to keep the current format",
            )
        mem.execute("DETACH new_store")
        mem.execute("DETACH old_store")
    except BaseException as exc:
        mem.close()
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
        if isinstance(exc, duckdb.Error):
            raise StoreError(
                f"cannot convert {path} to storage version {storage_version}: {str(exc).splitlines()[0]}; "
                "the store was not changed",
                hint=f"a backup is at {backup}; set [store] storage_version = \"latest\" to keep the current format",
            ) from None
        raise
    mem.close()
    os.replace(tmp, path)
    wal.unlink(missing_ok=True)  # the old WAL belongs to the old file (its content is in the copy)
    return backup


def _row_counts(mem: duckdb.DuckDBPyConnection) -> list[tuple[str, int, int]]:
    """Each base table of the old store with its row count there and in the copy."""
    tables = mem.execute(
        "SELECT table_schema, table_name FROM information_schema.tables"
        " WHERE table_catalog = 'old_store' AND table_type = 'BASE TABLE' ORDER BY ALL"
    ).fetchall()
    counts = []
    for schema, table in tables:
        name = f'"{schema}"."{table}"'
        before = mem.execute(f"SELECT count(*) FROM old_store.{name}").fetchone()
        try:
            after = mem.execute(f"SELECT count(*) FROM new_store.{name}").fetchone()
        except Exception:  # the table is missing from the copy: report it as lost rows
            after = (-1,)
        counts.append((f"{schema}.{table}", int(before[0]) if before else 0, int(after[0]) if after else 0))
    return counts
