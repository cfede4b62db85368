"""Building small calls for the mining tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from callinsight.records import CallMetadata, Transcript, Utterance, Word


def timed_utterances(lines: list[tuple[str, str]], words_per_s: float = 3.0) -> list[Utterance]:
    """Utterances with word timestamps (one word every 1/words_per_s seconds, a 1 s gap between turns)."""
    out, t = [], 0.0
    for seq, (role, text) in enumerate(lines):
        words = []
        start = t
        for w in text.split():
            words.append(Word(t, t + 1 / words_per_s, " " + w, 0.9))
            t += 1 / words_per_s
        out.append(Utterance(seq, role, start, t, text, words))  # type: ignore[arg-type]
        t += 1.0
    return out


def transcript(call_id: str, lines: list[tuple[str, str]], language: str = "en", kind: str | None = None) -> Transcript:
    utts = timed_utterances(lines)
    return Transcript(call_id, "import", f"{call_id}.json", CallMetadata(kind=kind), utts, language, utts[-1].end_s)


SALES_CALL = [
    ("agent", "Thanks for joining, this is Dana from Northwind."),
    ("customer", "Honestly, it's too expensive for a team our size."),
    ("agent", "I understand. We can offer a discount on the annual plan for a team your size."),
    ("customer", "It's not too expensive compared to Zendsk, but I need to run this by my manager."),
    ("agent", "Sure. So, about the reporting module."),
    ("customer", "We're also looking at hub spot. It would be great if you supported WhatsApp."),
    ("agent", "Our pricing is per seat, and budget approval usually takes a week."),
    ("customer", "That is more money than we were planning to spend on this."),
]


@pytest.fixture
def make_transcript() -> Callable[..., Transcript]:
    return transcript


@pytest.fixture
def sales_call() -> list[tuple[str, str]]:
    return list(SALES_CALL)
