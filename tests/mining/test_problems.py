"""The domain-independent problem detector, on the real small spaCy pipeline and MiniLM."""

from __future__ import annotations

from typing import Any

import pytest

from callinsight.errors import ConfigError
from callinsight.mining.miner import _sentences
from callinsight.mining.patterns import lemma_norms
from callinsight.mining.problems import ProblemDetector, available_cue_languages, load_cues, parse_cues


@pytest.fixture(scope="module")
def detector(nlp: Any) -> ProblemDetector:
    return ProblemDetector(nlp, load_cues("en"))


def signals(detector: ProblemDetector, nlp: Any, text: str) -> set[tuple[str, str]]:
    doc = lemma_norms(nlp(text))
    sents = _sentences(doc)
    found = detector.match(doc, [s.token_start for s in sents], [text[s.start : s.end] for s in sents])
    return {(kind, s.signal) for kinds in found.by_sentence.values() for kind, s in kinds.items()}


@pytest.mark.parametrize(
    ("text", "kind", "signal"),
    [
        # written for this test, in domains the default taxonomy has no words for
        ("The plumber never showed up and the leak got worse.", "pain_point", "function"),
        ("My prescription still hasn't arrived at the pharmacy.", "pain_point", "cue"),
        ("The hotel room key wouldn't open the door.", "pain_point", "function"),
        ("I've been waiting for three weeks for the visa paperwork.", "pain_point", "complaint"),
        ("I want to close my gym membership account.", "churn_signal", "churn"),
        ("The tutor was rude and completely useless.", "pain_point", "cue"),
    ],
)
def test_problem_reports_in_any_domain(detector: ProblemDetector, nlp: Any, text: str, kind: str, signal: str) -> None:
    assert (kind, signal) in signals(detector, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, good morning!",
        "Thanks a lot, that was really helpful.",
        "I love the new menu, it's great.",
        "What time do you open on Saturdays?",
        "No problem at all.",
        "There was never an issue with the delivery.",
        "What happens if the payment fails?",
        "Can I bring my dog to the appointment?",
    ],
)
def test_greetings_thanks_praise_questions_and_negated_cues_stay_unflagged(detector: ProblemDetector, nlp: Any, text: str) -> None:
    assert signals(detector, nlp, text) == set()


def test_semantic_signal_prefers_complaints_over_neutral_lines(nlp: Any, embedder: Any) -> None:
    det = ProblemDetector(nlp, load_cues("en"), embedder)
    vectors = embedder.encode(["It broke again and nobody has repaired it, I keep chasing you.", "Good afternoon, how are you?"],
                              normalize_embeddings=True, convert_to_numpy=True)
    complaint, greeting = det.semantic(vectors)
    assert complaint is not None and complaint.signal == "semantic"
    assert greeting is None


def test_cue_files_are_data_per_language() -> None:
    assert "en" in available_cue_languages()
    with pytest.raises(ConfigError, match="no problem cues for language 'xx'"):
        load_cues("xx")
    with pytest.raises(ConfigError, match="'problem'"):
        parse_cues({"language": "en", "problem": [True]}, "bad.yaml")
