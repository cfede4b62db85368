"""``summary.md``: the report's findings as plain Markdown, for an email, a chat message or a wiki."""

from __future__ import annotations

from callinsight.phrasing import short_phrase
from callinsight.records import insight_kind_label
from callinsight.report.html import pct, sections, signed
from callinsight.report.i18n import EN, current_language, t
from callinsight.report.model import ReportData
from callinsight.report.text import plural


def _cell(text: str) -> str:
    """Table cells: a pipe or a line break inside a value must not break the Markdown table."""
    return " ".join(text.replace("|", "\\|").split())


def _what(kind: str, category: str) -> str:
    label = insight_kind_label(kind).lower() if current_language() == "en" or f"kind.{kind}" not in EN else t(f"kind.{kind}")
    return label if category == kind else f"{category.replace('_', ' ')} ({label})"


def render_markdown(d: ReportData) -> str:
    w = d.window
    titles = dict(sections())
    lines = [f"# {d.title}", "", f"{w.label}: {plural(d.calls_now, 'call')} (previous {w.period}, {w.prev_label}: {plural(d.calls_prev, 'call')}).", ""]
    if d.notice:
        lines += [f"> {d.notice}", ""]

    lines += [f"## {titles['changes']}", ""]
    if d.changes.note:
        lines += [d.changes.note, ""]
    lines += [f"- **{m.status.capitalize()}:** {m.sentence}" for m in d.changes.movers] + ([""] if d.changes.movers else [])

    lines += [f"## {titles['pains']}", ""]
    if d.insights.note:
        lines += [d.insights.note, ""]
    if d.insights.rows:
        lines += [f"| {t('col.concern')} | {t('col.calls')} | {t('col.share')} | {t('col.previous')} |", "|---|---:|---:|---:|"]
        lines += [f"| {_cell(_what(r.kind, r.category))} | {r.calls} | {pct(r.share)} | {pct(r.prev_share)} |" for r in d.insights.rows[:10]]
        lines.append("")
        for r in d.insights.rows[:3]:
            for q in r.quotes[:1]:
                lines.append(f"> “{q.text}” — {t('quote.where', call_id=q.call_id, timestamp=q.timestamp)}")
                lines.append("")
    if d.insights.also:
        lines += [f"### {t('h.also_complain')}", ""]
        for g in d.insights.also:
            lines += [f"- **{g.label}** ({t('also.count', quotes=g.quotes, calls=g.calls)})", ""]
            lines += [f"  > “{q.text}” — {t('quote.where', call_id=q.call_id, timestamp=q.timestamp)}" for q in g.examples[:2]]
            lines.append("")

    lines += [f"## {titles['topics']}", ""]
    if d.topics.note:
        lines += [d.topics.note, ""]
    for label, shares in d.topics.series:
        lines.append(f"- {label}: {pct(shares[-1])} of customer talk in the latest week")
    for x in [x for x in d.topics.drift if x.status != "stable"][:5]:
        label, status, share, baseline = x.label, x.status, x.share, x.baseline
        lines.append(f"- {status}: {label} ({pct(share)}, baseline {pct(baseline)})")
    lines.append("")

    lines += [f"## {titles['personas']}", ""]
    if d.personas.note:
        lines += [d.personas.note, ""]
    for b in d.personas.personas:
        lines.append(f"### {b.persona} ({b.calls} calls)")
        said = ", ".join(short_phrase(f.concern.replace("_", " ")) for f in b.said_not_documented[:5]) or "nothing new"
        unsaid = ", ".join(short_phrase(f.concern.replace("_", " ")) for f in b.documented_not_said[:5]) or "none"
        if b.calls:
            lines += [f"- Customers say, the document doesn't: {said}", f"- The document claims, nobody says any more: {unsaid}"]
        else:  # no calls, no evidence either way
            lines.append(f"- No calls this {d.window.period}: no evidence either way about its documented concerns.")
        if b.suggestion_path:
            lines.append(f"- Suggested update: {b.suggestion_path}")
        lines.append("")

    lines += [f"## {titles['competitors']}", ""]
    if d.competitors.note:
        lines += [d.competitors.note, ""]
    for c in d.competitors.rows[:8]:
        context = "; ".join(f"{label} ({n})" for label, n in c.contexts) or "no other concern in those calls"
        lines.append(f"- {c.name}: {c.calls} call(s), {c.mentions} mention(s); {context}")
    lines.append("")

    lines += [f"## {titles['calls']}", ""]
    if d.calls.note:
        lines += [d.calls.note, ""]
    if d.calls.groups:
        lines += ["| Kind | Direction | Calls | Agent talk | Silence | Mood start | Mood end |", "|---|---|---:|---:|---:|---:|---:|"]
        lines += [f"| {_cell(g.kind)} | {_cell(g.direction)} | {g.calls} | {pct(g.talk_ratio_agent)} | {pct(g.silence_share)} | "
                  f"{signed(g.sentiment_start)} | {signed(g.sentiment_end)} |" for g in d.calls.groups]
        lines.append("")

    qs = d.quality
    lines += [f"## {titles['quality']}", "",
              f"- Calls in the store: {qs.calls_total}; this {w.period}: {qs.calls_in_period}",
              f"- Failed inputs: {qs.failures_total}" + (" (" + "; ".join(f"{s}: {r} ×{n}" for s, r, n in qs.failures[:5]) + ")" if qs.failures else ""),
              f"- Calls no persona fits: {'personas not run yet' if qs.unassigned is None else qs.unassigned}",
              "- Skipped: " + ("; ".join(f"{s}: {r} ×{n}" for s, r, n in qs.skipped[:5]) or "none"),
              ""]
    return "\n".join(lines)
