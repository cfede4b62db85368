"""Field labels met while working on the replica batches already scored (development data) in the twenty-fourth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.personas.model import canonical_section, field_of
from callinsight.personas.parse import parse_document

from .conftest import write_doc

_CONSTRAINTS_AND_QUALIFIED_LABELS = """\
    # Personas for the tram ticket machine

    ## Tomasz, night-shift porter

    ### Goals

    - Buy a weekly pass on the way home

    ### Constraints

    - Wears thick work gloves on the platform
    - Has under a minute before the tram doors close

    ## 민지, 대학생

    ### 목표

    - 통학 정기권을 한 번에 충전한다

    ### 현재 불만 (키오스크)

    - 카드를 대도 충전 금액이 화면에 바로 뜨지 않음
    - 영수증이 없어서 환급 신청을 못 함
    """


def test_constraints_and_a_field_with_a_short_qualifier_in_brackets_hold_concerns(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "tram.md", _CONSTRAINTS_AND_QUALIFIED_LABELS))
    assert [p.name for p in parsed.personas] == ["Tomasz, night-shift porter", "민지, 대학생"]
    tomasz, minji = parsed.personas
    assert {c.text for c in tomasz.concerns} == {"Wears thick work gloves on the platform",
                                                 "Has under a minute before the tram doors close"}
    assert {c.text for c in minji.concerns} == {"카드를 대도 충전 금액이 화면에 바로 뜨지 않음", "영수증이 없어서 환급 신청을 못 함"}


@pytest.mark.parametrize(("label", "field"), [
    ("Pain points (top 3)", "pain_points"),
    ("Needs (v2)", "needs"),
    ("Constraints", "pain_points"),
    ("제약 사항", "pain_points"),
])
def test_a_label_names_its_field(label: str, field: str) -> None:
    assert canonical_section(label) == field


@pytest.mark.parametrize(("label", "field"), [
    ("Abandons it if", "objections"),
    ("Owen cares most about", "needs"),
    ("Tech comfort & constraints", "pain_points"),
    ("현재 불만 (앱)", "pain_points"),
])
def test_a_looser_label_names_its_field(label: str, field: str) -> None:
    assert field_of(label) == field


_DESIGN_NOTE = """\
    # Cache layer design

    ## Requirements

    - Keep reads under five milliseconds

    ## Constraints

    - Runs on the existing two nodes
    - No new database licence
    """


def test_a_design_notes_requirements_and_constraints_do_not_make_it_a_persona(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no persona"):
        parse_document(write_doc(tmp_path, "cache.md", _DESIGN_NOTE))


_QUOTES_WITH_A_COMPLAINT = """\
    # Personas for the parcel locker app

    ## Ingeborg, shift nurse

    ### Goals

    - Collect parcels after a night shift

    ### Quotes

    > "I love that the lockers are open all night. It is frustrating that the code expires before my shift ends."
    """


def test_a_problem_stated_in_a_personas_quotes_is_a_concern_without_a_stray_quotation_mark(tmp_path: Path) -> None:
    (ingeborg,) = parse_document(write_doc(tmp_path, "lockers.md", _QUOTES_WITH_A_COMPLAINT)).personas
    assert [c.text for c in ingeborg.concerns] == ["It is frustrating that the code expires before my shift ends."]


_TAB_INDENTED_OUTLINE = (
    "Personas\n\nDinghy Sailors\n\t- wants tide times they can trust before launching\n"
    "\t\t- by seeing the harbour master's notices\n\t- worries the slipway is closed without warning\n\n"
    "Kayak Clubs\n\t- wants to book the boat shed for group trips\n\t- struggles to find who holds the shed key\n"
)


def test_a_plain_text_outline_indented_by_tabs_is_read_as_lists_not_code(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "visitors.txt", _TAB_INDENTED_OUTLINE))
    assert [p.name for p in parsed.personas] == ["Dinghy Sailors", "Kayak Clubs"]
    sailors, clubs = parsed.personas
    assert "worries the slipway is closed without warning" in [c.text for c in sailors.concerns]
    assert "struggles to find who holds the shed key" in [c.text for c in clubs.concerns]


_MARKDOWN_LIST_NESTED_BY_TABS = (
    "# Learner profiles\n\n## Profile 1: Harbour Engineers\n\n- Background:\n\t- Maintain the pontoons\n"
    "- Challenges:\n\t- Spare parts arrive weeks late\n\t- Tide tables differ between the two offices\n"
)


def test_tabs_under_items_at_the_margin_still_nest_them(tmp_path: Path) -> None:
    (engineers,) = parse_document(write_doc(tmp_path, "profiles.md", _MARKDOWN_LIST_NESTED_BY_TABS)).personas
    assert [c.text for c in engineers.concerns] == ["Spare parts arrive weeks late", "Tide tables differ between the two offices"]


_ONE_PERSONA_PAGE_WITH_ITS_RELATIONSHIPS = """\
    # Night Dispatcher

    ## Goals

    - Get every ambulance to the right door on the first try

    ## Pain Points

    - Street names repeat across three neighbouring towns
    - The radio drops out in the river valley

    ## Relationship to Other Personas

    | Persona | Relationship |
    |---------|--------------|
    | **Paramedic** | Receives the routes the dispatcher sends |
    | **Shift Supervisor** | Signs off the overtime the dispatcher logs |
    """


def test_a_persona_pages_table_of_its_relationships_to_other_personas_does_not_hide_the_page(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "dispatcher.md", _ONE_PERSONA_PAGE_WITH_ITS_RELATIONSHIPS))
    concerns = [c.text for p in parsed.personas for c in p.concerns]
    assert "Street names repeat across three neighbouring towns" in concerns
    assert "The radio drops out in the river valley" in concerns


_KOREAN_REQUIREMENT_WITH_CONSTRAINTS = """\
    # 예약 앱 요구사항

    ## FR-1. 알림 설정

    앱은 예약 하루 전에 알림을 보내야 한다.

    ### 필수 항목

    * 예약 시간
    * 매장 이름

    ### 제약

    * 알림은 하루 한 번까지만 보낸다
    * 야간에는 보내지 않는다
    """


def test_a_korean_requirements_constraints_do_not_make_it_a_persona(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no persona"):
        parse_document(write_doc(tmp_path, "요구사항.md", _KOREAN_REQUIREMENT_WITH_CONSTRAINTS))
