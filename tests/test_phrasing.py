"""Documented concerns shown as short phrases (proposals and report)."""

from __future__ import annotations

from callinsight.phrasing import is_shortened, short_phrase


def test_a_short_concern_is_shown_as_it_is() -> None:
    assert short_phrase("Slow exports.") == "Slow exports"
    assert not is_shortened("Slow exports.")


def test_a_long_concern_is_cut_at_its_first_clause() -> None:
    assert short_phrase("The dispatcher loses track of vans: the map freezes when more than thirty are online.") == (
        "The dispatcher loses track of vans"
    )
    assert short_phrase("Struggles to keep the shared calendar current (three tools, two time zones, one intern).") == (
        "Struggles to keep the shared calendar current"
    )


def test_without_a_clause_break_the_first_words_with_an_ellipsis() -> None:
    phrase = short_phrase("Drivers cannot see any of the changes to their orders until they phone the office again today")
    assert phrase.endswith("…") and len(phrase.split()) <= 9
    assert is_shortened("Drivers cannot see any of the changes to their orders until they phone the office again today")


def test_a_framing_first_sentence_gives_way_to_the_one_that_says_what_the_problem_is() -> None:
    assert short_phrase("Billing is the third problem. Invoices arrive in four formats and none import cleanly.") == (
        "Invoices arrive in four formats and none import cleanly"
    )
    assert short_phrase("Setup is difficult. Every clinic needs its own printer driver and nobody documents it.") == (
        "Setup is difficult"
    )
