"""Competitor mentions: configured names and aliases matched fuzzily, and NER candidates.

Speech recognition splits and misspells product names ("hub spot", "hubspott", "zen desk"), so a
name is compared with every run of one to three words, spaces removed, by ``difflib`` similarity.
Organisation names the NER finds that are neither the company nor a configured competitor are
returned as candidates: listed for a person to review, never counted as competitors.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'&.-]*[A-Za-z0-9]|[A-Za-z0-9]")
#: Names shorter than this must match exactly: fuzzy matching short words finds them everywhere.
MIN_FUZZY_LENGTH = 5
_CANDIDATE_LABELS = ("ORG", "PRODUCT")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass(frozen=True)
class NameMention:
    name: str  # the canonical (configured) name
    char_start: int
    char_end: int
    similarity: float
    alias: str  # the alias it matched


class NameMatcher:
    """Finds configured names (each with aliases) in text, tolerating ASR spelling."""

    def __init__(self, names: dict[str, list[str]], threshold: float = 0.88) -> None:
        self.threshold = threshold
        self.forms: list[tuple[str, str, str]] = []  # (canonical, alias as written, squashed)
        for name, aliases in names.items():
            for alias in [name, *aliases]:
                squashed = _squash(alias)
                if squashed:
                    self.forms.append((name, alias, squashed))
        self.max_words = max((len(a.split()) for _, a, _ in self.forms), default=1) + 1

    def find(self, text: str) -> list[NameMention]:
        words = [(m.start(), m.end(), _squash(m.group())) for m in _WORD.finditer(text)]
        found: list[NameMention] = []
        for i in range(len(words)):
            for n in range(1, min(self.max_words, 3) + 1):
                if i + n > len(words):
                    break
                joined = "".join(w[2] for w in words[i : i + n])
                best = self._best(joined)
                if best is not None:
                    name, alias, sim = best
                    found.append(NameMention(name, words[i][0], words[i + n - 1][1], sim, alias))
        return _non_overlapping(found)

    def _best(self, joined: str) -> tuple[str, str, float] | None:
        best: tuple[str, str, float] | None = None
        for name, alias, form in self.forms:
            if joined == form:
                return name, alias, 1.0
            if len(form) < MIN_FUZZY_LENGTH or abs(len(joined) - len(form)) > 1 or joined[:1] != form[:1]:
                continue  # ASR keeps the first letter and the length; this also keeps matching fast
            sim = difflib.SequenceMatcher(None, joined, form).ratio()
            if sim >= self.threshold and (best is None or sim > best[2]):
                best = (name, alias, sim)
        return best


def _non_overlapping(found: list[NameMention]) -> list[NameMention]:
    """Best first (exact, then longer), dropping any mention overlapping one already kept."""
    kept: list[NameMention] = []
    for m in sorted(found, key=lambda m: (-m.similarity, -(m.char_end - m.char_start), m.char_start)):
        if all(m.char_end <= k.char_start or m.char_start >= k.char_end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.char_start)


@dataclass(frozen=True)
class Candidate:
    name: str
    char_start: int
    char_end: int


def ner_candidates(doc: Any, known: NameMatcher) -> list[Candidate]:
    """ORG/PRODUCT entities that match no known name (company or competitor)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in _CANDIDATE_LABELS:
            continue
        name = ent.text.strip(" .,'\"")
        if len(_squash(name)) < 2 or known.find(name):
            continue
        start = ent.start_char + ent.text.index(name)
        out.append(Candidate(name, start, start + len(name)))
    return out
