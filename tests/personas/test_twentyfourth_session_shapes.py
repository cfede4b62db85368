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
