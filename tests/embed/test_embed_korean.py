"""A mixed Korean/English workspace: each utterance embedded in its language's space, topics per space.

Korean sentences are generated from parts written for this test (subjects x problems), as the English
corpus in tests/topics/corpus.py is.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

import pytest

from callinsight.embed.select import is_content
from callinsight.embed.stage import EmbedStage
from callinsight.pipeline.context import StageContext
from callinsight.pipeline.progress import null_progress
from topics.corpus import store_call, utterances

KO_THEMES: dict[str, tuple[list[str], list[str]]] = {
    "delivery": (["주문한 물건이", "택배가", "배송이", "보낸 상품이"],
                 ["일주일째 안 와요", "아직도 도착을 안 했어요", "너무 늦게 와서 곤란해요", "다른 주소로 가 버렸어요"]),
    "billing": (["이번 달 요금이", "카드 결제가", "청구 금액이", "자동이체 요금이"],
                ["두 번이나 빠져나갔어요", "지난달보다 훨씬 많이 나왔어요", "계약한 금액이랑 달라요", "이상하게 또 청구됐어요"]),
    "integration": (["카카오톡 연동이", "슬랙 연동이", "캘린더 동기화가", "외부 연동 기능이"],
                    ["어제부터 계속 끊겨요", "설정해도 전혀 안 돼요", "자꾸 오류가 나요", "알림을 하나도 못 보내요"]),
}


def ko_utterances(theme: str, n: int, seed: int = 0) -> list[str]:
    rng = random.Random(f"ko-{theme}-{seed}")
    subjects, problems = KO_THEMES[theme]
    openers = ["", "저기요, ", "그게요, ", "솔직히 "]
    return [f"{rng.choice(openers)}{rng.choice(subjects)} {rng.choice(problems)}" for _ in range(n)]


def store_ko_call(con: Any, call_id: str, texts: list[str], language: str | None = "ko") -> None:
    from callinsight.records import CallMetadata, Transcript, Utterance
    from callinsight.store.writes import write_transcript

    utts = [Utterance(0, "agent", 0.0, 2.0, "안녕하세요, 고객센터입니다. 무엇을 도와드릴까요?")]
    for i, text in enumerate(texts):
        utts.append(Utterance(len(utts), "customer", 3.0 + i * 6, 6.0 + i * 6, text))
    utts.append(Utterance(len(utts), "customer", 100.0, 101.0, "네, 감사합니다."))
    meta = CallMetadata(started_at=datetime(2026, 1, 6, 10, tzinfo=UTC), direction="inbound", kind="support", source="import")
    write_transcript(con, Transcript(call_id, "import", f"{call_id}.json", meta, utts, language, None, role_method="import"), None)


def _ctx(config: Any, con: Any) -> StageContext:
    return StageContext(config=config, con=con, run_id="test", progress=null_progress())


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("네, 감사합니다.", False),
        ("안녕하세요 여보세요", False),
        ("네 네 알겠습니다", False),
        ("요금이 너무 비싸요", True),
        ("슬랙 연동이 어제부터 안 돼요", True),
        ("배송이요", False),
    ],
)
def test_korean_content_rule(text: str, keep: bool) -> None:
    assert is_content(text, min_words=4) is keep


def test_mixed_workspace_embeds_per_language_and_fits_topics_per_space(config: Any, con: Any, embedder: Any) -> None:
    from callinsight.topics.fit import FitOptions
    from callinsight.topics.stage import TopicsStage

    for i, theme in enumerate(("delivery", "billing", "integration")):
        for j in range(4):
            store_ko_call(con, f"ko{i}{j}", ko_utterances(theme, 3, seed=j), language="ko" if j % 2 else None)
    for i, theme in enumerate(("slack", "billing")):
        for j in range(3):
            store_call(con, f"en{i}{j}", utterances(theme, 3, seed=j))
    # an English call with one Korean turn: that turn goes to the multilingual space
    store_call(con, "mixed", ["the invoice was charged twice this month", "카드 결제가 두 번이나 빠져나갔어요"])

    result = EmbedStage().run(_ctx(config, con))
    assert result.failed == 0
    ml = con.execute("SELECT call_id, seq, language, len(embedding) FROM utterance_embeddings_ml").fetchall()
    en = con.execute("SELECT call_id FROM utterance_embeddings").fetchall()
    assert len(ml) == 12 * 3 + 1 and all(r[2] == "ko" and r[3] == 512 for r in ml)
    assert {r[0] for r in ml} == {f"ko{i}{j}" for i in range(3) for j in range(4)} | {"mixed"}
    assert len(en) == 6 * 3 + 1 and not {r[0] for r in en} & {r[0] for r in ml if r[0] != "mixed"}
    # every call is done, none twice: a second run encodes nothing
    assert EmbedStage().run(_ctx(config, con)).message == "no new calls"

    TopicsStage(options=FitOptions(reducer="pca", labels="ctfidf")).run(_ctx(config, con))
    rows = con.execute("SELECT topic_id, space, keywords FROM v_topics WHERE topic_id <> -1").fetchall()
    spaces = {r[1] for r in rows}
    assert spaces == {"minilm", "multilingual"}
    ko_keywords = {w for r in rows if r[1] == "multilingual" for w in r[2]}
    assert {"배송", "결제"} & ko_keywords  # Kiwi lemmas, not whole words with their particles
    assert not [w for w in ko_keywords if w.endswith(("이", "가", "요"))]
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    # every embedded utterance has a topic of its own space
    assigned = con.execute(
        """SELECT a.call_id, coalesce(t.space, 'minilm') FROM v_utterance_topics a
           LEFT JOIN topics t ON t.topic_id = a.topic_id AND t.model_version = a.model_version""").fetchall()
    assert len(assigned) == len(ml) + len(en)
    assert all(space == "multilingual" for c, space in assigned if c.startswith("ko"))

    # a new Korean call is assigned to the existing Korean topics, without a refit
    store_ko_call(con, "ko-new", ["택배가 아직도 도착을 안 했어요"])
    EmbedStage().run(_ctx(config, con))
    TopicsStage(options=FitOptions(reducer="pca", labels="ctfidf")).run(_ctx(config, con))
    assert con.execute("SELECT count(*) FROM topic_models").fetchone()[0] == 1
    (topic,) = con.execute("SELECT topic_id FROM v_utterance_topics WHERE call_id = 'ko-new'").fetchone()
    members = {r[0][:3] for r in con.execute(
        "SELECT call_id FROM v_utterance_topics WHERE topic_id = ? AND call_id <> 'ko-new'", [topic]).fetchall()}
    assert members == {"ko0"}  # the delivery calls
