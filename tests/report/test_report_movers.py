"""Period-over-period movers: only a significant move is called growing/fading; a weak one is 'watch'."""

from __future__ import annotations

from types import SimpleNamespace

from callinsight.report.changes import _mover


def ctx(now: int, prev: int) -> SimpleNamespace:
    return SimpleNamespace(calls_now=now, calls_prev=prev, w=SimpleNamespace(period="week", prev_label="last week"))


def test_weak_move_is_only_worth_watching() -> None:
    m = _mover(ctx(5, 5), "feature requests", 0, 2, None)  # type: ignore[arg-type]
    assert m is not None and m.status == "watch" and "worth watching" in m.sentence


def test_significant_move_is_a_finding() -> None:
    m = _mover(ctx(40, 40), "price objections", 20, 4, None)  # type: ignore[arg-type]
    assert m is not None and m.status == "growing" and "worth watching" not in m.sentence
    m = _mover(ctx(40, 40), "price objections", 4, 20, None)  # type: ignore[arg-type]
    assert m is not None and m.status == "fading"


def test_no_move_no_mover() -> None:
    assert _mover(ctx(40, 40), "price objections", 10, 10, None) is None  # type: ignore[arg-type]
