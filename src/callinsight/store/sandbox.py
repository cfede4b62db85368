"""Read-only connections for analysts that can read the store and nothing else.

A read-only *database* still lets SQL read and list any file the user can (``read_csv``, ``glob``,
``read_text``, a replacement scan such as ``SELECT * FROM '/etc/passwd'``), fetch extensions, or
``COPY`` results out. Every connection handed to an analyst — ``callinsight sql``, the report — is
therefore opened with DuckDB's ``enable_external_access = false`` and the configuration locked, so no
query can turn them back on. The only files left reachable are those passed in ``allowed_paths``
(e.g. the temporary file ``--format parquet`` writes) and, for a DuckDB file built by ``callinsight
scale parquet-views``, the Parquet folder its views read (DuckDB's ``allowed_directories``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.store.db import connect

if TYPE_CHECKING:
    import duckdb

#: The table ``scale.parquet_sink.open_parquet_store`` writes into the DuckDB files it builds.
PARQUET_MARKER_TABLE = "parquet_store_source"


def harden(
    con: duckdb.DuckDBPyConnection,
    *,
    allowed_paths: Sequence[Path] = (),
    allowed_directories: Sequence[Path] = (),
) -> None:
    """Turn off file, network and extension access on ``con`` and lock its configuration.

    The allow lists must be set before external access is turned off (DuckDB refuses changes after),
    and the lock comes last so a query cannot undo any of it (``SET enable_external_access = true``
    then fails with "the configuration has been locked").
    """
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    if allowed_directories:
        # A trailing separator: "/data/parts" must not also allow "/data/parts-secret".
        con.execute("SET allowed_directories = ?", [[str(d.resolve()).rstrip("/") + "/" for d in allowed_directories]])
    if allowed_paths:
        con.execute("SET allowed_paths = ?", [[str(p.resolve()) for p in allowed_paths]])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def parquet_roots(con: duckdb.DuckDBPyConnection) -> list[Path]:
    """The Parquet folder(s) a ``parquet-views`` DuckDB file reads; none for the main store."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [PARQUET_MARKER_TABLE]
    ).fetchone()
    if not row or not row[0]:
        return []
    return [Path(r[0]) for r in con.execute(f"SELECT DISTINCT root FROM {PARQUET_MARKER_TABLE}").fetchall() if r[0]]


@contextmanager
def open_sandboxed(path: Path, *, allowed_paths: Sequence[Path] = ()) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only, sandboxed connection to the store at ``path`` (see the module docstring)."""
    con = connect(path, read_only=True)
    try:
        harden(con, allowed_paths=allowed_paths, allowed_directories=parquet_roots(con))
        yield con
    finally:
        con.close()
