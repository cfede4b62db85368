"""Rule and semantic detection through the Miner, with the real spaCy pipeline and MiniLM."""

from __future__ import annotations

from typing import Any

import pytest

from callinsight.config import CompanyConfig
from callinsight.errors import ConfigError
from callinsight.mining.config import MiningConfig
from callinsight.mining.miner import CallText, Miner
from callinsight.mining.taxonomy import load_taxonomy, parse_taxonomy
from callinsight.records import Utterance

COMPANY = CompanyConfig(name="Northwind", aliases=["north wind"], competitors={"HubSpot": ["hub spot"], "Zendesk": []})


@pytest.fixture(scope="module")
def rule_miner(nlp: Any) -> Miner:
    return Miner(nlp, None, load_taxonomy(), MiningConfig(semantic=False), COMPANY)


@pytest.fixture(scope="module")
def full_miner(nlp: Any, embedder: Any) -> Miner:
    return Miner(nlp, embedder, load_taxonomy(), MiningConfig(), COMPANY)


def mine(miner: Miner, *lines: tuple[str, str]) -> Any:
    utts = [Utterance(i, role, None, None, text) for i, (role, text) in enumerate(lines)]  # type: ignore[arg-type]
    (m,) = miner.mine([CallText("c", "en", None, None, utts)])
    return m


def found(miner: Miner, text: str, role: str = "customer") -> set[tuple[str, str]]:
    return {(i.kind, i.category) for i in mine(miner, (role, text)).insights if i.kind != "competitor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's too expensive for us.", ("objection", "price")),
        ("We can't afford it this year.", ("objection", "price")),
        ("That is way over our budget.", ("objection", "price")),
        ("I need to run this by my manager.", ("objection", "authority")),
        ("We are switching to another vendor.", ("churn_signal", "switch")),
        ("I want to cancel my subscription.", ("churn_signal", "cancel")),
        ("I was charged twice for March.", ("pain_point", "billing")),
        ("The Slack integration keeps failing.", ("pain_point", "integration")),
        ("Do you support single sign-on?", ("feature_request", "feature_request")),
    ],
)
def test_rule_patterns_match_on_lemmas(rule_miner: Miner, text: str, expected: tuple[str, str]) -> None:
    hits = mine(rule_miner, ("customer", text)).insights
    assert expected in {(i.kind, i.category) for i in hits}
    assert all(i.method == "rule" for i in hits)


@pytest.mark.parametrize(
    "text",
    [
        "It's not too expensive.",
        "I don't think it's too expensive.",
        "The price was never too expensive for us.",
        "Honestly the dashboard has never crashed.",
    ],
)
def test_negated_patterns_are_not_findings(rule_miner: Miner, full_miner: Miner, text: str) -> None:
    assert found(rule_miner, text) == set()
    # the semantic detector must not bring a negated category back
    assert ("objection", "price") not in found(full_miner, text)


def test_topic_words_need_a_problem(rule_miner: Miner) -> None:
    assert found(rule_miner, "Can you tell me about the Slack integration?") == set()
    assert ("pain_point", "integration") in found(rule_miner, "The Slack integration is a mess again.")


def test_role_awareness_agent_talk_is_not_a_customer_objection(rule_miner: Miner) -> None:
    m = mine(rule_miner, ("agent", "If it's too expensive, we have a cheaper plan."), ("customer", "Okay, thanks."))
    assert [i for i in m.insights if i.kind == "objection"] == []


def test_semantic_detection_finds_what_no_pattern_names(full_miner: Miner, rule_miner: Miner) -> None:
    text = "That is more money than we were planning to spend on this."
    assert found(rule_miner, text) == set()
    hits = [i for i in mine(full_miner, ("customer", text)).insights if i.kind == "objection"]
    assert [(i.category, i.method) for i in hits] == [("price", "semantic")]
    assert 0.5 < hits[0].confidence <= 1.0
    assert "similar to" in hits[0].evidence


def test_semantic_detection_leaves_everyday_sentences_alone(full_miner: Miner) -> None:
    for text in ("How do I add a new agent to our team?", "Thanks, that was really helpful.", "We have thirty people."):
        assert found(full_miner, text) == set(), text


def test_competitors_and_ner_candidates(rule_miner: Miner) -> None:
    m = mine(
        rule_miner,
        ("customer", "We compared Northwind with hub spot, and Microsoft offered us a deal too."),
        ("agent", "Zendesk customers often move to Northwind."),
    )
    comps = [(i.seq, i.role, i.category, i.method) for i in m.insights if i.kind == "competitor"]
    assert comps == [(0, "customer", "HubSpot", "rule"), (1, "agent", "Zendesk", "rule")]
    names = {c.name for c in m.candidates}
    assert "Microsoft" in names, names  # an organisation NER found: a candidate ...
    assert "Microsoft" not in {i.category for i in m.insights}  # ... never counted as a competitor
    assert not names & {"Northwind", "HubSpot", "Zendesk"}  # the company and known competitors are not candidates


def test_alternatives_must_be_single_words(nlp: Any) -> None:
    raw = {"kinds": {"objection": {"categories": {"price": {"patterns": ["too expensive|can't"]}}}}}
    with pytest.raises(ConfigError, match="single words"):
        Miner(nlp, None, parse_taxonomy(raw, "t.yaml"), MiningConfig(semantic=False), COMPANY)


def test_excluded_context_is_not_churn(rule_miner: Miner, full_miner: Miner) -> None:
    assert ("churn_signal", "cancel") in found(rule_miner, "We want to cancel the contract.")
    for text in ("We need to cancel Thursday's meeting.", "Can I cancel the newsletter?"):
        assert ("churn_signal", "cancel") not in found(full_miner, text), text
