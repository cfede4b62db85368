"""How a heading becomes a persona's name (``names.clean_name``)."""

from __future__ import annotations

import pytest

from callinsight.personas.names import clean_name


@pytest.mark.parametrize("heading, name", [
    ("👩‍💼 Lena Park | Office manager", "Lena Park, Office manager"),
    ("이서연 · 회계 담당", "이서연, 회계 담당"),
    ("P2 · Public libraries", "P2 Public libraries"),  # a code, then the name: no comma
    ("Persona 2: Ops Olivia", "Ops Olivia"),
])
def test_headings_as_names(heading: str, name: str) -> None:
    assert clean_name(heading) == name


def test_a_notion_page_id_is_no_part_of_a_file_name_persona() -> None:
    from callinsight.personas.names import name_from_stem

    assert name_from_stem("Ops Olivia 0f8fad5bd9cb469fa16570867728950e") == "Ops Olivia"
    assert name_from_stem("ops-olivia") == "Ops Olivia"


def test_a_colon_between_a_name_and_a_role_reads_as_a_comma() -> None:
    from callinsight.personas.names import clean_name

    assert clean_name("Jordan Hayes: Outreach Champion") == "Jordan Hayes, Outreach Champion"
    assert clean_name("Persona 2: Ops Olivia") == "Ops Olivia"


def test_a_given_name_the_role_names_a_person() -> None:
    from callinsight.personas.names import names_people

    assert names_people("Wendy the Welder") and names_people("Omar the shift planner")  # alliterative, or a job noun
    assert not names_people("Simplify the sign-up form") and not names_people("Before the Launch")
