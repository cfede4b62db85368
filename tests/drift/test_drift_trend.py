"""The whole-history trend test (``callinsight.drift.trend``): pure unit tests over counts."""

from __future__ import annotations

import random

import pytest

from callinsight.drift.trend import trend_report


def _weeks(shares: list[dict[str, float]], per_week: int, seed: int) -> tuple[dict[str, list[int]], list[int]]:
    rng = random.Random(seed)
    subjects = sorted({s for w in shares for s in w})
    counts = {s: [0] * len(shares) for s in subjects}
    for i, week in enumerate(shares):
        for s in rng.choices(list(week), weights=list(week.values()), k=per_week):
            counts[s][i] += 1
    return counts, [per_week] * len(shares)


def _rise(weeks: int) -> list[dict[str, float]]:
    """'slack' at 5% for four weeks, then +2.9 points a week (25% in week 12); nine others share the rest."""
    out = []
    for i in range(weeks):
        g = 0.05 if i < 4 else 0.05 + 0.20 * (i - 4) / 7
        out.append({"slack": g, **{f"other{j}": (1 - g) / 9 for j in range(9)}})
    return out


def test_a_steady_rise_is_flagged_growing_within_two_weeks_of_15_percent() -> None:
    counts, totals = _weeks(_rise(12), per_week=60, seed=3)
    first = None
    for t in range(4, 13):  # the report of week t sees weeks 1..t
        rows = trend_report({s: c[:t] for s, c in counts.items()}, totals[:t])
        if any(r.subject == "slack" and r.status == "growing" for r in rows):
            first = t
            break
    assert first is not None and first <= 11  # 15% is crossed in week 9
    row = next(r for r in trend_report({s: c[:first] for s, c in counts.items()}, totals[:first]) if r.subject == "slack")
    assert row.effect >= 0.2 and row.end_share > row.start_share and row.p_adjusted < 0.05
    assert row.share > row.baseline_share and row.history_weeks == first


def test_flat_weeks_raise_few_false_reports() -> None:
    flat = [{f"s{j}": 1 / 12 for j in range(12)} for _ in range(12)]
    false_reports = 0
    for seed in range(30):
        counts, totals = _weeks(flat, per_week=60, seed=seed)
        for t in range(4, 13):
            rows = trend_report({s: c[:t] for s, c in counts.items()}, totals[:t], seed=seed)
            false_reports += any(r.status != "stable" for r in rows)
    assert false_reports <= 0.05 * 30 * 9


def test_others_shrinking_because_one_grows_are_not_fading() -> None:
    # Exact counts: 'big' goes from 10 to 90 of 200 while the others keep their counts among the rest.
    totals = [200] * 8
    big = [10, 20, 30, 40, 50, 60, 75, 90]
    counts = {"big": big}
    for j in range(5):
        counts[f"o{j}"] = [(200 - b) // 5 for b in big]
    rows = {r.subject: r for r in trend_report(counts, totals)}
    assert rows["big"].status == "growing"
    assert all(rows[f"o{j}"].status == "stable" for j in range(5))


def test_absent_then_present_is_new_and_sparse_subjects_get_the_exact_test() -> None:
    totals = [40] * 8
    counts = {"hubspot": [0, 0, 0, 0, 0, 4, 6, 8], "rest": [40, 40, 40, 40, 40, 36, 34, 32]}
    rows = {r.subject: r for r in trend_report(counts, totals, recent_weeks=3)}
    assert rows["hubspot"].status == "new" and rows["hubspot"].test == "trend-exact"
    assert (rows["hubspot"].n, rows["hubspot"].total, rows["hubspot"].baseline_n) == (18, 120, 0)
    again = {r.subject: r for r in trend_report(counts, totals, recent_weeks=3)}
    assert again["hubspot"].p_value == rows["hubspot"].p_value  # seeded: reproducible


def test_a_fading_subject_is_flagged_and_tiny_subjects_are_not_tested() -> None:
    onboarding = [9, 10, 9, 8, 6, 4, 3, 2, 1, 1]
    totals = [60] * 10
    counts = {"onboarding": onboarding, "rare": [0, 1, 0, 0, 0, 0, 1, 0, 0, 0]}
    for j in range(4):  # four steady concerns share the rest (so the tiny one is not part of it)
        counts[f"steady{j}"] = [(60 - o - r) // 4 + (j < (60 - o - r) % 4) for o, r in zip(onboarding, counts["rare"], strict=True)]
    rows = {r.subject: r for r in trend_report(counts, totals)}
    assert rows["onboarding"].status == "fading" and rows["onboarding"].effect < -0.2
    assert "rare" not in rows  # two mentions in ten weeks: no test, no share of the multiple-testing family


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="positive total"):
        trend_report({"a": [1, 1, 1]}, [5, 0, 5])
    with pytest.raises(ValueError, match="exceeds"):
        trend_report({"a": [1, 9, 1]}, [5, 5, 5])
    assert trend_report({"a": [1, 1]}, [5, 5]) == []  # two weeks are no trend


def test_trend_flags_gives_each_week_the_verdict_of_its_own_report() -> None:
    from datetime import date, timedelta

    from callinsight.drift.trend import trend_flags

    weeks = [date(2026, 1, 5) + timedelta(weeks=i) for i in range(8)]
    hub = [0, 0, 0, 0, 0, 4, 6, 8]
    counts = {(w, "hubspot"): n for w, n in zip(weeks, hub, strict=True) if n}
    for j in range(4):
        counts.update({(w, f"s{j}"): (40 - n) // 4 for w, n in zip(weeks, hub, strict=True)})
    totals = dict.fromkeys(weeks, 40)
    flags = trend_flags(counts, totals, min_weeks=4)
    assert min(f.week for f in flags) == weeks[3]  # the first report has four weeks of history
    hubspot = {f.week: f.status for f in flags if f.subject == "hubspot"}
    assert hubspot[weeks[7]] == "new" and weeks[4] not in hubspot  # no item before week 6: no support, no row
    early = trend_flags({k: v for k, v in counts.items() if k[0] <= weeks[6]}, {w: t for w, t in totals.items() if w <= weeks[6]})
    assert [f for f in flags if f.week <= weeks[6]] == early  # later weeks never change an earlier week's row
