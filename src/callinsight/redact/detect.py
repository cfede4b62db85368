"""Find PII spans in one piece of text: emails, IBANs, and numbers classified as phone, card or id.

What is covered (also in ``docs/redaction.md``):

- ``EMAIL``: written addresses (``jane.doe@example.com``), spoken and mis-transcribed ones ("jane dot
  doe at example dot com", "Hannah not Walker at example.com"); see ``emails.py`` for the rules.
- ``IBAN``: two letters, two check digits and 11-30 letters/digits, compact or printed in groups of
  four, only when the ISO 13616 mod-97 check passes.
- ``CARD``: 13-19 digits, written or spoken, that pass the Luhn check.
- ``NATIONAL_ID``: the US SSN shape 3-2-4, the Korean resident number shape 6-7, an unbroken written
  run of 9 digits, and any other run of 13 or more digits that is not a valid card number (account
  and id numbers; a mis-read card number is still personal data).
- ``PHONE``: a run with a ``+``/"plus" prefix (7-15 digits), otherwise any remaining run of 7-12
  digits in any grouping: national formats (``(555) 123-4567``, ``020 7946 0958``), international
  ones and digit groups spoken as words ("five five five, one two three, four five six seven", "five
  fifty-five", "double two"), also in Korean digit syllables ("공일공 일이삼사 오육칠팔", ``korean.py``).
  A Korean company's nationwide number (``1588-1234``) is not a person's and stays.
- ``NAME``, ``ADDRESS``: a name after "my name is" and street addresses with a house number (``names.py``);
  Korean full names after 이름/성함, before 고객님/님/씨 or after an agent's title, and Korean road-name and
  lot-number addresses with their district (``korean_names.py``).

Ordinary numbers stay: fewer than 7 digits never match (seats, prices, years, "three weeks",
"version 2.4"), nor do amounts (a currency sign before, a unit such as "dollars" or "%" after,
thousands separators "1,500,000"), decimals ("3.14159"), dates ("2026-09-01") or IP addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from callinsight.redact.checksums import iban_valid, luhn_valid
from callinsight.redact.emails import find_emails
from callinsight.redact.korean import find_korean_digit_runs
from callinsight.redact.korean_names import find_korean_addresses, find_korean_names
from callinsight.redact.names import find_addresses, find_names
from callinsight.redact.numbers import NumberRun, find_number_runs

KINDS = ("EMAIL", "PHONE", "CARD", "IBAN", "NATIONAL_ID", "NAME", "ADDRESS")

_HANGUL = re.compile("[가-힣]")
_IBAN_START = re.compile(r"\b[A-Za-z]{2}\d{2}")
_CURRENCY_BEFORE = re.compile(r"[$€£¥₩]\s*$")
_UNIT_AFTER = re.compile(
    r"^\s*(?:%|percent|dollars?|euros?|pounds?|usd|eur|gbp|bucks|won|yen|k\b|m\b|million|billion|thousand|"
    r"seats|users|licen[cs]es|agents|people|employees|customers|accounts|records|rows|minutes|hours|days)",
    re.IGNORECASE,
)
_DATE_SHAPES = {(4, 2, 2), (4, 1, 2), (4, 2, 1), (4, 1, 1), (2, 2, 4), (1, 2, 4), (2, 1, 4), (1, 1, 4), (2, 2, 2)}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def find_pii(text: str, kinds: tuple[str, ...] | list[str] = KINDS, *, email_context: bool = False) -> list[Span]:
    """Non-overlapping PII spans of the wanted kinds, in text order.

    ``email_context``: the text answers a request for an e-mail address (see ``emails.asks_for_email``),
    so a bare or mis-transcribed domain and the words before it are taken as an address.
    """
    found: list[Span] = []
    found += _emails(text, email_context)
    found += _ibans(text)
    found += [Span(a, b, "ADDRESS") for a, b in find_addresses(text)]
    found += [Span(a, b, "NAME") for a, b in find_names(text)]
    if _HANGUL.search(text):
        found += [Span(a, b, "ADDRESS") for a, b in find_korean_addresses(text)]
        found += [Span(a, b, "NAME") for a, b in find_korean_names(text)]
    taken = list(found)
    for run in [*find_number_runs(text), *find_korean_digit_runs(text)]:
        if any(run.start < s.end and s.start < run.end for s in taken):
            continue  # digits inside an email or IBAN already found
        kind = classify_number(run, text)
        if kind is None and len(run.groups) > 1:
            # "$500 555 123 4567": a price glued to a number; classify the number without it.
            if _CURRENCY_BEFORE.search(text[: run.start]):
                run = run.without(1, len(run.groups))
            elif _UNIT_AFTER.match(text[run.end :]):
                run = run.without(0, len(run.groups) - 1)
            kind = classify_number(run, text)
        if kind is not None:
            found.append(Span(run.start, run.end, kind))
    wanted = set(kinds)
    result: list[Span] = []
    for span in sorted(found, key=lambda s: (s.start, -s.end)):
        if span.kind not in wanted:
            continue
        if result and span.start < result[-1].end:
            last = result[-1]
            if span.kind == last.kind == "EMAIL" and span.end > last.end:
                # Two overlapping readings of one mis-transcribed address: redact all of it.
                result[-1] = Span(last.start, span.end, "EMAIL")
            continue
        result.append(span)
    return result


def classify_number(run: NumberRun, text: str) -> str | None:
    """The PII kind of a run of digits, or None for an ordinary number."""
    n = len(run.digits)
    if n < 7 or _is_quantity(run, text):
        return None
    if run.plus:
        return "PHONE" if n <= 15 else "NATIONAL_ID"
    if run.groups in ((3, 2, 4), (6, 7)):
        return "NATIONAL_ID"
    if run.groups == (4, 4) and run.digits[:2] in ("15", "16", "18") and not run.spoken:
        return None  # a Korean company's nationwide number (1588-xxxx), not a person's
    if 13 <= n <= 19 and luhn_valid(run.digits):
        return "CARD"
    if n >= 13:
        return "NATIONAL_ID"
    if n == 9 and len(run.groups) == 1 and not run.spoken and not run.digits.startswith("0"):
        return "NATIONAL_ID"
    return "PHONE"


def _is_quantity(run: NumberRun, text: str) -> bool:
    """Amounts, decimals, dates and addresses: long digit runs that are not personal data."""
    if _CURRENCY_BEFORE.search(text[: run.start]) or _UNIT_AFTER.match(text[run.end :]):
        return True
    joiners = [j.strip() for j in run.joiners]
    if run.spoken:
        return False
    if any(raw == "," and g == 3 for raw, g in zip(run.joiners, run.groups[1:], strict=True)):
        return True  # 1,500,000: thousands separators
    if joiners == ["."]:
        return True  # a decimal number
    if run.groups in _DATE_SHAPES and len(set(run.joiners)) == 1 and run.joiners[0] in ("-", "/", "."):
        return True
    return len(run.groups) == 4 and all(j == "." for j in run.joiners) and max(run.groups) <= 3  # IPv4


def _emails(text: str, context: bool) -> list[Span]:
    return [Span(a, b, "EMAIL") for a, b in find_emails(text, context)]


def _ibans(text: str) -> list[Span]:
    spans = []
    pos = 0
    while (m := _IBAN_START.search(text, pos)) is not None:
        # Letters (in the country code's case) and digits, compact or in the printed groups of four;
        # then keep the longest prefix that passes the check.
        upper = m.group()[0].isupper()
        ends: list[int] = []
        group = 4
        k = m.end()
        while k < len(text) and len(ends) < 30:
            ch = text[k]
            if ch.isascii() and (ch.isdigit() or (ch.isalpha() and ch.isupper() == upper)):
                group += 1
                k += 1
                ends.append(k)
            elif ch == " " and group == 4 and k + 1 < len(text) and text[k + 1].isalnum():
                group = 0
                k += 1
            else:
                break
        valid = [e for e in ends if _at_boundary(text, e) and iban_valid(text[m.start() : e])]
        if valid:
            spans.append(Span(m.start(), valid[-1], "IBAN"))
            pos = valid[-1]
        else:
            pos = m.start() + 1
    return spans


def _at_boundary(text: str, pos: int) -> bool:
    return pos >= len(text) or not text[pos].isalnum()
