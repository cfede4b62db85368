"""Replace PII spans with typed placeholders in utterance text and, consistently, in its timed words."""

from __future__ import annotations

import dataclasses
from collections import Counter

from callinsight.errors import ConfigError
from callinsight.records import Transcript, Utterance, Word
from callinsight.redact.config import RedactionConfig
from callinsight.redact.detect import KINDS, Span, find_pii


def placeholder(kind: str) -> str:
    return f"[{kind}]"


def redact_text(text: str, kinds: tuple[str, ...] | list[str] = KINDS) -> tuple[str, list[Span]]:
    """The text with each PII span replaced by its placeholder, and the spans (in the original text)."""
    spans = find_pii(text, kinds)
    return _replace(text, spans), spans


def redact_transcript(t: Transcript, cfg: RedactionConfig) -> Transcript:
    """A copy of ``t`` with every utterance's text and words redacted and ``redactions`` counted.

    With redaction disabled the transcript is returned unchanged. The counts are per kind over the
    whole call, added to any counts ``t`` already carries.
    """
    if not cfg.enabled:
        return t
    kinds = validate_kinds(cfg.kinds)
    counts: Counter[str] = Counter(t.redactions)
    utterances = []
    for u in t.utterances:
        new_u, spans = redact_utterance(u, kinds)
        counts.update(s.kind for s in spans)
        utterances.append(new_u)
    return dataclasses.replace(t, utterances=utterances, redactions=dict(counts))


def validate_kinds(kinds: list[str]) -> tuple[str, ...]:
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ConfigError(
            f"redaction.kinds: unknown kind(s) {', '.join(unknown)}", hint=f"known kinds: {', '.join(KINDS)}"
        )
    return tuple(kinds)


def redact_utterance(u: Utterance, kinds: tuple[str, ...]) -> tuple[Utterance, list[Span]]:
    """Redact one utterance; the spans returned are those found in its text."""
    text, spans = redact_text(u.text, kinds)
    words = u.words
    if words:
        offsets = _align(u.text, words)
        if offsets is not None:
            words = _redact_words(u.text, words, offsets, spans)
        else:
            # The words do not spell the text (e.g. text was edited): redact them on their own.
            joined = "".join(w.word for w in words)
            word_spans = find_pii(joined, kinds)
            words = _redact_words(joined, words, _align(joined, words) or [], word_spans)
    if text == u.text and words is u.words:
        return u, spans
    return dataclasses.replace(u, text=text, words=words), spans


def _replace(text: str, spans: list[Span]) -> str:
    out = []
    pos = 0
    for s in spans:
        out.append(text[pos : s.start])
        out.append(placeholder(s.kind))
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def _align(text: str, words: list[Word]) -> list[tuple[int, int]] | None:
    """Character span of each word's text within ``text``, found in order; None if a word is missing."""
    offsets = []
    cursor = 0
    for w in words:
        token = w.word.strip()
        if not token:
            offsets.append((cursor, cursor))
            continue
        at = text.find(token, cursor)
        if at < 0:
            return None
        offsets.append((at, at + len(token)))
        cursor = at + len(token)
    return offsets


def _redact_words(text: str, words: list[Word], offsets: list[tuple[int, int]], spans: list[Span]) -> list[Word]:
    """Words touching a span merge into one word holding the placeholder (first start, last end).

    Characters of those words outside the span (a trailing comma, a "tel:" prefix) are kept around
    the placeholder, so joining the words gives the redacted text again.
    """
    if not spans or len(offsets) != len(words):
        return words
    hits = [{k for k, s in enumerate(spans) if a < s.end and s.start < b} for a, b in offsets]
    out: list[Word] = []
    i = 0
    while i < len(words):
        if not hits[i]:
            out.append(words[i])
            i += 1
            continue
        j, ids = i, set(hits[i])
        while j + 1 < len(words) and hits[j + 1] & ids:
            j += 1
            ids |= hits[j]
        lo, hi = offsets[i][0], offsets[j][1]
        local = [
            Span(max(s.start, lo) - lo, min(s.end, hi) - lo, s.kind) for s in (spans[k] for k in sorted(ids))
        ]
        first = words[i]
        lead = first.word[: len(first.word) - len(first.word.lstrip())]  # keep Whisper's leading space
        group = words[i : j + 1]
        out.append(
            Word(
                start=first.start,
                end=max(w.end for w in group),
                word=lead + _replace(text[lo:hi], local),
                probability=min(w.probability for w in group),
            )
        )
        i = j + 1
    return out
