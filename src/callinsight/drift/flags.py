"""Weekly drift flags shared by topics, insight categories and personas: pure functions over counts.

The input everywhere is the same two mappings:

- ``counts[(week, subject)] -> n``: how many items (utterances, insights, calls) of ``subject`` fell in
  ``week`` (a ``date``, the Monday of the ISO week, or any sortable key);
- ``totals[week] -> n``: how many items there were in that week in all (the share's denominator).
  Counts need not add up to the total: "calls that mentioned X" out of all calls works too.

Functions (the tests themselves are in ``drift.stats``):

- ``weekly_shares(counts, totals)`` -> ``list[WeeklyShare]`` with zero-filled rows for every
  (week, subject) pair, so a subject that vanished shows up as share 0.
- ``flag_drift(counts, totals, baseline_weeks=4, alpha=0.01, min_count=3, ...)`` -> ``list[DriftFlag]``,
  one per (week, subject) that has a baseline: status ``new`` / ``growing`` / ``fading`` / ``stable``.
  With ``recent_weeks`` > 1 a second, pooled comparison runs for every week too (below); the row kept
  is the single week's when that one is flagged, else the recent window's when that one is, else the
  single week's ``stable`` row. ``DriftFlag.window_weeks`` says which (1 = the single week).

The rules, so that noise is not news:

- Each week is compared with the pooled counts of the ``baseline_weeks`` weeks before it (weeks without
  data are skipped; a week with no earlier data gets no flag).
- Test: two-proportion z-test when every expected cell count is at least 5, else Fisher's exact test
  (small counts are the normal case for a team's calls).
- Multiple testing: p-values are adjusted with Benjamini-Hochberg within each week (all subjects of a
  week form one family); a flag needs the adjusted p below ``alpha``.
- Effect size is Cohen's h (difference of arcsine-transformed shares); a flag also needs
  ``|h| >= min_effect`` (0.2 = Cohen's "small"), so that a tiny but significant wobble in a large
  corpus, or the mechanical shrinking of every other share when one subject grows, is not flagged.
- Counts: growing and new need at least ``min_count`` items in the week; fading needs the baseline to
  have held at least ``min_count`` items per baseline week on average (there must be something to fade).
- ``new``: the baseline share was negligible (below ``negligible_share`` and fewer than ``min_count``
  items in the whole baseline) and the week passes the growing test.

The recent window, for small weekly volumes (a team's ~20 customer utterances a week cannot make one
week significant, yet three weeks in a row can): the ``recent_weeks`` weeks ending at each week are
pooled and compared with the pooled ``recent_baseline_weeks`` weeks before them.

- Counts apply to the pooled window: growing and new need at least ``min_count`` items in the window
  and the subject present in at least two of its weeks (a sustained change, not one burst: a single
  week's burst is the single-week test's business); fading needs the baseline share to predict at
  least ``min_count`` items in the window (there must have been something to fade).
- Multiple testing: Benjamini-Hochberg within each week over the subjects that could be flagged at all
  (those passing the count rules above), at ``recent_alpha``. Subjects that no p-value could flag do not
  enter the family: at ~20 items a week most of ~50 subjects have one or two mentions, and counting them
  would multiply every p-value by ~50 for nothing.
- A window is only tested with the full ``recent_baseline_weeks`` of history before it (with short
  baselines, rare subjects look new or grown merely because they had no time to appear), so with the
  defaults the first window verdict comes in week 9.
- ``new`` in the window: the subject was absent from the whole baseline (a single mention there is not
  negligible when a week holds 20 items), is now in at
  least two of the window's weeks with ``min_count`` items pooled, and the baseline was long enough to
  have heard it: the binomial probability of a baseline that quiet had the subject held its recent share
  then (test ``novelty``) is below ``recent_alpha`` after Benjamini-Hochberg over the week's new
  candidates (a separate family: "is it new?" is a different question from "did its share move?").
  Four HubSpot mentions in three weeks after none in 66 baseline insights: 0.93^66 = 0.008.
- Effect size: ``|h| >= min_effect`` as for single weeks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from callinsight.drift.stats import Subject, Week, benjamini_hochberg, check_counts, cohens_h, two_proportion_p

Status = Literal["new", "growing", "fading", "stable"]


@dataclass(frozen=True)
class WeeklyShare:
    week: Week
    subject: Subject
    n: int
    total: int
    share: float


@dataclass(frozen=True)
class DriftFlag:
    """One (week, subject) compared with its trailing baseline."""

    week: Week
    subject: Subject
    status: Status
    n: int
    total: int
    share: float
    baseline_n: int
    baseline_total: int
    baseline_share: float
    effect: float  # Cohen's h: positive = the share rose
    p_value: float  # raw two-sided p-value of the test
    p_adjusted: float  # Benjamini-Hochberg within the week
    test: str  # "z" or "fisher"
    window_weeks: int = 1  # 1: this week alone; more: the pooled recent weeks ending at ``week``
    history_weeks: int = 0  # the trend test (drift.trend): weeks of history tested; 0 for the window comparison


def weekly_shares(counts: Mapping[tuple[Week, Subject], int], totals: Mapping[Week, int]) -> list[WeeklyShare]:
    """Every (week, subject) pair with its count and share, zero-filled, sorted by week then subject."""
    check_counts(counts, totals)
    subjects = sorted({s for _, s in counts}, key=str)
    rows = []
    for week in sorted(totals):
        total = int(totals[week])
        for subject in subjects:
            n = int(counts.get((week, subject), 0))
            rows.append(WeeklyShare(week, subject, n, total, n / total if total else 0.0))
    return rows


def flag_drift(
    counts: Mapping[tuple[Week, Subject], int],
    totals: Mapping[Week, int],
    *,
    baseline_weeks: int = 4,
    alpha: float = 0.01,
    min_count: int = 3,
    min_effect: float = 0.2,
    negligible_share: float = 0.01,
    recent_weeks: int = 1,
    recent_baseline_weeks: int = 6,
    recent_alpha: float = 0.05,
) -> list[DriftFlag]:
    """Compare each week's share of each subject with its trailing baseline (see the module doc).

    ``recent_weeks`` 1 (the default) runs the single-week comparison only.
    """
    check_counts(counts, totals)
    if baseline_weeks < 1 or recent_baseline_weeks < 1:
        raise ValueError("baseline_weeks and recent_baseline_weeks must be at least 1")
    if recent_weeks < 1:
        raise ValueError("recent_weeks must be at least 1")
    weeks = [w for w in sorted(totals) if totals[w] > 0]
    subjects = sorted({s for _, s in counts}, key=str)
    flags: list[DriftFlag] = []
    for i in range(len(weeks)):
        single = _single_week(counts, totals, weeks, i, subjects, baseline_weeks, alpha, min_count, min_effect, negligible_share)
        window: dict[Subject, DriftFlag] = {}
        if recent_weeks > 1:
            window = _recent_window(counts, totals, weeks, i, subjects, recent_weeks, recent_baseline_weeks, recent_alpha,
                                    min_count, min_effect, negligible_share)
        by_subject = {f.subject: f for f in single}
        for subject in sorted(set(by_subject) | {s for s, w in window.items() if w.status != "stable"}, key=str):
            f, w = by_subject.get(subject), window.get(subject)
            if w is not None and w.status != "stable" and (f is None or f.status == "stable"):
                flags.append(w)
            elif f is not None:
                flags.append(f)
    return flags


def _single_week(
    counts: Mapping[tuple[Week, Subject], int], totals: Mapping[Week, int], weeks: list[Week], i: int, subjects: list[Subject],
    baseline_weeks: int, alpha: float, min_count: int, min_effect: float, negligible_share: float,
) -> list[DriftFlag]:
    week = weeks[i]
    base = weeks[max(0, i - baseline_weeks) : i]
    if not base:
        return []
    total = int(totals[week])
    base_total = sum(int(totals[b]) for b in base)
    tested = []
    for subject in subjects:
        n = int(counts.get((week, subject), 0))
        bn = sum(int(counts.get((b, subject), 0)) for b in base)
        if n == 0 and bn == 0:
            continue
        p, test = two_proportion_p(n, total, bn, base_total)
        tested.append((subject, n, bn, p, test))
    adjusted = benjamini_hochberg([t[3] for t in tested])
    out = []
    for (subject, n, bn, p, test), p_adj in zip(tested, adjusted, strict=True):
        share, base_share = n / total, bn / base_total
        h = cohens_h(share, base_share)
        status: Status = "stable"
        if p_adj < alpha and abs(h) >= min_effect:
            if h > 0 and n >= min_count:
                negligible = base_share < negligible_share and bn < min_count
                status = "new" if negligible else "growing"
            elif h < 0 and bn / len(base) >= min_count:
                status = "fading"
        out.append(DriftFlag(week, subject, status, n, total, share, bn, base_total, base_share, h, p, p_adj, test))
    return out


def _recent_window(
    counts: Mapping[tuple[Week, Subject], int], totals: Mapping[Week, int], weeks: list[Week], i: int, subjects: list[Subject],
    recent_weeks: int, baseline_weeks: int, alpha: float, min_count: int, min_effect: float, negligible_share: float,
) -> dict[Subject, DriftFlag]:
    """The pooled ``recent_weeks`` ending at ``weeks[i]`` against the pooled weeks before them, per subject."""
    start = i - recent_weeks + 1
    if start < baseline_weeks:  # a full window and a full baseline: short baselines make noise look like news
        return {}
    recent = weeks[start : i + 1]
    base = weeks[max(0, start - baseline_weeks) : start]
    total = sum(int(totals[w]) for w in recent)
    base_total = sum(int(totals[b]) for b in base)
    tested = []
    for subject in subjects:
        per_week = [int(counts.get((w, subject), 0)) for w in recent]
        n, bn = sum(per_week), sum(int(counts.get((b, subject), 0)) for b in base)
        if n + bn < min_count:  # too little support to be flagged either way: not part of the family
            continue
        p, test = two_proportion_p(n, total, bn, base_total)
        tested.append((subject, per_week, n, bn, p, test))
    adjusted = benjamini_hochberg([t[4] for t in tested])
    out = {}
    for (subject, per_week, n, bn, p, test), p_adj in zip(tested, adjusted, strict=True):
        share, base_share = n / total, bn / base_total
        h = cohens_h(share, base_share)
        # Sustained: every week of the window on the same side of the baseline share, not one burst.
        weekly = [x / int(totals[w]) for x, w in zip(per_week, recent, strict=True)]
        status: Status = "stable"
        if p_adj < alpha and abs(h) >= min_effect:
            if h > 0 and n >= min_count and all(x > base_share for x in weekly):
                status = "new" if bn == 0 else "growing"
            elif h < 0 and base_share * total >= min_count and all(x < base_share for x in weekly):
                status = "fading"
        out[subject] = DriftFlag(weeks[i], subject, status, n, total, share, bn, base_total, base_share, h, p, p_adj, test,
                                 len(recent))
    return out
