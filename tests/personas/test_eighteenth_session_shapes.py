"""Shapes met while working on the tuning replicas in the eighteenth session, each on a small synthetic document written
for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError

from .conftest import parse_text


def test_a_filled_in_profile_card_is_a_persona_even_without_a_problem_field(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "card.md", """\
        Name: Oskar Lindqvist
        Age: 41
        Occupation: Ferry engineer
        Other details:
        - Works rotating shifts, so he can never call the clinic during its opening hours
        - Wants to book his daughter's check-ups from the boat
        """)
    assert list(found) == ["Oskar Lindqvist"]  # the card's name, not the file's
    assert any("never call the clinic" in c for c in found["Oskar Lindqvist"])


def test_en_dash_lines_of_pasted_text_are_list_items(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "card.txt", """\
        Name: Oskar Lindqvist
        Age: 41
        Occupation: Ferry engineer
        Notes:
        – Works rotating shifts, so he can never call the clinic during its opening hours
        – Struggles to find a dentist who answers messages
        """)
    assert [c[:5] for c in found["Oskar Lindqvist"]] == ["Works", "Strug"]


@pytest.mark.parametrize("text", [
    "Name: [Persona name]\nAge: [age]\nOccupation: [job]\n",  # a template
    "Name: Oskar Lindqvist\nAge: 41\nNotes: a ferry engineer who likes the sea.\n",  # one fact: a contact line, not a card
])
def test_a_template_or_a_bare_contact_line_is_no_profile_card(tmp_path: Path, text: str) -> None:
    with pytest.raises(InputError):
        parse_text(tmp_path, "card.md", text)
