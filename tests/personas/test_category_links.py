"""Linking mining categories to a persona's documented concerns (logic only; the store case is in test_compare)."""

from __future__ import annotations

from callinsight.personas.category_links import category_links, names_category

SETUP = "Setup and onboarding: afraid that configuration will be confusing and eat a week of their time."
PRICE = "Price: every dollar counts; per-agent pricing feels expensive while the team is small."
IDP = "Integrations with the identity provider that break after an update."


def test_a_concern_names_a_category_by_word_or_stem() -> None:
    assert names_category(SETUP, "onboarding")
    assert names_category(PRICE, "price")
    assert names_category(IDP, "integration")  # plural in the document
    assert not names_category(SETUP, "missing_feature")  # every word of the category must be there
    assert not names_category(PRICE, "billing")


def test_a_category_is_linked_only_where_the_persona_calls_confirm_it() -> None:
    concerns = {0: SETUP, 1: PRICE, 2: IDP}
    categorised = {("c1", 1): {"onboarding"}, ("c2", 1): {"onboarding"}, ("c3", 1): {"onboarding"},
                   ("c4", 1): {"price"}, ("c5", 1): {"integration"}, ("c6", 1): {"integration"},
                   ("c7", 1): {"feature_request"}, ("c8", 1): {"feature_request"}}
    hits = {("c1", 1): {0}, ("c2", 1): {0},  # two onboarding findings matched the setup concern
            ("c4", 1): {1},  # one price finding: not enough to link
            ("c7", 1): {0}, ("c8", 1): {0}}  # feature requests matched it, but the concern does not name them
    links = category_links(concerns, categorised, hits)
    assert links == {"onboarding": 0}  # integration never matched the identity-provider concern: stays new


def test_a_few_chance_matches_among_many_findings_do_not_link() -> None:
    concerns = {0: IDP}
    categorised = {(f"c{i}", 1): {"integration"} for i in range(12)}
    hits = {("c0", 1): {0}, ("c1", 1): {0}}  # 2 of 12 integration findings: under a fifth
    assert category_links(concerns, categorised, hits) == {}
    hits.update({("c2", 1): {0}})  # 3 of 12: a quarter
    assert category_links(concerns, categorised, hits) == {"integration": 0}
