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
#: A whole sentence or clause this much longer than ``MAX_WORDS`` still reads better than a cut one
#: ("Printing paper reports for the monthly site review takes hours", not "... takes…").
SLACK_WORDS = 3
FRAMING_WORDS = 6  # a first sentence this short, naming a problem word, with more to follow, only introduces it
_FRAMING = re.compile(r"\b(problems?|challenges?|concerns?|issues?|worry|worries|frustrations?|pains?|struggles?|obstacles?)\b", re.I)
#: Where a sentence's head usually ends: a colon or semicolon, a dash, a bracket, or a subordinate clause.
#: Clauses of a narrative sentence ("He rarely uses the helpdesk himself, but ..., and he is the one who
#: gets paged when an integration fails"): the one naming the problem is the concern.
_CLAUSES = re.compile(r"\s*;\s+|,\s+(?:but|and|yet)\s+")
_PROBLEM = re.compile(
    r"\b(?:fail\w*|bugs?|crash\w*|break\w*|broke\w*|lost|los(?:e|es|ing)|slow\w*|confus\w*|hard|difficult\w*|expensive|costly|"
    r"worr\w*|afraid|fears?|struggl\w*|frustrat\w*|problems?|complain\w*|hat(?:e|es|ing)|churn\w*|paged|blam\w*|"
    r"risk\w*|overtime|errors?|delay\w*|cannot|can't|never|stuck|miss(?:es|ing|ed)?|too\s+(?:many|much|long|slow))\b", re.I)
_NEGATED = re.compile(r"\b(?:rarely|seldom|hardly|not|no|don't|doesn't)\b(?:\s+\w+){0,4}\s*$", re.I)
_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’"}
_BREAKS = re.compile(r"\s*[:;(]\s*|\s+[—–-]\s+|,\s+(?:because|so|which|and|since|while|as|especially|particularly)\b|\s+(?:because|so that|that can|which)\s+")


def short_phrase(text: str, max_words: int = MAX_WORDS) -> str:
    """The concern's head: the text itself when short, else its first clause, else its first words + "…".

    A concern written as a quote ('"We need an on-premise deployment; ..."') keeps its quotation marks
    around the phrase; a narrative sentence whose first clause names no problem ("They rarely describe a
    support problem; ..., and they churn as soon as the discount ends") is shown by the clause that does.
    """
    text = re.sub(r"\s+", " ", text).strip()
    opening = text[:1]
    if opening in _QUOTES and len(text) > 2 and text.rstrip(".:;,").endswith(_QUOTES[opening]):
        inner = text.rstrip(".:;,")[1:-1].strip()
        return opening + _short(inner, max_words) + _QUOTES[opening]
    return _short(text, max_words)


def _short(text: str, max_words: int) -> str:
    text = text.rstrip(".:;,")
    words = text.split()
    if len(words) <= max_words:
        return text
    sentences = re.split(r"(?<=[.!?])\s+", text)
    first_sentence = sentences[0].rstrip(".!?")
    if len(sentences) > 1 and len(first_sentence.split()) <= FRAMING_WORDS and _FRAMING.search(first_sentence):
        # "Reporting is the second challenge. Sam builds the report by hand …": the framing sentence
        # says which problem, the next one what it is
        return _short(" ".join(sentences[1:]), max_words)
    longest = max_words + SLACK_WORDS
    if len(first_sentence.split()) <= longest:
        return first_sentence
    clause = _problem_clause(first_sentence)
    if clause is not None and len(clause.split()) <= longest:
        return clause[:1].upper() + clause[1:]
    for m in _BREAKS.finditer(first_sentence):
        head = first_sentence[: m.start()].strip().rstrip(",")
        if 3 <= len(head.split()) <= longest:
            return head
        if len(head.split()) > longest:
            break
    # the longest run of whole comma-separated parts that fits ("Reports that load slowly, or cannot be
    # filtered by team")
    heads = [first_sentence[: m.start()] for m in re.finditer(r",\s", first_sentence)]
    fitting = [h for h in heads if 4 <= len(h.split()) <= longest]
    if fitting:
        return fitting[-1].strip()
    return " ".join(first_sentence.split()[:max_words]).rstrip(",;:") + "…"


def _names_problem(clause: str) -> bool:
    m = _PROBLEM.search(clause)
    return m is not None and not _NEGATED.search(clause[: m.start()])


def _problem_clause(sentence: str) -> str | None:
    """The first clause that names a problem, when the sentence's first clause does not; after a first
    clause that denies one ("They rarely describe a support problem; ..."), the next clause at least."""
    clauses = [c.strip() for c in _CLAUSES.split(sentence) if c.strip()]
    if len(clauses) < 2 or _names_problem(clauses[0]) or ":" in clauses[0]:
        return None
    later = [c for c in clauses[1:] if len(c.split()) >= 3]
    named = next((c for c in later if _names_problem(c)), None)
    if named is None and later and _PROBLEM.search(clauses[0]):
        return later[0]
    return named


def is_shortened(text: str, max_words: int = MAX_WORDS) -> bool:
    return _plain(short_phrase(text, max_words)) != _plain(text)


def _plain(text: str) -> str:
    """Words only: a phrase that differs from the text by quotation marks or end punctuation is not shorter."""
    return re.sub(r"[\s\"“”‘’'.:;,!?]+", " ", text).strip()
