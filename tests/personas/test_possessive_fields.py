"""Headings that name a person and one of their fields at once ("Dana's frustrations", "민지 씨의 고민"), and bullets
that name a person by name and age ("Pat, age 72"). Synthetic documents only."""

from __future__ import annotations

from pathlib import Path

from .conftest import parse_text as parse


def test_a_name_and_a_field_in_one_heading_is_that_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "riders.md", """
        # Our riders

        ## Priya's goals

        - Finish her round before school pick-up

        ## Priya's frustrations

        - The depot opens late on Mondays

        ## Tom's pain points

        - His e-bike battery dies before the last drop
        """)
    assert found == {"Priya": ["The depot opens late on Mondays"], "Tom": ["His e-bike battery dies before the last drop"]}


def test_a_korean_heading_with_a_name_and_a_field_is_that_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "고객.md", """
        # 사용자 이야기

        ## 주말마다 캠핑을 떠나는 한서준 씨의 고민

        - 캠핑장 예약이 금요일 밤에 다 찬다
        - 장비 대여 가격이 매번 다르다
        """)
    assert found == {"한서준": ["캠핑장 예약이 금요일 밤에 다 찬다", "장비 대여 가격이 매번 다르다"]}


def test_not_where_a_heading_above_names_the_person_nor_for_a_thing(tmp_path: Path) -> None:
    found = parse(tmp_path, "team.md", """
        # Gwen Lloyd, claims clerk

        ## Gwen's frustrations

        - The licence form times out

        ## The system's limitations

        - Exports are capped at 500 rows
        """)
    assert found == {"Gwen Lloyd, claims clerk": ["The licence form times out"]}


def test_bullets_that_give_a_name_and_an_age_over_items_about_the_person(tmp_path: Path) -> None:
    found = parse(tmp_path, "draft.md", """
        # Draft personas

        What the finished personas should cover:

        - Ines, age 68
          - Drives forty minutes to the county archive
          - Cannot read the small print on the microfilm reader
        - 김하늘, 29세, 대학원생
          - 논문 마감 때문에 주말에도 자료실에 온다
          - 원문 복사 신청이 너무 오래 걸린다
        """)
    assert found == {"Ines": ["Cannot read the small print on the microfilm reader"],
                     "김하늘, 대학원생": ["논문 마감 때문에 주말에도 자료실에 온다", "원문 복사 신청이 너무 오래 걸린다"]}


def test_a_heading_whose_first_paragraph_introduces_the_person_is_a_persona_with_one_field(tmp_path: Path) -> None:
    """One needs field alone is what a manual has too; a first paragraph that introduces the person the heading names
    ("Amara is 52 …") says this is a persona."""
    found = parse(tmp_path, "traders.md", """
        # Appendix B

        ## Amara – the market trader

        Amara is 52 and sells fruit at the Saturday market. She takes card payments on an old phone.

        Support Amara requires:

        - A card reader that works without mobile signal
        """)
    assert found == {"Amara – the market trader": ["A card reader that works without mobile signal"]}


def test_a_list_of_people_the_page_calls_its_personas_and_a_fields_dashed_list_is_not(tmp_path: Path) -> None:
    """"Pain points:" ⏎ "1. Cost - …" lists pains, not personas named Cost; "1. Ruth is a …" ⏎ "2. Ade is a …" under
    a heading of personas lists people. A persona's scenarios that introduce people ("Martha is …") stay scenarios."""
    found = parse(tmp_path, "research.md", """
        # Research and personas

        Pain points:

        1. Cost - Members say the monthly fee feels steep for two classes a week
        2. Crowding - Members say the evening classes are always full

        Personas:

        1. Ruth is a retired teacher who swims every morning and worries about the slippery changing rooms.
        2. Ade is a night-shift porter who can only train at noon and finds the noon classes always full.
        """)
    assert sorted(found) == ["Ade", "Ruth"]
