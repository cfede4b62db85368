"""Light text helpers for documented concerns: sentence splitting, key phrases and content words.

No model is needed: a customer utterance is split into sentences so that a long turn ("Hi Mike, I'm the
IT director at ... Do you support single sign on with Okta?") is compared sentence by sentence with a
documented concern instead of being diluted as a whole. Key phrases are the runs of content words of a
documented item ("single sign-on", "audit log", "ticket backlog"), compared on crude lemmas (lower
case, hyphens split, plural ``s`` dropped, small numbers spelled out) because transcripts write
"single sign on", "SOC two", "audit logs".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

STOPWORDS = frozenset(
    ["a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "don", "down", "during", "each", "every", "few", "for", "from", "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "us", "one", "ones", "who's", "it's", "we're", "i'm", "they're", "don't", "can't", "isn't", "doesn't", "won't", "want", "wants", "need", "needs", "needed", "still", "even", "really", "much", "many", "way"]
)
#: Words that frame a concern in prose ("Sam's biggest problem is ...", "the second challenge") but
#: carry none of its content: a sentence left with nothing else is not a concern on its own.
FRAMING_WORDS = frozenset(
    ["problem", "problems", "challenge", "challenges", "concern", "concerns", "pain", "pains", "point", "points", "issue", "issues", "worry", "worries", "worried", "frustration", "frustrations", "objection", "objections", "obstacle", "obstacles", "fear", "fears", "biggest", "big", "main", "first", "second", "third", "another", "key", "top", "primary", "major", "greatest", "number", "thing", "things", "area", "areas"]
)
#: Words too common in calls to make a phrase specific ("takes hours", "per agent", "three sites").
_WEAK = frozenset(["take", "make", "per", "team", "week", "day", "hour", "minute", "time", "site", "customer", "agent", "data"])
_NUMBERS = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
            "7": "seven", "8": "eight", "9": "nine", "10": "ten"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")
_PRONOUN_START = re.compile(r"^(?:he|she|they|his|her|their|it|this|that)\b", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """Sentences of a transcribed utterance (transcripts end sentences with . ! ?; case is unreliable)."""
    parts = [p.strip() for p in _SENTENCE_END.split(text or "")]
    return [p for p in parts if p] or ([text.strip()] if text and text.strip() else [])


def concern_parts(text: str) -> list[str]:
    """A documented concern and, when it is long, its sentences and its clauses before/after a colon or
    semicolon: "Sam lies awake over the backlog: tickets that sit unanswered over a weekend, ..." is
    voiced by a caller who only talks about the backlog."""
    parts = [text]
    for sentence in split_sentences(text):
        for clause in [sentence, *re.split(r"\s*[:;]\s+", sentence)]:
            clause = clause.strip(" \"'“”")
            if len(clause.split()) >= 3 and clause not in parts:
                parts.append(clause)
    return parts


def lemma(word: str) -> str:
    """A crude lemma: lower case, numbers spelled out, a plural ``s`` dropped."""
    w = word.lower()
    w = _NUMBERS.get(w, w)
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def lemmas(text: str) -> list[str]:
    """Lemmas of every word, hyphenated and possessive words split into their parts."""
    out: list[str] = []
    for word in _WORD.findall(text):
        for part in re.split(r"[-']", word):
            if part and part.lower() != "s":
                out.append(lemma(part))
    return out


def key_phrases(text: str) -> set[tuple[str, ...]]:
    """Two-word phrases of adjacent content words ("single sign-on" -> ('single', 'sign', 'on'));
    a hyphenated word is one unit, so "sign-on" keeps its "on"."""
    units: list[list[str]] = []
    for word in _WORD.findall(text):
        parts = [lemma(p) for p in re.split(r"[-']", word) if p and p.lower() != "s"]
        if not parts:
            continue
        content = len(parts) > 1 or (
            parts[0] not in STOPWORDS and parts[0] not in FRAMING_WORDS and parts[0] not in _WEAK
            and parts[0] not in _NUMBERS.values() and len(parts[0]) > 1
        )
        units.append(parts if content else [])
    phrases: set[tuple[str, ...]] = set()
    for left, right in itertools.pairwise(units):
        if left and right:
            phrases.add(tuple(left + right))
    for unit in units:
        if len(unit) > 1:  # a hyphenated compound on its own ("on-premise") is already specific
            phrases.add(tuple(unit))
    return phrases


def contains_phrase(sentence_lemmas: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(sentence_lemmas[i : i + n]) == phrase for i in range(len(sentence_lemmas) - n + 1))


def distinctive_phrases(items: Iterable[str]) -> list[set[tuple[str, ...]]]:
    """Each item's key phrases, without those shared by another item: a phrase two concerns share
    ("customer data") tells nothing about which of them a sentence voices."""
    per_item = [key_phrases(t) for t in items]
    seen: dict[tuple[str, ...], int] = {}
    for phrases in per_item:
        for p in phrases:
            seen[p] = seen.get(p, 0) + 1
    return [{p for p in phrases if seen[p] == 1} for phrases in per_item]


def content_words(sentence: str) -> list[str]:
    """Words left once the framing is removed: a leading name's possessive or pronoun, stopwords and
    section words. "Sam's biggest problem is volume." -> ['volume']."""
    text = re.sub(r"^\s*[A-Z][\w-]*'s\b", "", sentence.strip())
    text = _PRONOUN_START.sub("", text.strip())
    return [w for w in lemmas(text) if w not in STOPWORDS and w not in FRAMING_WORDS and len(w) > 1]
