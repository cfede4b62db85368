"""Concerns: near-duplicate topics grouped by centroid similarity, categories attached where their findings lie."""

from __future__ import annotations

import numpy as np

from callinsight.topics.concerns import attach_categories, group_topics


def _unit(v: list[float]) -> np.ndarray:
    a = np.asarray(v, dtype=np.float32)
    return a / np.linalg.norm(a)


def test_near_duplicate_topics_form_one_concern_named_after_the_largest() -> None:
    cents = {3: _unit([1, 0.1, 0]), 7: _unit([1, 0.15, 0.05]), 9: _unit([0, 1, 0]), -1: _unit([0, 0, 1])}
    labels = {3: "slack sync", 7: "slack alerts", 9: "invoice"}
    concerns = group_topics(cents, labels, {3: 5, 7: 20, 9: 8}, similarity=0.8)
    assert concerns[3] is concerns[7] and concerns[3].concern_id == "c3" and concerns[3].topics == [3, 7]
    assert concerns[3].label == "slack alerts"  # the largest topic names the concern
    assert concerns[9].topics == [9] and -1 not in concerns
    apart = group_topics(cents, labels, {3: 5, 7: 20, 9: 8}, similarity=1.0)
    assert apart[3] is not apart[7]


def test_a_category_joins_the_concern_holding_most_of_its_findings() -> None:
    cents = {3: _unit([1, 0, 0]), 9: _unit([0, 1, 0])}
    concerns = group_topics(cents, {3: "slack", 9: "invoice"}, {3: 1, 9: 1}, similarity=0.8)
    findings = [("pain_point:integration", 3)] * 4 + [("pain_point:integration", 9)] + [("objection:price", None)] * 5
    attached = attach_categories(concerns, findings)
    assert attached == {"pain_point:integration": concerns[3]}
    assert concerns[3].categories == ["pain_point:integration"] and concerns[9].categories == []


def test_a_category_in_a_concern_shows_the_concerns_verdict() -> None:
    from callinsight.topics.concerns import concern_verdict

    # Flagged with its concern: the concern's word ("new" HubSpot objections inside a growing HubSpot concern).
    assert concern_verdict("new", "growing") == "growing"
    assert concern_verdict("growing", "new") == "new"
    assert concern_verdict("fading", "fading") == "fading"
    # Not confirmed by its concern (stable, opposite, or not tested that week): a fragment is not news alone.
    assert concern_verdict("growing", "stable") == "stable"
    assert concern_verdict("growing", "fading") == "stable"
    assert concern_verdict("fading", None) == "stable"
    assert concern_verdict("stable", "growing") == "stable"
