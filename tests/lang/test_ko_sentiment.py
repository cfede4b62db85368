"""Korean prototype sentiment with the real multilingual encoder, on sentences written for this test."""

from __future__ import annotations

from pathlib import Path

from callinsight.lang.ko_sentiment import KoreanSentiment, is_problem, prototypes


def test_prototypes_load_and_are_distinct() -> None:
    negative, other = prototypes()
    assert len(negative) >= 10 and len(other) >= 10
    assert not set(negative) & set(other)


def test_complaints_score_below_praise_and_plain_requests(models_dir: Path) -> None:
    from callinsight.localmodels.use import MultilingualEncoder

    scorer = KoreanSentiment(MultilingualEncoder(models_dir / "use-multilingual"))
    complaints = ["환불을 세 번이나 요청했는데 아무 답이 없어서 너무 화가 나요", "몇 주째 같은 문제로 전화하는데 정말 실망스러워요"]
    calm = ["덕분에 문제가 금방 해결됐어요, 고맙습니다", "영수증을 메일로 받을 수 있을까요?"]
    bad, good = scorer.scores(complaints), scorer.scores(calm)
    assert all(-1.0 <= s <= 1.0 for s in bad + good)
    assert max(bad) < min(good)
    assert all(is_problem(s) for s in bad)
    assert not any(is_problem(s) for s in good)
    assert scorer.scores([]) == []
