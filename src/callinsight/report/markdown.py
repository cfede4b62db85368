"""``summary.md``: the report's findings as plain Markdown, for an email, a chat message or a wiki."""

from __future__ import annotations

from callinsight.phrasing import short_phrase
from callinsight.records import insight_kind_label
from callinsight.report.html import pct, sections, signed
from callinsight.report.i18n import EN, category_name, current_language, kind_name, n_calls, period_name, t, value_name
from callinsight.report.model import Quote, ReportData


def _cell(text: str) -> str:
    """Table cells: a pipe or a line break inside a value must not break the Markdown table."""
    return " ".join(text.replace("|", "\\|").split())


def _what(kind: str, category: str) -> str:
    label = insight_kind_label(kind).lower() if current_language() == "en" else kind_name(kind)
    return label if category == kind else f"{category_name(category)} ({label})"


def _status(status: str) -> str:
    return t(f"status.{status}") if f"status.{status}" in EN else status


def render_markdown(d: ReportData) -> str:
    w = d.window
    titles = dict(sections())
    period = period_name(w.period)
    headline = t("headline.calls", label=w.label, calls=n_calls(d.calls_now), period=period, prev_label=w.prev_label,
                 prev_calls=n_calls(d.calls_prev))
    lines = [f"# {d.title}", "", headline, ""]
    if d.notice:
        lines += [f"> {d.notice}", ""]

    lines += [f"## {titles['changes']}", ""]
    if d.changes.note:
        lines += [d.changes.note, ""]
    lines += [f"- **{_status(m.status)[:1].upper()}{_status(m.status)[1:]}:** {m.sentence}" for m in d.changes.movers] + ([""] if d.changes.movers else [])

    lines += [f"## {titles['pains']}", ""]
    if d.insights.note:
        lines += [d.insights.note, ""]
    if d.insights.rows:
        lines += [f"| {t('col.concern')} | {t('col.calls')} | {t('col.share')} | {t('col.previous')} |", "|---|---:|---:|---:|"]
        lines += [f"| {_cell(_what(r.kind, r.category))} | {r.calls} | {pct(r.share)} | {pct(r.prev_share)} |" for r in d.insights.rows[:10]]
        lines.append("")
        shown: set[str] = set()  # one utterance can carry two categories: quote it once per section
        for r in d.insights.rows[:3]:
            for q in [q for q in r.quotes if q.text not in shown][:1]:
                shown.add(q.text)
                lines.append(f"> “{q.text}” — {t('quote.where', call_id=q.call_id, timestamp=q.timestamp)}")
                lines.append("")
    if d.insights.also:
        lines += [f"### {t('h.also_complain')}", ""]
        seen: set[str] = set()
        for g in d.insights.also:
            lines += [f"- **{g.label}** ({t('also.count', quotes=g.quotes, calls=g.calls)})", ""]
            examples: list[Quote] = []
            for q in g.examples:
                if q.text not in seen and len(examples) < 2:
                    seen.add(q.text)
                    examples.append(q)
            lines += [f"  > “{q.text}” — {t('quote.where', call_id=q.call_id, timestamp=q.timestamp)}" for q in examples]
            lines.append("")

    lines += [f"## {titles['topics']}", ""]
    if d.topics.note:
        lines += [d.topics.note, ""]
    for label, shares in d.topics.series:
        lines.append("- " + t("topic.latest_share", label=label, share=pct(shares[-1])))
    for x in [x for x in d.topics.drift if x.status != "stable"][:5]:
        lines.append("- " + t("topic.drift_line", status=_status(x.status), label=x.label, share=pct(x.share), baseline=pct(x.baseline)))
    lines.append("")

    lines += [f"## {titles['personas']}", ""]
    if d.personas.note:
        lines += [d.personas.note, ""]
    for b in d.personas.personas:
        lines.append("### " + t("persona.calls", persona=b.persona, calls=b.calls))
        said = "; ".join(short_phrase(category_name(f.concern)) for f in b.said_not_documented[:5]) or t("persona.md_nothing_new")
        unsaid = "; ".join(short_phrase(category_name(f.concern)) for f in b.documented_not_said[:5]) or t("quality.none")
        if b.calls:
            lines += ["- " + t("persona.md_said", what=said), "- " + t("persona.md_unsaid", what=unsaid)]
        else:  # no calls, no evidence either way
            lines.append("- " + t("persona.md_no_calls", period=period))
        if b.suggestion_path:
            lines.append("- " + t("persona.suggested_update", path=b.suggestion_path))
        lines.append("")

    lines += [f"## {titles['competitors']}", ""]
    if d.competitors.note:
        lines += [d.competitors.note, ""]
    for c in d.competitors.rows[:8]:
        context = "; ".join(f"{label} ({n})" for label, n in c.contexts) or t("competitor.no_context")
        lines.append("- " + t("competitor.line", name=c.name, calls=c.calls, mentions=c.mentions, context=context))
    lines.append("")

    lines += [f"## {titles['calls']}", ""]
    if d.calls.note:
        lines += [d.calls.note, ""]
    if d.calls.groups:
        heads = ("col.kind", "col.direction", "col.calls", "col.agent_talk", "col.silence", "col.mood_start", "col.mood_end")
        lines += ["| " + " | ".join(t(h) for h in heads) + " |", "|---|---|---:|---:|---:|---:|---:|"]
        lines += [f"| {_cell(value_name(g.kind))} | {_cell(value_name(g.direction))} | {g.calls} | {pct(g.talk_ratio_agent)} | {pct(g.silence_share)} | "
                  f"{signed(g.sentiment_start)} | {signed(g.sentiment_end)} |" for g in d.calls.groups]
        lines.append("")

    qs = d.quality
    lines += [f"## {titles['quality']}", "",
              "- " + t("quality.md_calls", total=qs.calls_total, period=period, now=qs.calls_in_period),
              "- " + t("quality.md_failed", n=qs.failures_total)
              + (" (" + "; ".join(f"{s}: {r} ×{n}" for s, r, n in qs.failures[:5]) + ")" if qs.failures else ""),
              "- " + t("quality.md_unassigned", what=t("quality.personas_not_run") if qs.unassigned is None else qs.unassigned),
              "- " + t("quality.md_skipped", what="; ".join(f"{s}: {r} ×{n}" for s, r, n in qs.skipped[:5]) or t("quality.none")),
              ""]
    return "\n".join(lines)
