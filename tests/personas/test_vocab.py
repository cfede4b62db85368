"""The cues that make a prose sentence of a persona a documented concern (``personas.vocab.concern_kind``)."""

from __future__ import annotations

import pytest

from callinsight.personas.vocab import concern_kind


@pytest.mark.parametrize("sentence, kind", [
    ("She struggles to reconcile the two ledgers every Friday.", "pain_point"),
    ("He regrets moving the team to a tool nobody maintains.", "pain_point"),
    ("Milo has no experience with spreadsheets beyond simple sums.", "pain_point"),
    ("She needs the rota a week earlier.", "need"),
    ("They'd like one login for every clinic.", "need"),
    ("He’d love a report he can forward as it is.", "need"),
])
def test_sentences_that_state_a_problem_or_a_need(sentence: str, kind: str) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "Nurses at the front desk make sure the ward meets the needs of its patients.",  # a noun, not a need
    "The porter refills the trolley when needed and logs the count.",
    "Omar is not afraid of reading the source to see how a library works.",
    "She is a natural problem solver who enjoys puzzles.",
    "Our buyers face several hurdles, and the following examples show where time is lost:",  # a lead-in to a list
    "Ki would likely move to a bigger firm in a year.",  # "likely" is not "like"
])
def test_sentences_with_a_cue_word_that_state_neither(sentence: str) -> None:
    assert concern_kind(sentence) is None


@pytest.mark.parametrize("sentence, kind", [
    ("Records should be kept for ten years.", "need"),
    ("She is not quite sure where the old files went.", "pain_point"),
    ("He doesn't know which form applies to him.", "pain_point"),
    ("Pat has little background in accounting.", "pain_point"),
    ("The club doesn't currently have a place to store the trophies.", "pain_point"),
    ("There are licensing limitations on the archive.", "pain_point"),
])
def test_more_ways_of_stating_a_problem_or_a_need(sentence: str, kind: str) -> None:
    assert concern_kind(sentence) == kind
