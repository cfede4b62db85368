"""Pure unit tests of the shared drift statistics (no store, no models)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from callinsight.drift import (
    benjamini_hochberg,
    cohens_h,
    distribution_shift,
    flag_drift,
    js_divergence,
    two_proportion_p,
    weekly_shares,
)

WEEKS = [date(2026, 1, 5) + timedelta(weeks=i) for i in range(12)]


def _sample(shares_by_week: list[dict[str, float]], per_week: int, seed: int = 7) -> tuple[dict, dict]:
    """Draw ``per_week`` items a week from the given shares (multinomial), as counts and totals."""
    rng = random.Random(seed)
    counts: dict = {}
    totals: dict = {}
    for week, shares in zip(WEEKS, shares_by_week, strict=False):
        subjects = list(shares)
        draws = rng.choices(subjects, weights=[shares[s] for s in subjects], k=per_week)
        totals[week] = per_week
        for s in draws:
            counts[(week, s)] = counts.get((week, s), 0) + 1
    return counts, totals


def _planted_growth(n_weeks: int = 12) -> list[dict[str, float]]:
    """'slack' at 5% for 4 weeks, then growing linearly to 30%; nine other subjects share the rest evenly."""
    out = []
    for i in range(n_weeks):
        g = 0.05 if i < 4 else 0.05 + 0.25 * (i - 3) / (n_weeks - 4)
        rest = (1 - g) / 9
        out.append({"slack": g, **{f"flat{j}": rest for j in range(9)}})
    return out


def test_planted_growing_subject_is_flagged_and_flat_ones_are_not() -> None:
    counts, totals = _sample(_planted_growth(), per_week=400)
    flags = flag_drift(counts, totals, baseline_weeks=4, alpha=0.01, min_count=3)
    growing_weeks = [f.week for f in flags if f.subject == "slack" and f.status == "growing"]
    assert growing_weeks, "the planted growth was never flagged"
    assert growing_weeks[0] <= WEEKS[7]  # the share passes 15% around week 7 (index 6-7)
    false = [f for f in flags if f.subject != "slack" and f.status != "stable"]
    assert false == []
    first = next(f for f in flags if f.subject == "slack" and f.status == "growing")
    assert first.share > first.baseline_share and first.effect > 0 and first.p_value < 0.01


def test_flat_noise_gives_no_flags_across_seeds() -> None:
    flat = [{f"s{j}": 0.1 for j in range(10)} for _ in WEEKS]
    for seed in range(5):
        counts, totals = _sample(flat, per_week=300, seed=seed)
        flags = flag_drift(counts, totals)
        assert [f for f in flags if f.status != "stable"] == [], seed


def test_new_subject_is_flagged_new_not_growing() -> None:
    shares = [{"a": 0.5, "b": 0.5}] * 5 + [{"a": 0.4, "b": 0.4, "hubspot": 0.2}] * 3
    counts, totals = _sample(shares, per_week=200)
    flags = flag_drift(counts, totals)
    statuses = {f.week: f.status for f in flags if f.subject == "hubspot"}
    assert statuses[WEEKS[5]] == "new"


def test_fading_subject_is_flagged() -> None:
    shares = [{"onboarding": 0.3, "x": 0.35, "y": 0.35}] * 6 + [{"onboarding": 0.05, "x": 0.475, "y": 0.475}] * 2
    counts, totals = _sample(shares, per_week=300)
    flags = flag_drift(counts, totals)
    assert any(f.subject == "onboarding" and f.status == "fading" and f.effect < 0 for f in flags)


def test_small_counts_are_not_news() -> None:
    # 2 mentions in a week after none: below min_count, whatever the p-value.
    totals = {w: 10 for w in WEEKS[:6]}
    counts = {(w, "a"): 10 for w in WEEKS[:5]}
    counts[(WEEKS[5], "a")] = 8
    counts[(WEEKS[5], "b")] = 2
    flags = flag_drift(counts, totals, min_count=3)
    assert all(f.status == "stable" for f in flags)
    assert all(f.test == "fisher" for f in flags)


def test_first_week_has_no_baseline_and_no_flag() -> None:
    totals = {WEEKS[0]: 100}
    counts = {(WEEKS[0], "a"): 100}
    assert flag_drift(counts, totals) == []


def test_weekly_shares_zero_fills() -> None:
    totals = {WEEKS[0]: 4, WEEKS[1]: 2}
    counts = {(WEEKS[0], "a"): 3, (WEEKS[0], "b"): 1, (WEEKS[1], "a"): 2}
    rows = weekly_shares(counts, totals)
    assert [(r.week, r.subject, r.n, r.share) for r in rows] == [
        (WEEKS[0], "a", 3, 0.75),
        (WEEKS[0], "b", 1, 0.25),
        (WEEKS[1], "a", 2, 1.0),
        (WEEKS[1], "b", 0, 0.0),
    ]


def test_inconsistent_input_is_refused() -> None:
    with pytest.raises(ValueError, match="no total"):
        weekly_shares({(WEEKS[0], "a"): 1}, {})
    with pytest.raises(ValueError, match="exceeds"):
        flag_drift({(WEEKS[0], "a"): 5}, {WEEKS[0]: 4})


def test_js_divergence_properties() -> None:
    p = {"a": 0.2, "b": 0.3, "c": 0.5}
    q = {"a": 0.6, "b": 0.1, "d": 0.3}
    assert js_divergence(p, p) == pytest.approx(0.0, abs=1e-12)
    assert js_divergence(p, q) == pytest.approx(js_divergence(q, p))
    assert 0 < js_divergence(p, q) < 1
    assert js_divergence({"a": 1.0}, {"b": 1.0}) == pytest.approx(1.0)  # disjoint: the bound
    assert js_divergence([2, 2], [1, 1]) == pytest.approx(0.0, abs=1e-12)  # normalised first
    rng = random.Random(1)
    for _ in range(50):
        a = [rng.random() for _ in range(5)]
        b = [rng.random() for _ in range(5)]
        assert 0.0 <= js_divergence(a, b) <= 1.0
    with pytest.raises(ValueError):
        js_divergence([0, 0], [1, 1])


def test_distribution_shift_flags_a_real_change_only() -> None:
    shares = [{"a": 0.5, "b": 0.3, "c": 0.2}] * 4 + [{"a": 0.1, "b": 0.3, "c": 0.6}]
    counts, totals = _sample(shares, per_week=300)
    rows = distribution_shift(counts, totals)
    assert [r.shifted for r in rows] == [False, False, False, True]
    assert rows[-1].js_divergence > rows[0].js_divergence


def test_two_proportion_and_helpers() -> None:
    p, test = two_proportion_p(60, 200, 20, 200)
    assert test == "z" and p < 1e-5
    p, test = two_proportion_p(1, 5, 1, 5)
    assert test == "fisher" and p == pytest.approx(1.0)
    assert cohens_h(0.5, 0.5) == 0 and cohens_h(0.3, 0.1) > 0.2
    assert benjamini_hochberg([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.04, 0.04])
