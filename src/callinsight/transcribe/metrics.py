"""Per-call conversation metrics, the ones call-analytics users compare across vendors.

Pure functions over role-labelled utterances; no heavy imports. Definitions (also in the README of
the metrics table, ``call_metrics``):

- **duration**: the given duration, else the end of the last timed utterance, else unknown.
- **turn count**: runs of consecutive utterances (in ``seq`` order) by the same role; a speaker change
  starts a new turn, so several segments of one speaker count once.
- **talk time per role**: the union of that role's speech intervals (overlapping segments of one role
  are not counted twice). **Talk ratio**: agent talk / (agent + customer talk).
- **silence share**: ``1 - union(all speech) / duration``, the share of the call where nobody speaks.
- **overlap / interruption**: an utterance that starts while an utterance of *another* role is still
  going on; counted once per utterance, with the overlapping seconds summed.
- **words per minute per role**: words (timed words when present, else whitespace tokens) of the
  role's timed utterances over its talk time.
- **longest monologue per role**: the longest stretch of one role's speech not interrupted by another
  role, where same-role segments separated by a gap shorter than ``MONOLOGUE_GAP_S`` are merged; a
  short utterance of another role that starts and ends inside it (a backchannel, "mm-hm") does not
  break it, one that outlasts it does.
- **questions per role**: sentences ending in ``?`` (or the full-width ``？``). For unpunctuated text
  (speech recognition without punctuation) in English, an utterance that starts with an interrogative
  word ("what", "how", "do", "can", ...) counts as one question. Deliberately simple.

Utterances without timestamps (untimed imports) still count for turns and questions; the time-based
values are then 0 (seconds, counts) or None (ratios, rates) because they cannot be known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from callinsight.records import CallMetrics, Role, Utterance

#: Same-role segments closer than this (seconds) belong to one monologue.
MONOLOGUE_GAP_S = 2.0

_INTERROGATIVE = frozenset(
    ["what", "why", "how", "when", "where", "who", "whom", "whose", "which", "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "shall", "may", "might", "have", "has", "had", "isn't", "aren't", "don't", "doesn't", "didn't", "can't", "won't"]
)

Interval = tuple[float, float]


def compute_metrics(utterances: list[Utterance], duration_s: float | None) -> CallMetrics:
    """The metrics of one call; ``duration_s`` may be None (then the last timed end is used)."""
    ordered = sorted(utterances, key=lambda u: u.seq)
    timed = sorted((u for u in ordered if _is_timed(u)), key=lambda u: (u.start_s or 0.0, u.seq))
    if duration_s is None and timed:
        duration_s = max(_interval(u)[1] for u in timed)

    talk = {role: _union_length(_interval(u) for u in timed if u.role == role) for role in ("agent", "customer")}
    known_talk = talk["agent"] + talk["customer"]
    all_speech = _union_length(_interval(u) for u in timed)
    silence: float | None = None
    if timed and duration_s:
        silence = min(1.0, max(0.0, 1.0 - all_speech / duration_s))

    overlap_count, overlap_s = _overlaps(timed)
    monologue = _longest_monologues(timed)
    questions = {role: sum(count_questions(u.text, u.language) for u in ordered if u.role == role) for role in ("agent", "customer")}
    return CallMetrics(
        duration_s=duration_s,
        turn_count=_turn_count(ordered),
        talk_s_agent=round(talk["agent"], 3),
        talk_s_customer=round(talk["customer"], 3),
        talk_ratio_agent=round(talk["agent"] / known_talk, 4) if known_talk > 0 else None,
        silence_share=round(silence, 4) if silence is not None else None,
        overlap_count=overlap_count,
        overlap_s=round(overlap_s, 3),
        wpm_agent=_wpm(timed, "agent", talk["agent"]),
        wpm_customer=_wpm(timed, "customer", talk["customer"]),
        longest_monologue_s_agent=round(monologue["agent"], 3),
        longest_monologue_s_customer=round(monologue["customer"], 3),
        questions_agent=questions["agent"],
        questions_customer=questions["customer"],
    )


def count_questions(text: str, language: str | None = None) -> int:
    """Questions in one utterance's text (see the module docstring for the rule)."""
    text = text.strip()
    if not text:
        return 0
    if re.search(r"[.!?。！？]", text):
        # Punctuated: count the sentences that end with a question mark.
        pieces = re.findall(r"[^.!?。！？]*[.!?。！？]+", text)
        return sum(1 for p in pieces if "?" in p or "？" in p)
    if language is not None and not language.lower().startswith("en"):
        return 0  # the interrogative word list is English; other languages rely on punctuation
    first = text.split(maxsplit=1)[0].lower().strip(",;:\"'")
    return 1 if first in _INTERROGATIVE else 0


def _is_timed(u: Utterance) -> bool:
    return u.start_s is not None and u.end_s is not None


def _interval(u: Utterance) -> Interval:
    start = float(u.start_s or 0.0)
    return start, max(start, float(u.end_s or 0.0))  # an end before the start is treated as zero length


def _union_length(intervals: Iterable[Interval]) -> float:
    total = 0.0
    cur_start: float | None = None
    cur_end = 0.0
    for start, end in sorted(intervals):
        if cur_start is None or start > cur_end:
            if cur_start is not None:
                total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    if cur_start is not None:
        total += cur_end - cur_start
    return total


def _turn_count(ordered: list[Utterance]) -> int:
    turns = 0
    previous: Role | None = None
    for u in ordered:
        if u.role != previous:
            turns += 1
            previous = u.role
    return turns


def _overlaps(timed: list[Utterance]) -> tuple[int, float]:
    """Utterances starting while another role's utterance is still going on (timed is sorted by start)."""
    count = 0
    seconds = 0.0
    latest_end: dict[str, float] = {}  # role -> the latest end among utterances started so far
    for u in timed:
        start, end = _interval(u)
        others = [e for role, e in latest_end.items() if role != u.role and e > start]
        if others:
            count += 1
            seconds += min(end, max(others)) - start
        latest_end[u.role] = max(latest_end.get(u.role, 0.0), end)
    return count, seconds


def _longest_monologues(timed: list[Utterance]) -> dict[str, float]:
    best = {"agent": 0.0, "customer": 0.0, "unknown": 0.0}
    run_role: str | None = None
    run_start = run_end = 0.0
    for u in timed:
        start, end = _interval(u)
        if u.role == run_role and start - run_end < MONOLOGUE_GAP_S:
            run_end = max(run_end, end)
        elif u.role != run_role and run_role is not None and end <= run_end:
            continue  # fully inside the current monologue: a backchannel ("mm-hm") does not break it
        else:
            run_role, run_start, run_end = u.role, start, end
        best[run_role] = max(best[run_role], run_end - run_start)
    return best


def _wpm(timed: list[Utterance], role: str, talk_s: float) -> float | None:
    if talk_s <= 0:
        return None
    words = sum(len(u.words) if u.words else len(u.text.split()) for u in timed if u.role == role)
    return round(words / (talk_s / 60.0), 1)
