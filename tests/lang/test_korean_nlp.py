"""The Kiwi-backed spaCy pipeline on short Korean sentences written for these tests (real Kiwi model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="module")
def ko_nlp(models_dir: Path) -> Any:
    from callinsight.lang.korean import korean_nlp

    return korean_nlp(models_dir / "kiwi-ko")


TEXTS = [
    "요금이 너무 비싸서 해지하고 싶어요. 앱이 계속 안 돼요! Slack 연동은 되나요?",
    "요금이너무비싸서해지하고싶어요",  # unspaced, as speech recognition sometimes writes it
    "  네,  감사합니다\n다음에 또 연락 드릴게요 ",
    "상담원 연결이 왜 이렇게 오래 걸려요?",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_is_the_input(ko_nlp: Any, text: str) -> None:
    doc = ko_nlp(text)
    assert doc.text == text
    # every character is covered once, in order
    assert "".join(t.text_with_ws for t in doc) == text


def test_lemmas_tags_and_sentences(ko_nlp: Any) -> None:
    doc = ko_nlp(TEXTS[0])
    lemmas = [t.lemma_ for t in doc]
    assert "요금" in lemmas and "비싸다" in lemmas and "해지" in lemmas and "되다" in lemmas
    assert "slack" in lemmas
    by_lemma = {t.lemma_: t for t in doc}
    assert by_lemma["요금"].tag_ == "NNG" and by_lemma["요금"].pos_ == "NOUN"
    assert by_lemma["비싸다"].pos_ == "ADJ"
    assert [s.text.strip() for s in doc.sents] == ["요금이 너무 비싸서 해지하고 싶어요.", "앱이 계속 안 돼요!", "Slack 연동은 되나요?"]
    # negation stays a token of its own before the verb: "안 되다"
    i = lemmas.index("안")
    assert lemmas[i + 1] == "되다"


def test_unspaced_text_still_splits_into_morphemes(ko_nlp: Any) -> None:
    lemmas = [t.lemma_ for t in ko_nlp(TEXTS[1])]
    assert {"요금", "비싸다", "해지"} <= set(lemmas)


def test_irregular_stems_are_restored(ko_nlp: Any) -> None:
    lemmas = [t.lemma_ for t in ko_nlp("도와주세요, 너무 추워요")]
    assert "돕다" in lemmas and "춥다" in lemmas


def test_content_lemmas_drop_particles_endings_and_generic_words(ko_nlp: Any) -> None:
    from callinsight.lang.korean import content_lemmas

    got = content_lemmas(ko_nlp.tokenizer.kiwi, "요금이 너무 비싸서 해지하고 싶어요. Slack 연동은 되나요?")
    assert got == ["요금", "비싸다", "해지", "slack", "연동"]
