"""'Customers also complain about…': the largest groups of problems no category covers, with quotes."""

from __future__ import annotations

from typing import Any

from callinsight.report.build import build_report
from callinsight.store.db import connect

# Written for this test: a concern the populated store's taxonomy categories do not cover.
PARKING = ["The parking garage was full again, a nightmare.", "There was no parking left, a real problem.",
           "Parking at your office is terrible."]


def _add_uncategorised_problems(populated: Any, texts: list[str]) -> int:
    """One customer utterance with an ``other`` pain point per text, in the latest week's calls; how many calls there are."""
    con = connect(populated.database_path)
    latest = [r[0] for r in con.execute(
        "SELECT call_id FROM v_calls WHERE started_at::DATE > (SELECT max(started_at)::DATE - 7 FROM v_calls) ORDER BY call_id"
    ).fetchall()]
    for call_id, text in zip(latest, texts, strict=False):
        con.execute("INSERT INTO utterances (call_id, seq, role, start_s, end_s, text) VALUES (?, 100, 'customer', 1, 2, ?)",
                    [call_id, text])
        con.execute(
            """INSERT INTO insights (call_id, seq, role, kind, category, quote, char_start, char_end, start_s, end_s,
                   method, confidence) VALUES (?, 100, 'customer', 'pain_point', 'other', ?, 0, ?, 1, 2, 'rule', 0.75)""",
            [call_id, text, len(text)],
        )
    con.close()
    return len(latest)


def test_uncategorised_problem_groups_are_shown_with_quotes(populated: Any) -> None:
    assert _add_uncategorised_problems(populated, PARKING) >= len(PARKING)
    paths = build_report(populated, "week")
    also = paths.data.insights.also
    assert also and also[0].label == "parking"
    assert (also[0].quotes, also[0].calls) == (3, 3)
    assert {q.text for q in also[0].examples} <= set(PARKING)
    assert "Customers also complain about" in paths.html.read_text()
    assert "Customers also complain about" in paths.markdown.read_text()


# Written for this test (Korean): the same kind of uncovered concern, the noun with different particles.
PARKING_KO = ["주차장이 또 꽉 찼어요, 정말 최악이에요.", "주차장에 자리가 하나도 없었어요.", "사무실 주차장은 너무 좁아요."]


def test_korean_problem_groups_are_named_by_the_shared_noun(populated: Any) -> None:
    import dataclasses

    _add_uncategorised_problems(populated, PARKING_KO)
    populated.report = dataclasses.replace(populated.report, language="ko")
    paths = build_report(populated, "week")
    also = paths.data.insights.also
    assert also and also[0].label == "주차장"
    assert (also[0].quotes, also[0].calls) == (3, 3)
    assert "고객이 이런 불만도 말합니다" in paths.markdown.read_text()
    assert "통화 3건에서 3회, 아직 분류 없음" in paths.markdown.read_text()


def test_group_words_cut_korean_particles_and_skip_predicates() -> None:
    from callinsight.report.sections import group_words

    assert group_words("결제가 두 번 됐어요, 결제 취소는 언제 되나요") == {"결제", "취소"}
    assert group_words("The invoice was wrong again, 2024") == {"invoice", "wrong"}


def test_a_quote_shows_once_per_summary_section(populated: Any) -> None:
    """Two calls with the same words (or one sentence with two findings) are quoted once in summary.md."""
    import dataclasses

    from callinsight.report.markdown import render_markdown

    test_uncategorised_problem_groups_are_shown_with_quotes(populated)
    data = build_report(populated, "week").data
    group = data.insights.also[0]
    twice = dataclasses.replace(group, examples=[group.examples[0], group.examples[0]])
    text = render_markdown(dataclasses.replace(data, insights=dataclasses.replace(data.insights, also=[twice])))
    section = text.split("### Customers also complain about")[1].split("\n## ")[0]
    assert section.count(f"“{group.examples[0].text}”") == 1
