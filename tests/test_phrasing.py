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


def test_a_quoted_concern_keeps_its_quotation_marks_around_the_phrase() -> None:
    phrase = short_phrase('"We must keep every invoice for ten years and your archive only goes back two of them."')
    assert phrase.startswith('"') and phrase.endswith('"') and phrase.count('"') == 2
    assert not is_shortened('"Our lawyers read every contract."')  # only the end punctuation differs


def test_a_narrative_sentence_is_shown_by_the_clause_that_names_the_problem() -> None:
    text = ("She seldom opens the admin console herself, but every renewal waits for her approval, "
            "and she is the one who gets blamed when the nightly sync fails.")
    assert short_phrase(text) == "She is the one who gets blamed when the nightly sync fails"
    negated = ("They rarely report a bug; they ask for longer trials and extra seats for free, "
               "and they leave as soon as the trial runs out and costs rise.")
    assert "rarely" not in short_phrase(negated)


def test_a_sentence_a_little_over_the_limit_is_kept_whole_or_cut_at_a_comma() -> None:
    assert short_phrase("Loading the nightly stock file into the warehouse system takes hours") == (
        "Loading the nightly stock file into the warehouse system takes hours"
    )
    assert short_phrase("Labels that print crooked, or cannot be scanned at the dock, are a weekly complaint from drivers.") == (
        "Labels that print crooked, or cannot be scanned at the dock"
    )
