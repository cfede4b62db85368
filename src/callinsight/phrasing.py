"""A documented concern as a reader scans it: a short phrase, with the full sentence one click away.

Used by the persona proposals and the report alike, so it sits below both (no imports).

Concerns taken from prose are whole sentences ("Rey has trouble finding information to help triage
issues that can prevent the cloud from running"); a report row or a proposal bullet shows the head of
the sentence ("Rey has trouble finding information to help triage issues") and keeps the sentence for a
``title`` tooltip or a ``<details>`` block.
"""

from __future__ import annotations

import re

MAX_WORDS = 9
FRAMING_WORDS = 6  # a first sentence this short, naming a problem word, with more to follow, only introduces it
_FRAMING = re.compile(r"\b(problems?|challenges?|concerns?|issues?|worry|worries|frustrations?|pains?|struggles?|obstacles?)\b", re.I)
#: Where a sentence's head usually ends: a colon or semicolon, a dash, a bracket, or a subordinate clause.
_BREAKS = re.compile(r"\s*[:;(]\s*|\s+[—–-]\s+|,\s+(?:because|so|which|and|since|while|as|especially|particularly)\b|\s+(?:because|so that|that can|which)\s+")


def short_phrase(text: str, max_words: int = MAX_WORDS) -> str:
    """The concern's head: the text itself when short, else its first clause, else its first words + "…"."""
    text = re.sub(r"\s+", " ", text).strip().rstrip(".:;,")
    words = text.split()
    if len(words) <= max_words:
        return text
    sentences = re.split(r"(?<=[.!?])\s+", text)
    first_sentence = sentences[0].rstrip(".!?")
    if len(sentences) > 1 and len(first_sentence.split()) <= FRAMING_WORDS and _FRAMING.search(first_sentence):
        # "Reporting is the second challenge. Sam builds the report by hand …": the framing sentence
        # says which problem, the next one what it is
        return short_phrase(" ".join(sentences[1:]), max_words)
    if len(first_sentence.split()) <= max_words:
        return first_sentence
    for m in _BREAKS.finditer(first_sentence):
        head = first_sentence[: m.start()].strip().rstrip(",")
        if 3 <= len(head.split()) <= max_words:
            return head
        if len(head.split()) > max_words:
            break
    return " ".join(first_sentence.split()[:max_words]).rstrip(",;:") + "…"


def is_shortened(text: str, max_words: int = MAX_WORDS) -> bool:
    return short_phrase(text, max_words) != re.sub(r"\s+", " ", text).strip().rstrip(".:;,")
