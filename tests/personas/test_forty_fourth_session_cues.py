"""Problem cues met while working on misses of replica batches R1-R69 (development data once scored) in the
forty-fourth session: feelings, lacks and refusals said in other words, in English and Korean, each on a sentence
written for these tests (no replica or evaluation text)."""

from __future__ import annotations

import pytest

from callinsight.personas.vocab import concern_kind


@pytest.mark.parametrize("sentence", [
    "Feels cheated when the parking meter eats her coins",
    "He is ashamed to ask his son for help with the laptop",
    "She is on edge whenever the phone rings at night",
    "Money is tight since the shop cut her hours",
    "The card reader hardly ever works in the rain",
    "He gets only half as much done since the move",
    "Won't download another banking app",
    "Ill at ease on video calls with the school",
    "Renovating the flat was tougher than he had expected",
    "She stays away from the gym because of the crowds",
    "Feels unsafe walking home from the late shift",
    "He cries after every parents' evening",
    "Her calendar is already packed with school runs",
    "설명을 들어도 이해가 안 가서 다시 묻는다",
    "THE RENT LEAVES NOT A LOT OF MONEY FOR FOOD",
    "He has little practice speaking in meetings",
    "Her students get sidetracked after ten minutes",
    "The form does not make it clear which box to tick",
    "숙제를 할 때마다 실수가 많다",
    "보고서를 고치느라 시간이 많이 든다",
    "아이를 재우고 나면 너무 속상해요",
    "매달 지출을 막지 못해 잔고가 바닥난다",
    "동네에 갈 만한 병원이 딱히 없고 멀다",
    "혼자 서류를 준비하기가 쉽지 않다",
])
def test_feelings_and_lacks_said_in_other_words_state_a_problem(sentence: str) -> None:
    assert concern_kind(sentence) == "pain_point"


@pytest.mark.parametrize("sentence", ["상관없고 괜찮아요", "문제없고 빠르다", "She rides her bike to the market every Sunday",
                                      "Since the move she spends less time commuting"])
def test_plain_statements_state_no_problem(sentence: str) -> None:
    assert concern_kind(sentence) is None

