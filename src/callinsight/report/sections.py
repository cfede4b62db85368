"""One function per report section, each reading the documented views for the report's window.

Every function returns its section's dataclass; ``guarded`` turns a store error inside one section
(a view an older stage version wrote without a column, say) into that section's note, so one
missing piece never costs the whole report.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from callinsight import records
from callinsight.records import ConcernStatus, is_concern_status
from callinsight.report.context import Ctx
from callinsight.report.i18n import category_name, current_language, fmt_date, kind_name, t, value_name
from callinsight.report.model import (
    CallGroup,
    CallsSection,
    ChangesSection,
    CompetitorRow,
    CompetitorsSection,
    DriftRow,
    InsightRow,
    InsightsSection,
    PersonaBlock,
    PersonaFinding,
    PersonasSection,
    ProblemGroup,
    QualitySection,
    Quote,
    TopicsSection,
)
from callinsight.report.text import what_words
from callinsight.stage_names import MINE, PERSONAS, TOPICS

log = logging.getLogger("callinsight.report")

CONCERN_KINDS: list[str] = list(records.CONCERN_KINDS)  # a list: DuckDB binds it as VARCHAR[]
TOPICS_SHOWN = 6
#: The question each persona concern status answers: said but not documented, documented but unsaid, or
#: heard as documented. Only what the personas stage writes (``records.ConcernStatus``).
STATUS_GROUPS: dict[ConcernStatus, str] = {
    "documented-and-heard": "heard",
    "documented-not-heard": "unsaid",
    "new": "said",
    "growing": "said",
    "fading": "unsaid",
}

S = TypeVar("S")


def guarded(fn: Callable[[Ctx], S], ctx: Ctx) -> S:
    import duckdb

    try:
        return fn(ctx)
    except (duckdb.Error, TypeError, ValueError, KeyError, AttributeError) as exc:
        # Unexpected data from a newer or older stage (a NULL where a value was promised) costs one
        # section, with the reason in the page and the traceback in the log, never the whole report.
        log.warning("report section %s unavailable: %s", fn.__name__, str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
                    exc_info=not isinstance(exc, duckdb.Error))
        empty: Any = _EMPTY[fn.__name__]()
        reason = (str(exc).splitlines() or [type(exc).__name__])[0][:160]
        empty.note = t("note.unavailable", reason=reason)
        return empty  # type: ignore[no-any-return]


def _quotes(ctx: Ctx, kinds: list[str], span: list[date]) -> dict[tuple[str, str], list[Quote]]:
    """The best quotes per (kind, category): one per call, most confident and most substantial first."""
    rows = ctx.r.rows(
        """SELECT i.call_id, i.seq, i.role, i.kind, i.category, i.quote, i.start_s, c.started_at, u.text AS context
           FROM v_insights i JOIN v_calls c USING (call_id)
           LEFT JOIN v_utterances u ON u.call_id = i.call_id AND u.seq = i.seq
           WHERE c.started_at::DATE BETWEEN ? AND ? AND list_contains(?::VARCHAR[], i.kind)
           QUALIFY row_number() OVER (PARTITION BY i.kind, i.category, i.call_id
                                      ORDER BY (i.role = 'customer') DESC, i.confidence DESC, length(i.quote) DESC) = 1
           ORDER BY i.kind, i.category, (i.role = 'customer') DESC, i.confidence DESC, length(i.quote) DESC, i.call_id""",
        [*span, kinds],
    )
    out: dict[tuple[str, str], list[Quote]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        key = (row["kind"], row["category"])
        words = " ".join(str(row["context"] or row["quote"]).lower().split())
        if len(out[key]) < ctx.quotes_per_item and (*key, words) not in seen:  # the same words twice add nothing
            seen.add((*key, words))
            out[key].append(ctx.ev.add(row))
    return out


def _weekly_by(ctx: Ctx, sql_filter: str, params: list[Any]) -> dict[tuple[str, str], dict[date, int]]:
    rows = ctx.r.rows(
        f"""SELECT i.kind, i.category, date_trunc('week', c.started_at)::DATE AS week, count(DISTINCT i.call_id) AS n
            FROM v_insights i JOIN v_calls c USING (call_id)
            WHERE c.started_at::DATE BETWEEN ? AND ? AND {sql_filter}
            GROUP BY ALL""",
        [ctx.w.weeks[0], ctx.w.until, *params],
    )
    out: dict[tuple[str, str], dict[date, int]] = defaultdict(dict)
    for row in rows:
        out[(row["kind"], row["category"])][row["week"]] = int(row["n"])
    return out


def insights_section(ctx: Ctx) -> InsightsSection:
    out = InsightsSection()
    if not ctx.r.has("v_insights"):
        out.note = t("note.mine_not_run")
        return out
    if ctx.calls_now == 0:
        out.note = t("note.no_calls_in", label=ctx.w.label)
        return out
    if note := ctx.not_run_note(MINE, "Insight mining"):
        out.note = note
        return out
    # Agents restate objections ("I hear the price is a concern"); count what customers said.
    where = "list_contains(?::VARCHAR[], i.kind) AND i.role <> 'agent'"
    count_sql = f"""SELECT i.kind, i.category, count(*) AS mentions, count(DISTINCT i.call_id) AS calls
                    FROM v_insights i JOIN v_calls c USING (call_id)
                    WHERE c.started_at::DATE BETWEEN ? AND ? AND {where} GROUP BY ALL"""
    now = ctx.r.rows(count_sql + " ORDER BY calls DESC, mentions DESC, i.kind, i.category", [*ctx.span, CONCERN_KINDS])
    prev = {(r["kind"], r["category"]): int(r["calls"]) for r in ctx.r.rows(count_sql, [*ctx.prev_span, CONCERN_KINDS])}
    weekly = _weekly_by(ctx, where, [CONCERN_KINDS])
    quotes = _quotes(ctx, CONCERN_KINDS, ctx.span)
    for row in now:
        key = (row["kind"], row["category"])
        out.rows.append(InsightRow(
            kind=row["kind"], category=row["category"], mentions=int(row["mentions"]), calls=int(row["calls"]),
            share=int(row["calls"]) / ctx.calls_now,
            prev_share=(prev.get(key, 0) / ctx.calls_prev) if ctx.calls_prev else None,
            weekly=ctx.weekly(weekly.get(key, {})), quotes=quotes.get(key, []),
        ))
    for key, calls in prev.items():
        if key not in {(r.kind, r.category) for r in out.rows}:
            out.gone.append(InsightRow(key[0], key[1], 0, 0, 0.0, calls / ctx.calls_prev, ctx.weekly(weekly.get(key, {})), []))
    out.also = _uncategorised(ctx)
    if not out.rows:
        out.note = t("note.no_findings", n=ctx.calls_now, label=ctx.w.label)
    elif not ctx.enough:
        out.note = t("note.few_calls_shares", n=ctx.calls_now)
    return out


#: Groups shown under "Customers also complain about…", and the words that never name a group.
ALSO_GROUPS = 3
_PLAIN = {"that", "this", "with", "have", "they", "them", "their", "there", "what", "when", "your", "about", "been",
          "were", "would", "could", "should", "still", "just", "from", "will", "into", "only", "even", "after", "again",
          "because", "then", "than", "also", "some", "very", "much", "time", "times", "said", "told", "called"}


#: Korean: particles cut off a word's end ("결제가" → 결제), everyday words and predicate endings left out.
_KO_PARTICLES = ("에서", "으로", "이", "가", "은", "는", "을", "를", "에", "도", "만", "의", "로", "와", "과")
_KO_PLAIN = {"너무", "정말", "진짜", "그냥", "계속", "지금", "근데", "그리고", "그래서", "저희", "제가", "이거", "그거",
             "이번", "요즘", "혹시", "아니", "어떻게", "자꾸", "벌써", "다시", "아직", "항상", "매번", "전혀", "조금", "언제", "오늘", "어제", "이제", "여기", "거기"}
_KO_ENDINGS = ("요", "다", "데", "고", "서", "면", "까", "니", "죠", "네")


def group_words(quote: str) -> set[str]:
    """The words that may name a group of problems: English words of 4+ letters, Korean nouns of 2+
    syllables (a particle cut off, verbs and adjectives with their endings left out), no digits."""
    import re

    out = set()
    for w in re.findall(r"\w+", quote.lower()):
        if w.isdigit():
            continue
        if re.search("[가-힣]", w):
            if w.endswith(_KO_ENDINGS):
                continue
            for particle in _KO_PARTICLES:
                if w.endswith(particle) and len(w) - len(particle) >= 2:
                    w = w[: -len(particle)]
                    break
            if len(w) >= 2 and w not in _KO_PLAIN:
                out.add(w)
        elif len(w) >= 4 and w not in _PLAIN:
            out.add(w)
    return out


def _uncategorised(ctx: Ctx) -> list[ProblemGroup]:
    """The largest groups of problems no category covers (category ``other``), so a new concern shows before
    anyone has named it. Grouped by the word most calls share (no model is loaded for the report);
    ``callinsight mining suggest`` clusters them by meaning and drafts categories."""

    rows = ctx.r.rows(
        """SELECT i.call_id, i.seq, i.role, i.kind, i.category, i.quote, i.start_s, c.started_at, u.text AS context
           FROM v_insights i JOIN v_calls c USING (call_id)
           LEFT JOIN v_utterances u ON u.call_id = i.call_id AND u.seq = i.seq
           WHERE c.started_at::DATE BETWEEN ? AND ? AND i.category = ? AND i.role <> 'agent'
           ORDER BY i.confidence DESC, length(i.quote) DESC, i.call_id, i.seq""",
        [*ctx.span, records.OTHER_CATEGORY],
    )
    words = [group_words(str(r["quote"])) for r in rows]
    left = set(range(len(rows)))
    groups: list[ProblemGroup] = []
    while left and len(groups) < ALSO_GROUPS:
        calls: dict[str, set[str]] = defaultdict(set)
        for i in left:
            for w in words[i]:
                calls[w].add(rows[i]["call_id"])
        if not calls:
            break
        word = min(calls, key=lambda w: (-len(calls[w]), w))
        if len(calls[word]) < 2:
            break  # one call is an anecdote, not a group
        members = [i for i in sorted(left) if word in words[i]]
        left -= set(members)
        shown = [ctx.ev.add(rows[i]) for i in members[: ctx.quotes_per_item]]
        groups.append(ProblemGroup(word, len(members), len(calls[word]), shown))
    return groups


def topics_section(ctx: Ctx) -> TopicsSection:
    out = TopicsSection(week_labels=ctx.week_labels())
    if not (ctx.r.has("v_topic_weekly") and ctx.r.has("v_topics")):
        out.note = t("note.topics_not_run")
        return out
    if note := ctx.not_run_note(TOPICS, "Topic modelling"):
        out.note = note
        return out
    labels = {str(r["topic_id"]): str(r["label"]) for r in ctx.r.rows("SELECT topic_id, label FROM v_topics")}
    rows = ctx.r.rows(
        "SELECT week::DATE AS week, topic_id, n, share FROM v_topic_weekly WHERE week::DATE BETWEEN ? AND ?",
        [ctx.w.weeks[0], ctx.w.until],
    )
    totals: dict[str, int] = defaultdict(int)
    shares: dict[str, dict[date, float]] = defaultdict(dict)
    for row in rows:
        tid = str(row["topic_id"])
        if tid == "-1":  # BERTopic's outlier bucket is not a topic
            continue
        totals[tid] += int(row["n"] or 0)
        shares[tid][row["week"]] = float(row["share"] or 0.0)
    top = sorted(totals, key=lambda x: (-totals[x], x))[:TOPICS_SHOWN]
    out.series = [(labels.get(x, t("what.topic_id", id=x)), [shares[x].get(wk, 0.0) for wk in ctx.w.weeks]) for x in top]
    if not out.series and ctx.calls_now == 0:
        out.note = t("note.no_calls_in", label=ctx.w.label)
    elif not out.series:
        out.note = t("note.no_topic_shares", start=fmt_date(ctx.w.weeks[0], year=False), end=fmt_date(ctx.w.until))
    elif len(ctx.w.weeks) < 2:
        out.note = t("note.one_week")
    if ctx.r.has("v_drift"):
        # Segmented rows (per direction, kind, persona) exist too; the report shows the whole picture.
        overall = "AND segment_type = 'all'" if ctx.r.has("v_drift", "segment_type") else ""
        window = "window_weeks" if ctx.r.has("v_drift", "window_weeks") else "1 AS window_weeks"
        examples = "examples, label" if ctx.r.has("v_drift", "examples") else "NULL AS examples, NULL AS label"
        drift = ctx.r.rows(
            f"""SELECT subject_type, subject, status, share, baseline_share, p_value, n, total, baseline_n,
                      baseline_total, p_adjusted, {window}, {examples} FROM v_drift
               WHERE week::DATE = (SELECT max(week::DATE) FROM v_drift WHERE week::DATE <= ?) {overall}
               ORDER BY abs(coalesce(share, 0) - coalesce(baseline_share, 0)) DESC, subject""",
            [ctx.w.until],
        )
        for d in drift:
            subject = str(d["subject"])
            if d["subject_type"] == "topic":  # a concern: its topics' label from v_drift (named after its largest topic)
                label = str(d["label"] or labels.get(subject, t("what.topic_id", id=subject)))
            else:  # an insight kind:category
                kind, _, category = subject.partition(":")
                kind_words = kind.replace("_", " ") if current_language() == "en" else kind_name(kind)
                label = t("what.drift_label", category=category_name(category), kind=kind_words) if category else subject
            out.drift.append(DriftRow(label, str(d["subject_type"]), str(d["status"]), float(d["share"] or 0.0),
                                      d["baseline_share"], d["p_value"], subject, d["n"], d["total"], d["baseline_n"],
                                      d["baseline_total"], d["p_adjusted"], int(d["window_weeks"] or 1),
                                      tuple(d["examples"] or ())))
        out.drift.sort(key=lambda x: x.status == "stable")  # what moved first; the sort is stable otherwise
    return out


def _classify(status: str, documented: bool | None) -> str:
    """Which question a persona drift row answers: said-but-not-documented, documented-but-unsaid, or heard."""
    if is_concern_status(status):
        return STATUS_GROUPS[status]
    return "said" if documented is False else "heard"  # a status this report does not know yet


def personas_section(ctx: Ctx) -> PersonasSection:
    out = PersonasSection()
    r = ctx.r
    if not (r.has("v_call_personas") or r.has("v_persona_drift") or r.has("v_personas")):
        out.note = t("note.no_personas_import")
        return out
    ids: dict[str, str] = {}
    negative: set[str] = set()
    if r.has("v_personas"):
        latest = "WHERE is_latest" if r.has("v_personas", "is_latest") else ""
        if latest and r.has("v_personas", "is_retired"):
            latest += " AND NOT is_retired"  # no document defines it any more
        flag = "is_negative" if r.has("v_personas", "is_negative") else "false"
        for row in r.rows(f"SELECT DISTINCT persona_id, persona, {flag} AS neg FROM v_personas {latest} ORDER BY persona"):
            ids[str(row["persona"])] = str(row["persona_id"])
            if row["neg"]:
                negative.add(str(row["persona"]))
    counts: dict[str, int] = {}
    if r.has("v_call_personas"):
        for row in r.rows(
            """SELECT cp.persona, count(DISTINCT cp.call_id) AS n FROM v_call_personas cp JOIN v_calls c USING (call_id)
               WHERE c.started_at::DATE BETWEEN ? AND ? AND cp.persona IS NOT NULL AND cp.persona <> 'unassigned'
               GROUP BY ALL""", ctx.span):
            counts[str(row["persona"])] = int(row["n"])
        out.unassigned = unassigned_calls(ctx) or 0
    blocks: dict[str, PersonaBlock] = {}
    for name in sorted(set(ids) | set(counts)):
        blocks[name] = PersonaBlock(persona=name, persona_id=ids.get(name), calls=counts.get(name, 0))
    if r.has("v_persona_drift"):
        documented = "documented" if r.has("v_persona_drift", "documented") else "NULL"
        # Every drift period that overlaps the report's window (weekly periods start on a Monday): a
        # documented concern is "nobody says it" only if it went unheard in all of them.
        rows = r.rows(
            f"""SELECT persona, concern, list(status ORDER BY period) AS statuses, max(share) AS share,
                       sum(evidence_count) AS evidence_count, bool_and({documented}) AS documented
                FROM v_persona_drift
                WHERE period::DATE BETWEEN ? AND ?
                GROUP BY persona, concern
                ORDER BY persona, evidence_count DESC NULLS LAST, concern""",
            [ctx.w.since - timedelta(days=30 if ctx.w.period == "month" else 6), ctx.w.until],
        )
        by_id = {v: k for k, v in ids.items()}
        for row in rows:
            name = by_id.get(str(row["persona"]), str(row["persona"]))
            block = blocks.setdefault(name, PersonaBlock(persona=name, persona_id=ids.get(name), calls=counts.get(name, 0)))
            finding = PersonaFinding(str(row["concern"]), row["share"], int(row["evidence_count"] or 0))
            groups = {_classify(str(st), row["documented"]) for st in row["statuses"]}
            group = "said" if "said" in groups else "unsaid" if groups == {"unsaid"} else "heard"
            {"said": block.said_not_documented, "unsaid": block.documented_not_said, "heard": block.still_heard}[group].append(finding)
    for block in blocks.values():
        block.is_negative = block.persona in negative
        block.suggestion, block.suggestion_path = suggestion_text(ctx.reports_dir, block.persona_id)
    out.personas = list(blocks.values())
    if not out.personas:
        out.note = t("note.no_personas_import")
    elif note := ctx.not_run_note(PERSONAS, "Persona mapping"):
        out.note = note
    elif not r.has("v_persona_drift"):
        out.note = t("note.persona_drift_missing")
    return out


def suggestion_text(reports_dir: Path, persona_id: str | None) -> tuple[str, str]:
    if not persona_id:
        return "", ""
    path = reports_dir / "personas" / f"{persona_id}.md"
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except OSError:
        return "", ""


def unassigned_calls(ctx: Ctx) -> int | None:
    if not ctx.r.has("v_call_personas"):
        return None
    return int(ctx.r.value(
        """SELECT count(*) FROM v_calls c WHERE c.started_at::DATE BETWEEN ? AND ?
           AND NOT EXISTS (SELECT 1 FROM v_call_personas cp WHERE cp.call_id = c.call_id
                           AND cp.persona IS NOT NULL AND cp.persona <> 'unassigned')""", ctx.span) or 0)


def competitors_section(ctx: Ctx) -> CompetitorsSection:
    out = CompetitorsSection(week_labels=ctx.week_labels())
    r = ctx.r
    if not r.has("v_insights"):
        out.note = t("note.mine_not_run_competitors")
        return out
    if note := ctx.not_run_note(MINE, "Insight mining"):
        out.note = note
        return out
    # Every competitor heard in the weeks shown, so one that faded to zero this period still shows.
    rows = r.rows(
        """SELECT i.category AS name,
                  count(*) FILTER (WHERE c.started_at::DATE >= ?) AS mentions,
                  count(DISTINCT i.call_id) FILTER (WHERE c.started_at::DATE >= ?) AS calls,
                  count(DISTINCT i.call_id) FILTER (WHERE c.started_at::DATE BETWEEN ? AND ?) AS prev_calls,
                  count(DISTINCT i.call_id) AS all_calls
           FROM v_insights i JOIN v_calls c USING (call_id)
           WHERE i.kind = 'competitor' AND c.started_at::DATE BETWEEN ? AND ?
           GROUP BY ALL ORDER BY calls DESC, all_calls DESC, name""",
        [ctx.w.since, ctx.w.since, *ctx.prev_span, min(ctx.w.weeks[0], ctx.w.prev_since), ctx.w.until])
    weekly = _weekly_by(ctx, "i.kind = 'competitor'", [])
    quotes = _quotes(ctx, ["competitor"], ctx.span)
    contexts: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for row in r.rows(
        """SELECT comp.category AS name, o.kind, o.category, count(DISTINCT o.call_id) AS n
           FROM v_insights comp JOIN v_insights o ON o.call_id = comp.call_id JOIN v_calls c ON c.call_id = comp.call_id
           WHERE comp.kind = 'competitor' AND o.kind IN ('objection', 'pain_point', 'churn_signal')
             AND c.started_at::DATE BETWEEN ? AND ?
           GROUP BY ALL ORDER BY n DESC, o.kind, o.category""", ctx.span):
        contexts[row["name"]].append((t("comp.with", what=what_words(row["kind"], row["category"])), int(row["n"])))
    if r.has("v_calls", "stage"):
        for row in r.rows(
            """SELECT i.category AS name, c.stage, count(DISTINCT i.call_id) AS n
               FROM v_insights i JOIN v_calls c USING (call_id)
               WHERE i.kind = 'competitor' AND c.stage IS NOT NULL AND c.started_at::DATE BETWEEN ? AND ?
               GROUP BY ALL ORDER BY n DESC, c.stage""", ctx.span):
            contexts[row["name"]].insert(0, (t("comp.in_stage", stage=value_name(row["stage"]).replace("_", " ")), int(row["n"])))
    for row in rows:
        name = row["name"]
        out.rows.append(CompetitorRow(
            name=name, mentions=int(row["mentions"]), calls=int(row["calls"]), prev_calls=int(row["prev_calls"]),
            weekly=ctx.weekly(weekly.get(("competitor", name), {})),
            contexts=contexts.get(name, [])[:4], quotes=quotes.get(("competitor", name), []),
        ))
    if not out.rows:
        out.note = t("note.no_competitor", n=len(ctx.w.weeks)) if ctx.calls_now else t("note.no_calls_in", label=ctx.w.label)
    return out


def calls_section(ctx: Ctx) -> CallsSection:
    out = CallsSection(week_labels=ctx.week_labels())
    r = ctx.r
    if ctx.calls_now == 0:
        out.note = t("note.no_calls_in", label=ctx.w.label)
        return out
    sentiment = r.has("v_call_sentiment")
    q = "(SELECT call_id, avg(sentiment) AS s FROM v_call_sentiment WHERE role = 'customer' AND quarter = {} GROUP BY ALL)"
    rows = r.rows(
        f"""SELECT coalesce(c.kind, 'unknown') AS kind, coalesce(c.direction, 'unknown') AS direction,
                   count(*) AS calls, coalesce(sum(c.duration_s), 0) / 60 AS minutes,
                   avg(m.talk_ratio_agent) AS talk, avg(m.silence_share) AS silence,
                   {"avg(s1.s)" if sentiment else "NULL"} AS s_start, {"avg(s4.s)" if sentiment else "NULL"} AS s_end
            FROM v_calls c LEFT JOIN call_metrics m USING (call_id)
            {f"LEFT JOIN {q.format(1)} s1 USING (call_id) LEFT JOIN {q.format(4)} s4 USING (call_id)" if sentiment else ""}
            WHERE c.started_at::DATE BETWEEN ? AND ?
            GROUP BY ALL ORDER BY calls DESC, kind, direction""", ctx.span)
    out.groups = [CallGroup(row["kind"], row["direction"], int(row["calls"]), float(row["minutes"]), row["talk"],
                            row["silence"], row["s_start"], row["s_end"]) for row in rows]
    weekly = {row["week"]: int(row["n"]) for row in r.rows(
        """SELECT date_trunc('week', started_at)::DATE AS week, count(*) AS n FROM v_calls
           WHERE started_at::DATE BETWEEN ? AND ? GROUP BY ALL""", [ctx.w.weeks[0], ctx.w.until])}
    out.weekly = ctx.weekly(weekly)
    if not ctx.enough:
        out.note = t("note.few_calls_averages", n=ctx.calls_now)
    return out


def quality_section(ctx: Ctx) -> QualitySection:
    out = QualitySection(calls_in_period=ctx.calls_now)
    r = ctx.r
    if r.has("v_calls"):
        out.calls_total = int(r.value("SELECT count(*) FROM v_calls") or 0)
        out.languages = [(str(x["language"]), int(x["n"])) for x in r.rows(
            """SELECT coalesce(language, 'unknown') AS language, count(*) AS n FROM v_calls
               WHERE started_at::DATE BETWEEN ? AND ? GROUP BY ALL ORDER BY n DESC, language""", ctx.span)]
    if r.has("stage_done"):
        out.stages_done = [(x["stage"], int(x["n"])) for x in r.rows(
            "SELECT stage, count(*) AS n FROM stage_done WHERE status = 'ok' GROUP BY ALL ORDER BY n DESC, stage")]
        out.skipped = [(x["stage"], str(x["reason"] or t("quality.no_reason")), int(x["n"])) for x in r.rows(
            """SELECT stage, reason, count(*) AS n FROM stage_done WHERE status = 'skipped'
               GROUP BY ALL ORDER BY n DESC, stage, reason LIMIT 20""")]
    if r.has("failures"):
        out.failures_total = int(r.value("SELECT count(*) FROM failures") or 0)
        out.failures = [(x["stage"], x["reason"], int(x["n"])) for x in r.rows(
            """SELECT stage, reason, count(*) AS n FROM failures GROUP BY ALL ORDER BY n DESC, stage, reason LIMIT 15""")]
    if r.has("runs"):
        last = r.rows("SELECT run_id, status, finished_at, calls_new, calls_failed FROM runs WHERE status <> 'running' ORDER BY started_at DESC LIMIT 1")
        if last:
            x = last[0]
            out.last_run = t("quality.run_line", run_id=x["run_id"], status=x["status"], new=x["calls_new"] or 0,
                             failed=x["calls_failed"] or 0)
    out.unassigned = unassigned_calls(ctx)
    return out


_EMPTY: dict[str, Callable[[], Any]] = {
    "insights_section": InsightsSection,
    "topics_section": TopicsSection,
    "personas_section": PersonasSection,
    "competitors_section": CompetitorsSection,
    "calls_section": CallsSection,
    "quality_section": QualitySection,
    "changes_section": ChangesSection,
}
