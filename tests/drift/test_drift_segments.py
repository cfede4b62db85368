"""Drift per segment and the period-over-period test of the drift package (pure, no store)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from callinsight.drift import period_change_p, two_proportion_p
from callinsight.drift.segments import DriftSettings, Item, flag_segments, segments_of

WEEKS = [date(2026, 1, 5) + timedelta(weeks=i) for i in range(8)]


def test_period_change_p_matches_the_z_test_on_large_counts() -> None:
    p, test = two_proportion_p(40, 100, 20, 100)
    assert test == "z"
    assert period_change_p(40, 100, 20, 100) == pytest.approx(p)
    assert period_change_p(40, 100, 20, 100) < 0.01


def test_period_change_p_has_nothing_to_say_without_data() -> None:
    assert period_change_p(3, 0, 1, 10) == 1.0
    assert period_change_p(0, 10, 0, 12) == 1.0  # no variation at all
    assert period_change_p(10, 10, 12, 12) == 1.0
    assert period_change_p(5, 10, 5, 10) == pytest.approx(1.0)


def test_period_change_p_is_symmetric() -> None:
    assert period_change_p(7, 20, 2, 25) == pytest.approx(period_change_p(2, 25, 7, 20))


def _items() -> list[Item]:
    """'billing' is steady in inbound calls and surges in outbound ones in the last two weeks."""
    items = []
    for i, week in enumerate(WEEKS):
        for n in range(20):
            items.append(Item("category", week, "pain_point:billing" if n < 2 else "pain_point:other",
                              segments_of(("inbound", "support", None))))
        surge = 12 if i >= 6 else 1
        for n in range(20):
            items.append(Item("category", week, "pain_point:billing" if n < surge else "pain_point:other",
                              segments_of(("outbound", "sales", ""))))
    return items


def test_segments_are_flagged_separately() -> None:
    flags, shifts = flag_segments(_items(), DriftSettings())
    families = {(f.subject_type, f.segment_type, f.segment) for f in flags}
    assert ("category", "all", "") in families
    assert ("category", "direction", "outbound") in families and ("category", "kind", "support") in families
    assert not any(f.segment_type == "persona" for f in flags)  # empty persona values are no segment
    grown = {(f.segment_type, f.segment) for f in flags if f.flag.subject == "pain_point:billing" and f.flag.status in ("growing", "new")}
    assert ("direction", "outbound") in grown
    assert ("direction", "inbound") not in grown
    assert all(f.flag.status == "stable" for f in flags if f.segment == "inbound")
    assert {s.segment_type for s in shifts} <= {"all", "direction", "kind"}


def test_no_items_no_flags() -> None:
    assert flag_segments([], DriftSettings()) == ([], [])
