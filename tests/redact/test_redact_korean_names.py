"""Korean names and addresses as Korean callers and agents say them (``redact/korean_names.py``), and the words of
the same shape that are not names."""

from __future__ import annotations

import pytest

from callinsight.redact import redact_text

KINDS = ["NAME", "ADDRESS"]

POSITIVES = [
    ("네 제 이름은 송하윤이고 가입은 작년에 했어요", "네 제 이름은 [NAME]이고 가입은 작년에 했어요"),
    ("성함이 문태오 님 맞으세요?", "성함이 [NAME] 님 맞으세요?"),
    ("계약자 명의는 황보진우로 되어 있습니다", "계약자 명의는 [NAME]로 되어 있습니다"),
    ("안녕하세요 저는 구민채라고 합니다", "안녕하세요 저는 [NAME]라고 합니다"),
    ("감사합니다, 상담원 표세린입니다", "감사합니다, 상담원 [NAME]입니다"),
    ("염지후 고객님, 주문하신 상품이 출고됐어요", "[NAME] 고객님, 주문하신 상품이 출고됐어요"),
    ("지난번에 탁은비씨가 처리해 줬어요", "지난번에 [NAME]씨가 처리해 줬어요"),
    ("배송지는 부산광역시 해운대구 센텀중앙로 79, 2동 1501호예요", "배송지는 [ADDRESS]예요"),
    ("대전시 유성구 문지로 193번길 7로 보내 주세요", "[ADDRESS]로 보내 주세요"),
    ("주소가 청주시 상당구 용암동 1520-3번지입니다", "주소가 [ADDRESS]입니다"),
    ("경비실 말고 103동 704호로 갖다 주세요", "경비실 말고 [ADDRESS]로 갖다 주세요"),
    ("본가는 경상북도 울진군 온정면 덕산리 412번지예요", "본가는 [ADDRESS]예요"),  # a town and a village
]

NEGATIVES = [
    "성함이 어떻게 되세요?",
    "이름이 뭐였더라, 기억이 안 나요",
    "제 이름은 바꿀 수 없나요?",
    "신청자님 본인 확인이 필요합니다",
    "간호사님이 친절하셨어요",
    "박과장님한테 다시 물어볼게요",  # a surname and a title: a person by office
    "오늘 전국날씨 어때요",
    "소리가 씨끄러워서 못 들었어요",
    "그건 사실아님?",
    "기본에 선생님이 설명해 주셨어요",
    "여러분 모두 감사합니다",
    "고객님들 의견을 반영했어요",
    "테헤란로 쪽 매장에 가 봤어요",
    "오류로 3번이나 결제가 실패했어요",
    "직원 백 명 정도가 써요",
    "작년 가을엔 오만명의 박람회가 열렸대요",  # 명의 inside 만명의 ("of ten thousand") introduces no name
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_korean_names_and_addresses_are_redacted(text: str, expected: str) -> None:
    assert redact_text(text, KINDS)[0] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_words_shaped_like_them_stay(text: str) -> None:
    assert redact_text(text, KINDS)[0] == text


def test_only_the_kinds_asked_for() -> None:
    text = "염지후 고객님 주소는 대전시 유성구 문지로 193이에요"
    assert redact_text(text, ["ADDRESS"])[0] == "염지후 고객님 주소는 [ADDRESS]이에요"
    assert redact_text(text, ["NAME"])[0] == "[NAME] 고객님 주소는 대전시 유성구 문지로 193이에요"
