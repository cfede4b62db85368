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


def test_a_template_asking_its_questions_as_list_items_gives_one_persona_per_card(tmp_path: Path) -> None:
    asked = ("- Who is the user? Where do they live?\n  - {intro}\n- How do they use technology?\n  - {tech}\n"
             "- What is their motivation for using the app?\n  - {wish}\n- What are potential pain points for this user?\n"
             "  - {pain}\n")
    doc = write_doc(tmp_path, "personas.md", "## Personas\n\n- Owner\n" + asked.format(
        intro="Odile Marchand is a potter who sells mugs at weekend fairs. She lives near Lyon.",
        tech="She texts customers from an old phone.", wish="Odile wants to take orders between fairs.",
        pain="Odile loses track of which glazes a buyer asked for") + "- Buyer\n" + asked.format(
        intro="Kasper Lund is a teacher who collects handmade cups. He lives in Aarhus.",
        tech="He shops on his tablet in the evening.", wish="Kasper wants to reserve pieces before a fair.",
        pain="Shipping fees often cost more than the cup itself"))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Odile Marchand", "Kasper Lund"}
    assert personas["Odile Marchand"] == ["Odile loses track of which glazes a buyer asked for"]
    assert personas["Kasper Lund"] == ["Shipping fees often cost more than the cup itself"]
