"""E-mail addresses as speech recognition writes them: spoken, mis-heard, glued; and ordinary talk."""

from __future__ import annotations

import pytest

from callinsight.records import CallMetadata, Transcript, Utterance, Word
from callinsight.redact import RedactionConfig, find_pii, redact_text, redact_transcript
from callinsight.redact.apply import email_contexts

# (text, redacted text) with no e-mail context: the address shape alone must give it away.
SPOKEN = [
    ("Sure, it's Hannah not Walker at example.com.", "Sure, it's [EMAIL]."),  # Whisper output
    ("Sure, it's Nina not also at example.com.", "Sure, it's [EMAIL]."),  # Whisper output
    ("sure it's mark dot block satisample dot com perfect", "sure it's [EMAIL] perfect"),  # Whisper output
    ("Sure, it's Nina.brux atidnumple.com.", "Sure, it's [EMAIL]."),  # Whisper output
    ("Sure, it sprays at snr-helt.id-numple.com.", "Sure, it [EMAIL]."),  # Whisper output
    ("john dot smith at acme dot com", "[EMAIL]"),
    ("j smith at gmail.com", "[EMAIL]"),
    ("it's hannah.walker@example.com", "it's [EMAIL]"),
    ("yes it's jane at example dot co dot uk thanks", "yes it's [EMAIL] thanks"),
    ("H-A-N-N-A-H at example.com", "[EMAIL]"),
    ("you can reach me at jane at example.com", "you can reach me at [EMAIL]"),
    ("my email is jane dot doe at example dot com", "my email is [EMAIL]"),
    ("Write to jane underscore doe at example dot org, please.", "Write to [EMAIL], please."),
    # a written address Whisper broke inside its domain: the tail is part of it
    ("Sure, it's lena@brightfarm.ex ample.com.", "Sure, it's [EMAIL]."),
    ("mail lena@brightfarm.org today", "mail [EMAIL] today"),
]

# In e-mail context (the caller was just asked for an address), looser shapes are taken.
IN_CONTEXT = [
    ("Sure, it's market blue at a tremble.example.com.", "Sure, it's [EMAIL]."),
    ("Sure, it's market Brightlin.example.com.", "Sure, it's [EMAIL]."),
    ("Sure, it's Robert.eliceandexample.com", "Sure, it's [EMAIL]"),
    ("Sure, it's smart not also an example not come.", "Sure, it's [EMAIL]."),
    ("Sure, it's neither not more than m&mple.com.", "Sure, it's [EMAIL]."),
    ("And sure, it's longer that quick-thick slumming.inample.com.", "And sure, it's [EMAIL]."),
    ("Sure, it's based at pancreas in sholansnotidnumple.com.", "Sure, it's [EMAIL]."),
    # two overlapping readings of one misheard address (a spoken "not in" domain, then a written tail)
    ("Yes, it's marta at green leaf garden not in ample.com.", "Yes, it's [EMAIL]."),
]

ORDINARY = [
    "We're at the office until five.",
    "Let's talk at 3 pm tomorrow.",
    "Take a look at the dashboard first.",
    "We need at least twenty seats.",
    "I met their team at Northwind last week.",
    "Go to northwind.com/pricing for the plans.",
    "Our site is northwind.com, it has everything.",
    "You can find it at northwind.com.",
    "Check the docs at docs.northwind.io today.",
    "Let me have a look at acme dot com later.",
    "See www.northwind.com for details.",
    "We upgraded to version 2.4 last week.",
    "Sorry, the invoice has not come yet.",
    "It's at the top of the page, next to the logo.",
    "Our team at acme.io loved the demo.",
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_spoken_and_misheard_addresses(text: str, expected: str) -> None:
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), IN_CONTEXT)
def test_addresses_answering_a_request(text: str, expected: str) -> None:
    assert redact_text(text, email_context=True)[0] == expected
    # A cue in the same text gives the same context.
    assert redact_text("What's the best email to send this to? " + text)[0].endswith(expected)


@pytest.mark.parametrize(("text", "expected"), IN_CONTEXT)
def test_loose_shapes_need_context(text: str, expected: str) -> None:
    # Without a request for an address, a bare domain is a website and "not come" is just words.
    assert find_pii(text) == []


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_speech_and_websites_are_left_alone(text: str) -> None:
    assert find_pii(text) == []


@pytest.mark.parametrize("text", ["Sorry, the invoice has not come yet.", "We're at the office until five."])
def test_ordinary_speech_stays_in_email_context(text: str) -> None:
    assert find_pii(text, email_context=True) == []


def _u(seq: int, role: str, start: float, end: float, text: str, words: bool = False) -> Utterance:
    ws = []
    if words:
        step = (end - start) / len(text.split())
        ws = [
            Word(start=start + i * step, end=start + (i + 1) * step, word=f" {tok}", probability=0.9)
            for i, tok in enumerate(text.split())
        ]
    return Utterance(seq=seq, role=role, start_s=start, end_s=end, text=text, words=ws)  # type: ignore[arg-type]


def test_a_question_for_an_address_puts_the_answer_in_context() -> None:
    utts = [
        _u(0, "agent", 0.0, 3.0, "What's the best email to send this to?"),
        _u(1, "customer", 3.5, 6.0, "Sure, it's market Brightlin.example.com.", words=True),
        _u(2, "agent", 40.0, 42.0, "Our site is northwind.com."),
    ]
    assert email_contexts(utts) == [False, True, False]
    t = Transcript(
        call_id="c1", source="audio", source_path="x.wav", metadata=CallMetadata(), utterances=utts,
        language="en", duration_s=45.0,
    )  # fmt: skip
    out = redact_transcript(t, RedactionConfig())
    answer = out.utterances[1]
    assert answer.text == "Sure, it's [EMAIL]."
    # Words stay consistent with the text: one placeholder word from "market" to the domain.
    assert "".join(w.word for w in answer.words).strip() == answer.text
    email = [w for w in answer.words if "[EMAIL]" in w.word]
    assert len(email) == 1
    assert email[0].start == pytest.approx(utts[1].words[2].start)
    assert email[0].end == pytest.approx(utts[1].words[3].end)
    assert out.utterances[2].text == "Our site is northwind.com."
    assert out.redactions == {"EMAIL": 1}


def test_an_answer_merged_across_the_question_is_in_context() -> None:
    # Channels merged into turns: the customer's turn started before the agent's question.
    utts = [
        _u(0, "customer", 10.0, 30.0, "The plan is too much. And sure, it's longer that slumming.inample.com."),
        _u(1, "agent", 20.0, 24.0, "What's the best email to send this to?"),
    ]
    assert email_contexts(utts) == [True, False]


def test_untimed_utterances_use_the_one_before() -> None:
    utts = [
        Utterance(seq=0, role="agent", start_s=None, end_s=None, text="What's your email address?"),
        Utterance(seq=1, role="customer", start_s=None, end_s=None, text="it's jane example.com"),
        Utterance(seq=2, role="customer", start_s=None, end_s=None, text="see northwind.com"),
    ]
    assert email_contexts(utts) == [False, True, False]
