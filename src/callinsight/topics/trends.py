"""Weekly shares and drift of topics (grouped into concerns) and insight categories, recomputed after a run.

Subjects are the current model's topics, grouped into concerns (``topics.concerns``: near-duplicate
topics by centroid similarity; share of content utterances in the week), and the insight categories
(``callinsight.drift.categories``; skipped when mining has not run). Each is evaluated over all calls
and per segment: call direction, call kind and, once persona mapping stores ``call_personas``, persona
(``callinsight.drift.segments``). The statistics are ``callinsight.drift``'s (``drift_flags`` with the
``[topics]`` settings); every row gets a readable label and, when flagged, example quotes. The topics
stage rewrites the results in one transaction (``topics.drift_store``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from callinsight.drift.categories import category_items
from callinsight.drift.segments import (
    WEEK_SQL,
    DriftSettings,
    Item,
    flag_segments,
    persona_join,
    segment_columns,
    segments_of,
    view_exists,
)
from callinsight.topics.concerns import Concern, attach_categories, concern_verdict, group_topics
from callinsight.topics.drift_store import write_drift_rows
from callinsight.topics.store import centroids

if TYPE_CHECKING:
    import duckdb

    from callinsight.topics.config import TopicsConfig

EXAMPLES = 3  # quotes kept per flagged row


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
    """The ``[topics]`` drift keys as the drift package's settings (personas and the report use the same)."""
    return cfg.drift_settings()


def compute_drift(con: duckdb.DuckDBPyConnection, cfg: TopicsConfig, model_version: int | None, run_id: str | None) -> DriftSummary:
    items: list[Item] = []
    labels: dict[tuple[str, str], str] = {}
    quotes: dict[tuple[str, str], dict[Any, list[tuple[float, str]]]] = defaultdict(lambda: defaultdict(list))
    persona = persona_join(con)
    concern_of: dict[int, Concern] = {}
    if model_version is not None:
        topic_rows = con.execute("SELECT topic_id, label, size FROM v_topics").fetchall()
        concern_of = group_topics(centroids(con, model_version), {int(t): str(lab) for t, lab, _ in topic_rows},
                                  {int(t): int(n or 0) for t, _, n in topic_rows}, cfg.concern_similarity)
        for t, label, _ in topic_rows:
            c = concern_of.get(int(t))
            labels[("topic", _concern_subject(int(t), concern_of))] = c.label if c else str(label)
        rows = con.execute(
            f"""SELECT {WEEK_SQL}, a.topic_id, {segment_columns(persona)}, u.text, a.similarity
                FROM v_utterance_topics a JOIN calls c USING (call_id) JOIN utterances u USING (call_id, seq) {persona}
                WHERE c.started_at IS NOT NULL"""
        ).fetchall()
        for r in rows:
            subject = _concern_subject(int(r[1]), concern_of)
            items.append(Item("topic", r[0], subject, segments_of(r[2:5])))
            quotes[("topic", subject)][r[0]].append((float(r[6] or 0.0), str(r[5])))
    categories = category_items(con, persona)
    items += categories or []
    attached: dict[str, Concern] = {}
    if categories is not None:
        for week, subject, quote in con.execute(
            f"""SELECT {WEEK_SQL}, i.kind || ':' || i.category, i.quote FROM v_insights i JOIN calls c USING (call_id)
                WHERE c.started_at IS NOT NULL AND i.role <> 'agent'"""
        ).fetchall():
            quotes[("category", str(subject))][week].append((0.0, str(quote)))
        if concern_of and view_exists(con, "v_utterance_topics"):
            findings = con.execute(
                """SELECT i.kind || ':' || i.category, a.topic_id FROM v_insights i
                   LEFT JOIN v_utterance_topics a USING (call_id, seq) WHERE i.role <> 'agent'"""
            ).fetchall()
            attached = attach_categories(concern_of, [(str(c), None if t is None else int(t)) for c, t in findings])

    settings = drift_settings(cfg)
    flags, shifts = flag_segments(items, settings)
    concerns = {c.concern_id: c for c in concern_of.values()}
    # A category lying in a concern shows the concern's verdict (concern_verdict): one concern, one verdict.
    concern_status = {(sf.segment_type, sf.segment, sf.flag.week, f"c{sf.flag.subject}"): sf.flag.status
                      for sf in flags if sf.subject_type == "topic"}
    drift_rows, shift_rows = [], []
    flagged: dict[str, int] = defaultdict(int)
    shifted = 0
    for sf in flags:
        f = sf.flag
        subject = str(f.subject)
        label = labels.get((sf.subject_type, subject), subject)
        # A topic row's concern: all its topics and the categories heard in them; a category row: the concern it lies in.
        concern = concerns.get(f"c{subject}") if sf.subject_type == "topic" else attached.get(subject)
        topics = concern.topics if concern else None
        cats = (concern.categories or None) if concern and sf.subject_type == "topic" else None
        status = f.status
        if sf.subject_type == "category" and concern is not None:
            status = concern_verdict(status, concern_status.get((sf.segment_type, sf.segment, f.week, concern.concern_id)))
        examples = (_examples(quotes[(sf.subject_type, subject)], f.week, f.window_weeks, before=status == "fading")
                    if status != "stable" else None)
        history = f.history_weeks or None
        drift_rows.append(
            [f.week, sf.subject_type, subject, label, sf.segment_type, sf.segment, status, f.n, f.total, f.share,
             f.baseline_n, f.baseline_total, f.baseline_share, f.effect, f.p_value, f.p_adjusted, f.test, model_version,
             run_id, f.window_weeks, history, topics, cats, examples]
        )
        if sf.segment_type == "all" and status != "stable":
            flagged[status] += 1
    for ss in shifts:
        s = ss.shift
        shift_rows.append([s.week, s.previous_week, ss.subject_type, ss.segment_type, ss.segment, s.js_divergence, s.p_value,
                           s.n, s.previous_n, s.shifted, model_version, run_id])
        shifted += int(s.shifted and ss.segment_type == "all")
    write_drift_rows(con, drift_rows, shift_rows)
    return DriftSummary(len(drift_rows), dict(flagged), shifted, categories is not None)


def _concern_subject(topic: int, concern_of: dict[int, Concern]) -> str:
    """A topic's drift subject: its concern's smallest topic id (the topic itself when it has no concern)."""
    c = concern_of.get(topic)
    return c.concern_id[1:] if c else str(topic)


def _examples(by_week: dict[Any, list[tuple[float, str]]], week: Any, window: int, *, before: bool = False) -> list[str]:
    """Up to ``EXAMPLES`` distinct quotes from the ``window`` weeks with quotes ending at ``week``, best first.

    ``before``: from the weeks before those (what a fading subject sounded like while it was common).
    """
    weeks = sorted((w for w in by_week if w <= week), reverse=True)
    weeks = weeks[max(1, window) :] if before else weeks[: max(1, window)]
    seen: list[str] = []
    for _, text in sorted((q for w in weeks for q in by_week[w]), key=lambda q: -q[0]):
        if text not in seen:
            seen.append(text)
        if len(seen) == EXAMPLES:
            break
    return seen
