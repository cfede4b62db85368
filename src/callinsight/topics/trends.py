"""Weekly shares and drift of topics and insight categories, recomputed from stored rows after a run.

Subjects are the current model's topics (share of content utterances in the week) and the insight
categories (``callinsight.drift.categories``; skipped when mining has not run). Each is evaluated over
all calls and per segment: call direction, call kind and, once persona mapping stores ``call_personas``,
persona (``callinsight.drift.segments``). The statistics are ``callinsight.drift``'s; the topics stage
rewrites the results in one transaction (``topics.store.write_drift``: ``drift``, ``distribution_shift``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from callinsight.drift.categories import category_items
from callinsight.drift.segments import (
    WEEK_SQL,
    DriftSettings,
    Item,
    flag_segments,
    persona_join,
    segment_columns,
    segments_of,
)
from callinsight.topics.store import write_drift

if TYPE_CHECKING:
    import duckdb

    from callinsight.topics.config import TopicsConfig


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


def drift_settings(cfg: TopicsConfig) -> DriftSettings:
    """The ``[topics]`` drift keys as the drift package's settings."""
    return DriftSettings(
        baseline_weeks=cfg.baseline_weeks, alpha=cfg.p_value, min_count=cfg.min_count, min_effect=cfg.min_effect,
        recent_weeks=cfg.recent_weeks, recent_baseline_weeks=cfg.recent_baseline_weeks, recent_alpha=cfg.recent_p_value,
    )


def compute_drift(con: duckdb.DuckDBPyConnection, cfg: TopicsConfig, model_version: int | None, run_id: str | None) -> DriftSummary:
    items: list[Item] = []
    labels: dict[tuple[str, str], str] = {}
    persona = persona_join(con)
    if model_version is not None:
        rows = con.execute(
            f"""SELECT {WEEK_SQL}, CAST(a.topic_id AS VARCHAR), {segment_columns(persona)}
                FROM v_utterance_topics a JOIN calls c USING (call_id) {persona}
                WHERE c.started_at IS NOT NULL"""
        ).fetchall()
        items += [Item("topic", r[0], r[1], segments_of(r[2:])) for r in rows]
        for t, label in con.execute("SELECT topic_id, label FROM v_topics").fetchall():
            labels[("topic", str(t))] = label
    categories = category_items(con, persona)
    items += categories or []

    flags, shifts = flag_segments(items, drift_settings(cfg))
    drift_rows, shift_rows = [], []
    flagged: dict[str, int] = defaultdict(int)
    shifted = 0
    for sf in flags:
        f = sf.flag
        label = labels.get((sf.subject_type, str(f.subject)), str(f.subject))
        drift_rows.append(
            [f.week, sf.subject_type, str(f.subject), label, sf.segment_type, sf.segment, f.status, f.n, f.total, f.share,
             f.baseline_n, f.baseline_total, f.baseline_share, f.effect, f.p_value, f.p_adjusted, f.test, model_version,
             run_id, f.window_weeks]
        )
        if sf.segment_type == "all" and f.status != "stable":
            flagged[f.status] += 1
    for ss in shifts:
        s = ss.shift
        shift_rows.append([s.week, s.previous_week, ss.subject_type, ss.segment_type, ss.segment, s.js_divergence, s.p_value,
                           s.n, s.previous_n, s.shifted, model_version, run_id])
        shifted += int(s.shifted and ss.segment_type == "all")
    write_drift(con, drift_rows, shift_rows)
    return DriftSummary(len(drift_rows), dict(flagged), shifted, categories is not None)
