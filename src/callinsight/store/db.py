"""Opening the DuckDB store, applying migrations, and transactions.

The schema lives in numbered SQL files (``migrations/NNN_name.sql``), applied in order, each in
its own transaction and recorded in ``schema_version``. A database that a newer callinsight wrote is
refused rather than half-understood. Stages own number ranges: core 001-009, mining 010-019,
embeddings/topics 020-029, personas 030-039, report 040-049, scale-out 050-059.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.errors import SchemaTooNewError, StoreError, TransientError
from callinsight.store.compat import (
    DEFAULT_STORAGE_VERSION,
    convert_store,
    create_store_file,
    file_storage_version,
    needs_conversion,
)

if TYPE_CHECKING:
    import duckdb

_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
# "-- after: 010" in a migration's header: it redefines a view that migration 010 (another stage's
# range, numbered higher) also defines, so on a fresh database it must run after 010, not before.
_AFTER = re.compile(r"^--\s*after:\s*(\d{3})\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str
    after: int | None = None


def migrations() -> list[Migration]:
    """The migrations shipped with this version of callinsight, in order."""
    found = []
    for entry in resources.files("callinsight.store.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            sql = entry.read_text(encoding="utf-8")
            after = _AFTER.search(sql)
            found.append(Migration(int(match.group(1)), match.group(2), sql, int(after.group(1)) if after else None))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"two migrations share a number: {versions}")  # a packaging bug
    return found


def code_schema_version() -> int:
    return max((m.version for m in migrations()), default=0)


def connect(
    path: Path, *, read_only: bool = False, migrate: bool = True, storage_version: str = DEFAULT_STORAGE_VERSION
) -> duckdb.DuckDBPyConnection:
    """Open the store. Writable connections are migrated to the code's schema first.

    A new store is created in ``storage_version`` (``[store] storage_version``) so DuckDB 1.x clients
    read it; a writable open of a store in a newer format converts it once (see ``store.compat``).
    """
    if read_only and not path.exists():
        raise StoreError(f"no database at {path}", hint="run `callinsight run` or `callinsight import` first")
    if not read_only and not path.exists():
        create_store_file(path, storage_version)
    con = _open(path, read_only=read_only)
    if not read_only:
        current = file_storage_version(con)
        if needs_conversion(current, storage_version):
            con.close()  # the conversion reads the closed file and replaces it
            convert_store(path, storage_version, current=current)
            con = _open(path, read_only=read_only)
    try:
        _check_schema(con, path, read_only=read_only, migrate=migrate)
    except BaseException:
        con.close()
        raise
    return con


def _open(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    import duckdb

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise TransientError(
                f"database {path} is in use by another process",
                hint="wait for the running `callinsight run` to finish",
            ) from None
        raise StoreError(f"cannot open database {path}: {exc}") from None
    except duckdb.Error as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from None


def _check_schema(con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool, migrate: bool) -> None:
    """Refuse a schema from a newer callinsight; migrate an older one (or, read-only, refuse it)."""
    version = schema_version(con)
    unknown = applied_versions(con) - {m.version for m in migrations()}
    if unknown:
        raise SchemaTooNewError(
            f"database {path} has schema migration(s) {sorted(unknown)} that this callinsight does not know "
            f"(it knows up to {code_schema_version()}): a newer callinsight wrote it",
            hint="upgrade callinsight, or point `paths.database` at another file",
        )
    if migrate and not read_only:
        apply_migrations(con)
    elif read_only and pending_migrations(con):
        raise StoreError(
            f"database {path} has schema version {version}, older than this callinsight "
            f"({code_schema_version()})",
            hint="run `callinsight status` or `callinsight run` once to migrate it",
        )


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    if not schema_version(con):
        return set()
    return {int(r[0]) for r in con.execute("SELECT version FROM schema_version").fetchall()}


def pending_migrations(con: duckdb.DuckDBPyConnection) -> list[Migration]:
    """Migrations the database lacks. Stages own number ranges, so a release may add 012 after 030
    exists: every missing version is applied, in order, not only those above the maximum."""
    done = applied_versions(con)
    return [m for m in apply_order(migrations()) if m.version not in done]


def apply_order(found: list[Migration]) -> list[Migration]:
    """Version order, except that a migration marked ``-- after: NNN`` comes right after NNN."""
    return sorted(found, key=lambda m: (max(m.version, m.after or 0), m.after is not None and m.after > m.version, m.version))


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every migration the database lacks, in order, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)"
    )
    applied = []
    for migration in pending_migrations(con):
        with transaction(con):
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_version (version, name) VALUES (?, ?)", [migration.version, migration.name]
            )
        applied.append(migration.version)
    return applied


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One all-or-nothing transaction: a crash or exception inside leaves nothing behind.

    A write the disk refuses (full, read-only) becomes a ``StoreError`` with the system's reason,
    after the rollback: the store keeps every earlier committed call and nothing of this one.
    """
    import duckdb

    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException as exc:
        with suppress(duckdb.Error):  # an invalidated connection (e.g. by a failed write) committed nothing
            con.execute("ROLLBACK")
        if isinstance(exc, (duckdb.IOException, duckdb.FatalException, OSError)):
            raise _write_error(exc) from None
        raise
    else:
        try:
            con.execute("COMMIT")
        except duckdb.Error as exc:  # a commit fails when its data cannot reach the disk
            raise _write_error(exc) from None


def _write_error(exc: BaseException) -> StoreError:
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return StoreError(f"cannot write the store: {first}", hint="free disk space, or check the store's folder is writable")


@contextmanager
def open_store(
    path: Path, *, read_only: bool = False, storage_version: str = DEFAULT_STORAGE_VERSION
) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only, storage_version=storage_version)
    try:
        yield con
    finally:
        con.close()
