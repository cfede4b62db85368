"""The report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no network.

Sections come in the order a marketer asks (what changed, pains, topics, personas, competitors,
calls, data quality); every finding links to its quotes in the evidence list at the bottom, which
names the call and the mm:ss where the words were said.
"""

from __future__ import annotations

import re
from html import escape

from callinsight.phrasing import is_shortened, short_phrase
from callinsight.records import insight_kind_label
from callinsight.report import charts
from callinsight.report.i18n import EN, category_name, counted, current_language, kind_name, n_calls, t, tr, value_name
from callinsight.report.model import InsightRow, PersonaFinding, Quote, ReportData

SECTIONS = (
    ("changes", "What changed"),
    ("pains", "Pain points and objections"),
    ("topics", "Topics over time"),
    ("personas", "Personas"),
    ("competitors", "Competitors"),
    ("calls", "Calls"),
    ("quality", "Data quality"),
    ("evidence", "Evidence"),
)

CSS = """
:root{--fg:#1d2330;--muted:#5b6475;--line:#e3e6ec;--bg:#f6f7f9;--card:#fff;--accent:#0072B2;--up:#b3261e;--down:#1e7b34}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
.notice,footer,code,summary,.proposal{overflow-wrap:anywhere}
header,main,footer{max-width:980px;margin:0 auto;padding:0 16px}
header{padding-top:24px}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 4px}
h2{font-size:1.25rem;margin:0 0 12px}
h3{font-size:1.05rem;margin:18px 0 6px}
h4{font-size:.98rem;margin:10px 0 4px}
.sub{color:var(--muted);margin:0 0 12px}
nav{display:flex;flex-wrap:wrap;gap:6px 14px;margin:8px 0 16px;font-size:.92rem}
a{color:var(--accent)}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:0 0 18px}
.notice{background:#fff7e0;border:1px solid #f0d58a;border-radius:8px;padding:10px 14px;margin:0 0 16px}
.note{color:var(--muted);font-style:italic}
.kpis{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 16px}
.kpi{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px;min-width:130px;flex:1}
.kpi b{display:block;font-size:1.4rem}
.kpi span{color:var(--muted);font-size:.85rem}
ul.movers{padding-left:0;list-style:none;margin:0}
ul.movers li{padding:8px 0 8px 12px;border-left:4px solid var(--line);margin:0 0 8px}
ul.movers li.new,ul.movers li.emerging,ul.movers li.growing{border-color:var(--up)}
ul.movers li.fading{border-color:var(--down)}
ul.movers li.watch{border-color:var(--line);border-left-style:dashed}
.tag{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;padding:1px 6px;border-radius:4px;background:#eef1f6;color:var(--muted);margin-right:6px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.93rem}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:.82rem;text-transform:uppercase;letter-spacing:.03em}
td.num,th.num{text-align:right;white-space:nowrap}
blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid var(--line);color:#2c3445}
blockquote a{font-size:.85rem;white-space:nowrap}
mark{background:#fff1b8;padding:0 2px;border-radius:2px}
li:target{background:#fff7e0}
figure{margin:8px 0 14px}
figcaption{font-weight:600;font-size:.95rem;margin:0 0 4px}
svg.chart{width:100%;height:auto;max-width:720px;display:block}
.narrow{display:none}
svg .clabel{font-size:12.5px;fill:var(--fg)}
svg .cvalue,svg .axis{font-size:11.5px;fill:var(--muted)}
svg .grid{stroke:var(--line);stroke-width:1}
.persona{border-top:1px solid var(--line);padding-top:6px;margin-top:12px}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:12px}
details .proposal{background:var(--bg);padding:4px 12px;border-radius:6px;font-size:.9rem}
details .proposal h4{font-size:1rem;margin:10px 0 4px}
details .proposal h5{font-size:.95rem;margin:10px 0 4px}
summary{cursor:pointer}
ol.evidence{padding-left:22px}
ol.evidence li{margin:0 0 10px}
.meta{color:var(--muted);font-size:.85rem}
footer{color:var(--muted);font-size:.85rem;padding-bottom:30px}
@media (max-width:600px){.wide{display:none}.narrow{display:block}body{font-size:15px}.cols h4{font-size:.95rem}section{padding:14px 12px}h1{font-size:1.3rem}.kpi{min-width:42%}th,td{padding:5px 4px}}
"""


def pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.0%}"


def signed(x: float | None) -> str:
    return "–" if x is None else f"{x:+.2f}"


def _figure(kind: str, title: str, *args: object, **kwargs: object) -> str:
    """A chart drawn twice: wide for laptops, narrow for phones (text in an SVG scales with it, so a
    wide chart squeezed onto a phone would have unreadable labels). CSS shows one of the two."""
    draw = charts.line_chart if kind == "line" else charts.bar_chart
    wide = draw(*args, title=title, width=720, **kwargs)  # type: ignore[arg-type]
    narrow = draw(*args, title=title, width=360, **kwargs)  # type: ignore[arg-type]
    if not wide:
        return ""
    return (f'<figure><figcaption>{escape(title)}</figcaption><div class="wide">{wide}</div>'
            f'<div class="narrow">{narrow}</div></figure>')


def _note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>' if text else ""


def _marked(q: Quote, width: int = 220) -> str:
    before, quote, after = q.around(width)
    return f"{escape(before)}<mark>{escape(quote)}</mark>{escape(after)}"


def _quote_html(q: Quote) -> str:
    return (f'<blockquote>“{_marked(q)}” <a href="#{q.anchor}" title="{escape(t("quote.title", call_id=q.call_id))}">'
            f"{escape(t('quote.where', call_id=q.call_id[:12], timestamp=q.timestamp))}</a></blockquote>")


def _what(kind: str, category: str) -> str:
    label = insight_kind_label(kind).lower() if current_language() == "en" else kind_name(kind)
    return label if category == kind else f"{category_name(category)} ({label})"


def _n_calls(n: int) -> str:
    return n_calls(n)


def _period(d: ReportData) -> str:
    return t(f"period.{d.window.period}") if d.window.period in ("week", "month") else d.window.period


def sections() -> list[tuple[str, str]]:
    """The section ids with their titles in the language being rendered."""
    return [(sid, t(f"section.{sid}")) for sid, _ in SECTIONS]


def render_html(d: ReportData) -> str:
    w = d.window
    parts = [
        f"<!doctype html><html lang=\"{current_language()}\"><head><meta charset=\"utf-8\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(d.title)}</title><style>{CSS}</style></head><body>",
        f"<header><h1>{escape(d.title)}</h1>",
        '<p class="sub">' + escape(t("sub.compared", label=w.label, calls=_n_calls(d.calls_now), prev_label=w.prev_label,
                                       prev_calls=_n_calls(d.calls_prev), generated=f"{d.generated_at:%Y-%m-%d %H:%M}")) + "</p>",
        "<nav>" + "".join(f'<a href="#{sid}">{escape(title)}</a>' for sid, title in sections()) + "</nav>",
    ]
    if d.notice:
        parts.append(f'<div class="notice">{escape(d.notice)}</div>')
    parts.append(_kpis(d))
    parts.append("</header><main>")
    for sid, title in sections():
        body = _BODIES[sid](d)
        parts.append(f'<section id="{sid}"><h2>{escape(title)}</h2>{body}</section>')
    parts.append(f"</main><footer>{escape(t('footer', database=d.database))}</footer></body></html>")
    return "".join(parts)


def _kpis(d: ReportData) -> str:
    top = d.insights.rows[0] if d.insights.rows else None
    items = [
        (str(d.calls_now), t("kpi.calls_period", period=_period(d))),
        (f"{d.calls_now - d.calls_prev:+d}", t("kpi.vs_previous", period=_period(d))),
        (pct(top.share) if top else "–", t("kpi.top_concern_is", what=_what(top.kind, top.category)) if top else t("kpi.top_concern")),
        (str(d.quality.failures_total), t("kpi.failed")),
    ]
    return '<div class="kpis">' + "".join(f"<div class=\"kpi\"><b>{escape(v)}</b><span>{escape(k)}</span></div>" for v, k in items) + "</div>"


def _changes(d: ReportData) -> str:
    c = d.changes
    out = _note(c.note)
    if c.movers:
        out += '<ul class="movers">'
        for m in c.movers:
            link = f' <a href="#{m.evidence}">{escape(t("link.evidence"))}</a>' if m.evidence else ""
            tag = t(f"status.{m.status}") if f"status.{m.status}" in EN else m.status
            out += f'<li class="{escape(m.status)}"><span class="tag">{escape(tag)}</span>{escape(m.sentence)}{link}</li>'
        out += "</ul>"
    return out or _note(t("note.nothing"))


