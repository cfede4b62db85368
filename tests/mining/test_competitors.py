from __future__ import annotations

from callinsight.mining.competitors import NameMatcher

NAMES = {"HubSpot": ["hub spot"], "Zendesk": ["zen desk", "then desk"], "Salesforce": [], "Gong": []}


def found(text: str) -> list[tuple[str, str]]:
    return [(m.name, text[m.char_start : m.char_end]) for m in NameMatcher(NAMES).find(text)]


def test_exact_alias_and_asr_splits() -> None:
    assert found("We use HubSpot today.") == [("HubSpot", "HubSpot")]
    assert found("we use hub spot today") == [("HubSpot", "hub spot")]
    assert found("we moved off zen desk") == [("Zendesk", "zen desk")]
    assert found("then desk was cheaper") == [("Zendesk", "then desk")]


def test_misspellings_are_matched_fuzzily() -> None:
    assert found("we looked at Zendsk") == [("Zendesk", "Zendsk")]
    assert found("and hubspott too") == [("HubSpot", "hubspott")]
    assert found("sales forse is what they use") == [("Salesforce", "sales forse")]


def test_ordinary_words_are_not_competitors() -> None:
    assert found("the sales for the team were good") == []
    assert found("we talked about sales, for sure") == []
    assert found("going along nicely") == []  # short names need an exact match
    assert found("we gong on friday") == [("Gong", "gong")]
