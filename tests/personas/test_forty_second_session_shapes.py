"""Shapes met while working on misses of replica batches R1-R61 (development data once scored) in the forty-second
session, each on a small synthetic sentence or document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc


def test_a_data_file_cut_short_keeps_the_personas_it_holds(tmp_path: Path) -> None:
    # an excerpt of a persona data module: the colour list first, the personas' array never closed
    cut = write_doc(tmp_path, "personas.js", "export const PERSONA_TINTS = ['#112233', '#445566']\n\n"
                    "export const PERSONAS = [\n  {\n    name: 'Wren Ashby',\n    role: 'Allotment secretary',\n"
                    "    frustrations: [\n      'Plot waiting lists live in three notebooks', // the paper era\n"
                    "      'Members never read the water rota emails',\n    ],\n  },\n  {\n    name: 'Tobias Crane',\n"
                    "    frustrations: ['Cannot tell which plots are still unpaid'],\n  },\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(cut).personas}
    assert personas == {"Wren Ashby": ["Plot waiting lists live in three notebooks", "Members never read the water rota emails"],
                        "Tobias Crane": ["Cannot tell which plots are still unpaid"]}
