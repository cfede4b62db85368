"""Storage past one DuckDB writer: per-night Parquet partitions that DuckDB reads with the same views.

Layout, under one root folder (a shared file system or a mounted bucket)::

    <root>/table=<table>/night=<YYYY-MM-DD>/part-<worker>-<seq>.parquet

A ``ParquetSink`` is what one worker (a machine, a Ray actor, a process) writes through. It keeps its
rows in a private in-memory DuckDB store built by the same migrations and written by the same
``write_transcript`` as the main store, so a row in Parquet is exactly the row the DuckDB path stores.
``flush()`` writes one Parquet part per table. ``open_parquet_store(root)`` gives a DuckDB connection
whose core tables are views over those parts and whose analyst views (``v_calls``, ``v_utterances``…)
are the store's own, created from the same migration SQL — so every query an analyst has works as is.

Consistency without a shared writer: a flush writes the ``calls`` part last, and each part is written
to a hidden temporary name and renamed, so a reader never sees half a file. The read side only shows
rows of ``utterances``, ``call_metrics``… that belong to a version of a call present in ``calls``, so a
worker that dies mid-flush leaves nothing visible; its calls are simply not known yet, and the next run
picks them up. When a call is processed again later, the newest version (by night, then by when it was
written) replaces the older one, as ``write_transcript`` does in the DuckDB store.
"""

from __future__ import annotations

import os
import re
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.errors import StoreError
from callinsight.records import Failure, Transcript
from callinsight.store.db import apply_migrations
from callinsight.store.writes import record_failure, write_transcript

if TYPE_CHECKING:
    import duckdb

#: Tables written per call by the transcription step, with ``calls`` last: its part is the commit marker.
CALL_TABLES = ("utterances", "call_metrics", "redactions", "stage_done", "calls")
#: Tables kept as plain logs (every row shown, no versions).
LOG_TABLES = ("failures",)
PARQUET_TABLES = CALL_TABLES + LOG_TABLES

_WORKER_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
_MARKER_TABLE = "parquet_store_source"  # marks a DuckDB file that open_parquet_store built (and may rebuild)


def _migrated_memory_store() -> duckdb.DuckDBPyConnection:
    import duckdb

    con = duckdb.connect()
    apply_migrations(con)
    return con


class ParquetSink:
    """One worker's writer of Parquet partitions: buffer calls in memory, ``flush()`` them as parts."""

    def __init__(self, root: Path, worker: str, night: date | None = None) -> None:
        if not _WORKER_NAME.match(worker):
            raise StoreError(f"worker name {worker!r} must be letters, digits, '.', '_' or '-' (it names files)")
        self.root = Path(root)
        self.worker = worker
        self.night = night or datetime.now(UTC).date()
        self._con = _migrated_memory_store()
        self._seq = 0
        self.pending_calls = 0

    def write_transcript(self, t: Transcript, run_id: str | None) -> None:
        """Buffer one call, exactly as the DuckDB store would hold it."""
        write_transcript(self._con, t, run_id)
        self.pending_calls += 1

    def record_failure(self, failure: Failure, run_id: str | None, content_key: str | None = None) -> None:
        record_failure(self._con, failure, run_id, content_key)

    def flush(self) -> list[Path]:
        """Write what is buffered as one part per table (``calls`` last), then empty the buffer."""
        written = write_parts(self._con, self.root, self.night, f"{self.worker}-{uuid.uuid4().hex[:8]}-{self._seq:05d}")
        for table in PARQUET_TABLES:
            self._con.execute(f"DELETE FROM {table}")
        self._seq += 1
        self.pending_calls = 0
        return written

    def close(self) -> None:
        self.flush()
        self._con.close()

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.close()  # on an error, what was buffered is dropped: those calls are redone next run
        else:
            self._con.close()


def write_parts(
    con: duckdb.DuckDBPyConnection, root: Path, night: date, name: str, call_ids: list[str] | None = None
) -> list[Path]:
    """Write the core tables of ``con`` (or only ``call_ids``' rows) as ``part-<name>.parquet`` per table.

    Each part goes to a hidden temporary file first and is renamed into place; ``calls`` comes last, so
    a call is visible only once all its rows are.
    """
    if not _WORKER_NAME.match(name):
        raise StoreError(f"part name {name!r} must be letters, digits, '.', '_' or '-' (it names files)")
    written: list[Path] = []
    part = f"part-{name}.parquet"
    for table in (*LOG_TABLES, *CALL_TABLES):
        where, params = ("", []) if call_ids is None else (" WHERE call_id IN (SELECT unnest(?))", [call_ids])
        row = con.execute(f"SELECT count(*) FROM {table}{where}", params).fetchone()
        if not row or not row[0]:
            continue
        folder = Path(root) / f"table={table}" / f"night={night.isoformat()}"
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / part
        tmp = folder / f".{part}.tmp"  # hidden and not *.parquet: readers never glob it
        con.execute(f"COPY (SELECT * FROM {table}{where}) TO '{_sql_path(tmp)}' (FORMAT parquet)", params)
        os.replace(tmp, final)  # atomic on one file system
        written.append(final)
    return written


