"""Read-only SQL for analysts (``callinsight sql``)."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callinsight.errors import QueryError, StoreError
from callinsight.store.db import open_store

if TYPE_CHECKING:
    import duckdb

FORMATS = ("table", "csv", "json", "parquet")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


_EXPLAIN = re.compile(r"^\s*EXPLAIN\s+(?:ANALY[SZ]E\s+)?(.*)$", re.IGNORECASE | re.DOTALL)


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
            inner = duckdb.extract_statements(match.group(1)) if match and match.group(1).strip() else []
            if not inner or any(i.type != duckdb.StatementType.SELECT for i in inner):
                raise QueryError("EXPLAIN is allowed only for a SELECT query: `callinsight sql` is read-only")
        elif kind != duckdb.StatementType.SELECT:
            raise QueryError(
                f"only SELECT queries are allowed, got {kind.name}: `callinsight sql` is read-only",
                hint="analysts read the views (see docs/views.md); callinsight's own commands write the store",
            )
    return [st.query for st in statements]


def _harden(con: duckdb.DuckDBPyConnection) -> None:
    """No extension downloads from an analyst's query (the tool is offline), and no settings changes."""
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET lock_configuration = true")


def run_query(database: Path, sql: str) -> QueryResult:
    """Run one or more read-only statements on a read-only connection; return the last result."""
    import duckdb

    _check_read_only(sql)
    if not database.exists():
        raise StoreError(f"no database at {database}", hint="run `callinsight run` or `callinsight import` first")
    with open_store(database, read_only=True) as con:
        try:
            _harden(con)
            cur = con.execute(sql)
            columns = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall() if columns else []
        except duckdb.Error as exc:
            raise QueryError(str(exc).splitlines()[0]) from None
    return QueryResult(columns, rows)


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


def to_parquet(database: Path, sql: str, output: Path) -> int:
    """Write the result of one read-only query as a Parquet file; return the row count."""
    import duckdb

    statements = _check_read_only(sql)
    if len(statements) != 1:
        raise QueryError(f"--format parquet takes one query, got {len(statements)} statements")
    if not output.parent.exists():
        raise QueryError(f"cannot write {output}: folder {output.parent} does not exist")
    with open_store(database, read_only=True) as con:
        try:
            _harden(con)
            con.sql(statements[0]).write_parquet(str(output))
            row = con.execute("SELECT count(*) FROM read_parquet(?)", [str(output)]).fetchone()
        except duckdb.Error as exc:
            raise QueryError(str(exc).splitlines()[0]) from None
    return int(row[0]) if row else 0
