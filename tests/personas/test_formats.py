"""Every supported format goes through its library into the one tree, and the one extractor finds the personas."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document

from .conftest import FIXTURES
from .office_files import write_docx, write_pdf, write_pptx, write_xlsx

FORMATS = FIXTURES / "formats"


def concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_restructuredtext_with_sphinx_roles_and_quotes() -> None:
    parsed = parse_document(FORMATS / "field_guide.rst")
    (dana,) = parsed.personas
    assert dana.name == "Dana - fleet dispatcher"
    texts = [c.text for c in dana.concerns]
    assert "Drivers cannot see order changes until they call in." in texts
    assert any(t.startswith("The map freezes") for t in texts)
    assert "Juggling last-minute order changes is exhausting for Dana." in texts  # a problem stated in the intro
    assert dana.sections["quotes"] == ['"I lose sight of half the fleet at peak time."']  # the quote is evidence, not a concern
    further = " ".join(dana.sections["information_sources"])
    assert ":ref:" not in further and ":abbr:" not in further and "ETA (estimated time of arrival)" in further


def test_html_export_skips_the_table_of_contents_and_videos() -> None:
    parsed = parse_document(FORMATS / "wiki_export.html")
    assert [p.name for p in parsed.personas] == ["Kim the clinic manager", "Raj the locum"]
    kim, raj = parsed.personas
    assert [c.text for c in kim.concerns] == [
        "No-shows leave gaps that nobody can fill at short notice.", "Reminder texts go out from three different tools.",
    ]
    assert {c.kind for c in raj.concerns} == {"need", "objection"}
    assert {s.reason for s in parsed.skipped} == {"table of contents", "videos"}


def test_persona_table_one_row_each_in_csv() -> None:
    assert concerns(FORMATS / "personas.csv") == {
        "Harbour Hana": ["Customs paperwork is re-typed by hand", "Port fees change weekly", "Setup takes too long"],
        "Warehouse Wes": ["Stock counts are always a day late"],
    }


def test_persona_table_one_column_each_in_markdown_with_br_cells() -> None:
    found = concerns(FORMATS / "column_table.md")
    assert found == {
        "Regional bakery": ["Flour prices swing every month", "Staff rotas live on paper"],
        "Coffee chain": ["Menu changes take weeks to reach every till"],
    }


def test_json_items_with_wrapped_values() -> None:
    parsed = parse_document(FORMATS / "personas.json")
    nia, will = parsed.personas
    assert [c.text for c in nia.concerns] == ["Charting twice on paper and screen", "Pagers that drop messages"]
    assert [(c.kind, c.text) for c in will.concerns] == [("objection", "The new system will slow admissions")]


def test_one_persona_per_bold_name_bullet_with_inline_html() -> None:
    parsed = parse_document(FORMATS / "roles.md")
    assert [p.name for p in parsed.personas] == ["Maya", "Otto"]
    maya, otto = parsed.personas
    assert [c.text for c in maya.concerns] == ["She worries that a missed cut-off date costs a whole week of sales."]
    assert otto.concerns and "scanned images" in otto.concerns[0].text
    assert {s.title for s in parsed.skipped} == {"Overview", "Permissions"}  # never imported as personas


def test_narrative_personas_under_setext_headings_with_shortcodes() -> None:
    parsed = parse_document(FORMATS / "stories.md")
    assert [p.name for p in parsed.personas] == ["Greta", "Tomas"]
    greta, tomas = parsed.personas
    assert any("search page confusing" in c.text for c in greta.concerns)
    assert [c.kind for c in tomas.concerns] == ["need", "need"]
    assert not any("persona name=" in t for t in greta.profile_texts())  # the shortcode is page machinery
    reasons = {s.title: s.reason for s in parsed.skipped}
    assert reasons["Writing for all patrons"] == "writing guidance"
    assert "Why patrons matter" in reasons


def test_korean_labels() -> None:
    (minji,) = parse_document(FORMATS / "korean.md").personas
    assert minji.name == "온라인 쇼핑몰 운영자 민지" and minji.persona_id == "onrain-syopingmol-unyeongja-minji"
    assert [(c.kind, c.text) for c in minji.concerns] == [
        ("pain_point", "택배사마다 송장 양식이 달라서 매번 다시 입력해야 한다"),
        ("pain_point", "주말에 들어온 문의에 답하기 어렵다"),
        ("need", "모든 택배사를 한 화면에서 관리하는 기능"),
    ]
    assert minji.sections["goals"] == ["주문 처리 시간을 하루 한 시간 이내로 줄이기"]


def test_numbered_bold_labels_and_an_analysis_section() -> None:
    parsed = parse_document(FORMATS / "numbered.md")
    assert [p.name for p in parsed.personas] == ["Priya Programmer"]  # "**Priya** is …" under Analysis is not a persona
    assert [c.text for c in parsed.personas[0].concerns] == [
        "Her laptop is locked down, so she cannot install new tools.", "Has only Friday afternoons for learning.",
    ]
    assert [(s.title, s.reason) for s in parsed.skipped] == [("Analysis", "analysis")]


def test_nothing_persona_like_names_the_closest_thing() -> None:
    with pytest.raises(InputError) as info:
        parse_document(FORMATS / "placeholder.md")
    assert "no persona found; closest: section 'Retro'" in info.value.reason


def test_docx_headings_bold_labels_and_list_bullets(tmp_path: Path) -> None:
    parsed = parse_document(write_docx(tmp_path / "personas.docx"))
    (femi,) = parsed.personas
    assert femi.name == "Farmer Femi"
    assert [c.text for c in femi.concerns] == ["Cold storage is booked out in August", "Buyers pay sixty days late"]
    assert femi.sections["goals"] == ["sell the whole harvest before it spoils."]


def test_xlsx_persona_table(tmp_path: Path) -> None:
    assert concerns(write_xlsx(tmp_path / "personas.xlsx")) == {
        "Landlord Lena": ["Repairs are chased by phone", "One inbox for tenant requests"],
        "Tenant Theo": ["Deposit returns take months"],
    }


def test_pptx_persona_deck(tmp_path: Path) -> None:
    """One slide per persona: boxes titled "Pain points" and "Goals" side by side, a bulleted body, or a blank slide
    whose top text box holds the name; the cover slide is the deck's title and the speaker notes are not read."""
    parsed = parse_document(write_pptx(tmp_path / "personas.pptx"))
    found = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert found == {
        "Dispatcher Dana": ["Drivers phone in for every change", "The route map freezes on the old laptop"],
        "Warehouse Wes": ["Stock counts arrive a day late", "Labels smudge in the cold store"],
        "Driver Dimitri": ["The depot gate code changes every week"],
    }
    dana = next(p for p in parsed.personas if p.name == "Dispatcher Dana")
    assert dana.sections["goals"] == ["Fewer calls per shift"]
    assert "spring release" not in str(dana.profile())


