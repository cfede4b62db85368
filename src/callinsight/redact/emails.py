"""Find e-mail addresses in text, including the shapes speech recognition gives read-out addresses.

Whisper rarely writes a spoken address as ``jane.doe@example.com``. On the demo calls it wrote
"Hannah not Walker at example.com", "market blue at a tremble.example.com", "mark dot block
satisample dot com" and "Nina.brux atidnumple.com". So besides written addresses this module looks
for a *domain* (a written token such as ``example.co.uk`` with a known top-level domain, or the
spoken "example dot co dot uk") and decides from what comes before it whether it ends an address:

- "<1-4 name words> at <domain>": the usual spoken shape. The word just before "at" must look like
  a name, not "it", "us", "look", "pricing", … ("find it at northwind.com" is a website).
- "<name>.<name> <domain>" or "<name> dot <name> <domain>": the "at" was swallowed.
- in an e-mail context (a cue such as "email", "address", "send it to", "reach me at" shortly before,
  or the caller was just asked for an address, see ``asks_for_email``): the domain and the words
  before it up to a clause boundary or a word such as "is"/"it's" (at most five), and Whisper's
  "not" for "dot" and "come" for "com" are accepted.

A domain with nothing personal before it ("go to northwind.com/pricing", "our site is northwind.com")
is a website, not an address, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


WRITTEN_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

TLDS = _wordset(
    "com org net io co uk de fr kr jp edu gov biz info ai app eu us ca au nl es it ch se no dk fi pl be "
    "ie in br mx nz za dev me tv xyz 컴 넷"
)
_AT_WORDS = frozenset({"at", "@", "골뱅이"})  # 골뱅이: how Korean speakers read "@"
# Korean "닷컴" (dot com) is one word: split into a dot and a top-level domain.
_KO_DOT_TLD = re.compile(r"^(닷)(컴|넷)")
_KO_INTRO = ("메일", "주소", "연락처")
# Cue words before an address in the same text (searched in a short window before the domain).
_CUE = re.compile(
    r"\b(?:e-?mail|mail|address|send (?:it|this|them|that) (?:over )?to|send (?:\w+ ){1,3}to|reach (?:me|us) at|contact (?:me|us) at|"
    r"write to)\b",
    re.IGNORECASE,
)
# A question asking for an address: puts the next answer in e-mail context.
_ASKS = re.compile(r"\b(?:e-?mail|address)\b[^.!?]*\?|\bsend (?:it|this|them) to\?", re.IGNORECASE)
_CUE_WINDOW = 80

_LEAD = "\"'(["
_TRAIL = ".,;:!?\"')]"
_CLAUSE_END = ".,;:!?"
_DOT_WORDS = frozenset({"dot", "점", "닷"})
_MISHEARD_DOT = frozenset({"not"})  # only trusted in e-mail context
_MISHEARD_TLD = frozenset({"come"})  # "example not come"
# Words that end the local part when walking back from the domain: they introduce the address.
_INTRO = _wordset(
    "is it's its it was email e-mail mail address me my our your sure yes yeah okay ok please to "
    "that's here's so well um uh and or but then thanks"
)
# Words that, right before "at <domain>", show it is a place or a website rather than a mailbox.
_NOT_A_NAME = _INTRO | _wordset(
    "at us them you this that here there online site website page docs documentation blog pricing portal "
    "available live hosted look looking looked find found go going see check visit up out more info details "
    "everything anything something listed posted published and or but we're i'm we i are were be been work "
    "works working office located signup login account accounts team teams staff folks people company support "
    "sales everyone everybody"
)
# Never a label of a spoken domain: keeps "the invoice has not come" (misheard "dot com") ordinary.
_NOT_A_LABEL = (_INTRO - {"mail"}) | _wordset(
    "has have had did does do will would could should can may might must are were i we you they he she "
    "hasn't haven't didn't"
)
_WRITTEN_DOMAIN = re.compile(r"^[\w&'-]*\w(?:\.[\w-]+)+$")
_LABEL = re.compile(r"^[\w-]+$")
_DOTTED_NAME = re.compile(r"^[A-Za-z]+\.[A-Za-z]+$")
_SPACE_RUN = re.compile(r"\S+")
_GLUED_PARTICLE = re.compile(r"^([A-Za-z0-9._%+-]*[A-Za-z0-9])[가-힣]+$")
_ADDRESS_WORD = re.compile(r"^[\w.&'-]+$")

# Cheap necessary conditions, checked before tokenising (most utterances have no address at all): every
# address found below has an "@", a written domain (a word character, a dot, a word character), the
# Korean "닷", or a spoken dot word followed (across spaces and punctuation-only tokens) by a
# top-level domain or Whisper's "come". Matched on the lower-cased text, as the tokens are compared.
_WRITTEN_HINT = re.compile(r"@|닷|\w\.[\w-]")
_SPOKEN_HINT = re.compile(
    r"(?:dot|not|점)[\s\"'()\[\].,;:!?]+(?:" + "|".join(sorted(TLDS | _MISHEARD_TLD, key=len, reverse=True)) + r")(?![a-z0-9_-])"
)


def _may_hold_address(text: str) -> bool:
    return _WRITTEN_HINT.search(text) is not None or _SPOKEN_HINT.search(text.lower()) is not None


@dataclass(frozen=True)
class _Token:
    start: int  # of the core, without surrounding punctuation
    end: int
    core: str
    raw: str
    clause_end: bool  # punctuation after the core ends a clause ("Sure," / "today.")

    @property
    def low(self) -> str:
        return self.core.lower()


def asks_for_email(text: str) -> bool:
    """Whether the text asks for an e-mail address ("What's the best email to send this to?")."""
    return _ASKS.search(text) is not None


def find_emails(text: str, context: bool = False) -> list[tuple[int, int]]:
    """Character spans of e-mail addresses, written or spoken; ``context``: an address was just asked for."""
    if not _may_hold_address(text):
        return []
    spans = [_with_split_tail(text, m) for m in WRITTEN_EMAIL.finditer(text)]
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        found = _domain_at(tokens, i)
        if found is None:
            i += 1
            continue
        end, misheard = found
        in_context = context or _CUE.search(text[max(0, tokens[i].start - _CUE_WINDOW) : tokens[i].start]) is not None
        first = _address_start(tokens, i, in_context) if (in_context or not misheard) else None
        if first is not None:
            spans.append((tokens[first].start, tokens[end].end))
        i = end + 1
    return spans


# Whisper sometimes breaks a written address inside its domain ("robert@shop.ex ample.com"): the regex
# then ends at a label that is no top-level domain, and the rest follows as a written domain.
_SPLIT_TAIL = re.compile(r"\s([\w-]+(?:\.[\w-]+)+)\b")


def _with_split_tail(text: str, m: re.Match[str]) -> tuple[int, int]:
    if m.group().rsplit(".", 1)[-1].lower() in TLDS:
        return m.start(), m.end()
    tail = _SPLIT_TAIL.match(text, m.end())
    if tail is None or tail.group(1).rsplit(".", 1)[-1].lower() not in TLDS:
        return m.start(), m.end()
    return m.start(), tail.end()


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _SPACE_RUN.finditer(text):
        raw = m.group()
        core = raw.lstrip(_LEAD)
        lead = len(raw) - len(core)
        core = core.rstrip(_TRAIL)
        if not core:
            continue
        start = m.start() + lead
        tail = raw[lead + len(core) :]
        ko = _KO_DOT_TLD.match(core)
        if ko:  # "닷컴이에요": a dot, a top-level domain, then a particle that ends the clause
            out.append(_Token(start, start + 1, ko.group(1), raw, False))
            out.append(_Token(start + 1, start + 2, ko.group(2), raw, True))
            continue
        glued = _GLUED_PARTICLE.match(core)
        if glued:  # "naver.com이에요": a Korean particle glued to an address
            core = glued.group(1)
            tail = "."
        out.append(_Token(start, start + len(core), core, raw, any(c in _CLAUSE_END for c in tail)))
    return out


def _written_domain(tok: _Token) -> bool:
    if "@" in tok.raw or "/" in tok.raw or tok.low.startswith(("www.", "http")):
        return False  # a written address (found by WRITTEN_EMAIL) or a URL
    return _WRITTEN_DOMAIN.match(tok.core) is not None and tok.low.rsplit(".", 1)[-1] in TLDS


def _domain_at(tokens: list[_Token], i: int) -> tuple[int, bool] | None:
    """(index of the domain's last token, whether a misheard "not"/"come" was needed) or None."""
    if _written_domain(tokens[i]):
        return i, False
    if tokens[i].low in _NOT_A_LABEL or not _LABEL.match(tokens[i].core):
        return None
    best: tuple[int, bool] | None = None
    j, misheard = i, False
    while j + 2 < len(tokens) and not tokens[j].clause_end and not tokens[j + 1].clause_end:
        dot, label = tokens[j + 1].low, tokens[j + 2]
        if dot not in _DOT_WORDS and dot not in _MISHEARD_DOT:
            break
        if not _LABEL.match(label.core) or label.low in _NOT_A_LABEL:
            break
        misheard = misheard or dot in _MISHEARD_DOT
        j += 2
        if label.low in TLDS:
            best = (j, misheard)
        elif label.low in _MISHEARD_TLD:
            best = (j, True)
    return best


def _domain_words_before(tokens: list[_Token], d: int) -> int:
    """Start of a spoken domain of several words ending in the label at ``d``: "g mail", "blue river farms".

    Up to two more label words belong to the domain when an "at" comes right before them.
    """
    for extra in (1, 2):
        first = d - extra
        if first - 1 < 0:
            break
        words = tokens[first:d]
        if any(t.clause_end or not t.core.isalpha() or t.low in _NOT_A_LABEL or t.low in _AT_WORDS for t in words):
            break
        if tokens[first - 1].low in _AT_WORDS and not tokens[first - 1].clause_end:
            return first
    return d


def _address_start(tokens: list[_Token], d: int, in_context: bool) -> int | None:
    """Index of the first token of the address ending in the domain starting at ``d``, or None."""
    if not _written_domain(tokens[d]):
        d = _domain_words_before(tokens, d)
    p = d - 1
    if p >= 0 and tokens[p].low in _AT_WORDS and not tokens[p].clause_end:
        first = _walk_back(tokens, p, 4, stop_at_at=True)
        if first < p and (in_context or tokens[p - 1].low not in _NOT_A_NAME):
            return first
    if p >= 0 and not tokens[p].clause_end:
        # "Nina.brux atidnumple.com", "mark dot block satisample dot com": the "at" was swallowed.
        if _DOTTED_NAME.match(tokens[p].core) and tokens[p].low.rsplit(".", 1)[-1] not in TLDS:
            return p
        if p >= 2 and tokens[p - 1].low == "dot" and not tokens[p - 2].clause_end and not tokens[p - 1].clause_end:
            names = (tokens[p - 2], tokens[p])
            if all(t.core.isalpha() and t.low not in _INTRO for t in names):
                return p - 2
    if in_context:
        return _walk_back(tokens, d, 5, stop_at_at=False)
    return None


def _walk_back(tokens: list[_Token], k: int, most: int, stop_at_at: bool) -> int:
    """First index of up to ``most`` words before index ``k`` that can belong to the address."""
    first = k
    while first > 0 and k - first < most:
        prev = tokens[first - 1]
        if prev.clause_end or prev.low in _INTRO or (stop_at_at and prev.low in _AT_WORDS):
            break
        if any(w in prev.low for w in _KO_INTRO):  # "이메일은", "주소가": introduces the address
            break
        if not _ADDRESS_WORD.match(prev.core) or not any(c.isalpha() for c in prev.core):
            break  # a number before the address is not part of it
        first -= 1
    return first
