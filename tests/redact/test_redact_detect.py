"""PII detection on text: table-driven positives and negatives, spoken numbers, checksums."""

from __future__ import annotations

import random

import pytest

from callinsight.redact import KINDS, find_pii, redact_text
from callinsight.redact.checksums import iban_valid, luhn_valid

POSITIVES = [
    # (text, redacted text)
    ("Write to jane.doe+crm@example.co.uk today", "Write to [EMAIL] today"),
    ("my email is jane dot doe at example dot com", "my email is [EMAIL]"),
    ("Call me at (555) 123-4567.", "Call me at [PHONE]."),
    ("My number is 555-123-4567", "My number is [PHONE]"),
    ("the office is 020 7946 0958", "the office is [PHONE]"),
    ("reach me on +44 20 7946 0958 after five", "reach me on [PHONE] after five"),
    ("+1 415 555 2671", "[PHONE]"),
    ("It's five five five, one two three, four five six seven.", "It's [PHONE]."),
    ("oh seven seven double oh nine triple five one two", "[PHONE]"),
    ("plus four four, two oh, seven nine four six, oh nine five eight", "[PHONE]"),
    ("card number 4111 1111 1111 1111 expiry", "card number [CARD] expiry"),
    ("4111-1111-1111-1111", "[CARD]"),
    ("378282246310005 is the amex", "[CARD] is the amex"),
    ("four one one one, one one one one, one one one one, one one one one", "[CARD]"),
    ("IBAN DE89 3704 0044 0532 0130 00, thanks", "IBAN [IBAN], thanks"),
    ("GB82WEST12345698765432", "[IBAN]"),
    ("SSN 123-45-6789", "SSN [NATIONAL_ID]"),
    ("one two three, four five, six seven eight nine", "[NATIONAL_ID]"),
    ("resident number 900101-1234567", "resident number [NATIONAL_ID]"),
    ("customer id 123456789", "customer id [NATIONAL_ID]"),
]

NEGATIVES = [
    "We need 20 seats by March.",
    "It is $500 a month, or $5,000 a year.",
    "Renewal is in 2026.",
    "Onboarding took three weeks.",
    "We upgraded to version 2.4 last week.",
    "Oh, one more thing before we go.",
    "The deal is worth $1,250,000 over three years.",
    "Budget is 1 500 000 euros.",
    "We met on 2026-09-01 at 10:30.",
    "Send it to 10.0.12.255 on the VPN.",
    "Pi is 3.14159265.",
    "Our 12 agents handle 350 calls a day, 98% on time.",
    "Two or three of them, maybe four.",
    "We have 1200000 users.",
    "Let me have a look at acme dot com later.",  # spoken address without email context
    "Call the office between 9 and 5.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(text: str, expected: str) -> None:
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    assert find_pii(text) == []


def test_luhn_invalid_card_digits_are_not_a_card() -> None:
    spans = find_pii("card 4111 1111 1111 1112 please")
    assert [s.kind for s in spans] != ["CARD"]
    assert all(s.kind != "CARD" for s in spans)
    # ... but a 16-digit number is still personal data: it is redacted as an id-like number.
    assert [s.kind for s in spans] == ["NATIONAL_ID"]


def test_iban_with_a_wrong_check_is_not_an_iban() -> None:
    assert all(s.kind != "IBAN" for s in find_pii("DE88 3704 0044 0532 0130 00"))


def test_kinds_filter() -> None:
    text = "mail jane@example.com or call 555-123-4567"
    assert redact_text(text, ["PHONE"])[0] == "mail jane@example.com or call [PHONE]"
    assert redact_text(text, ["EMAIL"])[0] == "mail [EMAIL] or call 555-123-4567"


def test_checksums() -> None:
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")
    assert luhn_valid("79927398713")
    assert iban_valid("DE89 3704 0044 0532 0130 00")
    assert iban_valid("gb82west12345698765432")
    assert not iban_valid("GB82WEST12345698765433")
    assert not iban_valid("DE89")


# --- property-style: random sentences mixing filler, ordinary numbers and PII -----------------------

PII = [
    ("555-123-4567", "5551234567"),
    ("(212) 555-0199", "2125550199"),
    ("+49 30 901820", "4930901820"),
    ("five five five, one two three, four five six seven", None),
    ("4111 1111 1111 1111", "4111111111111111"),
    ("5500-0000-0000-0004", "5500000000000004"),
    ("123-45-6789", "123456789"),
    ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
    ("sam.lee@example.org", None),
    ("hannah dot walker at example dot com", None),  # spoken, as speech recognition writes it
    ("Hannah not Walker at example.com", None),
    ("mark dot block satisample dot com", None),
]
FILLER = [
    "so", "we", "need", "20", "seats", "and", "the", "price", "is", "$500", "a", "month", "in", "2026",
    "three", "weeks", "version", "2.4", "okay", "great", "thanks", "call", "me", "on", "my", "number",
    "card", "is", "for", "the", "team", "of", "12", "people", "yes", "right",
]  # fmt: skip


def _sentence(rng: random.Random) -> tuple[str, list[tuple[str, str | None]]]:
    parts: list[str] = []
    inserted = []
    for _ in range(rng.randint(3, 14)):
        if rng.random() < 0.25:
            item = rng.choice(PII)
            inserted.append(item)
            parts.append(item[0])
            parts.append(rng.choice(["and", "or", "thanks", "please", "ok"]))  # a word ends each item
        else:
            parts.append(rng.choice(FILLER))
    return " ".join(parts), inserted


def test_redaction_removes_every_detected_item_and_keeps_the_rest() -> None:
    rng = random.Random(20260901)
    for _ in range(300):
        text, inserted = _sentence(rng)
        redacted, spans = redact_text(text)
        # Nothing detectable is left behind.
        assert find_pii(redacted) == [], (text, redacted)
        # Every inserted item is gone, in its written form and as bare digits.
        for written, digits in inserted:
            assert written not in redacted, (text, redacted)
            if digits:
                assert digits not in "".join(ch for ch in redacted if ch.isalnum()), (text, redacted)
        # Text outside the spans is unchanged, in order.
        pos = 0
        rebuilt = []
        for s in spans:
            rebuilt.append(text[pos : s.start])
            rebuilt.append(f"[{s.kind}]")
            pos = s.end
        rebuilt.append(text[pos:])
        assert "".join(rebuilt) == redacted
        for a, b in _gaps(spans, len(text)):
            assert text[a:b] in redacted
        # Each span covers whole tokens: it never starts or ends inside a word.
        for s in spans:
            assert s.kind in KINDS
            assert s.start == 0 or not (text[s.start - 1].isalnum() and text[s.start].isalnum())
            assert s.end == len(text) or not (text[s.end - 1].isalnum() and text[s.end].isalnum())


def _gaps(spans: list, n: int) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for s in spans:
        out.append((pos, s.start))
        pos = s.end
    out.append((pos, n))
    return out
