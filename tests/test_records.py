"""The shared vocabularies in ``records``: every value has its label, and the typed tuples match the types."""

from __future__ import annotations

from typing import get_args

from callinsight import records
from callinsight.records import (
    CONCERN_KINDS,
    CONCERN_STATUS_LABELS,
    CONCERN_STATUSES,
    INSIGHT_KIND_LABELS,
    INSIGHT_KINDS,
    ConcernStatus,
    InsightKind,
    insight_kind_label,
    is_concern_status,
    is_insight_kind,
)


def test_every_insight_kind_has_a_label() -> None:
    assert set(INSIGHT_KINDS) == set(get_args(InsightKind))
    assert set(INSIGHT_KIND_LABELS) == set(INSIGHT_KINDS), "a kind without a label, or a label for no kind"
    assert all(label.strip() for label in INSIGHT_KIND_LABELS.values())


def test_every_concern_status_has_a_label() -> None:
    assert set(CONCERN_STATUSES) == set(get_args(ConcernStatus))
    assert set(CONCERN_STATUS_LABELS) == set(CONCERN_STATUSES), "a status without a label, or a label for no status"
    assert len(set(CONCERN_STATUS_LABELS.values())) == len(CONCERN_STATUSES), "two statuses read the same"


def test_concern_kinds_are_insight_kinds_without_competitor() -> None:
    assert set(CONCERN_KINDS) < set(INSIGHT_KINDS)
    assert "competitor" in INSIGHT_KINDS and "competitor" not in CONCERN_KINDS


def test_the_taxonomy_kinds_are_the_concern_kinds() -> None:
    from callinsight.mining.taxonomy import KINDS, load_taxonomy

    assert KINDS == CONCERN_KINDS
    assert set(load_taxonomy(None).kinds) <= set(INSIGHT_KINDS)


def test_guards_and_label_fallback() -> None:
    assert is_insight_kind("objection") and not is_insight_kind("Objection")
    assert is_concern_status("documented-not-heard") and not is_concern_status("documented_not_heard")
    assert insight_kind_label("pain_point") == "Pain point"
    assert insight_kind_label("praise") == "praise"
    assert insight_kind_label("praise", "Praise") == "Praise"
    assert records.OTHER_CATEGORY == "other"
