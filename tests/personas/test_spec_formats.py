"""Issue 14 item 2 on small synthetic documents: exports and office files as teams produce them
(Notion and Confluence HTML, reST with field lists, CSV with ';', DOCX with typed bullets and tables,
XLSX one persona per sheet, PDF text with field lines)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from callinsight.personas.parse import parse_document

from .office_files import write_pdf


def concerns(path: Path) -> dict[str, list[str]]:
    parsed = parse_document(path)
    return {p.name: [c.text for c in p.concerns] for p in parsed.personas}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def test_notion_export_with_toggle_lists_and_a_headerless_table(tmp_path: Path) -> None:
    path = write(tmp_path, "notion.html", """
        <html><body><article class="page"><header><h1 class="page-title">Customer personas</h1></header>
        <div class="page-body"><nav class="table_of_contents"><div><a href="#a">Dev Dora</a></div></nav>
        <h2 id="a">Dev Dora</h2><p><strong>Role:</strong> backend engineer</p>
        <h3>Pain points</h3><ul class="bulleted-list"><li>Deploys need three approvals</li></ul>
        <ul class="bulleted-list"><li>Logs are spread over four tools</li></ul>
        <ul class="toggle"><li><details open=""><summary>Needs</summary><ul><li>One log search</li></ul></details></li></ul>
        <h2>Manager Mo</h2><table class="simple-table"><tbody><tr><td>Goals</td><td>Ship on time</td></tr>
        <tr><td>Frustrations</td><td>Status meetings eat the morning</td></tr></tbody></table>
        </div></article></body></html>
        """)
    assert concerns(path) == {
        "Dev Dora": ["Deploys need three approvals", "Logs are spread over four tools", "One log search"],
        "Manager Mo": ["Status meetings eat the morning"],
    }


def test_confluence_export_with_th_labels_and_a_videos_section(tmp_path: Path) -> None:
    path = write(tmp_path, "confluence.html", """
        <html><body><div id="main-content" class="wiki-content">
        <div class="toc-macro"><ul><li><a href="#x">Sales Sara</a></li></ul></div>
        <h1 id="Personas-SalesSara">Sales Sara</h1>
        <table class="confluenceTable"><tbody><tr><th class="confluenceTh">Goals</th><td><p>Hit quota</p></td></tr>
        <tr><th class="confluenceTh">Objections</th><td><ul><li>Too expensive for a small team</li><li>Another login</li></ul></td></tr>
        </tbody></table>
        <h1>Admin Al</h1><p><strong>Challenges</strong></p><ul><li>Provisioning users by hand</li></ul>
        <h1>Related videos</h1><p>Recording of the kickoff where Al explains his struggles with provisioning.</p>
        </div></body></html>
        """)
    parsed = parse_document(path)
    assert {p.name: [c.text for c in p.concerns] for p in parsed.personas} == {
        "Sales Sara": ["Too expensive for a small team", "Another login"], "Admin Al": ["Provisioning users by hand"],
    }
    assert ("Related videos", "videos") in [(s.title, s.reason) for s in parsed.skipped]


def test_restructuredtext_field_lists_and_bold_labels(tmp_path: Path) -> None:
    path = write(tmp_path, "guide.rst", """
        Fatima, field engineer
        ======================

        :Role: field engineer
        :Pain points: Spare parts arrive late.

        Needs
        -----

        * Offline maps

        Greg
        ====

        **Frustrations**

        - The VPN drops in the basement

        Writing guidance
        ================

        Always write in plain English; teams struggle with acronyms.
        """)
    assert concerns(path) == {"Fatima, field engineer": ["Spare parts arrive late.", "Offline maps"],
                              "Greg": ["The VPN drops in the basement"]}


def test_csv_with_semicolons_and_multi_line_cells(tmp_path: Path) -> None:
    path = write(tmp_path, "rows.csv", 'persona;goals;pain points;objections\nTeacher Tess;plan lessons;"Marking takes evenings\n'
                                       'Printers jam";Costs too much\nHead Hal;;Budgets are cut;\n')
    assert concerns(path) == {"Teacher Tess": ["Marking takes evenings", "Printers jam", "Costs too much"],
                              "Head Hal": ["Budgets are cut"]}


def test_docx_typed_bullets_field_tables_and_plain_label_lines(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Personas", 0)
    d.add_heading("Contents", 1)
    d.add_paragraph("Dev Dee ........ 2")
    d.add_heading("Dev Dee", 1)
    p = d.add_paragraph()
    p.add_run("Frustrations").bold = True
    d.add_paragraph("• Tickets bounce between teams")
    p = d.add_paragraph()
    p.add_run("Needs: ").bold = True
    p.add_run("a single dashboard")
    d.add_heading("Boss Bo", 1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Goals", "Grow margin"
    t.cell(1, 0).text, t.cell(1, 1).text = "Worries", "Churn among small accounts"
    d.add_heading("Buyer Bix", 1)
    d.add_paragraph("Pain points:")
    d.add_paragraph("Contracts renew silently", style="List Bullet")
    d.save(str(tmp_path / "word.docx"))
    parsed = parse_document(tmp_path / "word.docx")
    assert {p.name: [c.text for c in p.concerns] for p in parsed.personas} == {
        "Dev Dee": ["Tickets bounce between teams", "a single dashboard"], "Boss Bo": ["Churn among small accounts"],
        "Buyer Bix": ["Contracts renew silently"],
    }
    assert {s.title: s.reason for s in parsed.skipped} == {"Personas": "a heading with nothing under it",
                                                           "Contents": "table of contents"}


def test_xlsx_one_persona_per_sheet(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Nurse Nia"
    sheet.append(["Field", "Value"])
    sheet.append(["Frustrations", "Charting twice"])
    other = book.create_sheet("Doctor Dee")
    other.append(["Field", "Value"])
    other.append(["Concerns", "Rounds run late"])
    book.create_sheet("Notes").append(["Updated", "2024"])
    book.save(str(tmp_path / "sheets.xlsx"))
    assert concerns(tmp_path / "sheets.xlsx") == {"Nurse Nia": ["Charting twice"], "Doctor Dee": ["Rounds run late"]}


def test_pdf_field_lines_are_fields_not_headings(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "doc.pdf", [
        "Our personas", "Retail Rita", "Rita runs two shops.", "Pain points:", "- Stock counts are late",
        "Goals: open a third shop", "Name: Wholesale Walt", "Challenges", "- Prices change weekly", "Needs: one price list",
        "FAQ", "Why personas? They help.",
    ])
    parsed = parse_document(pdf)
    assert {p.name: [c.text for c in p.concerns] for p in parsed.personas} == {
        "Retail Rita": ["Stock counts are late"], "Wholesale Walt": ["Prices change weekly", "one price list"],
    }
    assert [s.reason for s in parsed.skipped] == ["FAQ"]


def test_markdown_with_hugo_toml_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "toml.md", """
        +++
        title = "Persona"
        name = "Courier Cai"
        +++
        ## Pain points
        - Entry codes are missing from the order
        """)
    assert concerns(path) == {"Courier Cai": ["Entry codes are missing from the order"]}


def test_yaml_file_of_several_documents_one_persona_each(tmp_path: Path) -> None:
    path = write(tmp_path, "multi.yaml", "name: Dev\npain_points: [Slow CI]\n---\nname: Ops\nconcerns: Noisy alerts\n")
    assert concerns(path) == {"Dev": ["Slow CI"], "Ops": ["Noisy alerts"]}


def test_html_sections_with_definition_lists_and_nested_labelled_items(tmp_path: Path) -> None:
    path = write(tmp_path, "sections.html", """
        <section><h3>Kofi</h3><dl><dt>Pain points</dt><dd>Parcels go missing</dd><dt>Goals</dt><dd>Same-day</dd></dl></section>
        <section><h3>Lena</h3><ul><li><strong>Challenges:</strong><ul><li>Returns pile up</li><li>Labels print wrong</li></ul>
        </li></ul></section>
        """)
    assert concerns(path) == {"Kofi": ["Parcels go missing"], "Lena": ["Returns pile up", "Labels print wrong"]}


def test_rst_definition_lists_as_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "deflist.rst", """
        Hana
        ====

        Pain points
            - Timesheets are on paper

        Goals
            Fewer spreadsheets

        Ivo
        ===

        Frustrations
            The scheduler double-books rooms.
        """)
    assert concerns(path) == {"Hana": ["Timesheets are on paper"], "Ivo": ["The scheduler double-books rooms."]}
