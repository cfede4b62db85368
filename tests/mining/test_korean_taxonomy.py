"""The Korean default taxonomy through the Kiwi pipeline: categories, negation, problem cues.

Sentences written for this test (everyday Korean customer-call language), not from any evaluation set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from callinsight.mining.taxonomy import load_taxonomy

KO_TAXONOMY = Path(__file__).resolve().parents[2] / "src" / "callinsight" / "mining" / "taxonomy.ko.yaml"


@pytest.fixture(scope="module")
def detect(models_dir: Path) -> Any:
    from callinsight.lang.korean import korean_nlp
    from callinsight.mining.rules import RuleDetector

    nlp = korean_nlp(models_dir / "kiwi-ko")
    detector = RuleDetector(nlp, load_taxonomy(KO_TAXONOMY))

    def run(text: str) -> tuple[set[tuple[str, str]], bool]:
        doc = nlp(text)
        m = detector.match(doc, [s.start for s in doc.sents])
        found = {(h.kind, h.category) for h in m.hits if not h.negated and (not h.topic or h.sentence in m.problem_sentences)}
        return found, bool(m.problem_sentences)

    return run


def test_taxonomy_loads_with_the_english_category_ids() -> None:
    ko = load_taxonomy(KO_TAXONOMY)
    en = load_taxonomy(None)
    assert ko.languages == ("ko",)
    assert {(c.kind, c.id) for c in ko.categories} <= {(c.kind, c.id) for c in en.categories}
    assert {"안", "못", "않다", "없다", "아니다"} <= set(ko.negation_cues)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("요금제가 생각보다 너무 비싸네요", ("objection", "price")),
        ("다음 달까지만 쓰고 해지할게요", ("churn_signal", "cancel")),
        ("회원 탈퇴는 어디서 하나요?", ("churn_signal", "cancel")),
        ("지난번 결제한 거 환불 받을 수 있나요?", ("churn_signal", "refund")),
        ("로그인 화면에서 계속 오류가 떠요", ("pain_point", "reliability")),
        ("아침부터 시스템이 먹통이에요", ("pain_point", "reliability")),
        ("주문한 책이 일주일째 안 와요", ("pain_point", "delivery")),
        ("구글 캘린더 연동이 자꾸 끊겨요", ("pain_point", "integration")),
        ("상담원 연결이 너무 오래 걸리네요", ("pain_point", "support")),
        ("다른 업체로 갈아탈까 고민 중이에요", ("churn_signal", "switch")),
        ("알림을 문자로도 받을 수 있으면 좋겠어요", ("feature_request", "feature_request")),
        ("예약 발송 기능 있나요?", ("feature_request", "feature_request")),
    ],
)
def test_categories(detect: Any, text: str, expected: tuple[str, str]) -> None:
    found, _ = detect(text)
    assert expected in found


def test_negation_before_the_match_drops_it(detect: Any) -> None:
    found, _ = detect("가격은 전혀 안 비싸요")
    assert ("objection", "price") not in found


def test_topic_words_need_a_problem(detect: Any) -> None:
    plain, problem = detect("배송 주소를 바꾸고 싶어요")
    assert ("pain_point", "delivery") not in plain and not problem
    found, problem = detect("배송이 너무 늦어서 답답해요")
    assert problem and ("pain_point", "delivery") in found


def test_everyday_complaints_are_problems_and_thanks_is_not(detect: Any) -> None:
    assert detect("이건 정말 말도 안 돼요")[1]
    assert detect("서비스가 이 모양이라 너무 실망스럽네요")[1]
    assert not detect("친절하게 알려 주셔서 감사합니다")[1]
