"""Read-only SQL for analysts (``callinsight sql``)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from callinsight.errors import QueryError, StoreError
from callinsight.store.db import open_store

FORMATS = ("table", "csv", "json", "parquet")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def _check_read_only(sql: str) -> None:
    import duckdb

    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"invalid SQL: {exc}") from None
    if not statements:
        raise QueryError("no SQL statement given")
    allowed = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
    for st in statements:
        if st.type not in allowed:
            raise QueryError(
                f"only SELECT queries are allowed, got {st.type.name}: `callinsight sql` is read-only",
                hint="analysts read the views; callinsight's own commands write the store",
            )


def run_query(database: Path, sql: str) -> QueryResult:
    """Run one or more read-only statements on a read-only connection; return the last result."""
    import duckdb

    _check_read_only(sql)
    if not database.exists():
        raise StoreError(f"no database at {database}", hint="run `callinsight run` or `callinsight import` first")
    with open_store(database, read_only=True) as con:
        try:
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
    """Write the result of a read-only query as a Parquet file; return the row count."""
    import duckdb

    _check_read_only(sql)
    with open_store(database, read_only=True) as con:
        try:
            rel = con.sql(sql)
            rel.write_parquet(str(output))
            row = con.execute(f"SELECT count(*) FROM read_parquet('{output.as_posix()}')").fetchone()
        except duckdb.Error as exc:
            raise QueryError(str(exc).splitlines()[0]) from None
    return int(row[0]) if row else 0
