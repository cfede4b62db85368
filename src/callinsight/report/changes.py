"""'What changed': the few biggest movers of the period, in sentences a marketer can forward as they are.

Two sources: the drift flags the topics stage stored in ``v_drift`` (the one drift test, docs/drift.md: only
these are new / growing / fading), and, for what v_drift did not flag, the period-over-period change in the
share of calls (``drift.period_change_p``), shown only as "watch": a move the drift test does not confirm.
"""

from __future__ import annotations

from callinsight.drift import period_change_p
from callinsight.report.context import Ctx
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
        out.note = (f"No calls in the previous {ctx.w.period} ({ctx.w.prev_label}) to compare with; "
                    "the sections below describe this period alone.")
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
        what = f"topic “{d.label}”" if d.subject_type == "topic" else what_words(kind, category or kind)
        anchor = "topics" if d.subject_type == "topic" else anchors.get(what, "competitors" if kind == "competitor" else "pains")
        sentence = _drift_sentence(d, what)
        if what in period:  # the same subject also moved period over period: one line, both figures
            sentence += f" Counting calls, {lower_first(period.pop(what).sentence)}"
        flagged[what] = Mover(d.status, what, sentence, abs(d.share - (d.baseline or 0.0)), anchor)
    movers = sorted(flagged.values(), key=lambda m: -m.change) + sorted(
        period.values(), key=lambda m: (m.status == "watch", -m.change)
    )
    out.movers = movers[:6]
    if not out.movers and not out.note:
        out.note = f"Nothing moved enough to call out: no concern changed its share of calls by 5 points or more since {ctx.w.prev_label}."
    return out


def _drift_sentence(d: DriftRow, what: str) -> str:
    units = "customer utterances" if d.subject_type == "topic" else "customer findings"
    span = "the latest week" if d.window_weeks <= 1 else f"the last {d.window_weeks} weeks"
    now = (f"{d.n} of {d.total} {units} ({d.share:.0%})" if d.n is not None and d.total
           else f"{d.share:.0%} of {units}")
    base_share = d.baseline or 0.0
    before = (f"{d.baseline_n} of {d.baseline_total} ({base_share:.0%}) in the weeks before"
              if d.baseline_n is not None and d.baseline_total else f"{base_share:.0%} in the weeks before")
    subject = f"{what[:1].upper()}{what[1:]}"
    if d.status == "new" and d.baseline_n:  # appeared a few weeks ago and keeps growing
        text = f"{subject} is new and growing: {now} in {span}, up from {before}"
    elif d.status == "new":
        text = f"{subject} is new: {now} in {span}, none in the weeks before"
        if d.baseline_total:
            text += f" ({d.baseline_total} {units})"
    elif d.status == "growing":
        text = f"{subject} grew: {now} in {span}, up from {before}"
    else:
        text = f"{subject} faded: {now} in {span}, down from {before}"
    tests = []
    if d.p_value is not None:
        tests.append(f"p {p_equals(d.p_value)}")
    if d.p_adjusted is not None:
        adjusted = "< 0.001" if d.p_adjusted < 0.001 else f"{d.p_adjusted:.3f}" if d.p_adjusted < 0.01 else f"{d.p_adjusted:.2f}"
        tests.append(f"{adjusted} after correcting for the other subjects tested that week")
    text += f" ({'; '.join(tests)})." if tests else "."
    if d.examples:
        lead = " What it sounded like before: " if d.status == "fading" else " For example: "
        text += lead + " / ".join(f"“{q}”" for q in d.examples[:2])
    return text


def _mover(ctx: Ctx, what: str, now: int, prev: int, anchor: str | None) -> Mover | None:
    """A share change of 5+ points that a two-proportion test does not dismiss: always "watch" here, because
    only the drift test (v_drift) flags new / growing / fading, the same in v_drift, the report and personas."""
    share, prev_share = now / ctx.calls_now, prev / ctx.calls_prev
    now_txt = f"{now} of {ctx.calls_now} calls ({share:.0%})"
    prev_txt = f"{prev} of {ctx.calls_prev} ({prev_share:.0%}) in the {ctx.w.period} before"
    p = period_change_p(now, ctx.calls_now, prev, ctx.calls_prev)
    diff = share - prev_share
    subject = f"{what[:1].upper()}{what[1:]}"
    if prev == 0 and now >= 2:
        return Mover("watch", what, f"{subject} came up in {now_txt}; none in the {ctx.w.period} before ({ctx.w.prev_label}). "
                     "The drift test does not flag it (yet): worth watching.", diff, anchor)
    caveat = " The drift test does not flag it: worth watching." if p < 0.05 else " Too few calls to call it a change yet: worth watching."
    if diff >= 0.05 and now >= 2 and p < 0.2:
        status = "watch"
        return Mover(status, what, f"{subject} in {now_txt}, up from {prev_txt}{p_suffix(p)}.{caveat}", diff, anchor)
    if diff <= -0.05 and prev >= 2 and p < 0.2:
        status = "watch"
        if now == 0:
            return Mover(status, what, f"No {what} in any of {ctx.calls_now} calls this {ctx.w.period}, down from {prev_txt}{p_suffix(p)}.{caveat}", -diff, anchor)
        return Mover(status, what, f"{subject} in {now_txt}, down from {prev_txt}{p_suffix(p)}.{caveat}", -diff, anchor)
    return None


def _not_enough(ctx: Ctx) -> str:
    return (f"Not enough calls yet: {ctx.calls_now} call(s) in {ctx.w.label}; the report compares periods "
            f"once there are at least {ctx.min_calls}.")
