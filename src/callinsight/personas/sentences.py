"""Prose into concern-sized pieces: sentences, with framing-only sentences merged into their neighbour."""

from __future__ import annotations

import re
from collections.abc import Iterable

from callinsight.personas.phrases import content_words

# A sentence ends at . ! ? (or Korean 다./요.) followed by a capital, a digit, a quote or Hangul; also after a closing
# quote ("… Braiding Sweetgrass.” Through …"), and where a space was lost between two sentences ("… a trip.I am …").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(A-Z0-9가-힣])|(?<=[.!?][”\"’])\s+(?=[A-Z])|(?<=[a-z]{2}[.!?])(?=(?:I|[A-Z][a-z]+)\s)")
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|vs|cf|approx|Dr|Mr|Ms|Mrs|Sr|Jr|St)\.$", re.I)
_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
MIN_CONTENT_WORDS = 2  # a prose sentence with fewer words besides its framing is merged with a neighbour


def split_sentences(text: str) -> list[str]:
    pieces = [p.strip() for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        if out and _ABBREVIATIONS.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def prose_items(text: str) -> list[str]:
    """A paragraph as items: its sentences, a framing-only one joined to the next."""
    return merge_framing(s for s in split_sentences(text) if s and not s.endswith(":"))


def merge_framing(sentences: Iterable[str]) -> list[str]:
    """A prose sentence that only frames ("Reporting is the second challenge.") is not a concern on its
    own: it is joined to the next sentence, which says what the challenge is (or to the previous one
    when it ends the paragraph)."""
    out: list[str] = []
    pending = ""
    for sentence in sentences:
        if len(content_words(sentence)) + len(_HANGUL_WORD.findall(sentence)) < MIN_CONTENT_WORDS:
            pending = f"{pending} {sentence}".strip()
            continue
        out.append(f"{pending} {sentence}".strip())
        pending = ""
    if pending:
        if out:
            out[-1] = f"{out[-1]} {pending}"
        else:
            out.append(pending)  # a one-sentence paragraph is kept as it is: nothing to merge it with
    return out
