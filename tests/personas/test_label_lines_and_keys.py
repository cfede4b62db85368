"""Personas opened by a `Persona:` / `Name:` line or list item, and YAML/JSON written with camelCase keys.
Synthetic documents only."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import parse_text as parse


def test_persona_label_lines_open_one_persona_each(tmp_path: Path) -> None:
    found = parse(tmp_path, "notes.txt", """
        Persona: Lena Park
        Role: Office manager
        Pain points: The printer queue jams every Monday.
        Goals: Order supplies once a month.

        Persona: Omar Haddad
        Role: Courier
        Frustrations: The app logs him out between drops.
        """)
    assert found == {"Lena Park": ["The printer queue jams every Monday."],
                     "Omar Haddad": ["The app logs him out between drops."]}


def test_korean_marked_items_open_one_persona_each(tmp_path: Path) -> None:
    """Korean business documents mark a part with ■ and its lines with "-"."""
    found = parse(tmp_path, "고객.txt", """
        고객 페르소나

        ■ 페르소나 A: 이서연 (회계 담당)
        - 고충: 월말 정산 자료를 세 시스템에서 따로 내려받는다
        - 목표: 정산을 이틀 안에 끝내기

        ■ 페르소나 B: 최도윤 (매장 점장)
        - 니즈: 재고 부족 알림을 휴대폰으로 받고 싶다
        """)
    assert found == {"이서연 (회계 담당)": ["월말 정산 자료를 세 시스템에서 따로 내려받는다"],
                     "최도윤 (매장 점장)": ["재고 부족 알림을 휴대폰으로 받고 싶다"]}


def test_one_name_line_names_the_page_persona(tmp_path: Path) -> None:
    """A single "Name:" line is the page's one persona's name, as before: nothing is split."""
    found = parse(tmp_path, "lena.md", """
        # Office manager

        Name: Lena Park

        ## Pain points

        - The printer queue jams every Monday
        """)
    assert found == {"Lena Park (Office manager)": ["The printer queue jams every Monday"]}


def test_camel_case_keys_name_fields(tmp_path: Path) -> None:
    found = parse(tmp_path, "personas.json", """
        {"personas": [
          {"personaName": "Lena Park", "jobTitle": "Office manager", "painPoints": ["The printer queue jams every Monday"],
           "jobsToBeDone": ["Order supplies once a month"]},
          {"PersonaName": "Omar Haddad", "KeyFrustrations": ["The app logs him out"]}
        ]}
        """)
    assert found == {"Lena Park": ["The printer queue jams every Monday"], "Omar Haddad": ["The app logs him out"]}


def test_a_camel_case_message_catalogue_is_still_no_persona(tmp_path: Path) -> None:
    from callinsight.errors import InputError

    with pytest.raises(InputError, match="message catalogue"):
        parse(tmp_path, "en.json", """
            {"okButton": {"message": "OK"}, "cancelButton": {"message": "Cancel"}, "saveDraft": {"message": "Save"}}
            """)


def test_a_title_row_above_a_persona_table(tmp_path: Path) -> None:
    """A sheet that opens with a title in one cell and a blank row before its header row."""
    import openpyxl

    from callinsight.personas.parse import parse_document

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Northwind customer personas"])
    sheet.append([])
    sheet.append(["Name", "Role", "Pain points"])
    sheet.append(["Lena Park", "Office manager", "The printer queue jams"])
    sheet.append(["Omar Haddad", "Courier", "The app logs him out"])
    sheet.merge_cells("A1:C1")
    book.save(str(tmp_path / "personas.xlsx"))
    parsed = parse_document(tmp_path / "personas.xlsx")
    assert {p.name: [c.text for c in p.concerns] for p in parsed.personas} == {
        "Lena Park": ["The printer queue jams"], "Omar Haddad": ["The app logs him out"]}


def test_a_title_line_above_a_csv_table(tmp_path: Path) -> None:
    found = parse(tmp_path, "personas.csv", """
        Northwind customer personas
        Name,Role,Pain points
        Lena Park,Office manager,The printer queue jams
        """)
    assert found == {"Lena Park": ["The printer queue jams"]}


@pytest.mark.parametrize("label, names_one", [
    ("Persona", True), ("Persona 2", True), ("Persona B", True), ("페르소나A", True), ("Name", True),
    ("Names", False), ("Personas", False),  # a plural is no persona's name line
])
def test_which_labels_open_a_persona(label: str, names_one: bool) -> None:
    from callinsight.personas.names import NAME_LABEL

    assert bool(NAME_LABEL.match(label)) is names_one


@pytest.mark.parametrize("heading, numbered", [
    ("Persona B", True), ("페르소나 A", True), ("User #3", True), ("Personas", False), ("Users", False),
])
def test_which_headings_only_number_a_persona(heading: str, numbered: bool) -> None:
    from callinsight.personas.personadoc import _NUMBERED_NAME

    assert bool(_NUMBERED_NAME.match(heading)) is numbered
