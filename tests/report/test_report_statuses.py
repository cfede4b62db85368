"""The persona section sorts every status the personas stage writes into one of its three questions."""

from __future__ import annotations

from callinsight.records import CONCERN_STATUSES
from callinsight.report.sections import STATUS_GROUPS, _classify


def test_every_concern_status_answers_a_question() -> None:
    assert set(STATUS_GROUPS) == set(CONCERN_STATUSES)
    assert set(STATUS_GROUPS.values()) == {"said", "unsaid", "heard"}


def test_documented_statuses() -> None:
    assert _classify("documented-and-heard", True) == "heard"
    assert _classify("documented-not-heard", True) == "unsaid"


def test_undocumented_statuses() -> None:
    assert _classify("new", False) == "said"
    assert _classify("growing", False) == "said"


def test_a_status_the_report_does_not_know() -> None:
    assert _classify("some-later-status", False) == "said"
    assert _classify("some-later-status", True) == "heard"
