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
