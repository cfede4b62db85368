"""Drift statistics: the tests and measures behind every drift verdict, pure functions over counts.

- ``two_proportion_p(x1, n1, x0, n0)``: two-sided p-value that two shares are equal, and the test used
  (two-proportion z-test when every expected cell count is at least 5, else Fisher's exact test).
- ``period_change_p(k1, n1, k0, n0)``: the plain normal-approximation (pooled z) p-value of a change in
  share between two periods, 1.0 when either period is empty; the report's period-over-period movers.
- ``cohens_h(p1, p0)``: effect size between two proportions.
- ``benjamini_hochberg(p_values)``: adjusted p-values for one family of tests.
- ``js_divergence(p, q)``: Jensen-Shannon divergence in bits, in [0, 1], symmetric, 0 for equal inputs.
- ``distribution_shift(counts, totals, alpha)`` -> ``list[ShiftRow]``: week-over-week JS divergence with a
  chi-square test of homogeneity.

``counts[(week, subject)] -> n`` and ``totals[week] -> n`` are the same mappings as in ``drift.flags``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Week = Any  # a date (ISO week Monday) in practice; anything sortable and hashable works
Subject = Any  # a topic id, a "kind:category", a persona concern: anything hashable


@dataclass(frozen=True)
class ShiftRow:
    """The distribution of one week against the week with data before it."""

    week: Week
    previous_week: Week
    js_divergence: float
    p_value: float
    n: int
    previous_n: int
    shifted: bool


def two_proportion_p(x1: int, n1: int, x0: int, n0: int) -> tuple[float, str]:
    """Two-sided p-value that x1/n1 and x0/n0 come from the same proportion, and the test used."""
    if n1 <= 0 or n0 <= 0:
        raise ValueError("both groups need a positive total")
    if not (0 <= x1 <= n1 and 0 <= x0 <= n0):
        raise ValueError(f"counts out of range: {x1}/{n1}, {x0}/{n0}")
    pooled = (x1 + x0) / (n1 + n0)
    expected = [n1 * pooled, n1 * (1 - pooled), n0 * pooled, n0 * (1 - pooled)]
    if min(expected) >= 5:
        se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0))
        z = (x1 / n1 - x0 / n0) / se
        return math.erfc(abs(z) / math.sqrt(2)), "z"
    from scipy.stats import fisher_exact

    _, p = fisher_exact([[x1, n1 - x1], [x0, n0 - x0]], alternative="two-sided")
    return float(min(1.0, p)), "fisher"


def period_change_p(k1: int, n1: int, k0: int, n0: int) -> float:
    """Two-sided p-value of a difference between two shares, k1/n1 against k0/n0 (normal approximation, pooled).

    Unlike ``two_proportion_p`` it never switches to Fisher's exact test and answers 1.0 (nothing to
    say) for an empty period or a share of 0 or 1 in both, instead of raising.
    """
    if n1 == 0 or n0 == 0:
        return 1.0
    pooled = (k1 + k0) / (n1 + n0)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0))
    if se == 0:
        return 1.0
    z = abs(k1 / n1 - k0 / n0) / se
    return math.erfc(z / math.sqrt(2))


def cohens_h(p1: float, p0: float) -> float:
    """Cohen's h effect size between two proportions (0.2 small, 0.5 medium, 0.8 large)."""
    return 2 * math.asin(math.sqrt(p1)) - 2 * math.asin(math.sqrt(p0))


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (same order as given), capped at 1."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p_values[i] * m / rank)
        adjusted[i] = min(1.0, running)
    return adjusted


def js_divergence(p: Mapping[Subject, float] | Sequence[float], q: Mapping[Subject, float] | Sequence[float]) -> float:
    """Jensen-Shannon divergence in bits between two distributions (normalised here), in [0, 1].

    Mappings are aligned by key (a missing key is 0); sequences by position.
    """
    if isinstance(p, Mapping) and isinstance(q, Mapping):
        keys = sorted(set(p) | set(q), key=str)
        pv = [float(p.get(k, 0.0)) for k in keys]
        qv = [float(q.get(k, 0.0)) for k in keys]
    elif not isinstance(p, Mapping) and not isinstance(q, Mapping):
        if len(p) != len(q):
            raise ValueError("distributions differ in length")
        pv, qv = [float(x) for x in p], [float(x) for x in q]
    else:
        raise TypeError("give two mappings or two sequences")
    if any(x < 0 for x in pv + qv):
        raise ValueError("distributions must be non-negative")
    sp, sq = sum(pv), sum(qv)
    if sp <= 0 or sq <= 0:
        raise ValueError("a distribution sums to zero")
    pv, qv = [x / sp for x in pv], [x / sq for x in qv]
    m = [(a + b) / 2 for a, b in zip(pv, qv, strict=True)]
    js = (_kl(pv, m) + _kl(qv, m)) / 2
    return min(1.0, max(0.0, js))


def distribution_shift(
    counts: Mapping[tuple[Week, Subject], int],
    totals: Mapping[Week, int],
    *,
    alpha: float = 0.01,
    min_js: float = 0.05,
) -> list[ShiftRow]:
    """Week-over-week JS divergence of the subject distribution, with a chi-square homogeneity test.

    ``shifted`` needs both p below ``alpha`` and JS at least ``min_js`` bits (enough data and enough change).
    """
    check_counts(counts, totals)
    weeks = [w for w in sorted(totals) if totals[w] > 0]
    subjects = sorted({s for _, s in counts}, key=str)
    rows = []
    for prev, week in itertools.pairwise(weeks):
        a = [int(counts.get((prev, s), 0)) for s in subjects]
        b = [int(counts.get((week, s), 0)) for s in subjects]
        if sum(a) == 0 or sum(b) == 0:
            continue
        js = js_divergence(b, a)
        p = _homogeneity_p(a, b)
        rows.append(ShiftRow(week, prev, js, p, sum(b), sum(a), p < alpha and js >= min_js))
    return rows


def _homogeneity_p(a: list[int], b: list[int]) -> float:
    keep = [i for i in range(len(a)) if a[i] + b[i] > 0]
    if len(keep) < 2:
        return 1.0
    from scipy.stats import chi2_contingency

    _, p, _, _ = chi2_contingency([[a[i] for i in keep], [b[i] for i in keep]])
    return float(p)


def _kl(p: Iterable[float], m: Iterable[float]) -> float:
    return sum(a * math.log2(a / b) for a, b in zip(p, m, strict=True) if a > 0)


def check_counts(counts: Mapping[tuple[Week, Subject], int], totals: Mapping[Week, int]) -> None:
    """Raise ValueError when a count is negative, has no week total, or exceeds it."""
    for (week, subject), n in counts.items():
        if n < 0:
            raise ValueError(f"negative count for {subject!r} in {week}")
        if week not in totals:
            raise ValueError(f"count for {subject!r} in {week}, but no total for that week")
        if n > totals[week]:
            raise ValueError(f"count {n} for {subject!r} in {week} exceeds the week's total {totals[week]}")
