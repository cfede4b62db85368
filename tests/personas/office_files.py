"""Tiny DOCX, XLSX, PDF, Hangul, PowerPoint and OpenDocument persona documents, written at test time by their libraries or, where no library is a dependency, by hand."""

from __future__ import annotations

from pathlib import Path


def write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Buyer personas", level=1)
    document.add_paragraph("How to read this document: one persona per heading.")
    document.add_heading("Farmer Femi", level=2)
    p = document.add_paragraph()
    p.add_run("Goals:").bold = True
    p.add_run(" sell the whole harvest before it spoils.")
    p = document.add_paragraph()
    p.add_run("Pain points:").bold = True
    document.add_paragraph("Cold storage is booked out in August", style="List Bullet")
    document.add_paragraph("Buyers pay sixty days late", style="List Bullet")
    document.save(str(path))
    return path


def write_xlsx(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Role", "Frustrations", "Needs"])
    sheet.append(["Landlord Lena", "owns six flats", "Repairs are chased by phone", "One inbox for tenant requests"])
    sheet.append(["Tenant Theo", "rents a studio", "Deposit returns take months", None])
    book.save(str(path))
    return path


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF whose text is ``lines`` (Helvetica, one line each), with a correct xref table."""
    return write_pdf_pages(path, [lines])


def write_pdf_pages(path: Path, pages: list[list[str]]) -> Path:
    """A PDF of one page per list of lines (Helvetica, one line each), with a correct xref table."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        content = "BT /F1 11 Tf 72 760 Td 14 TL " + " ".join(f"({_esc(line)}) Tj T*" for line in lines) + " ET"
        objects.append(f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("latin-1")
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode("latin-1")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("latin-1")
    path.write_bytes(out)
    return path


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_hangul(path: Path, paragraphs: list[str | tuple[str, str] | list[list[str]]]) -> Path:
    """A Hangul document (.hwpx, or HWP 5 for a .hwp path) written by python-hwpx: a string is a body paragraph,
    ``(style, text)`` a paragraph in that style ("개요 2"), a list of rows a table."""
    import warnings

    from hwpx import HwpxDocument

    document = HwpxDocument.new()
    for paragraph in paragraphs:
        if isinstance(paragraph, tuple):
            document.add_paragraph(paragraph[1], style=paragraph[0])
        elif isinstance(paragraph, list):
            table = document.add_table(len(paragraph), len(paragraph[0]))
            for r, row in enumerate(paragraph):
                for c, cell in enumerate(row):
                    table.set_cell_text(r, c, cell)
        else:
            document.add_paragraph(paragraph, style="바탕글")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document.save_to_path(str(path))
    return path


def write_pptx(path: Path) -> Path:
    """A persona deck: a title slide, one slide with boxes side by side (a box titled "Pain points" over its
    bullets, a bold-labelled line), one slide with a bulleted body placeholder, and speaker notes."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = "Depot personas"
    cover.placeholders[1].text = "Who runs the depot, 2026"

    dana = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    dana.shapes.title.text = "Dispatcher Dana"
    about = dana.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(1)).text_frame
    about.text = "Dana plans the night routes for forty drivers."
    pains = dana.shapes.add_textbox(Inches(0.5), Inches(3), Inches(4), Inches(3)).text_frame
    pains.text = "Pain points"
    for line in ("Drivers phone in for every change", "The route map freezes on the old laptop"):
        pains.add_paragraph().text = line
    goals = dana.shapes.add_textbox(Inches(5), Inches(3), Inches(4), Inches(3)).text_frame
    goals.text = "Goals"
    goals.add_paragraph().text = "Fewer calls per shift"
    dana.notes_slide.notes_text_frame.text = "Presenter: the map problem is fixed in the spring release."

    wes = deck.slides.add_slide(deck.slide_layouts[1])  # title and content
    wes.shapes.title.text = "Warehouse Wes"
    body = wes.placeholders[1].text_frame
    body.text = "Frustrations"
    for text, level in (("Stock counts arrive a day late", 1), ("Labels smudge in the cold store", 1)):
        p = body.add_paragraph()
        p.text, p.level = text, level
    blank = deck.slides.add_slide(deck.slide_layouts[6])  # blank: the name is the top text box
    blank.shapes.add_textbox(Inches(0.5), Inches(0.3), Inches(9), Inches(1)).text_frame.text = "Driver Dimitri"
    frustrations = blank.shapes.add_textbox(Inches(0.5), Inches(2), Inches(9), Inches(3)).text_frame
    frustrations.text = "Frustrations"
    frustrations.add_paragraph().text = "The depot gate code changes every week"
    deck.save(str(path))
    return path


_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document-content>"""


_ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">
<office:styles><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/></office:styles>
</office:document-styles>"""


def write_odt(path: Path, blocks: list[tuple[str, object]]) -> Path:
    """An OpenDocument text file as LibreOffice Writer saves one, written by hand (no ODF library is a dependency):
    ``("h1", text)`` headings, ``("label", (bold, rest))`` paragraphs opened by a bold run (an automatic style, as
    Writer makes it), ``("p", text)`` paragraphs and ``("list", [items])`` bulleted lists."""
    import zipfile
    from xml.sax.saxutils import escape

    body = []
    for kind, value in blocks:
        if kind.startswith("h"):
            body.append(f'<text:h text:style-name="Heading_20_{kind[1]}" text:outline-level="{kind[1]}">{escape(str(value))}</text:h>')
        elif kind == "label":
            bold, rest = value  # type: ignore[misc]
            body.append(f'<text:p text:style-name="Text_20_body"><text:span text:style-name="T1">{escape(bold)}</text:span>'
                        f" {escape(rest)}</text:p>")
        elif kind == "list":
            items = "".join(f'<text:list-item><text:p text:style-name="P1">{escape(i)}</text:p></text:list-item>'
                            for i in value)  # type: ignore[attr-defined]
            body.append(f'<text:list text:style-name="L1">{items}</text:list>')
        else:
            body.append(f'<text:p text:style-name="Text_20_body">{escape(str(value))}</text:p>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                'xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # first and stored
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", _ODT_CONTENT.format(body="".join(body)), compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("styles.xml", _ODT_STYLES, compress_type=zipfile.ZIP_DEFLATED)
    return path
