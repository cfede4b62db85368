"""Finding configured names (competitors, the company) in transcripts, as speech recognition writes them.

Whisper splits and respells product names it does not know: "HubSpot" comes out as "hub spot",
"herb spot" or "hurm spot", "Zendesk" as "zen desk" or "send desk". Listing every mishearing by hand
does not carry over to a customer's names, so every run of one to three words (spaces and
punctuation removed) is compared with each configured name by spelling *and* sound:

    score = 0.5 * spelling + 0.25 * metaphone + 0.25 * NYSIIS

spelling is rapidfuzz's normalised Indel similarity of the letters; metaphone and NYSIIS are the
same similarity over the two phonetic codes (jellyfish), which make "herb spot" and "hub spot" or
"sells force" and "salesforce" close although their letters differ. A run counts when its score
reaches the threshold and its length is close to the name's (a sentence is never one long name).
Short names (under ``MIN_FUZZY_LENGTH`` letters) must match exactly: fuzzy matches of short words
are everywhere. The threshold was tuned on generated mishearings of a tuning set of names and on
ordinary sentences of the DEV split; ``benchmarks/mining_names.py`` reports both on held-out names
and TEST sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W_](?:[\w'&.-]*[^\W_])?")
MIN_FUZZY_LENGTH = 5
#: Tuned on DEV (benchmarks/mining_names.py --tune); ``[mining] fuzzy_threshold`` overrides it.
DEFAULT_THRESHOLD = 0.76
#: Weights of the spelling and the two phonetic similarities.
W_SPELLING, W_METAPHONE, W_NYSIIS = 0.5, 0.25, 0.25
#: Longest word run compared (a name said as three words at most, plus one for a split syllable).
MAX_WORDS = 3
#: Most word runs whose score a matcher remembers (short strings: a few MB at most).
SEEN_RUNS = 50_000


def squash(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


@lru_cache(maxsize=65536)
def _codes(squashed: str) -> tuple[str, str]:
    import jellyfish

    if not squashed.isascii():  # the phonetic codes are defined for Latin letters only
        return squashed, squashed
    return jellyfish.metaphone(squashed), jellyfish.nysiis(squashed)


def name_similarity(heard: str, name: str) -> float:
    """0..1: how much ``heard`` (already squashed) spells and sounds like ``name`` (squashed)."""
    from rapidfuzz.distance import Indel

    if heard == name:
        return 1.0
    hm, hn = _codes(heard)
    nm, nn = _codes(name)
    return (W_SPELLING * Indel.normalized_similarity(heard, name) + W_METAPHONE * Indel.normalized_similarity(hm, nm)
            + W_NYSIIS * Indel.normalized_similarity(hn, nn))


def ending_fits(heard: str, name: str) -> bool:
    """A mishearing keeps the name's final consonant sound ("herb spot", "send desk"); a run that stops
    early ("sales for" against Salesforce) or runs on into another word does not."""
    h, n = _codes(heard)[0], _codes(name)[0]
    return not h or not n or h[-1] == n[-1]


def length_fits(heard: str, name: str) -> bool:
    """A mishearing keeps roughly the name's length: within 2 letters or 25% of it."""
    return abs(len(heard) - len(name)) <= max(2, len(name) // 4)


@dataclass(frozen=True)
class NameMention:
    name: str  # the canonical (configured) name
    char_start: int
    char_end: int
    similarity: float
    alias: str  # the configured form it matched (the name itself or an alias)


class PhoneticNameMatcher:
    """Finds configured names (each with optional aliases) in text, tolerating ASR spelling and splits."""

    def __init__(self, names: dict[str, list[str]], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self.forms: list[tuple[str, str, str]] = []  # (canonical, form as written, squashed)
        for name, aliases in names.items():
            for alias in [name, *aliases]:
                s = squash(alias)
                if s:
                    self.forms.append((name, alias, s))
        self.exact = {f[2]: f for f in self.forms}
        # A word run's best form depends on the run alone, and runs recur ("the", "i", "so we"): score each once.
        self._seen: dict[str, tuple[str, str, float] | None] = {}
        self.max_words = min(MAX_WORDS, max((len(a.split()) for _, a, _ in self.forms), default=1) + 1)

    def find(self, text: str) -> list[NameMention]:
        words = [(m.start(), m.end(), squash(m.group())) for m in _WORD.finditer(text)]
        found: list[NameMention] = []
        for i in range(len(words)):
            joined = ""
            for n in range(1, self.max_words + 1):
                if i + n > len(words):
                    break
                joined += words[i + n - 1][2]
                best = self._best(joined)
                if best is not None:
                    name, alias, sim = best
                    found.append(NameMention(name, words[i][0], words[i + n - 1][1], sim, alias))
        return _non_overlapping(found)

    def _best(self, joined: str) -> tuple[str, str, float] | None:
        if joined in self._seen:
            return self._seen[joined]
        if len(self._seen) >= SEEN_RUNS:
            self._seen.clear()
        best = self._seen[joined] = self._score(joined)
        return best

    def _score(self, joined: str) -> tuple[str, str, float] | None:
        hit = self.exact.get(joined)
        if hit is not None:
            return hit[0], hit[1], 1.0
        best: tuple[str, str, float] | None = None
        for name, alias, form in self.forms:
            if len(form) < MIN_FUZZY_LENGTH or not length_fits(joined, form) or not ending_fits(joined, form):
                continue
            sim = name_similarity(joined, form)
            if sim >= self.threshold and (best is None or sim > best[2]):
                best = (name, alias, sim)
        return best


def _non_overlapping(found: list[NameMention]) -> list[NameMention]:
    """Best first (exact, then more similar, then longer), dropping mentions overlapping one kept."""
    kept: list[NameMention] = []
    for m in sorted(found, key=lambda m: (-m.similarity, -(m.char_end - m.char_start), m.char_start)):
        if all(m.char_end <= k.char_start or m.char_start >= k.char_end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.char_start)
