"""What every report section reads through: the store (``Reader``), the period (``Window``), the quotes
cited so far (``Evidence``) and the counts of calls, bundled as ``Ctx``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callinsight.report.i18n import fmt_date, n_calls, t
from callinsight.report.model import Quote, Window

#: Stages whose name the catalogue has (``stage.<name>``); another stage keeps the words it was given.
_STAGE_KEYS = ("stage.mine", "stage.topics", "stage.personas")

if TYPE_CHECKING:
    import duckdb

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


@dataclass
class Ctx:
    r: Reader
    w: Window
    ev: Evidence
    calls_now: int
    calls_prev: int
    enough: bool
    quotes_per_item: int
    reports_dir: Path
    min_calls: int

    @property
    def span(self) -> list[date]:
        return [self.w.since, self.w.until]

    @property
    def prev_span(self) -> list[date]:
        return [self.w.prev_since, self.w.prev_until]

    def weekly(self, counts: dict[date, int]) -> list[int]:
        return [int(counts.get(wk, 0)) for wk in self.w.weeks]

    def week_labels(self) -> list[str]:
        return [fmt_date(wk, year=False) for wk in self.w.weeks]

    def not_run_note(self, stage: str, what: str) -> str:
        """A sentence when ``stage`` has processed none of this period's calls (e.g. calls only imported so far)."""
        if not self.calls_now or not self.r.has("stage_done"):
            return ""
        done = int(self.r.value(
            """SELECT count(*) FROM stage_done s JOIN v_calls c USING (call_id)
               WHERE s.stage = ? AND c.started_at::DATE BETWEEN ? AND ?""", [stage, *self.span]) or 0)
        if done:
            return ""
        return t("note.not_run", what=t(f"stage.{stage}") if f"stage.{stage}" in _STAGE_KEYS else what,
                 calls=n_calls(self.calls_now))
