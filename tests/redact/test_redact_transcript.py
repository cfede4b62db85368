"""Redaction of whole transcripts: text and timed words stay consistent, counts per kind, config."""

from __future__ import annotations

import pytest

from callinsight.errors import ConfigError
from callinsight.records import CallMetadata, Transcript, Utterance, Word
from callinsight.redact import RedactionConfig, find_pii, redact_transcript


def words_of(text: str, start: float = 0.0, step: float = 0.5) -> list[Word]:
    """Whisper-style words: a leading space on each, one per whitespace token."""
    return [
        Word(start=start + i * step, end=start + i * step + 0.4, word=f" {tok}", probability=0.9 - i * 0.01)
        for i, tok in enumerate(text.split())
    ]


def transcript(*utterances: Utterance) -> Transcript:
    return Transcript(
        call_id="c1", source="audio", source_path="x.wav", metadata=CallMetadata(), utterances=list(utterances),
        language="en", duration_s=30.0,
    )  # fmt: skip


def test_words_are_redacted_consistently_with_text() -> None:
    text = "Sure, it's five five five, one two three, four five six seven. Thanks!"
    u = Utterance(seq=0, role="customer", start_s=1.0, end_s=9.0, text=text, words=words_of(text, start=1.0))
    out = redact_transcript(transcript(u), RedactionConfig())
    red = out.utterances[0]
    assert red.text == "Sure, it's [PHONE]. Thanks!"
    assert "".join(w.word for w in red.words).strip() == red.text
    phone = [w for w in red.words if "[PHONE]" in w.word]
    assert len(phone) == 1
    # The placeholder word spans the spoken digits: first digit's start, last digit's end.
    assert phone[0].start == pytest.approx(1.0 + 2 * 0.5)
    assert phone[0].end == pytest.approx(1.0 + 11 * 0.5 + 0.4)
    starts = [w.start for w in red.words]
    assert starts == sorted(starts)
    assert all(w.end >= w.start for w in red.words)
    assert out.redactions == {"PHONE": 1}


def test_counts_per_kind_over_the_call() -> None:
    a = "Email me at ana@example.com or call 555-123-4567."
    b = "Card 4111 1111 1111 1111, and my other phone is (212) 555-0199."
    c = "IBAN GB82 WEST 1234 5698 7654 32, SSN 123-45-6789."
    out = redact_transcript(
        transcript(
            Utterance(0, "customer", 0, 5, a, words_of(a)),
            Utterance(1, "customer", 5, 9, b, words_of(b, 5)),
            Utterance(2, "customer", 9, 12, c),
        ),
        RedactionConfig(),
    )
    assert out.redactions == {"EMAIL": 1, "PHONE": 2, "CARD": 1, "IBAN": 1, "NATIONAL_ID": 1}
    assert out.utterances[2].text == "IBAN [IBAN], SSN [NATIONAL_ID]."
    for u in out.utterances:
        assert find_pii(u.text) == []
        if u.words:
            assert "".join(w.word for w in u.words).strip() == u.text
            assert find_pii("".join(w.word for w in u.words)) == []


def test_words_that_do_not_spell_the_text_are_redacted_on_their_own() -> None:
    u = Utterance(0, "agent", 0, 5, "call me at 555-123-4567", words=words_of("call me on 555 123 4567"))
    red = redact_transcript(transcript(u), RedactionConfig()).utterances[0]
    assert red.text == "call me at [PHONE]"
    assert [w.word for w in red.words] == [" call", " me", " on", " [PHONE]"]


def test_clean_text_is_untouched() -> None:
    text = "We need 20 seats at $500 a month from 2026, version 2.4 in three weeks."
    u = Utterance(0, "customer", 0, 5, text, words_of(text))
    out = redact_transcript(transcript(u), RedactionConfig())
    assert out.utterances[0] is u
    assert out.redactions == {}


def test_disabled_config_leaves_text_untouched() -> None:
    text = "my number is 555-123-4567"
    t = transcript(Utterance(0, "customer", 0, 5, text, words_of(text)))
    out = redact_transcript(t, RedactionConfig(enabled=False))
    assert out.utterances[0].text == text
    assert [w.word.strip() for w in out.utterances[0].words] == text.split()
    assert out.redactions == {}


def test_only_configured_kinds_are_redacted() -> None:
    text = "ana@example.com and 555-123-4567"
    out = redact_transcript(transcript(Utterance(0, "customer", None, None, text)), RedactionConfig(kinds=["EMAIL"]))
    assert out.utterances[0].text == "[EMAIL] and 555-123-4567"
    assert out.redactions == {"EMAIL": 1}


def test_unknown_kind_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="PASSPORT"):
        redact_transcript(transcript(), RedactionConfig(kinds=["EMAIL", "PASSPORT"]))


def test_input_transcript_is_not_modified() -> None:
    text = "call 555-123-4567"
    t = transcript(Utterance(0, "customer", 0, 2, text, words_of(text)))
    redact_transcript(t, RedactionConfig())
    assert t.utterances[0].text == text
    assert t.redactions == {}
