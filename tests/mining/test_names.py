"""Phonetic + fuzzy name matching: names as speech recognition writes them, from the configured name alone."""

from __future__ import annotations

import pytest

from callinsight.mining.names import PhoneticNameMatcher, name_similarity, squash

NAMES = {"HubSpot": [], "Zendesk": [], "Salesforce": []}


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("We also use hub spot for marketing.", "HubSpot", "hub spot"),
        ("Honestly herb spot was cheaper.", "HubSpot", "herb spot"),
        ("we looked at hurm spot last year", "HubSpot", "hurm spot"),
        ("our team is on zen desk today", "Zendesk", "zen desk"),
        ("they moved us from send desk", "Zendesk", "send desk"),
        ("the sells force contract ends", "Salesforce", "sells force"),
        ("HUBSPOT, again.", "HubSpot", "HUBSPOT"),
    ],
)
def test_misheard_names_are_found_without_aliases(text: str, name: str, said: str) -> None:
    found = PhoneticNameMatcher(NAMES).find(text)
    assert [(m.name, text[m.char_start : m.char_end]) for m in found] == [(name, said)]


@pytest.mark.parametrize(
    "text",
    ["Please call the help desk.", "Leave it at the front desk.", "Our sales forecast looks fine.", "Hub and spoke."],
)
def test_ordinary_words_are_not_names(text: str) -> None:
    assert PhoneticNameMatcher(NAMES).find(text) == []


def test_short_names_match_exactly_only() -> None:
    m = PhoneticNameMatcher({"Okta": []})
    assert [x.name for x in m.find("we use okta")] == ["Okta"]
    assert m.find("we use octa and okay") == []


def test_similarity_orders_by_sound() -> None:
    hub = squash("HubSpot")
    assert name_similarity("herbspot", hub) > name_similarity("helpdesk", hub)
    assert name_similarity(hub, hub) == 1.0
