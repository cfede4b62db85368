"""Read-only SQL for analysts (``callinsight sql``)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from callinsight.errors import QueryError, StoreError
from callinsight.store.sandbox import open_sandboxed

FORMATS = ("table", "csv", "json", "parquet")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


# EXPLAIN [ANALYZE] [(option, ...)] statement: the options ("(FORMAT json)") are not part of the statement.
_EXPLAIN = re.compile(r"^\s*EXPLAIN\s+(?:ANALY[SZ]E\s+)?(?:\([^()]*\)\s*)?(.*)$", re.IGNORECASE | re.DOTALL)


def _check_read_only(sql: str) -> list[str]:
    """Refuse anything but queries; return the statements.

    The connection is read-only too, but a read-only *database* still lets COPY … TO, EXPORT, ATTACH,
    INSTALL or SET act on files, extensions and settings, so those are refused by statement type.
    ``EXPLAIN ANALYZE`` runs its statement, so what it explains must be a query as well.
    """
    import duckdb

    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"invalid SQL: {str(exc).splitlines()[0]}") from None
    if not statements:
        raise QueryError("no SQL statement given", hint='e.g. callinsight sql "SELECT * FROM v_calls LIMIT 10"')
    for st in statements:
        kind = st.type
        if kind == duckdb.StatementType.EXPLAIN:
            match = _EXPLAIN.match(st.query)
            try:
                inner = duckdb.extract_statements(match.group(1)) if match and match.group(1).strip() else []
            except duckdb.Error:
                inner = []
            if not inner or any(i.type != duckdb.StatementType.SELECT for i in inner):
                raise QueryError("EXPLAIN is allowed only for a SELECT query: `callinsight sql` is read-only")
        elif kind != duckdb.StatementType.SELECT:
            raise QueryError(
                f"only SELECT queries are allowed, got {kind.name}: `callinsight sql` is read-only",
                hint="analysts read the views (see docs/views.md); callinsight's own commands write the store",
            )
    return [st.query for st in statements]


def _query_error(exc: Exception) -> QueryError:
    """DuckDB's own first line, and for a refused file access what the sandbox allows."""
    import duckdb

    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, duckdb.PermissionException):
        return QueryError(
            f"`callinsight sql` reads only the store, not files: {first}",
            hint="query the views (see docs/views.md); file-reading functions and paths are disabled",
        )
    if isinstance(exc, duckdb.ParserException):
        return QueryError(f"invalid SQL: {first}")
    return QueryError(first)


def run_query(database: Path, sql: str) -> QueryResult:
    """Run one or more read-only statements on a sandboxed connection; return the last result."""
    import duckdb

    _check_read_only(sql)
    if not database.exists():
        raise StoreError(f"no database at {database}", hint="run `callinsight run` or `callinsight import` first")
    with open_sandboxed(database) as con:
        try:
            cur = con.execute(sql)
            columns = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall() if columns else []
        except duckdb.Error as exc:
            raise _query_error(exc) from None
    return QueryResult(columns, rows)


def check_output(output: Path, database: Path, *, force: bool = False) -> Path:
    """Refuse an ``--output`` that would overwrite the store, its WAL, or (without ``force``) any file.

    Paths are compared after resolving symbolic links and ``..``, so ``./x/../callinsight.duckdb`` or
    a link pointing at the store are refused too. Returns the resolved output path.
    """
    target = output.resolve()
    store = database.resolve()
    protected = {store, store.with_name(store.name + ".wal"), store.with_name(store.name + ".tmp")}
    if target in protected or (target.exists() and store.exists() and os.path.samefile(target, store)):
        raise QueryError(
            f"refusing to write to {output}: it is the callinsight store{' (or its WAL)' if target != store else ''}",
            hint="choose another --output file",
        )
    if target.is_dir():
        raise QueryError(f"cannot write {output}: it is a folder")
    if not target.parent.exists():
        raise QueryError(f"cannot write {output}: folder {output.parent} does not exist")
    if (output.exists() or output.is_symlink()) and not force:
        raise QueryError(f"{output} already exists", hint="pass --force to overwrite it")
    return target


def write_output(database: Path, output: Path, text: str, *, force: bool = False) -> None:
    """Write a query result's text to ``output`` (checked by ``check_output``), atomically."""
    target = check_output(output, database, force=force)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def to_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([json.dumps(_plain(v)) if isinstance(v, (list, dict)) else _plain(v) for v in row])
    return buf.getvalue()


def to_json(result: QueryResult) -> str:
    return json.dumps([dict(zip(result.columns, map(_plain, row), strict=True)) for row in result.rows], indent=2, default=str)


def to_parquet(database: Path, sql: str, output: Path, *, force: bool = False) -> int:
    """Write the result of one read-only query as a Parquet file; return the row count.

    The sandboxed connection may write exactly one file: a temporary name beside ``output``, renamed
    into place once complete, so an interrupted export never leaves half a file under the real name.
    """
    import duckdb

    statements = _check_read_only(sql)
    if len(statements) != 1:
        raise QueryError(f"--format parquet takes one query, got {len(statements)} statements")
    target = check_output(output, database, force=force)
    if not database.exists():
        raise StoreError(f"no database at {database}", hint="run `callinsight run` or `callinsight import` first")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open_sandboxed(database, allowed_paths=[tmp]) as con:
            try:
                con.sql(statements[0]).write_parquet(str(tmp))
                row = con.execute("SELECT count(*) FROM read_parquet(?)", [str(tmp)]).fetchone()
            except duckdb.Error as exc:
                raise _query_error(exc) from None
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return int(row[0]) if row else 0
