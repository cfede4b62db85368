"""Personal names and street addresses in speech, found by the phrases that introduce them.

- ``NAME``: the words after "my name is" / "my name's" / "the name is" (Whisper may write them in
  lower case), and a capitalised name in "this is <Name> from/speaking/calling/here". Up to three
  words, stopping at punctuation and at words that cannot be a name ("my name is not important",
  "my name is on the contract" keep their words).
- ``ADDRESS``: a house number (digits, or number words such as "twenty two"), one to three
  capitalised words and a street type ("Street", "Rd", "Boulevard", …), with an apartment or suite
  after it when given ("1180 North Lakeshore Drive, apartment 5B"). A street without a house number
  ("we're on Main Street") is a place, not an address, and stays.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NOT_A_NAME = _words(
    "not on in is and i i'm from the a an calling here with just also still what actually um uh so but was that "
    "this it listed spelled written down there right correct same wrong different important on file my your our "
    "their his her to for at by of as no yes yeah okay ok sure please"
)
_CALENDAR = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today tomorrow"
)
_TRIGGER = re.compile(r"\b(?:my name is|my name's|the name is|the name's|name is)\s+", re.IGNORECASE)
_THIS_IS = re.compile(
    r"\b(?i:this is|it's|it is)\s+(?P<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})\s+(?:from|speaking|calling|here)\b"
)
_WORD = re.compile(r"([^\W\d_][\w'-]*)")

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_STREET_TYPE = (
    r"(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|close|"
    r"crescent|parkway|pkwy|highway|hwy|square|sq|row|gardens|mews|alley)"
)
_ADDRESS = re.compile(
    rf"(?<![\w$€£])(?:\d{{1,5}}[A-Za-z]?|(?i:{_NUMBER_WORD})(?:[\s-]+(?i:{_NUMBER_WORD})){{0,3}})"
    rf"\s+(?:[A-Z][\w'.-]*\s+){{1,3}}(?i:{_STREET_TYPE})\b"
    rf"(?:,?\s+(?i:apartment|apt\.?|suite|unit|flat|floor)\s+[\w-]+)?"
)


def find_names(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _TRIGGER.finditer(text):
        end = None
        pos = m.end()
        first_upper = None
        for count in range(3):
            w = _WORD.match(text, pos)
            if w is None or w.group().lower() in _NOT_A_NAME:
                break
            upper = w.group()[0].isupper()
            if first_upper is None:
                first_upper = upper
            elif upper != first_upper or (not upper and count >= 2):
                break  # "my name is Tom and then"... or "rachel, i ..." : a name is one casing
            end = w.end()
            gap = re.match(r"[ \t]+", text[end:])
            if gap is None:
                break  # punctuation ends the name
            pos = end + gap.end()
        if end is not None:
            spans.append((m.end(), end))
    spans += [
        (m.start("name"), m.end("name"))
        for m in _THIS_IS.finditer(text)
        if not any(w.lower() in _CALENDAR for w in m.group("name").split())
    ]
    return spans


def find_addresses(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
