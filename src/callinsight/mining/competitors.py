"""Competitor mentions: configured names and aliases matched fuzzily, and NER candidates.

Speech recognition splits and misspells product names ("hub spot", "herb spot", "zen desk"), so a
name is compared with every run of one to three words by spelling and sound (``names.py``).
Organisation names the NER finds that are neither the company nor a configured competitor are
returned as candidates: listed for a person to review, never counted as competitors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callinsight.mining.names import NameMention, PhoneticNameMatcher, squash

#: The matcher for configured names: spelling and sound (``names.py``); kept under its old name.
NameMatcher = PhoneticNameMatcher
__all__ = ["Candidate", "NameMatcher", "NameMention", "ner_candidates"]
_CANDIDATE_LABELS = ("ORG", "PRODUCT")


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
        if len(squash(name)) < 2 or known.find(name):
            continue
        start = ent.start_char + ent.text.index(name)
        out.append(Candidate(name, start, start + len(name)))
    return out
