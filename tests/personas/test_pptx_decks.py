"""PowerPoint persona decks as marketing teams build them: footers and slide numbers on every slide, a generic slide
title over a name box, and a box holding only a field name over the box with its items. Decks written here."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document


def _deck(path: Path, slides: list[tuple[str, list[list[str]]]], footer: bool = True) -> Path:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for n, (title, boxes) in enumerate(slides, 1):
        slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
        slide.shapes.title.text = title
        for i, lines in enumerate(boxes):
            box = slide.shapes.add_textbox(Inches(0.5), Inches(1.5 + 1.2 * i), Inches(6), Inches(1)).text_frame
            box.text = lines[0]
            for line in lines[1:]:
                box.add_paragraph().text = line
        if footer:
            slide.shapes.add_textbox(Inches(0.5), Inches(7), Inches(4), Inches(0.4)).text_frame.text = "Northwind | Internal"
            slide.shapes.add_textbox(Inches(9), Inches(7), Inches(0.5), Inches(0.4)).text_frame.text = str(n)
    deck.save(str(path))
    return path


def found(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_footers_and_slide_numbers_are_no_concerns(tmp_path: Path) -> None:
    path = _deck(tmp_path / "deck.pptx", [
        ("Lena Park, Office manager", [["Pain points", "The printer queue jams", "Toner is ordered twice"]]),
        ("Omar Haddad, Courier", [["Frustrations", "The app logs him out"]]),
    ])
    assert found(path) == {"Lena Park, Office manager": ["The printer queue jams", "Toner is ordered twice"],
                           "Omar Haddad, Courier": ["The app logs him out"]}


def test_a_generic_slide_title_over_a_name_box_and_a_field_box_over_its_items(tmp_path: Path) -> None:
    path = _deck(tmp_path / "personas.pptx", [
        ("Customer persona", [["Lena Park"], ["Pain points"], ["The printer queue jams", "Toner is ordered twice"]]),
        ("Customer persona", [["Omar Haddad"], ["Pain points"], ["The app logs him out", "Parcels are scanned twice"]]),
    ], footer=False)
    assert found(path) == {"Lena Park": ["The printer queue jams", "Toner is ordered twice"],
                           "Omar Haddad": ["The app logs him out", "Parcels are scanned twice"]}


def test_a_box_repeated_on_every_slide_that_names_a_field_is_kept(tmp_path: Path) -> None:
    """"Pain points" on every slide is the deck's template, not its furniture."""
    path = _deck(tmp_path / "template.pptx", [
        ("Lena Park", [["Pain points"], ["The printer queue jams", "Toner is ordered twice"]]),
        ("Omar Haddad", [["Pain points"], ["The app logs him out", "Parcels are scanned twice"]]),
    ])
    assert found(path)["Omar Haddad"] == ["The app logs him out", "Parcels are scanned twice"]
