"""``init``, ``status`` and ``sql``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from callinsight.cli.app import app, load
from callinsight.errors import QueryError


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to set up.")] = Path("."),
    force: Annotated[bool, typer.Option(help="Overwrite an existing callinsight.toml.")] = False,
) -> None:
    """Create a documented callinsight.toml and the folders it names."""
    from callinsight.pipeline.configfile import write_default_config

    path = write_default_config(folder.resolve(), force=force)
    typer.echo(f"wrote {path}")


@app.command()
def status(
    ctx: typer.Context,
    run: Annotated[str | None, typer.Option("--run", metavar="RUN_ID", help="One run in full: every stage's whole message, its failures.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts (keys in docs/queries.md).")] = False,
) -> None:
    """Schema version, counts, the last runs (one line each), the latest run's stages, recent failures."""
    from callinsight.status import gather_status

    result = gather_status(load(ctx), run_id=run, runs=1 if run else 5, failures=100 if run else 10)
    if as_json:
        from callinsight.cli.render import print_json

        print_json(result.to_json())
        return
    from callinsight.cli.render import print_status

    print_status(result, full=run is not None)


@app.command()
def sql(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="A read-only SQL query, e.g. \"SELECT * FROM v_calls\".")],
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or parquet.")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --output file (never the store).")] = False,
) -> None:
    """Query the store read-only (write statements and file access are refused)."""
    from callinsight import query as q

    config = load(ctx)
    if format not in q.FORMATS:
        raise QueryError(f"unknown format '{format}'", hint=f"use one of {', '.join(q.FORMATS)}")
    if format == "parquet":
        if output is None:
            raise QueryError("--format parquet needs --output FILE")
        n = q.to_parquet(config.database_path, query, output, force=force)
        typer.echo(f"wrote {n} rows to {output}", err=True)
        return
    if output is not None:
        q.check_output(output, config.database_path, force=force)  # before running a long query
    result = q.run_query(config.database_path, query)
    if format == "table" and output is None:
        from callinsight.cli.render import print_table

        print_table(result.columns, result.rows)
        return
    if format == "table":
        from callinsight.cli.render import table_text

        text = table_text(result.columns, result.rows)
    else:
        text = q.to_csv(result) if format == "csv" else q.to_json(result) + "\n"
    if output is not None:
        q.write_output(config.database_path, output, text, force=force)
        typer.echo(f"wrote {len(result.rows)} rows to {output}", err=True)
    else:
        typer.echo(text, nl=False)
