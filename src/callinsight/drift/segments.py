"""Drift per segment: the same flags over all calls and within each call direction, call kind and persona.

A stage hands over counted ``Item``s (one utterance, one insight: a subject in a week, with the call's
segments); ``flag_segments`` groups them into (subject type, segment) families, counts them per week
and runs ``flag_drift`` and ``distribution_shift`` on each family. The read helpers here build the SQL
that gives every item its week and segments from ``calls`` (and ``call_personas`` once persona mapping
has stored it); the connection is the caller's, and the caller writes the results.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from callinsight.drift.flags import DriftFlag, flag_drift
from callinsight.drift.stats import ShiftRow, Week, distribution_shift

if TYPE_CHECKING:
    import duckdb

#: The ISO week (its Monday) of a call, for SQL over ``calls c``.
WEEK_SQL = "CAST(date_trunc('week', CAST(c.started_at AS TIMESTAMP)) AS DATE)"
SEGMENT_TYPES = ("direction", "kind", "persona")


@dataclass(frozen=True)
class Item:
    """One counted thing: ``subject`` of ``subject_type`` heard in ``week``, in a call of these segments."""

    subject_type: str  # "topic", "category"
    week: Week
    subject: str
    segments: dict[str, str] = field(default_factory=dict)  # segment type -> segment ("direction" -> "inbound")


@dataclass(frozen=True)
class DriftSettings:
    """``flag_drift``'s knobs (a stage maps its configuration section onto them)."""

    baseline_weeks: int = 4
    alpha: float = 0.01
    min_count: int = 3
    min_effect: float = 0.2
    recent_weeks: int = 1
    recent_baseline_weeks: int = 6
    recent_alpha: float = 0.05
    method: str = "trend"  # "trend" (drift.trend, the default) or "window" (flag_drift's trailing baseline)
    history_weeks: int = 12
    min_weeks: int = 4
    trend_alpha: float = 0.02


@dataclass(frozen=True)
class SegmentFlag:
    subject_type: str
    segment_type: str  # "all", or one of SEGMENT_TYPES
    segment: str  # "" for "all"
    flag: DriftFlag


@dataclass(frozen=True)
class SegmentShift:
    subject_type: str
    segment_type: str
    segment: str
    shift: ShiftRow


def flag_segments(items: Iterable[Item], settings: DriftSettings) -> tuple[list[SegmentFlag], list[SegmentShift]]:
    """Flags and week-over-week shifts for every (subject type, segment) family, "all" included."""
    groups: dict[tuple[str, str, str], list[tuple[Any, str]]] = defaultdict(list)
    for item in items:
        groups[(item.subject_type, "all", "")].append((item.week, item.subject))
        for seg_type, seg in item.segments.items():
            groups[(item.subject_type, seg_type, seg)].append((item.week, item.subject))
    flags, shifts = [], []
    for (subject_type, seg_type, seg), pairs in sorted(groups.items()):
        counts: dict[tuple[Any, str], int] = defaultdict(int)
        totals: dict[Any, int] = defaultdict(int)
        for week, subject in pairs:
            counts[(week, subject)] += 1
            totals[week] += 1
        for f in drift_flags(counts, totals, settings):
            flags.append(SegmentFlag(subject_type, seg_type, seg, f))
        for s in distribution_shift(counts, totals, alpha=settings.alpha):
            shifts.append(SegmentShift(subject_type, seg_type, seg, s))
    return flags, shifts


def drift_flags(counts: Mapping[tuple[Week, Any], int], totals: Mapping[Week, int], settings: DriftSettings) -> list[DriftFlag]:
    """The one entry point for drift verdicts (topics, categories, persona concerns, the report's movers).

    ``settings.method`` "trend": the whole-history trend test (``drift.trend``); "window": each week and
    the pooled recent weeks against a trailing baseline (``flag_drift``).
    """
    if settings.method == "window":
        return flag_drift(
            counts, totals, baseline_weeks=settings.baseline_weeks, alpha=settings.alpha, min_count=settings.min_count,
            min_effect=settings.min_effect, recent_weeks=settings.recent_weeks,
            recent_baseline_weeks=settings.recent_baseline_weeks, recent_alpha=settings.recent_alpha,
        )
    if settings.method != "trend":
        raise ValueError(f"unknown drift method {settings.method!r} (trend or window)")
    from callinsight.drift.trend import trend_flags

    return trend_flags(
        counts, totals, history_weeks=settings.history_weeks, min_weeks=settings.min_weeks, alpha=settings.trend_alpha,
        min_effect=settings.min_effect, min_count=settings.min_count, recent_weeks=max(1, settings.recent_weeks),
    )


def segments_of(values: tuple[Any, ...]) -> dict[str, str]:
    """The (direction, kind, persona) columns of a row as segments, leaving out the empty ones."""
    out = {}
    for name, value in zip(SEGMENT_TYPES, values, strict=True):
        if value is not None and str(value) != "":
            out[name] = str(value)
    return out


def view_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    return bool(row and row[0])


def persona_join(con: duckdb.DuckDBPyConnection) -> str:
    """A join adding ``p.persona`` per call when persona mapping has stored ``call_personas``, else ''."""
    if not view_exists(con, "call_personas"):
        return ""
    cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'call_personas'").fetchall()}
    column = next((c for c in ("persona", "persona_id", "persona_name") if c in cols), None)
    if column is None or "call_id" not in cols:
        return ""
    return f"LEFT JOIN (SELECT call_id, any_value({column}) AS persona FROM call_personas GROUP BY call_id) p USING (call_id)"


def segment_columns(persona: str) -> str:
    """The SELECT columns that ``segments_of`` reads, given ``persona_join``'s result."""
    return "c.direction, c.kind" + (", p.persona" if persona else ", NULL")
