"""The cheap tests that let the e-mail and number detectors skip most text never skip a real finding."""

from __future__ import annotations

import pytest

from callinsight.redact.detect import find_pii
from callinsight.redact.emails import _may_hold_address, find_emails
from callinsight.redact.numbers import _NUMBER_HINT, find_number_runs

# Shapes at the edge of the e-mail prefilter: upper case, a punctuation-only token between "dot" and the
# top-level domain (dropped by the tokeniser), a particle glued to the domain, Korean dot words.
EMAILS = [
    "it's ana dot lee at example DOT COM",
    'send it to ana at example dot " com please',
    "ana at example dot . com",
    "ana at example dot com이에요",
    "이메일은 kim 골뱅이 naver 점 컴 입니다",
    "이메일은 kim 골뱅이 naver 닷컴이에요",
    "Hannah not Walker at example.com",
    "reach me at ana at example not come",
]
NUMBERS = [
    "call me on Five Five Five, one two three, four five six seven",
    "it's double two, fifty-five, ninety nine one two",
    "SEVEN EIGHT NINE FOUR FIVE SIX SEVEN",
    "020 7946 0958",
]


@pytest.mark.parametrize("text", EMAILS)
def test_spoken_addresses_pass_the_email_prefilter(text: str) -> None:
    assert _may_hold_address(text)
    assert find_emails(text, context=True), text


@pytest.mark.parametrize("text", NUMBERS)
def test_spoken_and_written_numbers_pass_the_number_prefilter(text: str) -> None:
    assert _NUMBER_HINT.search(text.lower())
    assert find_number_runs(text)
    assert [s.kind for s in find_pii(text)] == ["PHONE"]


@pytest.mark.parametrize(
    "text",
    ["The invoice export is not right.", "Hello, how can I help?", "it is not in the plan", "not it, sorry"],
)
def test_text_without_an_address_or_a_number_is_skipped(text: str) -> None:
    assert not _NUMBER_HINT.search(text.lower())
    assert find_pii(text) == [] and find_pii(text, email_context=True) == []
