"""``build_report``: gather the data, render the HTML page and the Markdown summary, write them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.errors import ConfigError, StoreError
from callinsight.report.data import PERIOD_DAYS, gather
from callinsight.report.html import render_html
from callinsight.report.i18n import t, use_language
from callinsight.report.markdown import render_markdown
from callinsight.report.model import ReportData

if TYPE_CHECKING:
    import duckdb

    from callinsight.report.config import ReportSettings


@dataclass(frozen=True)
class ReportPaths:
    folder: Path
    html: Path
    markdown: Path
    data: ReportData


def check_period(period: str) -> str:
    if period not in PERIOD_DAYS:
        raise ConfigError(f"unknown report period '{period}'", hint=f"use one of: {', '.join(PERIOD_DAYS)}")
    return period


def build_report(
    config: ReportSettings,
    period: str | None = None,
    since: date | None = None,
    until: date | None = None,
    *,
    con: duckdb.DuckDBPyConnection | None = None,
) -> ReportPaths:
    """Write ``reports/<period>/index.html`` and ``summary.md`` and return where they are.

    ``con`` lets the pipeline's report stage reuse its open connection. Without one, the database is
    opened read-only; a database that does not exist yet gives an honest, empty report (read from an
    empty in-memory store with the same views), not an error.
    """
    period = check_period(period or config.report.period)
    if since and until and since > until:
        raise ConfigError(f"--since {since} is after --until {until}")
    folder = config.reports_dir / period
    html_path, md_path = folder / "index.html", folder / "summary.md"
    with use_language(config.report.language):  # [report] language: headings, labels, notes and sentences
        if con is not None:
            data = gather(con, config, period, since, until)
        else:
            data = _gather_from_file(config, period, since, until)
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(html_path, render_html(data))
        _write_atomic(md_path, render_markdown(data))
    return ReportPaths(folder, html_path, md_path, data)


def _gather_from_file(config: ReportSettings, period: str, since: date | None, until: date | None) -> ReportData:
    import duckdb

    from callinsight.store.db import apply_migrations, open_store
    from callinsight.store.sandbox import open_sandboxed

    path = config.database_path
    if not path.exists():
        con = duckdb.connect(":memory:")
        try:
            apply_migrations(con)
            return gather(con, config, period, since, until,
                          notice=t("note.no_database", path=path))
        finally:
            con.close()
    try:
        with open_sandboxed(path) as ro:  # the report reads the store and nothing else (docs/safety.md)
            return gather(ro, config, period, since, until)
    except StoreError as exc:
        if "older than" not in exc.message:
            raise
    with open_store(path) as rw:  # an older schema: migrate it once, as any command would
        return gather(rw, config, period, since, until)


def _write_atomic(path: Path, text: str) -> None:
    """A reader (a browser, a sync job) never sees half a report."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
