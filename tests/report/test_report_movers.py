"""Period-over-period movers are only ever 'watch': new / growing / fading come from the one drift test (v_drift)."""

from __future__ import annotations

from types import SimpleNamespace

from callinsight.report.changes import _mover


def ctx(now: int, prev: int) -> SimpleNamespace:
    return SimpleNamespace(calls_now=now, calls_prev=prev, w=SimpleNamespace(period="week", prev_label="last week"))


def test_weak_move_is_only_worth_watching() -> None:
    m = _mover(ctx(5, 5), "feature requests", 0, 2, None)  # type: ignore[arg-type]
    assert m is not None and m.status == "watch" and "worth watching" in m.sentence


def test_a_significant_period_move_is_still_only_watched() -> None:
    m = _mover(ctx(40, 40), "price objections", 20, 4, None)  # type: ignore[arg-type]
    assert m is not None and m.status == "watch" and "drift test does not flag it" in m.sentence
    m = _mover(ctx(40, 40), "price objections", 4, 20, None)  # type: ignore[arg-type]
    assert m is not None and m.status == "watch" and "down from" in m.sentence
    m = _mover(ctx(40, 40), "mentions of HubSpot", 5, 0, None)  # type: ignore[arg-type]
    assert m is not None and m.status == "watch" and "none in the week before" in m.sentence


def test_no_move_no_mover() -> None:
    assert _mover(ctx(40, 40), "price objections", 10, 10, None) is None  # type: ignore[arg-type]
