"""Shapes met while working on misses of replica batches R1-R43 (development data once scored) in the thirty-third
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc


def _concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_a_potential_issues_table_holds_the_personas_problems(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "climbers.md", """\
        # Boulderly personas

        ## Persona 1: "Weekend Wen"

        ### Profile
        | Attribute | Value |
        |-----------|-------|
        | Age | 30-38 |
        | Goals | Climb outdoors twice a month |

        ### Potential Issues

        | Issue | Severity | Current State |
        |-------|----------|---------------|
        | Crags are far from the train line | High | No travel hints |
        | Guidebooks disagree on grades | Medium | Grades shown as given |

        ## Persona 2: "Gym Gus"

        ### Profile
        | Attribute | Value |
        |-----------|-------|
        | Age | 19-24 |
        | Goals | Send a harder grade each season |

        ### Potential Issues

        | Issue | Severity | Current State |
        |-------|----------|---------------|
        | Logging every attempt is slow | High | One form per attempt |
        """))
    assert set(found) == {'Weekend Wen', 'Gym Gus'}
    assert any(c.startswith("Crags are far from the train line") for c in found["Weekend Wen"])
    assert any(c.startswith("Guidebooks disagree on grades") for c in found["Weekend Wen"])
    assert any(c.startswith("Logging every attempt is slow") for c in found["Gym Gus"])


def test_labels_under_how_the_product_helps_are_features_not_problems(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "tutor.md", """\
        # Persona: Priya the Night-Shift Student

        **Role:** Nurse studying for a degree

        ## Frustrations

        - Lectures end before her shift does
        - Group chats move on while she sleeps

        ## How Lumen Helps

        - **Difficulty ramps** - Quizzes start easy and grow harder as she improves
        - **Struggle alerts** - Tutors see which topics she keeps failing
        - **Offline notes** - Reading works without a signal
        """))
    concerns = found["Priya the Night-Shift Student"]
    assert "Lectures end before her shift does" in concerns
    assert "Group chats move on while she sleeps" in concerns
    # the product's features, even those named with a problem's keyword ("difficulty", "struggle"), are no concerns
    assert not any("Quizzes start easy" in c or "Tutors see" in c or "without a signal" in c for c in concerns)


def test_a_lettered_korean_persona_heading_is_named_after_its_letter(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "plan.md", """\
        # 동네 도서관 예약 서비스 기획서

        ## 2. 사용자 분석

        ### 2.1 주요 페르소나 A: 대학생 김하늘 (22세, 수원 거주)

        - **배경**: 시험 기간마다 열람실 자리를 구하려고 새벽에 줄을 선다.
        - **Pain Point**:
          - "자리 예약 창이 열리자마자 꽉 차 버려요."

        ### 2.2 주요 페르소나 B: 주부 이영자 (58세, 안산 거주)

        - **배경**: 손주에게 읽어 줄 그림책을 빌리러 자주 들른다.
        - **Pain Point**:
          - "신간이 들어와도 언제 빌릴 수 있는지 알 길이 없어요."
        """))
    assert set(found) == {"대학생 김하늘 (22세, 수원 거주)", "주부 이영자 (58세, 안산 거주)"}
    assert any("꽉 차 버려요" in c for c in found["대학생 김하늘 (22세, 수원 거주)"])
    assert any("알 길이 없어요" in c for c in found["주부 이영자 (58세, 안산 거주)"])


def test_painpoints_written_as_one_word_is_the_problem_field(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "barista.md", """\
        # Persona 02: Ines (The Early-Shift Barista)

        > **"I just want the morning to run itself."**

        ## 1. One-line definition
        Opens the café at six and closes the till at two.

        ## 2. Painpoints / Needs / Objections
        - **Painpoints**: The milk order arrives after the morning rush. The grinder jams twice a week.
        - **Needs**: A stock list she can update with one hand.
        - **Objections**: "Every app I tried wanted me to type on a laptop."

        ## 3. Alternatives
        - A paper list taped to the fridge
        """))
    # the heading of her fields is no second persona: the page holds one, named by its title
    assert list(found) == ["Ines (The Early-Shift Barista)"]
    concerns = found["Ines (The Early-Shift Barista)"]
    assert "The milk order arrives after the morning rush." in concerns
    assert "A stock list she can update with one hand." in concerns
