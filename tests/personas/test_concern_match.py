"""Documented concerns matched per customer sentence, with key phrases; framing-only prose merged."""

from __future__ import annotations

import numpy as np
import pytest

from callinsight.personas.concern_match import (
    concern_part_vectors,
    concern_similarities,
    match_sentences,
    utterance_sentences,
)
from callinsight.personas.phrases import concern_parts, content_words, distinctive_phrases, key_phrases
from callinsight.personas.sentences import prose_items

SSO = '"Your single sign-on is only on the enterprise plan."'
LONG_TURN = ("Hi Tom. I'm the IT director at Cedar Health, so I look after our systems and security. "
             "We've been on Zendesk for three years and it's okay. Security is my first question. "
             "Do you support single sign on with Okta?")


def test_long_turn_voices_concern_through_its_sentence(embedder) -> None:
    concerns = [SSO, "Emails getting lost in the shared inbox."]
    cvec = embedder.encode(concerns, normalize_embeddings=True)
    whole = embedder.encode([LONG_TURN], normalize_embeddings=True)
    s = utterance_sentences(LONG_TURN, 4)
    svec = embedder.encode(s.texts, normalize_embeddings=True)
    # the greeting and the company dilute the whole turn; its last sentence is much closer
    assert float((svec @ cvec.T).max()) > float((whole @ cvec.T).max())
    hits = match_sentences(svec @ cvec.T, s.lemmas, distinctive_phrases(concerns), 0.45, 0.3)
    assert set(hits) == {0}


def test_key_phrase_counts_only_above_its_floor() -> None:
    phrases = distinctive_phrases([SSO, "Printing paper reports takes hours."])
    assert ("single", "sign", "on") in phrases[0]
    sentence = utterance_sentences("Do you support single sign on with Okta?", 4)
    near = np.array([[0.35, 0.1]], dtype=np.float32)  # below 0.45, above the phrase floor 0.3
    assert match_sentences(near, sentence.lemmas, phrases, 0.45, 0.3) == {0: pytest.approx(0.35)}
    far = np.array([[0.2, 0.1]], dtype=np.float32)
    assert match_sentences(far, sentence.lemmas, phrases, 0.45, 0.3) == {}
    assert match_sentences(near, sentence.lemmas, phrases, 0.45, 0.45) == {}  # phrases off


def test_shared_and_weak_phrases_are_not_distinctive() -> None:
    a, b = distinctive_phrases(["Customer data cannot leave our data center.", "No audit trail for customer data."])
    assert ("audit", "trail") in b
    assert not any("customer" in p for p in a | b)
    assert ("three", "site") not in key_phrases("Worried about retraining three sites at once")


def test_framing_sentence_is_merged_with_the_one_that_says_what() -> None:
    assert content_words("Sam's biggest problem is volume.") == ["volume"]
    assert content_words("Reporting is the second challenge.") == ["reporting"]
    items = [
        *prose_items("Reporting is the second challenge. Sam builds the weekly report by hand from exports."),
        *prose_items("Tickets sit unanswered over the weekend. The backlog is the worry."),
    ]
    assert items == [
        "Reporting is the second challenge. Sam builds the weekly report by hand from exports.",
        "Tickets sit unanswered over the weekend. The backlog is the worry.",
    ]
    # a real one-sentence concern stays as it is
    assert prose_items("Emails getting lost in the shared inbox.") == ["Emails getting lost in the shared inbox."]


def test_long_concern_is_voiced_through_one_of_its_clauses(embedder) -> None:
    concern = ("Sam lies awake over the backlog: tickets that sit unanswered over a weekend, the angry customer "
               "who wrote three times and got three different answers, and the fear that the team will burn out.")
    assert "Sam lies awake over the backlog" in concern_parts(concern)

    def encode(texts: list[str]) -> np.ndarray:
        return np.asarray(embedder.encode(texts, normalize_embeddings=True))

    parts, owners = concern_part_vectors([concern], encode)
    sentence = encode(["Our ticket backlog is over three hundred tickets and it keeps growing."])
    whole = float((sentence @ encode([concern]).T).max())
    best = float(concern_similarities(sentence, parts, owners, 1)[0, 0])
    assert best > whole + 0.05
