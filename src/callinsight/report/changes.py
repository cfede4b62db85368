"""'What changed': the few biggest movers of the period, in sentences a marketer can forward as they are.

Two sources: the drift flags the topics stage stored in ``v_drift`` (the one drift test, docs/drift.md: only
these are new / growing / fading), and, for what v_drift did not flag, the period-over-period change in the
share of calls (``drift.period_change_p``), shown only as "watch": a move the drift test does not confirm.
"""

from __future__ import annotations

from callinsight.drift import period_change_p
from callinsight.report.context import Ctx
from callinsight.report.i18n import period_name, t
from callinsight.report.model import ChangesSection, CompetitorsSection, DriftRow, InsightsSection, Mover
from callinsight.report.text import lower_first, p_equals, p_suffix, what_words


def changes_section(ctx: Ctx, insights: InsightsSection, competitors: CompetitorsSection,
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
        out.note = t("changes.no_previous", period=period_name(ctx.w.period), prev_label=ctx.w.prev_label)
    candidates: list[tuple[str, int, int, str | None]] = []  # what, calls now, calls before, evidence anchor
    for row in [*insights.rows, *insights.gone]:
        candidates.append((what_words(row.kind, row.category), row.calls, round((row.prev_share or 0) * ctx.calls_prev),
                           row.quotes[0].anchor if row.quotes else "pains"))
    for comp in competitors.rows:
        candidates.append((what_words("competitor", comp.name), comp.calls, comp.prev_calls,
                           comp.quotes[0].anchor if comp.quotes else "competitors"))
    anchors = {what: anchor for what, _, _, anchor in candidates}
    period = {m.subject: m for c in candidates if (m := _mover(ctx, *c)) is not None} if ctx.calls_prev else {}
    flagged: dict[str, Mover] = {}
    for d in drift:
        if d.status not in ("new", "growing", "fading"):
            continue
        kind, _, category = d.subject.partition(":")
        what = t("what.topic", label=d.label) if d.subject_type == "topic" else what_words(kind, category or kind)
        anchor = "topics" if d.subject_type == "topic" else anchors.get(what, "competitors" if kind == "competitor" else "pains")
        sentence = _drift_sentence(d, what)
        if what in period:  # the same subject also moved period over period: one line, both figures
            sentence += t("mover.counting") + lower_first(period.pop(what).sentence)
        flagged[what] = Mover(d.status, what, sentence, abs(d.share - (d.baseline or 0.0)), anchor)
    movers = sorted(flagged.values(), key=lambda m: -m.change) + sorted(
        period.values(), key=lambda m: (m.status == "watch", -m.change)
    )
    out.movers = movers[:6]
    if not out.movers and not out.note:
        out.note = t("changes.nothing_moved", prev_label=ctx.w.prev_label)
    return out


def _drift_sentence(d: DriftRow, what: str) -> str:
    units = t("drift.units.topic") if d.subject_type == "topic" else t("drift.units.finding")
    span = t("drift.span.one") if d.window_weeks <= 1 else t("drift.span.many", n=d.window_weeks)
    now = (t("drift.now_counts", n=d.n, total=d.total, units=units, share=f"{d.share:.0%}") if d.n is not None and d.total
           else t("drift.now_share", share=f"{d.share:.0%}", units=units))
    base_share = d.baseline or 0.0
    before = (t("drift.before_counts", n=d.baseline_n, total=d.baseline_total, share=f"{base_share:.0%}")
              if d.baseline_n is not None and d.baseline_total else t("drift.before_share", share=f"{base_share:.0%}"))
    subject = f"{what[:1].upper()}{what[1:]}"
    if d.status == "new" and d.baseline_n:  # appeared a few weeks ago and keeps growing
        text = t("drift.new_growing", subject=subject, now=now, span=span, before=before)
    elif d.status == "new":
        text = t("drift.new", subject=subject, now=now, span=span)
        if d.baseline_total:
            text += t("drift.new_total", total=d.baseline_total, units=units)
    elif d.status == "growing":
        text = t("drift.grew", subject=subject, now=now, span=span, before=before)
    else:
        text = t("drift.faded", subject=subject, now=now, span=span, before=before)
    tests = []
    if d.p_value is not None:
        tests.append(f"p {p_equals(d.p_value)}")
    if d.p_adjusted is not None:
        adjusted = "< 0.001" if d.p_adjusted < 0.001 else f"{d.p_adjusted:.3f}" if d.p_adjusted < 0.01 else f"{d.p_adjusted:.2f}"
        tests.append(t("drift.adjusted", p=adjusted))
    text += f" ({'; '.join(tests)})." if tests else "."
    if d.examples:
        lead = t("drift.sounded_before") if d.status == "fading" else t("drift.example")
        text += lead + " / ".join(f"“{q}”" for q in d.examples[:2])
    return text


def _mover(ctx: Ctx, what: str, now: int, prev: int, anchor: str | None) -> Mover | None:
    """A share change of 5+ points that a two-proportion test does not dismiss: always "watch" here, because
    only the drift test (v_drift) flags new / growing / fading, the same in v_drift, the report and personas."""
    share, prev_share = now / ctx.calls_now, prev / ctx.calls_prev
    period_word = period_name(ctx.w.period)
    now_txt = t("mover.now", n=now, total=ctx.calls_now, share=f"{share:.0%}")
    prev_txt = t("mover.prev", n=prev, total=ctx.calls_prev, share=f"{prev_share:.0%}", period=period_word)
    p = period_change_p(now, ctx.calls_now, prev, ctx.calls_prev)
    diff = share - prev_share
    subject = f"{what[:1].upper()}{what[1:]}"
    if prev == 0 and now >= 2:
        return Mover("watch", what, t("mover.appeared", subject=subject, now=now_txt, period=period_word,
                                      prev_label=ctx.w.prev_label), diff, anchor)
    caveat = t("mover.caveat_test") if p < 0.05 else t("mover.caveat_few")
    if diff >= 0.05 and now >= 2 and p < 0.2:
        status = "watch"
        return Mover(status, what, t("mover.up", subject=subject, now=now_txt, prev=prev_txt, p=p_suffix(p), caveat=caveat),
                     diff, anchor)
    if diff <= -0.05 and prev >= 2 and p < 0.2:
        status = "watch"
        if now == 0:
            return Mover(status, what, t("mover.gone", what=what, calls=ctx.calls_now, period=period_word, prev=prev_txt,
                                         p=p_suffix(p), caveat=caveat), -diff, anchor)
        return Mover(status, what, t("mover.down", subject=subject, now=now_txt, prev=prev_txt, p=p_suffix(p), caveat=caveat),
                     -diff, anchor)
    return None


def _not_enough(ctx: Ctx) -> str:
    return t("note.not_enough", n=ctx.calls_now, label=ctx.w.label, min=ctx.min_calls)
