"""PDF persona documents over several pages: running headers and footers, and one persona a page. Synthetic PDFs."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .office_files import write_pdf_pages


def found(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_running_headers_and_footers_do_not_cut_a_persona(tmp_path: Path) -> None:
    """"Northwind - Internal" and "Page 2" at every page's edge were headings that took the rest of a list away."""
    path = write_pdf_pages(tmp_path / "personas.pdf", [
        ["Northwind customer personas", "Lena Park, Office manager", "Pain points:", "- The printer queue jams",
         "Northwind - Internal", "Page 1"],
        ["Northwind customer personas", "- Toner is ordered twice", "Omar Haddad, Courier", "Pain points:",
         "- The app logs him out", "Northwind - Internal", "Page 2"],
        ["Northwind customer personas", "- Parcels are scanned twice", "Northwind - Internal", "Page 3"],
    ])
    assert found(path) == {"Lena Park, Office manager": ["The printer queue jams", "Toner is ordered twice"],
                           "Omar Haddad, Courier": ["The app logs him out", "Parcels are scanned twice"]}


def test_one_persona_a_page(tmp_path: Path) -> None:
    """Persona cards exported to PDF: the first persona's name is no document title."""
    path = write_pdf_pages(tmp_path / "cards.pdf", [
        ["Lena Park", "Age: 41", "Pain points:", "- The printer queue jams", "1"],
        ["Omar Haddad", "Age: 29", "Pain points:", "- The app logs him out", "2"],
    ])
    assert found(path) == {"Lena Park": ["The printer queue jams"], "Omar Haddad": ["The app logs him out"]}


def test_a_persona_over_two_pages_stays_one(tmp_path: Path) -> None:
    path = write_pdf_pages(tmp_path / "lena.pdf", [
        ["Lena Park", "Lena runs the office of a twelve-person architecture firm and orders every supply herself.",
         "Pain points:", "- The printer queue jams"],
        ["Her week", "She spends Friday afternoons reconciling supplier invoices by hand."],
    ])
    assert list(found(path)) == ["Lena Park"]
