"""Find runs of digits in transcript text, written ("555-123-4567") or spoken ("five five five ...").

A run is a sequence of digits and digit words joined only by whitespace or separators people put in
numbers (``- . , / ( )``). Its digits, its groups (how the speaker or writer chunked it) and its exact
character span are kept, so the classifier can tell a phone number from a card number or a price,
and the redactor can replace exactly those characters.

Spoken digits: ``zero``, ``oh``/``o``, ``nought``, ``one`` .. ``nine``, and ``double``/``triple``
before a digit word ("double five" = 55). People also read numbers in pairs and hundreds: the teens
(``twelve`` = 12), tens with or without a unit (``fifty-five`` / ``fifty five`` = 55, ``forty`` = 40) and
``hundred`` (``five fifty-five`` = 555, ``eight hundred`` = 800, ``five hundred fifty`` = 550).
``plus`` before a run marks an international prefix.
Spoken digit words in one breath (separated by spaces only) form one group; a comma, hyphen or dot
starts a new group. Written digit runs separated by anything start a new group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
REPEAT_WORDS = {"double": 2, "triple": 3}
TEEN_WORDS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
TENS_WORDS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8", "ninety": "9",
}  # fmt: skip
_UNITS = {k: v for k, v in DIGIT_WORDS.items() if v != "0"}
_ZERO_WORDS = {"oh", "o"}  # interjections too: never start a run with them before punctuation

# "fifty-five" is one spoken number, not two groups joined by a hyphen: keep it one token.
_TENS_UNIT = (
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
)
_TOKEN = re.compile(rf"(?P<num>\d+)|(?P<word>(?i:{_TENS_UNIT})|[^\W\d_]+)|(?P<punct>[^\w\s])")
#: What may stand between two parts of one number: whitespace and at most a few separators.
_JOINER = re.compile(r"^\s*[-.,/()]{0,2}\s*$")
# A run starts at a written digit or at a digit, teen or tens word ("double"/"triple" and "hundred" only
# count next to one): text with none of them has no run, so it is not tokenised (most utterances).
_NUMBER_HINT = re.compile(
    r"\d|(?<![^\W\d_])(?:" + "|".join(sorted({*DIGIT_WORDS, *TEEN_WORDS, *TENS_WORDS}, key=len, reverse=True)) + r")(?![^\W\d_])"
)


@dataclass(frozen=True)
class NumberRun:
    start: int
    end: int
    digits: str
    groups: tuple[int, ...]
    joiners: tuple[str, ...]  # the raw text between consecutive groups
    plus: bool  # written "+" or spoken "plus" right before it
    spoken: bool  # at least one digit was a word
    group_spans: tuple[tuple[int, int], ...] = ()  # character span of each group

    def without(self, first: int, last: int) -> NumberRun:
        """The run made of groups ``first`` .. ``last - 1`` only (e.g. without a leading price)."""
        spans = self.group_spans[first:last]
        digits = self.digits
        offsets = [sum(self.groups[:k]) for k in range(len(self.groups) + 1)]
        return NumberRun(
            start=spans[0][0],
            end=spans[-1][1],
            digits=digits[offsets[first] : offsets[last]],
            groups=self.groups[first:last],
            joiners=self.joiners[first : last - 1],
            plus=self.plus and first == 0,
            spoken=self.spoken,
            group_spans=spans,
        )


@dataclass(frozen=True)
class _Tok:
    kind: str  # num / word / punct
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        out.append(_Tok(kind, m.group(), m.start(), m.end()))
    return out


def _word(toks: list[_Tok], i: int) -> str | None:
    return toks[i].text.lower() if i < len(toks) and toks[i].kind == "word" else None


def _pair_at(toks: list[_Tok], i: int) -> tuple[str, int] | None:
    """A two-digit number said as a word or two: "twelve", "fifty-five", "fifty five", "forty" (40)."""
    low = _word(toks, i)
    if low is None:
        return None
    if low in TEEN_WORDS:
        return TEEN_WORDS[low], 1
    if "-" in low:
        tens, unit = low.split("-", 1)
        return TENS_WORDS[tens] + DIGIT_WORDS[unit], 1
    if low in TENS_WORDS:
        nxt = _word(toks, i + 1)
        if nxt in _UNITS and toks[i + 1].start == toks[i].end + 1:  # "fifty five": one space
            return TENS_WORDS[low] + _UNITS[nxt], 2
        return TENS_WORDS[low] + "0", 1
    return None


def _digit_at(toks: list[_Tok], i: int) -> tuple[str, int, bool] | None:
    """The digits a numeric token at ``i`` stands for, how many tokens it uses, and whether spoken."""
    tok = toks[i]
    if tok.kind == "num":
        return tok.text, 1, False
    if tok.kind != "word":
        return None
    low = tok.text.lower()
    if low in _UNITS and _word(toks, i + 1) == "hundred":
        # "eight hundred" = 800; "five hundred fifty" = 550, "five hundred five" = 505.
        rest = _pair_at(toks, i + 2)
        if rest is not None:
            return _UNITS[low] + rest[0], 2 + rest[1], True
        unit = _word(toks, i + 2)
        if unit in _UNITS:
            return _UNITS[low] + "0" + _UNITS[unit], 3, True
        return _UNITS[low] + "00", 2, True
    if low in DIGIT_WORDS:
        return DIGIT_WORDS[low], 1, True
    pair = _pair_at(toks, i)
    if pair is not None:
        return pair[0], pair[1], True
    if low in REPEAT_WORDS and i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.kind == "word" and nxt.text.lower() in DIGIT_WORDS:
            return DIGIT_WORDS[nxt.text.lower()] * REPEAT_WORDS[low], 2, True
    return None


def find_number_runs(text: str) -> list[NumberRun]:
    if _NUMBER_HINT.search(text.lower()) is None:
        return []
    toks = _tokens(text)
    runs: list[NumberRun] = []
    i = 0
    while i < len(toks):
        first = _digit_at(toks, i)
        if first is None or _is_interjection(toks, i):
            i += 1
            continue
        run, i = _read_run(text, toks, i)
        runs.append(run)
    return runs


def _is_interjection(toks: list[_Tok], i: int) -> bool:
    """ "Oh, ..." / "oh well": a zero word not followed (across spaces only) by another digit."""
    if toks[i].text.lower() not in _ZERO_WORDS:
        return False
    return i + 1 >= len(toks) or _digit_at(toks, i + 1) is None


def _read_run(text: str, toks: list[_Tok], i: int) -> tuple[NumberRun, int]:
    start = toks[i].start
    plus = False
    if i > 0:
        prev = toks[i - 1]
        between = text[prev.end : start]
        if between.strip() == "" and (prev.text == "+" or prev.text.lower() == "plus"):
            plus, start = True, prev.start
        elif prev.text == "(" and between == "":
            start = prev.start
    groups: list[str] = []
    joiners: list[str] = []
    group_spans: list[tuple[int, int]] = []
    group_start = start
    current = ""
    spoken_any = False
    prev_spoken = False
    end = start
    while True:
        got = _digit_at(toks, i)
        assert got is not None
        digits, used, spoken = got
        tok_start = toks[i].start
        if current:
            between = text[end:tok_start]
            if between.strip() == "" and spoken and prev_spoken:
                pass  # spoken digits in one breath stay in one group
            else:
                groups.append(current)
                group_spans.append((group_start, end))
                joiners.append(between)
                group_start = tok_start
                current = ""
        current += digits
        spoken_any = spoken_any or spoken
        prev_spoken = spoken
        end = toks[i + used - 1].end
        i += used
        # Skip separators; continue only when another digit follows them.
        j = i
        while j < len(toks) and toks[j].kind == "punct" and toks[j].text in "-.,/()":
            j += 1
        nxt = _digit_at(toks, j) if j < len(toks) else None
        if nxt is None or nxt[2] != spoken or not _JOINER.match(text[end : toks[j].start]):
            break
        i = j
    groups.append(current)
    group_spans.append((group_start, end))
    run = NumberRun(
        start=start,
        end=end,
        digits="".join(groups),
        groups=tuple(len(g) for g in groups),
        joiners=tuple(joiners),
        plus=plus,
        spoken=spoken_any,
        group_spans=tuple(group_spans),
    )
    return run, i
