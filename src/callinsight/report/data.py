"""Gather ``ReportData`` from the documented analyst views (and the core run/failure tables).

The report reads only what an analyst could read with ``callinsight sql``: ``v_calls``,
``v_insights``, ``v_topics``, ``v_topic_weekly``, ``v_drift``, ``v_personas``, ``v_call_personas``,
``v_persona_drift``, ``v_call_sentiment``, plus ``call_metrics``, ``failures``, ``runs`` and
``stage_done``. A view that does not exist yet (its stage is not installed or has not run) turns its
section into a sentence, never an error: each section is gathered on its own (``report.sections``);
"What changed" comes from ``report.changes``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from callinsight.report import sections
from callinsight.report.changes import changes_section
from callinsight.report.context import PERIOD_DAYS, Ctx, Evidence, Reader, make_window
from callinsight.report.i18n import EN, fmt_date, t
from callinsight.report.model import ReportData

if TYPE_CHECKING:
    import duckdb

    from callinsight.report.config import ReportSettings

__all__ = ["PERIOD_DAYS", "gather"]


def gather(
    con: duckdb.DuckDBPyConnection,
    config: ReportSettings,
    period: str,
    since: date | None = None,
    until: date | None = None,
    *,
    notice: str = "",
) -> ReportData:
    r = Reader(con)
    rc = config.report
    w = make_window(r, period, since, until, rc.weeks_shown)
    ev = Evidence()
    calls_now = _count_calls(r, w.since, w.until)
    calls_prev = _count_calls(r, w.prev_since, w.prev_until)
    enough = calls_now >= rc.min_calls
    ctx = Ctx(r=r, w=w, ev=ev, calls_now=calls_now, calls_prev=calls_prev, enough=enough,
                       quotes_per_item=rc.quotes_per_section, reports_dir=config.reports_dir,
                       min_calls=rc.min_calls)
    insights = sections.guarded(sections.insights_section, ctx)
    topics = sections.guarded(sections.topics_section, ctx)
    competitors = sections.guarded(sections.competitors_section, ctx)
    data = ReportData(
        title=t("title", company=config.company.name, span=t(f"span.{period}") if f"span.{period}" in EN else period,
                date=fmt_date(w.until)),
        generated_at=datetime.now(UTC),
        database=str(config.database_path),
        window=w,
        calls_now=calls_now,
        calls_prev=calls_prev,
        enough_calls=enough,
        changes=changes_section(ctx, insights, competitors, topics.drift),
        insights=insights,
        topics=topics,
        personas=sections.guarded(sections.personas_section, ctx),
        competitors=competitors,
        calls=sections.guarded(sections.calls_section, ctx),
        quality=sections.guarded(sections.quality_section, ctx),
        quotes=ev.quotes,
        notice=notice,
    )
    return data


def _count_calls(r: Reader, since: date, until: date) -> int:
    if not r.has("v_calls"):
        return 0
    return int(r.value("SELECT count(*) FROM v_calls WHERE started_at::DATE BETWEEN ? AND ?", [since, until]) or 0)
