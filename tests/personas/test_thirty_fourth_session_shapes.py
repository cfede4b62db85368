"""Shapes met while working on misses of replica batches R1-R44 (development data once scored) in the thirty-fourth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc


def _concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_a_need_table_with_a_description_column_keeps_each_description(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "depots.md", """\
        # Personas

        ## Dana Whitfield - Site Manager

        **Role Context:** Looks after three depots.

        ### Key Pain Points

        - Spends hours chasing paper forms across depots.

        ### What Would Help

        | Need | Description |
        |------|-------------|
        | Depot overview | Status of every depot on one page |
        | Form search | Find any signed form for a given job |
        """))
    concerns = found["Dana Whitfield - Site Manager"]
    assert "Depot overview: Status of every depot on one page" in concerns
    assert "Form search: Find any signed form for a given job" in concerns
    assert "Depot overview" not in concerns  # the row's name alone loses what it asks for
