"""Per-call metrics: each definition checked on small hand-made conversations."""

from __future__ import annotations

import pytest

from callinsight.records import Utterance, Word
from callinsight.transcribe.metrics import compute_metrics, count_questions


def utt(seq: int, role: str, start: float | None, end: float | None, text: str = "hello there", **kw: object) -> Utterance:
    return Utterance(seq=seq, role=role, start_s=start, end_s=end, text=text, **kw)  # type: ignore[arg-type]


def test_talk_time_ratio_and_silence() -> None:
    m = compute_metrics(
        [utt(0, "agent", 0, 10), utt(1, "customer", 12, 17), utt(2, "agent", 20, 25)],
        duration_s=40,
    )
    assert m.talk_s_agent == 15
    assert m.talk_s_customer == 5
    assert m.talk_ratio_agent == pytest.approx(0.75)
    assert m.silence_share == pytest.approx(1 - 20 / 40)
    assert m.duration_s == 40
    assert m.turn_count == 3
    assert m.overlap_count == 0 and m.overlap_s == 0


def test_talk_time_is_union_of_a_roles_segments() -> None:
    # Two overlapping agent segments (e.g. duplicate channels) are not counted twice.
    m = compute_metrics([utt(0, "agent", 0, 10), utt(1, "agent", 5, 12)], duration_s=None)
    assert m.talk_s_agent == 12
    assert m.duration_s == 12  # falls back to the last end
    assert m.silence_share == 0
    assert m.turn_count == 1  # consecutive same-role segments are one turn


def test_overlap_counts_interruptions_and_seconds() -> None:
    m = compute_metrics(
        [utt(0, "agent", 0, 10), utt(1, "customer", 8, 15), utt(2, "agent", 14, 20), utt(3, "customer", 21, 22)],
        duration_s=22,
    )
    assert m.overlap_count == 2
    assert m.overlap_s == pytest.approx(2 + 1)
    assert m.silence_share == pytest.approx(1 / 22, abs=1e-4)


def test_longest_monologue_merges_short_gaps_only() -> None:
    m = compute_metrics(
        [
            utt(0, "agent", 0, 10),
            utt(1, "agent", 11, 20),  # gap 1 s: same monologue (0-20)
            utt(2, "agent", 25, 30),  # gap 5 s: a new one
            utt(3, "customer", 31, 40),
            utt(4, "agent", 41, 45),
            utt(5, "customer", 46, 50),  # customer runs are split by the agent
        ],
        duration_s=50,
    )
    assert m.longest_monologue_s_agent == 20
    assert m.longest_monologue_s_customer == 9


def test_backchannel_inside_a_monologue_does_not_break_it() -> None:
    m = compute_metrics(
        [utt(0, "agent", 0, 30), utt(1, "customer", 10, 11, "mm-hm"), utt(2, "agent", 31, 40)], duration_s=40
    )
    assert m.longest_monologue_s_agent == 40
    assert m.overlap_count == 1  # the backchannel is still an overlap


def test_words_per_minute_prefers_timed_words() -> None:
    words = [Word(start=i * 0.5, end=i * 0.5 + 0.4, word=f" w{i}", probability=0.9) for i in range(60)]
    m = compute_metrics(
        [
            utt(0, "agent", 0, 30, "x " * 60, words=words),
            utt(1, "customer", 30, 60, " ".join(["word"] * 75)),
        ],
        duration_s=60,
    )
    assert m.wpm_agent == 120
    assert m.wpm_customer == 150


def test_untimed_utterances_give_none_where_unknown() -> None:
    m = compute_metrics(
        [utt(0, "agent", None, None, "How are you?"), utt(1, "customer", None, None, "Fine. Can you help me?")],
        duration_s=None,
    )
    assert m.duration_s is None
    assert m.talk_s_agent == 0 and m.talk_s_customer == 0
    assert m.talk_ratio_agent is None
    assert m.silence_share is None
    assert m.wpm_agent is None and m.wpm_customer is None
    assert m.overlap_count == 0
    assert m.longest_monologue_s_agent == 0
    assert m.turn_count == 2
    assert (m.questions_agent, m.questions_customer) == (1, 1)


def test_empty_call() -> None:
    m = compute_metrics([], duration_s=12.0)
    assert m.turn_count == 0
    assert m.silence_share is None  # nothing timed: silence cannot be told from missing timestamps
    assert m.talk_ratio_agent is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("How is the rollout going?", "en", 1),
        ("Thanks. Is it live? And who owns it?", "en", 2),
        ("That is great.", "en", 0),
        ("how is the rollout going", "en", 1),  # unpunctuated speech recognition output
        ("we should talk next week", None, 0),
        ("Do you have time", None, 1),
        ("언제 시작하나요?", "ko", 1),
        ("언제 시작하나요", "ko", 0),  # no English word list applied to other languages
        ("", "en", 0),
    ],
)
def test_questions(text: str, language: str | None, expected: int) -> None:
    assert count_questions(text, language) == expected


def test_questions_per_role() -> None:
    m = compute_metrics(
        [utt(0, "agent", 0, 2, "What do you use today? Why?"), utt(1, "customer", 2, 4, "Spreadsheets. Is that bad?")],
        duration_s=4,
    )
    assert (m.questions_agent, m.questions_customer) == (2, 1)
