"""``callinsight report``: write the marketer's trend report."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import typer

from callinsight.cli.app import app, load
from callinsight.errors import ConfigError


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise ConfigError(f"{option} must be a date like 2025-01-31, got '{value}'") from None


@app.command()
def report(
    ctx: typer.Context,
    period: Annotated[str | None, typer.Option("--period", help="week or month (default: [report] period).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD (default: one period before --until; alone: one period from it).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD (default: the day of the latest call).")] = None,
) -> None:
    """Write reports/<period>/index.html and summary.md (works on an empty database too)."""
    from callinsight.report.build import build_report

    paths = build_report(load(ctx), period, _date(since, "--since"), _date(until, "--until"))
    d = paths.data
    typer.echo(f"wrote {paths.html}")
    typer.echo(f"wrote {paths.markdown}")
    typer.echo(f"{d.window.label}: {d.calls_now} call(s), {len(d.changes.movers)} change(s) worth a look")