def _insight_table(rows: list[InsightRow], d: ReportData) -> str:
    prev_head = t("col.prev_period", period=_period(d))
    out = [f'<div class="scroll"><table><thead><tr><th>{t("col.concern")}</th><th class="num">{t("col.calls")}</th>'
           f'<th class="num">{t("col.share")}</th><th class="num">{escape(prev_head)}</th>'
           f'<th>{t("col.last_weeks", n=len(d.window.weeks))}</th></tr></thead><tbody>']
    for row in rows:
        spark = charts.sparkline(row.weekly, title=t("spark.concern", what=_what(row.kind, row.category)))
        out.append(f"<tr><td>{escape(_what(row.kind, row.category))}<br><span class=\"meta\">{t('unit.mentions', n=row.mentions)}</span></td>"
                   f'<td class="num">{row.calls}</td><td class="num">{pct(row.share)}</td>'
                   f'<td class="num">{pct(row.prev_share)}</td><td>{spark}</td></tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


def _pains(d: ReportData) -> str:
    s = d.insights
    out = _note(s.note)
    if not s.rows:
        return out
    top = s.rows[:8]
    out += _figure("bar", t("fig.share_of_calls", label=d.window.label), [(_what(r.kind, r.category), r.share * 100) for r in top], unit="%")
    out += _insight_table(s.rows[:15], d)
    out += f"<h3>{t('h.what_customers_said')}</h3>"
    for row in top[:5]:
        if row.quotes:
            out += f'<p><b>{escape(_what(row.kind, row.category))}</b></p>' + "".join(_quote_html(q) for q in row.quotes)
    if s.also:
        out += f"<h3>{t('h.also_complain')}</h3>"
        for g in s.also:
            out += (f'<p><b>{escape(g.label)}</b> <span class="meta">({escape(t("also.count", quotes=g.quotes, calls=g.calls))})'
                    "</span></p>" + "".join(_quote_html(q) for q in g.examples))
    return out


def _topics(d: ReportData) -> str:
    t = d.topics  # the section (``tr(lang, …)`` for words here)
    lang = current_language()
    out = _note(t.note)
    if t.series:
        out += _figure("line", tr(lang, "fig.topic_share"), t.week_labels, t.series)
    if t.drift:
        moved = sum(1 for x in t.drift if x.status != "stable")
        moved_text = tr(lang, "drift.moved_one" if moved == 1 else "drift.moved_many", n=moved)
        out += f"<h3>{tr(lang, 'h.drift_latest')}</h3><p>{escape(moved_text)}</p>"
        out += (f'<div class="scroll"><table><thead><tr><th>{tr(lang, "col.topic_or_concern")}</th><th>{tr(lang, "col.status")}</th>'
                f'<th class="num">{tr(lang, "col.share")}</th><th class="num">{tr(lang, "col.baseline")}</th>'
                f'<th class="num">{tr(lang, "col.p")}</th></tr></thead><tbody>')
        for row in t.drift[:8]:
            label, share, baseline, p = row.label, row.share, row.baseline, row.p_value
            status = tr(lang, f"status.{row.status}") if f"status.{row.status}" in EN else row.status
            out += (f"<tr><td>{escape(label)}</td><td>{escape(status)}</td><td class=\"num\">{pct(share)}</td>"
                    f'<td class="num">{pct(baseline)}</td><td class="num">{"–" if p is None else f"{p:.3f}"}</td></tr>')
        out += "</tbody></table></div>"
    return out or _note(tr(current_language(), "note.no_topics"))


def _findings(title: str, items: list[PersonaFinding], empty: str, *, counts: bool = True) -> str:
    out = f"<div><h4>{escape(title)}</h4>"
    if not items:
        return out + _note(empty) + "</div>"
    out += "<ul>"
    for f in items[:8]:
        meta = f' <span class="meta">({escape(counted(f.evidence_count, "quote"))})</span>' if counts and f.evidence_count else ""
        out += f"<li>{_concern_html(category_name(f.concern))}{meta}</li>"
    return out + "</ul></div>"


def _concern_html(text: str) -> str:
    """A documented concern as a short phrase, its full sentence in the tooltip."""
    short = short_phrase(text)
    return f'<span title="{escape(text)}">{escape(short)}</span>' if is_shortened(text) else escape(short)


def _inline(text: str) -> str:
    out = escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    # a proposal's long concern: "<details><summary>short</summary>full</details>" (contents stay escaped)
    out = re.sub(r"&lt;details&gt;&lt;summary&gt;(.+?)&lt;/summary&gt;(.+?)&lt;/details&gt;",
                 r'<details class="concern"><summary>\1</summary>\2</details>', out)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", out)


def mini_markdown(text: str) -> str:
    """The persona proposals' Markdown (headings, bullets, quotes, bold, code) as HTML, everything escaped."""
    out: list[str] = []
    in_list = False
    for raw in text.splitlines():
        line = raw.rstrip()
        is_item = line.startswith("- ")
        if in_list and not is_item and not line.lstrip().startswith(">"):
            out.append("</ul>")
            in_list = False
        if not line.strip():
            continue
        if line.startswith("#"):
            level = min(len(line) - len(line.lstrip("#")) + 3, 6)
            out.append(f"<h{level}>{_inline(line.lstrip('#').strip())}</h{level}>")
        elif is_item:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_inline(line[2:])}</li>")
        elif line.lstrip().startswith(">"):
            quote = f"<blockquote>{_inline(line.lstrip()[1:].strip())}</blockquote>"
            if in_list and out[-1].endswith("</li>"):  # a bullet's evidence belongs inside the bullet
                out[-1] = out[-1][: -len("</li>")] + quote + "</li>"
            else:
                out.append(quote)
        else:
            out.append(f"<p>{_inline(line)}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def _personas(d: ReportData) -> str:
    p = d.personas
    out = _note(p.note)
    for b in p.personas:
        negative = f' <span class="tag">{escape(t("tag.negative_persona"))}</span>' if b.is_negative else ""
        this_period = t("persona.calls_this_period", calls=n_calls(b.calls), period=_period(d))
        out += (f'<div class="persona"><h3>{escape(b.persona)}{negative} <span class="meta">· {escape(this_period)}'
                '</span></h3><div class="cols">')
        if not b.calls:  # no calls, no evidence either way: neither "still heard" nor "nobody says it"
            out += _note(t("note.persona_no_calls", period=_period(d)))
        else:
            out += _findings(t("persona.said_not_documented"), b.said_not_documented, t("persona.nothing_new"))
            out += _findings(t("persona.documented_not_said"), b.documented_not_said, t("persona.all_heard"), counts=False)
        out += "</div>"
        if b.suggestion:
            out += (f'<details><summary>{escape(t("persona.suggested_summary"))} <span class="meta">({escape(b.suggestion_path)})</span></summary>'
                    f'<div class="proposal">{mini_markdown(b.suggestion[:8000])}</div></details>')
        else:
            out += _note(t("note.no_suggestion"))
        out += "</div>"
    if p.unassigned:
        out += f"<p>{escape(t('persona.unassigned', n=p.unassigned, period=_period(d)))}</p>"
    return out or _note(t("note.no_personas"))


def _competitors(d: ReportData) -> str:
    c = d.competitors
    out = _note(c.note)
    if not c.rows:
        return out
    trend = [(r.name, [float(x) for x in r.weekly]) for r in c.rows[:6] if charts.has_data(r.weekly)]
    if trend and len(c.week_labels) > 1:
        out += _figure("line", t("fig.competitor_trend"), c.week_labels, trend, percent=False)
    elif any(r.calls for r in c.rows):
        out += _figure("bar", t("fig.competitor_calls", label=d.window.label), [(r.name, float(r.calls)) for r in c.rows[:8]])
    out += (f'<div class="scroll"><table><thead><tr><th>{t("col.competitor")}</th><th class="num">{t("col.calls")}</th>'
            f'<th class="num">{t("col.mentions")}</th><th>{t("col.last_weeks", n=len(d.window.weeks))}</th>'
            f"<th>{t('col.comes_up')}</th></tr></thead><tbody>")
    for r in c.rows:
        ctxs = "; ".join(f"{escape(label)} ({n})" for label, n in r.contexts) or "–"
        spark = charts.sparkline(r.weekly, title=t("spark.competitor", name=r.name))
        out += (f"<tr><td>{escape(r.name)}</td><td class=\"num\">{r.calls}</td><td class=\"num\">{r.mentions}</td>"
                f"<td>{spark}</td><td>{ctxs}</td></tr>")
    out += "</tbody></table></div>"
    for r in c.rows[:4]:
        if r.quotes:
            out += f"<p><b>{escape(r.name)}</b></p>" + "".join(_quote_html(q) for q in r.quotes)
    return out


def _calls(d: ReportData) -> str:
    c = d.calls
    out = _note(c.note)
    if c.weekly and charts.has_data(c.weekly):
        out += _figure("bar", t("fig.calls_per_week"), list(zip(c.week_labels, [float(x) for x in c.weekly], strict=True)))
    if c.groups:
        out += (f'<div class="scroll"><table><thead><tr><th>{t("col.kind")}</th><th>{t("col.direction")}</th>'
                f'<th class="num">{t("col.calls")}</th><th class="num">{t("col.minutes")}</th>'
                f'<th class="num">{t("col.agent_talk")}</th><th class="num">{t("col.silence")}</th>'
                f'<th class="num">{t("col.mood_start")}</th><th class="num">{t("col.mood_end")}</th></tr></thead><tbody>')
        for g in c.groups:
            out += (f"<tr><td>{escape(value_name(g.kind))}</td><td>{escape(value_name(g.direction))}</td><td class=\"num\">{g.calls}</td>"
                    f'<td class="num">{g.minutes:.0f}</td><td class="num">{pct(g.talk_ratio_agent)}</td>'
                    f'<td class="num">{pct(g.silence_share)}</td><td class="num">{signed(g.sentiment_start)}</td>'
                    f'<td class="num">{signed(g.sentiment_end)}</td></tr>')
        out += "</tbody></table></div>"
        out += _note(t("note.mood"))
    return out


def _quality(d: ReportData) -> str:
    q = d.quality
    rows = [
        (t("quality.calls_total"), str(q.calls_total)),
        (t("quality.calls_period", period=_period(d)), str(q.calls_in_period)),
        (t("quality.stages"), ", ".join(f"{s} {n}" for s, n in q.stages_done) or "–"),
        (t("quality.failed"), str(q.failures_total)),
        (t("quality.unassigned"), t("quality.personas_not_run") if q.unassigned is None else str(q.unassigned)),
        (t("quality.languages"), ", ".join(f"{lang} {n}" for lang, n in q.languages) or "–"),
    ]
    if q.last_run:
        rows.append((t("quality.last_run"), q.last_run))
    out = "<div class=\"scroll\"><table><tbody>" + "".join(
        f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows) + "</tbody></table></div>"
    if q.failures:
        out += f"<h3>{t('h.why_failed')}</h3><ul>" + "".join(
            f"<li>{escape(stage)}: {escape(reason)} <span class=\"meta\">({n})</span></li>" for stage, reason, n in q.failures) + "</ul>"
    if q.skipped:
        out += f"<h3>{t('quality.skipped_title')}</h3><ul>" + "".join(
            f"<li>{escape(stage)}: {escape(reason)} <span class=\"meta\">({escape(t('quality.skipped_calls', n=n))})</span></li>" for stage, reason, n in q.skipped) + "</ul>"
    return out


def _evidence(d: ReportData) -> str:
    if not d.quotes:
        return _note(t("note.no_quotes"))
    out = '<ol class="evidence">'
    for q in d.quotes:
        when = f" · {q.started_at:%Y-%m-%d}" if q.started_at else ""
        where = escape(t("quote.where", call_id="\0", timestamp=q.timestamp)).replace("\0", f"<code>{escape(q.call_id)}</code>")
        out += (f'<li id="{q.anchor}">“{_marked(q, 400)}”<br><span class="meta">{where} · {escape(value_name(q.role))} · '
                f"{escape(_what(q.kind, q.category))}{when}</span></li>")
    return out + "</ol>"


_BODIES = {
    "changes": _changes, "pains": _pains, "topics": _topics, "personas": _personas,
    "competitors": _competitors, "calls": _calls, "quality": _quality, "evidence": _evidence,
}
