"""CLI commands of the scale-out area (registered on import): Parquet partitions for multi-writer sites."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from callinsight.cli.app import app, load

if TYPE_CHECKING:
    import duckdb

scale_app = typer.Typer(
    help="Storage past one DuckDB writer: export calls as per-night Parquet parts, read them with the same views.",
    no_args_is_help=True,
)
app.add_typer(scale_app, name="scale")


@scale_app.command("export-parquet")
def export_parquet_cmd(
    ctx: typer.Context,
    root: Annotated[Path, typer.Argument(help="Folder of the Parquet partitions (shared by every machine).")],
    worker: Annotated[str, typer.Option("--worker", help="This machine's name; it names the part files.")],
    night: Annotated[str | None, typer.Option("--night", help="Partition date, YYYY-MM-DD (default: today, UTC).")] = None,
    run: Annotated[str | None, typer.Option("--run", help="Only the calls this run stored (default: every call).")] = None,
) -> None:
    """Copy this store's calls into ROOT/table=<t>/night=<date>/part-<worker>-<id>.parquet."""
    from callinsight.scale.parquet_sink import export_calls
    from callinsight.store.db import open_store

    day = _night(night)
    with open_store(load(ctx).database_path, read_only=True) as con:
        ids = None
        if run:
            ids = [r[0] for r in con.execute("SELECT call_id FROM calls WHERE run_id = ?", [run]).fetchall()]
        n = len(ids) if ids is not None else _count(con)
        written = export_calls(con, root, worker, day, ids) if n else []
    typer.echo(f"{n} call(s) exported to {root} (night {day}, {len(written)} part file(s))")


@scale_app.command("parquet-views")
def parquet_views_cmd(
    root: Annotated[Path, typer.Argument(help="Folder of the Parquet partitions.")],
    out: Annotated[Path, typer.Option("--out", help="DuckDB file to (re)build with the views; never the main store.")],
) -> None:
    """Build a DuckDB file whose v_calls, v_utterances… read the Parquet parts under ROOT."""
    from callinsight.scale.parquet_sink import open_parquet_store

    con = open_parquet_store(root, out)
    try:
        row = con.execute("SELECT count(*) FROM v_calls").fetchone()
    finally:
        con.close()
    typer.echo(f"{out}: views over {root} ({row[0] if row else 0} calls)")


def _night(value: str | None) -> date:
    from callinsight.errors import ConfigError

    if value is None:
        return datetime.now(UTC).date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--night must be a date like 2026-11-20, got {value!r}") from None


def _count(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT count(*) FROM calls").fetchone()
    return int(row[0]) if row else 0