def export_calls(
    con: duckdb.DuckDBPyConnection, root: Path, worker: str, night: date, call_ids: list[str] | None = None
) -> list[Path]:
    """Copy calls from a DuckDB store (all, or ``call_ids``) into the Parquet layout, one part per table.

    For sites where each machine runs ``callinsight run`` into its own DuckDB file: after the night's run,
    each exports what it stored, and analysts read every machine's calls through ``open_parquet_store``.
    """
    return write_parts(con, root, night, f"{worker}-{uuid.uuid4().hex[:8]}", call_ids)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _parts_glob(root: Path, table: str) -> str:
    return _sql_path(root.resolve() / f"table={table}" / "night=*" / "part-*.parquet")


def _has_parts(root: Path, table: str) -> bool:
    return any((root / f"table={table}").glob("night=*/part-*.parquet"))


def open_parquet_store(root: Path, database: Path | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection where the core tables read the Parquet parts under ``root``, with the store's views.

    With ``database``, the views are kept in that DuckDB file (rebuilt on every call), so any DuckDB
    client or BI tool can open it; without, the connection is in memory. Tables with no parts yet are
    empty, and so are the later stages' tables: their stages still write to a DuckDB store.
    """
    import duckdb

    if database is not None:
        database = Path(database)
        if database.exists():
            _check_rebuildable(database)
            database.unlink()
            database.with_name(database.name + ".wal").unlink(missing_ok=True)
        from callinsight.store.compat import create_store_file

        create_store_file(database)  # in the format DuckDB 1.x clients read, as the store itself
    con = duckdb.connect(str(database) if database is not None else ":memory:")
    try:
        apply_migrations(con)  # every table (empty) and every view, exactly as in the store
        columns = _table_columns(con)
        root = Path(root)
        # ``calls`` first: the other per-call tables only show rows of the call versions it holds, so
        # without any ``calls`` part nothing was committed and they stay empty.
        if _has_parts(root, "calls"):
            for table in ("calls", *(t for t in CALL_TABLES if t != "calls")):
                if _has_parts(root, table):
                    _replace_with_parquet_view(con, root, table, columns[table])
        for table in LOG_TABLES:
            if _has_parts(root, table):
                _replace_with_parquet_view(con, root, table, columns[table])
        con.execute(f"CREATE TABLE {_MARKER_TABLE} (root VARCHAR, built_at TIMESTAMPTZ)")
        con.execute(f"INSERT INTO {_MARKER_TABLE} VALUES (?, ?)", [str(root.resolve()), datetime.now(UTC)])
        from callinsight.store.sandbox import harden

        harden(con, allowed_directories=[root])  # handed to analysts: it may read its own parts, nothing else
    except BaseException:
        con.close()
        raise
    return con


def _check_rebuildable(database: Path) -> None:
    """Refuse to delete a DuckDB file that this module did not build (e.g. the main store)."""
    import duckdb

    try:
        probe = duckdb.connect(str(database), read_only=True)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {database}: {exc}") from None
    try:
        row = probe.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [_MARKER_TABLE]
        ).fetchone()
    finally:
        probe.close()
    if not row or not row[0]:
        raise StoreError(
            f"{database} is not a Parquet view file built by callinsight; refusing to replace it",
            hint="pass a new file name for the Parquet views",
        )


def _table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    rows = con.execute(
        """SELECT table_name, column_name, data_type FROM information_schema.columns
           WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"""
    ).fetchall()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in rows:
        out.setdefault(table, []).append((column, dtype))
    return out


def _replace_with_parquet_view(
    con: duckdb.DuckDBPyConnection, root: Path, table: str, columns: list[tuple[str, str]]
) -> None:
    source = (
        f"read_parquet('{_parts_glob(root, table)}', hive_partitioning = true, union_by_name = true,"
        " filename = true)"
    )
    present = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    # Parts written before a migration added a column read it as NULL; types are the store's own.
    select = ", ".join(
        f'CAST(p."{c}" AS {t}) AS "{c}"' if c in present else f'CAST(NULL AS {t}) AS "{c}"' for c, t in columns
    )
    part_key = r"regexp_extract(filename, '(part-[^/\\]+)\.parquet$', 1)"
    con.execute(f"DROP TABLE {table}")  # views are bound by name when queried, so they now read the parts
    if table == "calls":
        # The newest version of each call: by night, then by when its worker wrote it.
        con.execute(
            f"""CREATE VIEW _call_versions AS
                SELECT call_id, night, {part_key} AS part FROM {source}
                QUALIFY row_number() OVER (PARTITION BY call_id ORDER BY night DESC, created_at DESC, {part_key} DESC) = 1"""
        )
    if table in CALL_TABLES:
        # Only rows of a call version that ``calls`` shows: a half-flushed part stays invisible.
        con.execute(
            f"""CREATE VIEW {table} AS
                SELECT {select} FROM (SELECT *, {part_key} AS _part FROM {source}) p
                JOIN _call_versions v ON v.call_id = p.call_id AND v.night = p.night AND v.part = p._part"""
        )
    else:
        con.execute(f"CREATE VIEW {table} AS SELECT {select} FROM {source} p")
