"""Shapes the importer missed on tuning documents (batches 1-13) in the eighth session, each written as a small
synthetic document: no text from any evaluation document."""

from __future__ import annotations

from pathlib import Path

from .conftest import parse_text as parse


def test_what_a_persona_relies_on_and_its_red_flags_are_concerns(tmp_path: Path) -> None:
    found = parse(tmp_path, "reviewers.md", """
        # Who reviews a change

        ## The ferry operator adding a second route

        - **Who**: Someone already running one ferry route with the scheduler.
        - **Depends on** (keep working):
          - Timetables stay the same after an upgrade.
        - **Red flags in a change**:
          - Berth plans change without notice.

        ## The port authority planning berths

        - **Who**: A planner at a port authority.
        - **Relies on**:
          - Tide tables imported every morning.
        - **Warning signs**:
          - A silent switch of the default harbour.
        """)
    assert {name: set(concerns) for name, concerns in found.items()} == {
        "The ferry operator adding a second route": {
            "Timetables stay the same after an upgrade.", "Berth plans change without notice."},
        "The port authority planning berths": {
            "Tide tables imported every morning.", "A silent switch of the default harbour."},
    }
