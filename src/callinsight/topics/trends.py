"""Weekly shares and drift of topics and insight categories, recomputed from stored rows after a run.

Subjects are the current model's topics (share of content utterances in the week) and the insight
categories from ``v_insights`` (``kind:category``, share of customer-side findings in the week; skipped
when mining has not run or its view does not exist). Each is evaluated over all calls and per segment:
call direction, call kind and, once persona mapping stores ``call_personas``, persona. The statistics
are ``callinsight.drift``'s; everything is rewritten in one transaction (``drift``, ``distribution_shift``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from callinsight.drift import distribution_shift, flag_drift
from callinsight.store.db import transaction

if TYPE_CHECKING:
    import duckdb

    from callinsight.topics.config import TopicsConfig

_WEEK = "CAST(date_trunc('week', CAST(c.started_at AS TIMESTAMP)) AS DATE)"


@dataclass(frozen=True)
class DriftSummary:
    rows: int
    flagged: dict[str, int]  # status -> count, over the 'all' segment
    shifted_weeks: int
    categories: bool  # whether insight categories were available

    def message(self) -> str:
        flags = ", ".join(f"{n} {s}" for s, n in sorted(self.flagged.items())) or "nothing flagged"
        extra = "" if self.categories else "; insight categories not available (no v_insights)"
        return f"drift: {flags}; {self.shifted_weeks} week(s) with a distribution shift{extra}"


def compute_drift(con: duckdb.DuckDBPyConnection, cfg: TopicsConfig, model_version: int | None, run_id: str | None) -> DriftSummary:
    items: list[tuple[str, Any, str, dict[str, str]]] = []  # (subject_type, week, subject, segments)
    labels: dict[tuple[str, str], str] = {}
    persona = _persona_join(con)
    segment_cols = "c.direction, c.kind" + (", p.persona" if persona else ", NULL")
    if model_version is not None:
        rows = con.execute(
            f"""SELECT {_WEEK}, CAST(a.topic_id AS VARCHAR), {segment_cols}
                FROM v_utterance_topics a JOIN calls c USING (call_id) {persona}
                WHERE c.started_at IS NOT NULL"""
        ).fetchall()
        items += [("topic", r[0], r[1], _segments(r[2:])) for r in rows]
        for t, label in con.execute("SELECT topic_id, label FROM v_topics").fetchall():
            labels[("topic", str(t))] = label
    has_insights = _exists(con, "v_insights")
    if has_insights:
        rows = con.execute(
            f"""SELECT {_WEEK}, i.kind || ':' || i.category, {segment_cols}
                FROM v_insights i JOIN calls c USING (call_id) {persona}
                WHERE c.started_at IS NOT NULL AND i.role <> 'agent'"""
        ).fetchall()
        items += [("category", r[0], r[1], _segments(r[2:])) for r in rows]

    groups: dict[tuple[str, str, str], list[tuple[Any, str]]] = defaultdict(list)
    for subject_type, week, subject, segments in items:
        groups[(subject_type, "all", "")].append((week, subject))
        for seg_type, seg in segments.items():
            groups[(subject_type, seg_type, seg)].append((week, subject))

    drift_rows, shift_rows = [], []
    flagged: dict[str, int] = defaultdict(int)
    shifted = 0
    for (subject_type, seg_type, seg), pairs in sorted(groups.items()):
        counts: dict[tuple[Any, str], int] = defaultdict(int)
        totals: dict[Any, int] = defaultdict(int)
        for week, subject in pairs:
            counts[(week, subject)] += 1
            totals[week] += 1
        flags = flag_drift(
            counts, totals, baseline_weeks=cfg.baseline_weeks, alpha=cfg.p_value, min_count=cfg.min_count, min_effect=cfg.min_effect,
            recent_weeks=cfg.recent_weeks, recent_baseline_weeks=cfg.recent_baseline_weeks, recent_alpha=cfg.recent_p_value,
        )
        for f in flags:
            label = labels.get((subject_type, str(f.subject)), str(f.subject))
            drift_rows.append(
                [f.week, subject_type, str(f.subject), label, seg_type, seg, f.status, f.n, f.total, f.share, f.baseline_n,
                 f.baseline_total, f.baseline_share, f.effect, f.p_value, f.p_adjusted, f.test, model_version, run_id,
                 f.window_weeks]
            )
            if seg_type == "all" and f.status != "stable":
                flagged[f.status] += 1
        for s in distribution_shift(counts, totals, alpha=cfg.p_value):
            shift_rows.append([s.week, s.previous_week, subject_type, seg_type, seg, s.js_divergence, s.p_value, s.n,
                               s.previous_n, s.shifted, model_version, run_id])
            shifted += int(s.shifted and seg_type == "all")
    with transaction(con):
        con.execute("DELETE FROM drift")
        con.execute("DELETE FROM distribution_shift")
        if drift_rows:
            con.executemany(
                """INSERT INTO drift (week, subject_type, subject, label, segment_type, segment, status, n, total, share,
                       baseline_n, baseline_total, baseline_share, effect, p_value, p_adjusted, test, model_version, run_id,
                       window_weeks)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                drift_rows,
            )
        if shift_rows:
            con.executemany(
                """INSERT INTO distribution_shift (week, previous_week, subject_type, segment_type, segment, js_divergence,
                       p_value, n, previous_n, shifted, model_version, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                shift_rows,
            )
    return DriftSummary(len(drift_rows), dict(flagged), shifted, has_insights)


def _segments(values: tuple[Any, ...]) -> dict[str, str]:
    out = {}
    for name, value in zip(("direction", "kind", "persona"), values, strict=True):
        if value is not None and str(value) != "":
            out[name] = str(value)
    return out


def _exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    return bool(row and row[0])


def _persona_join(con: duckdb.DuckDBPyConnection) -> str:
    """A join adding ``p.persona`` per call when persona mapping has stored ``call_personas``, else ''."""
    if not _exists(con, "call_personas"):
        return ""
    cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'call_personas'").fetchall()}
    column = next((c for c in ("persona", "persona_id", "persona_name") if c in cols), None)
    if column is None or "call_id" not in cols:
        return ""
    return f"LEFT JOIN (SELECT call_id, any_value({column}) AS persona FROM call_personas GROUP BY call_id) p USING (call_id)"
