"""Speech shapes added for issue 15 and Korean PII: multi-word domains, tens and hundreds, names, addresses."""

from __future__ import annotations

import pytest

from callinsight.redact import find_pii, redact_text

POSITIVES = [
    ("so it's kim rivera at g mail dot com thanks", "so it's [EMAIL] thanks"),
    ("mail it to orders at north star mail dot net please", "mail it to [EMAIL] please"),
    ("the number is five fifty-five, three one four, twenty-two nineteen", "the number is [PHONE]"),
    ("try double seven, three four, five one two nine", "try [PHONE]"),
    ("toll free eight hundred, two two two, thirty thirty", "toll free [PHONE]"),
    ("Hi, my name is Lucia Ferreira and I need help", "Hi, my name is [NAME] and I need help"),
    ("yeah my name is omar, I called yesterday", "yeah my name is [NAME], I called yesterday"),
    ("send it to 19 Willow Crescent, flat 2", "send it to [ADDRESS]"),
    ("we're at six hundred Oak Avenue now", "we're at [ADDRESS] now"),
    ("제 휴대폰은 010-2222-3333이에요", "제 휴대폰은 [PHONE]이에요"),
    ("연락처 공일공 칠칠칠칠 팔팔팔팔이요", "연락처 [PHONE]이요"),
    ("주민등록번호는 880808-1111111입니다", "주민등록번호는 [NATIONAL_ID]입니다"),
    ("카드 사일일일 일일일일 일일일일 일일일일로 결제했어요", "카드 [CARD]로 결제했어요"),
    ("메일은 dahye 골뱅이 example.com이에요", "메일은 [EMAIL]이에요"),
]

NEGATIVES = [
    "We have around five hundred fifty users on the plan.",
    "It was twenty five dollars, then forty.",
    "My name is on the invoice already.",
    "The shop is on Oak Avenue near the station.",
    "We moved to 5th Avenue last year.",
    "이사 가고 나서 오일 교환을 했어요.",
    "고객센터 1588-1234에 전화했어요.",
    "요금이 월 만 오천 원이에요.",
    "It is Monday here, so the team is out.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(text: str, expected: str) -> None:
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    assert find_pii(text) == []


def test_korean_spoken_digits_keep_the_copula_and_classify_like_written_ones() -> None:
    spans = find_pii("번호는 공일공에 일이삼사에 오육칠팔이에요")
    assert [s.kind for s in spans] == ["PHONE"]
    assert "번호는 공일공에 일이삼사에 오육칠팔이에요"[spans[0].end :] == "이에요"
    assert [s.kind for s in find_pii("구공공일공일 일이삼사오육칠")] == ["NATIONAL_ID"]
