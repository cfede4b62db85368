"""Language per call and per sentence: declared wins, the script decides otherwise."""

from __future__ import annotations

from callinsight.lang.detect import (
    base_language,
    call_language,
    detect_text_language,
    hangul_share,
    is_english,
    sentence_language,
)


def test_base_language_normalises_codes() -> None:
    assert base_language("ko-KR") == "ko"
    assert base_language("KO_kr") == "ko"
    assert base_language("en") == "en"
    assert base_language("") is None
    assert base_language(None) is None


def test_script_decides_between_korean_and_english() -> None:
    assert detect_text_language("배송이 아직 안 왔어요") == "ko"
    assert detect_text_language("My parcel has not arrived yet") == "en"
    assert detect_text_language("1234 5678 !!") is None


def test_code_switched_korean_with_product_names_is_korean() -> None:
    text = "Slack 연동이 자꾸 끊겨서 Zendesk 티켓이 안 만들어져요"
    assert 0.3 < hangul_share(text) < 1.0
    assert detect_text_language(text) == "ko"


def test_declared_language_wins_except_english_over_hangul() -> None:
    assert call_language("ko", ["Thanks, bye"]) == "ko"
    assert call_language("ja", ["hello"]) == "ja"
    assert call_language(None, ["요금이 비싸요"]) == "ko"
    assert call_language(None, ["The price is high"]) == "en"
    assert call_language(None, []) is None
    # an import default of "en" over a Korean transcript is corrected by the text
    assert call_language("en", ["요금제가 너무 비싸요", "네"]) == "ko"


def test_sentence_language_falls_back_to_the_call() -> None:
    assert sentence_language("네 네", "en") == "ko"
    assert sentence_language("...", "ko") == "ko"
    assert sentence_language("OK", "ko") == "en"
    assert is_english(None) and is_english("en-US") and not is_english("ko")
