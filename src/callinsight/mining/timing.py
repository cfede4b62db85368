"""Start and end times of a quote from the word timestamps that cover its characters."""

from __future__ import annotations

from collections.abc import Sequence

from callinsight.records import Utterance, Word


def word_spans(text: str, words: Sequence[Word]) -> list[tuple[int, int, Word]]:
    """Char span of each word in ``text``, aligned left to right; words not found (e.g. redacted) are skipped."""
    spans = []
    cursor = 0
    for w in words:
        token = w.word.strip()
        if not token:
            continue
        at = text.find(token, cursor)
        if at < 0:
            at = text.lower().find(token.lower(), cursor)
        if at < 0:
            continue
        spans.append((at, at + len(token), w))
        cursor = at + len(token)
    return spans


def quote_times(u: Utterance, char_start: int, char_end: int, spans: list[tuple[int, int, Word]] | None = None) -> tuple[float | None, float | None]:
    """(start_s, end_s) of the words overlapping [char_start, char_end), else the utterance's times."""
    if spans is None:
        spans = word_spans(u.text, u.words)
    covering = [w for s, e, w in spans if s < char_end and e > char_start]
    if covering:
        return min(w.start for w in covering), max(w.end for w in covering)
    return u.start_s, u.end_s
