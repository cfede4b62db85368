"""Replace PII spans with typed placeholders in utterance text and, consistently, in its timed words."""

from __future__ import annotations

import dataclasses
from collections import Counter

from callinsight.errors import ConfigError
from callinsight.records import Transcript, Utterance, Word
from callinsight.redact.config import RedactionConfig
from callinsight.redact.detect import KINDS, Span, find_pii
from callinsight.redact.emails import asks_for_email
from callinsight.redact.metadata import redact_metadata


def placeholder(kind: str) -> str:
    return f"[{kind}]"


def redact_text(
    text: str,
    kinds: tuple[str, ...] | list[str] = KINDS,
    *,
    email_context: bool = False,
    keep_names: frozenset[str] = frozenset(),
) -> tuple[str, list[Span]]:
    """The text with each PII span replaced by its placeholder, and the spans (in the original text).

    ``keep_names``: lower-case words of names kept as they are (the call's agent when ``agent`` is in
    ``redaction.keep_fields``): "Hi, this is Dana from Acme" keeps the agent's own name.
    """
    spans = find_pii(text, kinds, email_context=email_context)
    if keep_names:
        spans = [s for s in spans if s.kind != "NAME" or not set(text[s.start : s.end].lower().split()) <= keep_names]
    return _replace(text, spans), spans


def redact_document(text: str, cfg: RedactionConfig) -> tuple[str, dict[str, int]]:
    """Redact any free text (a persona document, a note) as configured; return it and the count per kind.

    The same detectors as for transcripts; with redaction disabled the text is returned unchanged.
    """
    if not cfg.enabled:
        return text, {}
    redacted, spans = redact_text(text, validate_kinds(cfg.kinds))
    return redacted, dict(Counter(s.kind for s in spans))


def redact_transcript(t: Transcript, cfg: RedactionConfig) -> Transcript:
    """A copy of ``t`` with its metadata and every utterance's text and words redacted, ``redactions`` counted.

    With redaction disabled the transcript is returned unchanged. The counts are per kind over the
    whole call (metadata included), added to any counts ``t`` already carries. Metadata fields named
    in ``cfg.keep_fields`` are kept as they are.
    """
    if not cfg.enabled:
        return t
    kinds = validate_kinds(cfg.kinds)
    counts: Counter[str] = Counter(t.redactions)
    metadata, meta_counts = redact_metadata(t.metadata, kinds, tuple(cfg.keep_fields))
    counts.update(meta_counts)
    keep_names: frozenset[str] = frozenset()
    if "agent" in cfg.keep_fields and t.metadata.agent:
        keep_names = frozenset(t.metadata.agent.lower().split())
    utterances = []
    contexts = email_contexts(t.utterances)
    for u, context in zip(t.utterances, contexts, strict=True):
        new_u, spans = redact_utterance(u, kinds, email_context=context, keep_names=keep_names)
        counts.update(s.kind for s in spans)
        utterances.append(new_u)
    return dataclasses.replace(t, metadata=metadata, utterances=utterances, redactions=dict(counts))


def validate_kinds(kinds: list[str]) -> tuple[str, ...]:
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ConfigError(
            f"redaction.kinds: unknown kind(s) {', '.join(unknown)}", hint=f"known kinds: {', '.join(KINDS)}"
        )
    return tuple(kinds)


def email_contexts(utterances: list[Utterance]) -> list[bool]:
    """For each utterance, whether it may be the answer to a request for an e-mail address.

    That is the case for the utterance right after one asking "What's the best email …?" and, with
    timestamps, for any other utterance starting up to ``_ANSWER_WINDOW_S`` after the question began
    or overlapping it (the two channels are merged into turns, so the answer can start first).
    """
    asks = [asks_for_email(u.text) for u in utterances]
    if not any(asks):
        return [False] * len(utterances)
    out = []
    for i, u in enumerate(utterances):
        context = i > 0 and asks[i - 1]
        for q, asked in zip(utterances, asks, strict=True):
            if context:
                break
            if not asked or q is u or None in (q.start_s, q.end_s, u.start_s, u.end_s):
                continue
            assert q.start_s is not None and q.end_s is not None and u.start_s is not None and u.end_s is not None
            overlaps = u.start_s < q.end_s and q.start_s < u.end_s
            context = overlaps or q.start_s <= u.start_s <= q.end_s + _ANSWER_WINDOW_S
        out.append(context)
    return out


_ANSWER_WINDOW_S = 20.0


def redact_utterance(
    u: Utterance, kinds: tuple[str, ...], *, email_context: bool = False, keep_names: frozenset[str] = frozenset()
) -> tuple[Utterance, list[Span]]:
    """Redact one utterance; the spans returned are those found in its text.

    ``email_context``: the utterance answers a request for an e-mail address (``email_contexts``).
    """
    text, spans = redact_text(u.text, kinds, email_context=email_context, keep_names=keep_names)
    words = u.words
    if words:
        offsets = _align(u.text, words)
        if offsets is not None:
            words = _redact_words(u.text, words, offsets, spans)
        else:
            # The words do not spell the text (e.g. text was edited): redact them on their own.
            joined = "".join(w.word for w in words)
            word_spans = redact_text(joined, kinds, email_context=email_context, keep_names=keep_names)[1]
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
        local = [Span(max(s.start, lo) - lo, min(s.end, hi) - lo, s.kind) for s in (spans[k] for k in sorted(ids))]
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
