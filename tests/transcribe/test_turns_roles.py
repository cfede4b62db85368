"""Turn building and role cues: pure logic, no model."""

from __future__ import annotations

from callinsight.records import Word
from callinsight.transcribe.roles import Turn, decide_roles
from callinsight.transcribe.turns import Piece, merge_turns, split_at_pauses


def piece(start: float, end: float, text: str, speaker: int) -> Piece:
    words = text.split()
    step = (end - start) / len(words)
    timed = [Word(start + i * step, start + (i + 1) * step, w, 0.5 + 0.1 * (i % 3)) for i, w in enumerate(words)]
    return Piece(start=start, end=end, text=text, words=timed, speaker=speaker, channel=speaker)


def test_merge_interleaves_channels_and_merges_short_gaps() -> None:
    pieces = [
        piece(0.0, 2.0, "hello there", 0),
        piece(2.5, 4.0, "how are you", 0),  # 0.5 s after the agent's last words: same turn
        piece(4.2, 5.0, "fine thanks", 1),
        piece(5.5, 6.0, "good", 0),
        piece(8.0, 9.0, "and then", 0),  # 2 s gap: a new turn of the same speaker
    ]
    utts = merge_turns(list(reversed(pieces)), {0: "agent", 1: "customer"}, max_gap_s=1.0, language="en")
    assert [u.role for u in utts] == ["agent", "customer", "agent", "agent"]
    assert utts[0].text == "hello there how are you"
    assert [u.seq for u in utts] == [0, 1, 2, 3]
    assert [u.start_s for u in utts] == sorted(u.start_s for u in utts)
    for u in utts:
        assert u.words and all(u.start_s <= w.start <= w.end <= u.end_s for w in u.words)
        assert u.confidence == round(sum(w.probability for w in u.words) / len(u.words), 4)


def test_split_at_pauses_cuts_a_segment_where_words_are_far_apart() -> None:
    words = [Word(0.0, 0.4, "yes", 0.9), Word(0.5, 0.9, "sure.", 0.9), Word(2.0, 2.4, "Thanks", 0.9)]
    parts = split_at_pauses([Piece(0.0, 2.4, "yes sure. Thanks", words)], min_gap_s=0.5)
    assert [p.text for p in parts] == ["yes sure.", "Thanks"]
    assert (parts[1].start, parts[1].end) == (2.0, 2.4)


def test_greeting_and_company_name_make_the_agent() -> None:
    turns = [
        Turn(1, 0.0, "Hello?"),
        Turn(0, 1.0, "Hi, this is Dana from Acme, how can I help you today?"),
        Turn(1, 4.0, "I was charged twice on my invoice."),
    ]
    decision = decide_roles(turns, company_names=["Acme"], direction="inbound")
    assert decision.agent == 0
    assert decision.confidence >= 0.8


def test_misheard_greeting_still_counts() -> None:
    turns = [Turn(0, 0.0, "And you for calling a can be support, how can I help?"), Turn(1, 3.0, "Hi, my order is late.")]
    assert decide_roles(turns, company_names=["Acme"]).agent == 0


def test_no_cue_stays_below_the_default_threshold() -> None:
    turns = [Turn(0, 0.0, "The report is ready."), Turn(1, 2.0, "Good, the review is done."), Turn(0, 4.0, "Slides go out tomorrow.")]
    decision = decide_roles(turns, company_names=["Acme"])
    assert decision.confidence < 0.6  # only "speaks first": not enough to name the agent
    assert decide_roles(turns, company_names=["Acme"], direction="outbound").agent is None


def test_one_speaker_has_no_roles() -> None:
    decision = decide_roles([Turn(0, 0.0, "Thank you for calling Acme")], company_names=["Acme"])
    assert decision.agent is None and decision.confidence == 0.5
