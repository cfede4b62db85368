"""Shapes met in replica batch R10 (seventeenth session), each on a small synthetic document written for these tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from callinsight.personas.parse import parse_document


def _found(tmp_path: Path, name: str, text: str) -> dict[str, list[str]]:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_a_persona_table_under_a_reference_heading_lists_the_personas(tmp_path: Path) -> None:
    found = _found(tmp_path, "guide.md", """\
        # Gardening club buyer guide

        ## Quick reference
        | Persona | Share of members | Worry |
        |---|---|---|
        | Allotment veteran | 40% | Seeds sold out by March |
        | Balcony grower | 25% | Pots too heavy for the railing |

        ## Reading a call
        Listen for the plot size first.
        """)
    assert set(found) == {"Allotment veteran", "Balcony grower"}


def test_an_overview_table_of_the_personas_detailed_below_adds_none(tmp_path: Path) -> None:
    found = _found(tmp_path, "personas.md", """\
        # Personas

        ## Overview
        | Persona | Priority | Tech level |
        |---|---|---|
        | Otto - Night Baker | Primary | Low |
        | Lina - Shop Owner | Secondary | High |

        ## Otto - Night Baker
        **Pain points**
        - The oven timer resets when the power flickers

        ## Lina - Shop Owner
        **Pain points**
        - Orders for the weekend arrive by text message
        """)
    assert found == {"Otto - Night Baker": ["The oven timer resets when the power flickers"],
                     "Lina - Shop Owner": ["Orders for the weekend arrive by text message"]}
