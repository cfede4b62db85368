"""Gather ``ReportData`` from the documented analyst views (and the core run/failure tables).

The report reads only what an analyst could read with ``callinsight sql``: ``v_calls``,
``v_insights``, ``v_topics``, ``v_topic_weekly``, ``v_drift``, ``v_personas``, ``v_call_personas``,
``v_persona_drift``, ``v_call_sentiment``, plus ``call_metrics``, ``failures``, ``runs`` and
``stage_done``. A view that does not exist yet (its stage is not installed or has not run) turns its
section into a sentence, never an error: each section is gathered on its own.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callinsight.report import sections
from callinsight.report.model import (
    KIND_LABELS,
    ChangesSection,
    CompetitorsSection,
    DriftRow,
    InsightsSection,
    Mover,
    Quote,
    ReportData,
    Window,
)

if TYPE_CHECKING:
    import duckdb

    from callinsight.config import Config

log = logging.getLogger("callinsight.report")

PERIOD_DAYS = {"week": 7, "month": 30}


class Evidence:
    """Collects the quotes the report cites and gives each a stable anchor in the page."""

    def __init__(self) -> None:
        self.quotes: list[Quote] = []
        self._by_key: dict[tuple[str, int, str, str], Quote] = {}

    def add(self, row: dict[str, Any]) -> Quote:
        key = (row["call_id"], int(row["seq"]), row["kind"], row["category"])
        if key not in self._by_key:
            q = Quote(
                anchor=f"q{len(self.quotes) + 1}",
                call_id=row["call_id"],
                seq=int(row["seq"]),
                start_s=row.get("start_s"),
                role=row.get("role") or "unknown",
                kind=row["kind"],
                category=row["category"],
                text=row["quote"],
                started_at=row.get("started_at"),
                context=row.get("context") or "",
            )
            self._by_key[key] = q
            self.quotes.append(q)
        return self._by_key[key]


class Reader:
    """Thin helper over a connection: rows as dicts, and which views/columns exist."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        rows = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
        self._columns: dict[str, set[str]] = defaultdict(set)
        for table, column in rows:
            self._columns[table].add(column)

    def has(self, name: str, *columns: str) -> bool:
        return name in self._columns and all(c in self._columns[name] for c in columns)

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description] if cur.description else []
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def value(self, sql: str, params: list[Any] | None = None) -> Any:
        row = self.con.execute(sql, params or []).fetchone()
        return row[0] if row else None


def make_window(r: Reader, period: str, since: date | None, until: date | None, weeks_shown: int) -> Window:
    """The report's period. By default it ends on the day of the latest call, so a nightly report on a
    quiet day still describes the last full period of calls rather than an empty one."""
    days = PERIOD_DAYS[period]
    latest = r.value("SELECT max(started_at)::DATE FROM v_calls") if r.has("v_calls") else None
    if until is None:  # --since alone: one period from that day
        until = since + timedelta(days=days - 1) if since is not None else (latest or datetime.now(UTC).date())
    if since is None:
        since = until - timedelta(days=days - 1)
    length = (until - since).days + 1
    prev_until = since - timedelta(days=1)
    prev_since = prev_until - timedelta(days=length - 1)
    last_monday = until - timedelta(days=until.weekday())
    first = r.value("SELECT min(started_at)::DATE FROM v_calls") if r.has("v_calls") else None
    weeks = [last_monday - timedelta(weeks=k) for k in range(weeks_shown - 1, -1, -1)]
    if first is not None:
        first_monday = first - timedelta(days=first.weekday())
        weeks = [w for w in weeks if w >= first_monday] or [last_monday]
    return Window(period, since, until, prev_since, prev_until, tuple(weeks))


