"""The trend test: is a subject's share rising or falling over the weeks of history, not just this week?

A steady rise (5% -> 25% over eight weeks) is a small step each week: a comparison of this week (or of
the last three) with a trailing baseline sees it late or never at 50-100 items a week. This tests the
whole history up to each report week at once (``benchmarks/drift_real.py`` measured both on real data):

- **Statistic**: the Cochran-Armitage score test of a linear trend of the share over the weeks of the
  history, i.e. the score test of week in a binomial regression, ``T = sum_w x_w (w - mean week)``.
  Closed form: it runs for every subject, segment and week of a store in milliseconds, where fitting a
  GLM per test would take minutes.
- **Small counts**: when the subject has few items (fewer than ``EXACT_BELOW`` per week of history on
  average, or fewer than that many non-items), the p-value comes from the exact conditional
  distribution (multivariate hypergeometric draws of the subject's items over the weeks, seeded by the
  subject so results are reproducible): the normal approximation flagged sparse subjects too often.
- **Real weeks differ in mix** more than sampling explains (a marketing mail, a holiday). One
  overdispersion factor per report (Dirichlet-multinomial: the same for every share), estimated from
  every subject's weekly Pearson residuals after its own trend, scales the statistic down (quasi-
  binomial). With no extra variation it is 1 and costs nothing.
- **Family**: Benjamini-Hochberg over the report's subjects that have support (at least ``min_support``
  items and 1% of the history's items: a filter blind to direction); a flag needs adjusted p < ``alpha``.
  Under no change at all this bounds the chance that a weekly report flags anything by ``alpha``.
- **Effect**: Cohen's h between the fitted line's share at the first and at the last week of the
  history, ``|h| >= min_effect``; and the recent weeks must sit on the trend's side of the earlier ones.
- **Mechanical shrinking**: when one concern grows from 5% to 25%, every other share shrinks by a fifth
  without anyone talking about them less. After the first pass, the subjects flagged growing are taken
  out of the denominators and the others are tested again, as shares of the rest.
- **Counts**: growing needs ``min_count`` items in the recent weeks; fading needs the earlier share to
  predict ``min_count`` items there (there must be something to fade). ``new``: growing, with fewer than
  ``min_count`` items and under 1% share in the earlier weeks, or with no item at all in the first four
  weeks of the history (a concern that appeared a few weeks ago and keeps growing is still news).

The history is the last ``history_weeks`` weeks with data ending at the report week; a report is made
from ``min_weeks`` weeks on. Rows describe the pooled ``recent_weeks`` (n, total, share) against the
earlier weeks of the history (baseline_*), so a sentence can say "12 of 60 in the last 3 weeks, up from
9 of 180 before".
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from callinsight.drift.flags import DriftFlag, Status
from callinsight.drift.stats import Subject, Week, benjamini_hochberg, check_counts, cohens_h

#: Below this many items per history week (or non-items), the exact conditional p-value is used.
EXACT_BELOW = 5.0
#: Draws for the exact conditional p-value (its smallest value is 1 / (draws + 1)).
DRAWS = 10000
NEGLIGIBLE_SHARE = 0.01
#: A growing subject with no item at all in this many first weeks of the history is ``new``.
NEW_WEEKS = 4


@dataclass(frozen=True)
class TrendResult:
    """One subject in one report: the trend over the history and the flag it earned."""

    subject: Subject
    status: Status
    n: int  # items in the recent weeks
    total: int
    baseline_n: int  # items in the earlier weeks of the history
    baseline_total: int
    start_share: float  # the fitted line at the first and last week of the history
    end_share: float
    effect: float  # Cohen's h, end against start
    p_value: float
    p_adjusted: float
    test: str  # "trend" (normal) or "trend-exact"
    dispersion: float
    history_weeks: int
    recent_weeks: int

    @property
    def share(self) -> float:
        return self.n / self.total if self.total else 0.0

    @property
    def baseline_share(self) -> float:
        return self.baseline_n / self.baseline_total if self.baseline_total else 0.0


def trend_flags(
    counts: Mapping[tuple[Week, Subject], int],
    totals: Mapping[Week, int],
    *,
    history_weeks: int = 12,
    min_weeks: int = 4,
    alpha: float = 0.02,
    min_effect: float = 0.2,
    min_count: int = 3,
    recent_weeks: int = 3,
    seed: int = 0,
) -> list[DriftFlag]:
    """``trend_report`` for every week with data as if it were the report's week: one ``DriftFlag`` per
    (week, subject with support), from the ``min_weeks``-th week with data on.

    Each week's verdict uses only that week and the ``history_weeks`` - 1 weeks with data before it, so
    a week's row never changes when later weeks arrive. ``DriftFlag.window_weeks`` is the number of
    recent weeks its n / total describe; ``test`` is "trend" or "trend-exact".
    """
    check_counts(counts, totals)
    if min_weeks < 3 or history_weeks < min_weeks:
        raise ValueError("min_weeks must be at least 3 and history_weeks at least min_weeks")
    weeks = [w for w in sorted(totals) if totals[w] > 0]
    subjects = sorted({s for _, s in counts}, key=str)
    out: list[DriftFlag] = []
    for i in range(min_weeks - 1, len(weeks)):
        history = weeks[max(0, i + 1 - history_weeks) : i + 1]
        rows = trend_report(
            {s: [int(counts.get((w, s), 0)) for w in history] for s in subjects}, [int(totals[w]) for w in history],
            alpha=alpha, min_effect=min_effect, min_count=min_count, recent_weeks=recent_weeks, seed=seed,
        )
        for r in rows:
            out.append(DriftFlag(weeks[i], r.subject, r.status, r.n, r.total, r.share, r.baseline_n, r.baseline_total,
                                 r.baseline_share, r.effect, r.p_value, r.p_adjusted, r.test, r.recent_weeks, r.history_weeks))
    return out


def trend_report(
    counts: Mapping[Subject, Sequence[int]],
    totals: Sequence[int],
    *,
    alpha: float = 0.02,
    min_effect: float = 0.2,
    min_count: int = 3,
    min_support: int = 5,
    recent_weeks: int = 3,
    seed: int = 0,
) -> list[TrendResult]:
    """Test every subject's weekly counts (oldest week first) against the weekly totals; one report.

    Subjects without support get no row. See the module doc for the rules.
    """
    import numpy as np

    k = len(totals)
    if k < 3:
        return []
    n = np.asarray(totals, dtype=float)
    if (n <= 0).any():
        raise ValueError("every week of a trend history needs a positive total")
    subjects = list(counts)
    x = np.array([[float(c) for c in counts[s]] for s in subjects], dtype=float).reshape(len(subjects), k)
    if (x < 0).any() or (x > n).any():
        raise ValueError("a count is negative or exceeds its week's total")
    support = x.sum(axis=1)
    keep = (support >= min_support) & (support >= NEGLIGIBLE_SHARE * n.sum())
    idx = [int(i) for i in np.flatnonzero(keep)]
    if not idx:
        return []
    recent = max(1, min(recent_weeks, k // 2))
    phi = _dispersion(x, n)
    first = _pass(subjects, x, n, idx, phi, alpha, min_effect, min_count, recent, seed)
    growers = [i for i in idx if first[i].status in ("new", "growing")]
    if not growers or len(growers) == len(idx):
        return [first[i] for i in idx]
    # The others again, as shares of what the growers left (their shrinking is arithmetic, not news).
    rest_n = n - x[growers].sum(axis=0)
    if (rest_n <= 0).any():
        return [first[i] for i in idx]
    others = [i for i in idx if i not in growers]
    second = _pass(subjects, x, rest_n, others, _dispersion(np.delete(x, growers, axis=0), rest_n), alpha, min_effect,
                   min_count, recent, seed)
    return [first[i] if i in growers else second[i] for i in idx]


def _pass(subjects: list[Subject], x: Any, n: Any, idx: list[int], phi: float, alpha: float, min_effect: float,
          min_count: int, recent: int, seed: int) -> dict[int, TrendResult]:
    k = len(n)
    tested = []
    for i in idx:
        p, test = _trend_p(x[i], n, phi, seed, subjects[i])
        tested.append((i, p, test))
    adjusted = benjamini_hochberg([t[1] for t in tested])
    out = {}
    early_total, late_total = float(n[: k - recent].sum()), float(n[k - recent :].sum())
    for (i, p, test), p_adj in zip(tested, adjusted, strict=True):
        start, end = _fitted_ends(x[i], n)
        h = cohens_h(end, start)
        early, late = float(x[i, : k - recent].sum()), float(x[i, k - recent :].sum())
        early_share, late_share = early / early_total, late / late_total
        status: Status = "stable"
        if p_adj < alpha and abs(h) >= min_effect:
            if h > 0 and late >= min_count and late_share > early_share:
                # New: next to nothing before the recent weeks, or not one item in the history's first weeks.
                negligible = early < min_count and early_share < NEGLIGIBLE_SHARE
                status = "new" if negligible or x[i, : min(NEW_WEEKS, k - recent)].sum() == 0 else "growing"
            elif h < 0 and early_share * late_total >= min_count and late_share < early_share:
                status = "fading"
        out[i] = TrendResult(subjects[i], status, int(late), int(late_total), int(early), int(early_total), start, end,
                             h, p, p_adj, test, phi, k, recent)
    return out


def _trend_p(x: Any, n: Any, phi: float, seed: int, subject: Subject) -> tuple[float, str]:
    """Two-sided p-value of the (overdispersion-scaled) Cochran-Armitage statistic of one subject."""
    import numpy as np

    k = len(n)
    N = float(n.sum())
    X = float(x.sum())
    d = np.arange(k, dtype=float) - float((n * np.arange(k)).sum()) / N
    t_obs = float(x @ d) / math.sqrt(phi)
    p = X / N
    var = p * (1 - p) * float((n * d * d).sum()) * N / (N - 1)
    if var <= 0:
        return 1.0, "trend"
    p_normal = math.erfc(abs(t_obs) / math.sqrt(var) / math.sqrt(2))
    # Sparse subjects: the exact conditional p-value, only where it can matter (the normal one is small).
    if min(X, N - X) < EXACT_BELOW * k and p_normal < 0.1:
        rng = np.random.default_rng([seed, zlib.crc32(str(subject).encode("utf-8"))])
        draws = rng.multivariate_hypergeometric(n.astype(np.int64), round(X), size=DRAWS)
        null = draws @ d
        more = int((np.abs(null) >= abs(t_obs) - 1e-9).sum())
        return (more + 1) / (DRAWS + 1), "trend-exact"
    return p_normal, "trend"


def _fitted_ends(x: Any, n: Any) -> tuple[float, float]:
    """The weighted least-squares line of the weekly shares, at the first and at the last week."""
    import numpy as np

    k = len(n)
    N = float(n.sum())
    w = np.arange(k, dtype=float)
    p = float(x.sum()) / N
    wbar = float((n * w).sum()) / N
    d = w - wbar
    slope = float(x @ d) / float((n * d * d).sum())
    return min(1.0, max(0.0, p - slope * wbar)), min(1.0, max(0.0, p + slope * (k - 1 - wbar)))


def _dispersion(x: Any, n: Any, min_expected: float = 2.0) -> float:
    """One overdispersion factor (>= 1) for the report: pooled Pearson chi-square after each trend / df."""
    import numpy as np

    k = len(n)
    if k < 3:
        return 1.0
    N = float(n.sum())
    p = x.sum(axis=1) / N
    e = np.outer(p, n)
    keep = (e.mean(axis=1) >= min_expected) & (p < 1)
    if int(keep.sum()) < 2:
        return 1.0
    xs, es, ps = x[keep], e[keep], p[keep]
    d = np.arange(k, dtype=float) - float((n * np.arange(k)).sum()) / N
    var_t = ps * (1 - ps) * float((n * d * d).sum())
    z2 = (xs @ d) ** 2 / var_t
    chi2 = ((xs - es) ** 2 / (es * (1 - ps)[:, None])).sum(axis=1)
    return float(max(1.0, (chi2 - z2).sum() / (int(keep.sum()) * (k - 2))))