def test_pptx_without_extension_is_known_by_its_content(tmp_path: Path) -> None:
    deck = write_pptx(tmp_path / "personas.pptx")
    bare = deck.rename(tmp_path / "Depot personas")
    assert {p.name for p in parse_document(bare).personas} == {"Dispatcher Dana", "Warehouse Wes", "Driver Dimitri"}


def test_pdf_text_without_blank_lines(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "courier.pdf", [
        "Persona: Courier Cai", "Goals:", "Deliver every parcel before noon.", "Pain points:",
        "- Building entry codes are never in the order", "- The app logs out in lifts with no signal",
    ])
    (cai,) = parse_document(pdf).personas
    assert cai.name == "Courier Cai"
    assert [c.text for c in cai.concerns] == ["Building entry codes are never in the order", "The app logs out in lifts with no signal"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".xlsx", ".pptx", ".hwpx", ".hwp"])
def test_a_broken_binary_file_is_a_clear_error(tmp_path: Path, suffix: str) -> None:
    bad = tmp_path / f"broken{suffix}"
    bad.write_bytes(b"this is not really a document")
    with pytest.raises(InputError) as info:
        parse_document(bad)
    assert info.value.path.endswith(bad.name) and "not a readable" in info.value.reason


def test_handbook_page_with_bold_labels_in_bullets_and_non_persona_sections() -> None:
    parsed = parse_document(FORMATS / "buyer_handbook.md")
    assert [p.name for p in parsed.personas] == ["Alex - Application Development Manager", "Morgan - Security Lead"]
    alex, morgan = parsed.personas
    assert [c.text for c in alex.concerns] == [
        "Release trains slip because test environments are shared by five teams", "Hiring cannot keep up with the roadmap",
    ]
    assert alex.sections["goals"][-1].startswith("When a release is due, I want to know")  # the job to be done
    assert alex.sections["motivations"] == ["a calm on-call rotation"]
    assert len(morgan.concerns) == 2
    assert {s.reason for s in parsed.skipped} == {"table of contents", "writing guidance", "enablement", "videos"}


def test_a_key_value_tables_header_row_is_not_a_field(tmp_path: Path) -> None:
    from .conftest import write_doc

    path = write_doc(tmp_path, "kv.md", """
        ## Dana the dispatcher

        | Field | Value |
        |---|---|
        | Pain points | Drivers phone in for every change |
        | Favourite tool | The wall map |
        """)
    (dana,) = parse_document(path).personas
    assert [c.text for c in dana.concerns] == ["Drivers phone in for every change"]
    assert dana.extra_sections == {"Favourite tool": "The wall map"}  # a field it does not know is still kept
