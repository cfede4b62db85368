"""Word persona cards drawn as text boxes: their text is read in document order, once (Word writes every box twice,
the second copy a fallback for old readers). The boxes are written here as Word writes them."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_V = "urn:schemas-microsoft-com:vml"


def _text_box_run(lines: list[str]) -> object:
    from lxml import etree

    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return etree.fromstring(
        f'<w:r xmlns:w="{_W}" xmlns:mc="{_MC}" xmlns:wps="{_WPS}" xmlns:v="{_V}"><mc:AlternateContent>'
        f"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent>"
        f"</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def test_persona_cards_in_text_boxes(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Our customers", 1)
    for name, pains in [("Lena Park", ["The printer queue jams", "Toner is ordered twice"]),
                        ("Omar Haddad", ["The app logs him out"])]:
        document.add_heading(name, 2)
        document.add_paragraph()._p.append(_text_box_run(["Pain points", *pains]))
    document.save(str(tmp_path / "cards.docx"))
    assert {p.name: [c.text for c in p.concerns] for p in parse_document(tmp_path / "cards.docx").personas} == {
        "Lena Park": ["The printer queue jams", "Toner is ordered twice"], "Omar Haddad": ["The app logs him out"]}
