from __future__ import annotations

from collections import Counter

from callinsight.mining.journey import classify_stage
from callinsight.mining.response import classify_response, next_agent_turn
from callinsight.mining.sentiment import call_quarters


def test_agent_response_classes() -> None:
    concern = "Honestly, it's too expensive for a team our size."
    assert classify_response(concern, "We can offer a discount on the annual plan if that helps.") == "answered"
    assert classify_response(concern, "Right, for a team your size the starter plan is what most choose.") == "answered"
    assert classify_response(concern, "I understand.") == "acknowledged"
    assert classify_response(concern, "Sorry to hear that.") == "acknowledged"
    assert classify_response(concern, "So, moving on to the reporting module.") == "ignored"
    assert classify_response(concern, None) == "no_reply"


def test_next_agent_turn() -> None:
    roles = ["agent", "customer", "customer", "agent", "customer"]
    assert next_agent_turn(roles, 1) == 3
    assert next_agent_turn(roles, 4) is None
    assert next_agent_turn(["customer"] * 5, 0) is None


def test_journey_stage_from_metadata_and_findings() -> None:
    s = classify_stage("support", Counter(), [("churn_signal", "cancel")])
    assert (s.audience, s.stage) == ("customer", "cancellation")
    s = classify_stage("sales", Counter({("prospect", "decision"): 2, ("prospect", "consideration"): 1}), [])
    assert (s.audience, s.stage) == ("prospect", "decision")
    s = classify_stage(None, Counter(), [("objection", "price"), ("objection", "authority")])
    assert (s.audience, s.stage) == ("prospect", "decision")
    s = classify_stage(None, Counter({("customer", "onboarding"): 3}), [("pain_point", "onboarding")])
    assert (s.audience, s.stage) == ("customer", "onboarding")
    s = classify_stage("support", Counter(), [])
    assert (s.stage, s.confidence) == ("everyday_use", 0.3)


def test_call_quarters_by_time_and_by_turn() -> None:
    items = [("customer", 0.0, 0, -0.5), ("agent", 30.0, 1, 0.2), ("customer", 90.0, 2, 0.6)]
    q = {(r.role, r.quarter): r for r in call_quarters(items, 100.0, 3)}
    assert q[("customer", 1)].sentiment == -0.5 and q[("customer", 4)].sentiment == 0.6
    assert q[("customer", 2)].sentiment is None and q[("customer", 2)].n_utterances == 0
    untimed = [("customer", None, 0, -1.0), ("customer", None, 3, 1.0)]
    q = {(r.role, r.quarter): r for r in call_quarters(untimed, None, 4)}
    assert q[("customer", 1)].sentiment == -1.0 and q[("customer", 4)].sentiment == 1.0