def gather(
    con: duckdb.DuckDBPyConnection,
    config: Config,
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
    ctx = sections.Ctx(r=r, w=w, ev=ev, calls_now=calls_now, calls_prev=calls_prev, enough=enough,
                       quotes_per_item=rc.quotes_per_section, reports_dir=config.reports_dir,
                       min_calls=rc.min_calls)
    insights = sections.guarded(sections.insights_section, ctx)
    topics = sections.guarded(sections.topics_section, ctx)
    competitors = sections.guarded(sections.competitors_section, ctx)
    data = ReportData(
        title=f"{config.company.name}: what customers said, {period} ending {w.until:%d %b %Y}",
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


def two_proportion_p(k1: int, n1: int, k2: int, n2: int) -> float:
    """Two-sided p-value of a difference between two shares (normal approximation, pooled)."""
    if n1 == 0 or n2 == 0:
        return 1.0
    pooled = (k1 + k2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 1.0
    z = abs(k1 / n1 - k2 / n2) / se
    return math.erfc(z / math.sqrt(2))


def changes_section(ctx: sections.Ctx, insights: InsightsSection, competitors: CompetitorsSection,
                    drift: list[DriftRow]) -> ChangesSection:
    """The few biggest movers, in sentences a marketer can forward as they are.

    First what ``v_drift`` flags in the latest week (topics and insight categories, competitors included:
    tested for significance, counts and effect size, over the latest week or the pooled last weeks), then
    the period-over-period comparison of call counts for what v_drift did not flag.
    """
    out = ChangesSection()
    if not ctx.enough:
        out.note = _not_enough(ctx)
        return out
    if ctx.calls_prev == 0:
        out.note = (f"No calls in the previous {ctx.w.period} ({ctx.w.prev_label}) to compare with; "
                    "the sections below describe this period alone.")
    candidates: list[tuple[str, int, int, str | None]] = []  # what, calls now, calls before, evidence anchor
    for row in [*insights.rows, *insights.gone]:
        candidates.append((_what(row.kind, row.category), row.calls, round((row.prev_share or 0) * ctx.calls_prev),
                           row.quotes[0].anchor if row.quotes else "pains"))
    for comp in competitors.rows:
        candidates.append((_what("competitor", comp.name), comp.calls, comp.prev_calls,
                           comp.quotes[0].anchor if comp.quotes else "competitors"))
    anchors = {what: anchor for what, _, _, anchor in candidates}
    period = {m.subject: m for c in candidates if (m := _mover(ctx, *c)) is not None} if ctx.calls_prev else {}
    flagged: dict[str, Mover] = {}
    for d in drift:
        if d.status not in ("new", "growing", "fading"):
            continue
        kind, _, category = d.subject.partition(":")
        what = f"topic “{d.label}”" if d.subject_type == "topic" else _what(kind, category or kind)
        anchor = "topics" if d.subject_type == "topic" else anchors.get(what, "competitors" if kind == "competitor" else "pains")
        sentence = _drift_sentence(d, what)
        if what in period:  # the same subject also moved period over period: one line, both figures
            sentence += f" Counting calls, {_lower_first(period.pop(what).sentence)}"
        flagged[what] = Mover(d.status, what, sentence, abs(d.share - (d.baseline or 0.0)), anchor)
    movers = sorted(flagged.values(), key=lambda m: -m.change) + sorted(
        period.values(), key=lambda m: (m.status == "watch", -m.change)
    )
    out.movers = movers[:6]
    if not out.movers and not out.note:
        out.note = f"Nothing moved enough to call out: no concern changed its share of calls by 5 points or more since {ctx.w.prev_label}."
    return out


def _what(kind: str, category: str) -> str:
    """Plain words for an insight category: "price objections", "mentions of HubSpot", "feature requests"."""
    if kind == "competitor":
        return f"mentions of {category}"
    kind_words = KIND_LABELS.get(kind, kind.replace("_", " ")).lower()
    words = category.replace("_", " ").strip().lower()
    if not words or words in (kind.replace("_", " "), kind_words):  # e.g. feature_request:feature_request
        return f"{kind_words}s"
    return f"{category.replace('_', ' ')} {kind_words}s"


def _drift_sentence(d: DriftRow, what: str) -> str:
    units = "customer utterances" if d.subject_type == "topic" else "customer findings"
    span = "the latest week" if d.window_weeks <= 1 else f"the last {d.window_weeks} weeks"
    now = (f"{d.n} of {d.total} {units} ({d.share:.0%})" if d.n is not None and d.total
           else f"{d.share:.0%} of {units}")
    base_share = d.baseline or 0.0
    before = (f"{d.baseline_n} of {d.baseline_total} ({base_share:.0%}) in the weeks before"
              if d.baseline_n is not None and d.baseline_total else f"{base_share:.0%} in the weeks before")
    subject = f"{what[:1].upper()}{what[1:]}"
    if d.status == "new":
        text = f"{subject} is new: {now} in {span}, none in the weeks before"
        if d.baseline_total:
            text += f" ({d.baseline_total} {units})"
    elif d.status == "growing":
        text = f"{subject} grew: {now} in {span}, up from {before}"
    else:
        text = f"{subject} faded: {now} in {span}, down from {before}"
    tests = []
    if d.p_value is not None:
        tests.append(f"p {_num(d.p_value)}")
    if d.p_adjusted is not None:
        adjusted = "< 0.001" if d.p_adjusted < 0.001 else f"{d.p_adjusted:.3f}" if d.p_adjusted < 0.01 else f"{d.p_adjusted:.2f}"
        tests.append(f"{adjusted} after correcting for the other subjects tested that week")
    return text + (f" ({'; '.join(tests)})." if tests else ".")


def _num(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"= {p:.3f}" if p < 0.01 else f"= {p:.2f}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _p(p: float | None) -> str:
    if p is None:
        return ""
    return ", p<0.001" if p < 0.001 else f", p={p:.3f}" if p < 0.01 else f", p={p:.2f}"


def _mover(ctx: sections.Ctx, what: str, now: int, prev: int, anchor: str | None) -> Mover | None:
    """New, growing or fading: a share change of 5+ points that a two-proportion test does not dismiss."""
    share, prev_share = now / ctx.calls_now, prev / ctx.calls_prev
    now_txt = f"{now} of {ctx.calls_now} calls ({share:.0%})"
    prev_txt = f"{prev} of {ctx.calls_prev} ({prev_share:.0%}) in the {ctx.w.period} before"
    p = two_proportion_p(now, ctx.calls_now, prev, ctx.calls_prev)
    diff = share - prev_share
    subject = f"{what[:1].upper()}{what[1:]}"
    if prev == 0 and now >= 2:
        return Mover("new", what, f"{subject} came up in {now_txt}; none in the {ctx.w.period} before ({ctx.w.prev_label}).", diff, anchor)
    # Below p 0.05 a period-over-period move is a finding; up to 0.2 it is only worth watching, and says so.
    caveat = "" if p < 0.05 else " Too few calls to call it a change yet: worth watching."
    if diff >= 0.05 and now >= 2 and p < 0.2:
        status = "growing" if p < 0.05 else "watch"
        return Mover(status, what, f"{subject} in {now_txt}, up from {prev_txt}{_p(p)}.{caveat}", diff, anchor)
    if diff <= -0.05 and prev >= 2 and p < 0.2:
        status = "fading" if p < 0.05 else "watch"
        if now == 0:
            return Mover(status, what, f"No {what} in any of {ctx.calls_now} calls this {ctx.w.period}, down from {prev_txt}{_p(p)}.{caveat}", -diff, anchor)
        return Mover(status, what, f"{subject} in {now_txt}, down from {prev_txt}{_p(p)}.{caveat}", -diff, anchor)
    return None


def _not_enough(ctx: sections.Ctx) -> str:
    return (f"Not enough calls yet: {ctx.calls_now} call(s) in {ctx.w.label}; the report compares periods "
            f"once there are at least {ctx.min_calls}.")


def suggestion_text(reports_dir: Path, persona_id: str | None) -> tuple[str, str]:
    if not persona_id:
        return "", ""
    path = reports_dir / "personas" / f"{persona_id}.md"
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except OSError:
        return "", ""
