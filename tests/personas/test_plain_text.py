"""Text pasted from a word processor or a chat (``reading/plain.py``), and files without an extension
(``reading/dispatch.py``): synthetic documents only."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document
from callinsight.personas.reading.plain import tidy_glyphs

from .office_files import write_docx, write_pdf

PASTED = (
    "🩺 User Persona: “Dana – The Night Shift Nurse”\n\n"
    "Profile\n\n"
    "Dana Okafor is a 41-year-old ward nurse who works nights at a regional hospital.\n\n"
    "⸻\n\n"
    "Goals\n"
    "\t1.\tFinish the handover notes before the day shift arrives\n"
    "\t2.\tSpend more time with patients than with forms\n\n"
    "⸻\n\n"
    "Frustrations\n"
    "\t•\tThe drug cabinet scanner rejects her badge twice a night\n"
    "\t•\tHandover notes are typed twice, once on paper and once in the system\n"
    "\t\t◦\tThe paper copy is the one people trust\n\n"
    "Quote\n\n"
    "“Give me one screen for the whole ward.”\n"
)


def _personas_in_text(tmp_path: Path, name: str, text: str) -> list:
    """Write a small text file and import it: its personas."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_document(path).personas


def _dana(path: Path) -> list[str]:
    (dana,) = parse_document(path).personas
    assert dana.name == "Dana – The Night Shift Nurse"
    return [c.text for c in dana.concerns]


@pytest.mark.parametrize("name", ["Dana Okafor - night nurse", "dana.txt"])
def test_pasted_text_reads_its_standalone_lines_as_headings_and_its_glyphs_as_bullets(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PASTED, encoding="utf-8")
    assert _dana(path) == [
        "The drug cabinet scanner rejects her badge twice a night",
        "Handover notes are typed twice, once on paper and once in the system",
        "The paper copy is the one people trust",
    ]


def test_a_file_without_an_extension_holding_markdown_is_read_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "PERSONA"
    path.write_text("# Rafael the ferry captain\n\n## Pain points\n\n- Tide tables arrive a day late\n", encoding="utf-8")
    (rafael,) = parse_document(path).personas
    assert rafael.name == "Rafael the ferry captain"
    assert [c.text for c in rafael.concerns] == ["Tide tables arrive a day late"]


def test_word_and_pdf_files_without_an_extension_are_known_by_their_content(tmp_path: Path) -> None:
    with_suffix = parse_document(write_docx(tmp_path / "personas.docx")).personas
    bare = (tmp_path / "personas.docx").rename(tmp_path / "Farmer persona")
    assert [(p.name, p.concerns) for p in parse_document(bare).personas] == [(p.name, p.concerns) for p in with_suffix]
    pdf = write_pdf(tmp_path / "courier.pdf", ["Persona: Courier Cai", "Pain points:", "- Entry codes are never in the order"])
    (cai,) = parse_document(pdf.rename(tmp_path / "Courier Cai, the persona")).personas
    assert [c.text for c in cai.concerns] == ["Entry codes are never in the order"]


def test_a_zip_archive_without_an_extension_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bundle"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.md", "# Notes\n")
    with pytest.raises(InputError) as info:
        parse_document(path)
    assert "a ZIP archive, not a Word, Excel, PowerPoint, OpenDocument or Hangul document" in info.value.reason


def test_glyph_bullets_in_markdown_are_list_items(tmp_path: Path) -> None:
    path = tmp_path / "ops.md"
    path.write_text("# Ops Olga\n\n## Pain points\n\n• Alerts fire at night for nothing\n• The runbook is out of date\n", encoding="utf-8")
    (olga,) = parse_document(path).personas
    assert [c.text for c in olga.concerns] == ["Alerts fire at night for nothing", "The runbook is out of date"]


@pytest.mark.parametrize("text", [
    "Title\n=====\n\nText\n-----\n",
    "- a\n  - b\n\n1. one\n2. two\n",
    "~~~\ncode\n~~~\n\n___\n\n***\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "**Pain points:** slow\n\n> quoted\n",
])
def test_markdown_without_pasted_glyphs_is_left_exactly_as_it_was(text: str) -> None:
    assert tidy_glyphs(text) == text


def test_a_folder_gives_its_files_without_an_extension_but_not_its_licence(tmp_path: Path) -> None:
    from callinsight.personas.parse import collect_files

    for name in ("Dana - night nurse", "LICENSE", "Makefile", "ops.md", "photo.png", ".hidden"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in collect_files([tmp_path])] == ["Dana - night nurse", "ops.md"]


def test_lines_of_page_text_are_paragraphs_of_their_own(tmp_path: Path) -> None:
    """Text copied from a web page has no blank lines: a line after a finished sentence or after a list opens a new
    paragraph (so two "Persona name:" lines open two personas), while a wrapped sentence goes on in lower case."""
    path = tmp_path / "glossary.txt"
    path.write_text(
        "Here are two personas from our ticketing product:\n"
        "Persona name: Greta the Gate Agent\n"
        "- Background: Greta checks in passengers at a regional airport.\n"
        "- Pain points: The boarding pass printer jams when the queue is\n"
        "longest.\n"
        "Persona name: Felix the Flight Planner\n"
        "- Pain points: Crew rosters arrive as scanned PDFs.\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"Greta the Gate Agent": ["The boarding pass printer jams when the queue is longest."],
                     "Felix the Flight Planner": ["Crew rosters arrive as scanned PDFs."]}


def test_text_whose_lines_were_never_wrapped_has_one_paragraph_per_line(tmp_path: Path) -> None:
    """No line goes on in lower case and several are long: every line is a paragraph of its own, even one after a
    line without a full stop (a title copied over a person's introduction), so the introduction opens the card."""
    path = tmp_path / "crews.txt"
    path.write_text(
        "Persona: Warehouse staff\n"
        "The profiles below were gathered in two workshops with the night crews – we will merge them in the spring.\n"
        "Shift Lead (from the Leeds and Hull workshops)\n"
        "Marta, Shift Lead, 41 years old.\n"
        "Needs to see which pickers are on a break before she assigns the next wave of orders to the loading bays.\n"
        "Gets frustrated when the handheld scanners lose their connection in the cold store at the back of the yard.\n"
        "Must be able to print a pick list when the tablets have run flat towards the end of a long night shift.\n",
        encoding="utf-8")
    [marta] = parse_document(path).personas
    assert marta.name == "Marta"
    assert [c.text[:22] for c in marta.concerns] == ["Needs to see which pic", "Gets frustrated when t", "Must be able to print "]


def test_a_wiki_page_copied_as_text_keeps_its_headings_and_drops_its_skip_links(tmp_path: Path) -> None:
    """MediaWiki shows "[edit]" after each heading, and pages open with skip links; both come along when the page's
    text is copied."""
    path = tmp_path / "wiki.txt"
    path.write_text(
        "Team:Docs/Personas\n\nSkip to menu Skip to search\n\n"
        "As a data journalist, I want to pull election results into my charts.[edit]\n\n"
        "  • Pulls the results within minutes of the count\n"
        "  • Pain points\n"
        "    • The feed changes its field names without notice\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    # the items under a heading that says what the role wants are its needs; a field item among them is its field
    assert found == {"Data journalist": ["The feed changes its field names without notice",
                                         "Pulls the results within minutes of the count"]}


def test_a_fields_lines_without_bullets_are_its_items_and_a_blank_after_every_line_separates_nothing(tmp_path: Path) -> None:
    """A dashboard or slide copied as text: a blank line after every line, upper-case field names, one value a
    line. Each line under a field is one of its items, not a heading and not part of one paragraph."""
    lines = ["Subscriber personas", "Two kinds of people use the meal-kit app", "Weekday Cook Wen", "PROFILE",
             "Nurse on rotating shifts", "Cooks four nights a week", "PAIN POINTS", "Recipes assume a full spice rack",
             "Delivery slots clash with night shifts", "GOALS", "Dinner on the table in twenty minutes",
             "Weekend Host Hugo", "PROFILE", "Hosts friends every Saturday", "PAIN POINTS", "Portions only come for two"]
    path = tmp_path / "dashboard.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"Weekday Cook Wen": ["Recipes assume a full spice rack", "Delivery slots clash with night shifts"],
                     "Weekend Host Hugo": ["Portions only come for two"]}



def test_in_a_copied_wiki_page_the_guessed_headings_sit_under_the_wikis_own(tmp_path: Path) -> None:
    """"Readers[edit]" is a heading the wiki drew; the short lines under it ("Nurse in Lyon") are guessed headings
    one level below, so the page's title (not its skip link) says they are its personas."""
    path = tmp_path / "wiki.txt"
    path.write_text(
        "Skip to content\n\nRoutewiki/Personas\n\nThe personas we design the route planner for.\n\n"
        "Occasional riders[edit]\n\n\n"
        "Nurse in Lyon\nSpeaks French\n  • Plans her commute the night before\n"
        "  • Gets lost when a stop moves and the app does not say so\n\n\n"
        "Courier in Porto\nSpeaks Portuguese\n  • Rides the same loop every day\n"
        "  • He cannot see bike lanes closed for roadworks\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert sorted(found) == ["Courier in Porto", "Nurse in Lyon"]
    assert found["Nurse in Lyon"] == ["Gets lost when a stop moves and the app does not say so"]


def test_a_dashboard_card_tagged_as_a_persona_is_named_by_the_line_above_its_tag(tmp_path: Path) -> None:
    """A persona dashboard copied as text: figures between the cards, each card a title line over a tag ("Primary
    Persona"), and labels that name whose field it is ("USER GOALS", "Customer needs")."""
    lines = ["Who uses the allotment app", "Registered plots", "3,410", "Across the borough",
             "Weekend Gardener", "Primary Persona", "71%", "of members", "PROFILE", "Works full time",
             "Gardens on Saturdays", "PAIN POINTS", "Waiting list updates never arrive", "Cannot swap plots online",
             "USER GOALS", "Book the shared rotavator", "Members", "2,420",
             "Community Group Lead", "Secondary Persona", "29%", "of members", "PROFILE", "Runs a school garden club",
             "CUSTOMER NEEDS", "One invoice for several plots"]
    path = tmp_path / "dashboard.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"Weekend Gardener": ["Waiting list updates never arrive", "Cannot swap plots online"],
                     "Community Group Lead": ["One invoice for several plots"]}


def test_a_pages_first_line_over_a_field_name_is_its_title(tmp_path: Path) -> None:
    """One persona a page: its first line names the person and is followed at once by a field, not by a blank."""
    path = tmp_path / "persona.txt"
    path.write_text(
        "Ravi, dispatcher at a regional courier depot - operations persona\n"
        "Background\n"
        "Ravi plans forty van routes before six each morning.\n"
        "Pain points\n"
        "Drivers phone in road closures that the planner cannot see\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert list(found) == ["Ravi, dispatcher at a regional courier depot"]
    assert found["Ravi, dispatcher at a regional courier depot"] == [
        "Drivers phone in road closures that the planner cannot see"]


def test_a_name_in_capitals_over_a_quotation_and_its_details_owns_the_fields_after_it(tmp_path: Path) -> None:
    """A portfolio page in capitals: the page's own research fields, then "PERSONAS", a name, the person's quotation
    and a list of details ("- Age: 58"), then her fields. The details are hers, never personas; the date over the page
    names no one."""
    path = tmp_path / "case-study.txt"
    path.write_text(
        "March 2024 - April 2024\n\nOVERVIEW\nRiders struggle to find a working bike at rush hour.\n"
        "PAIN POINTS\n- Docks are full at the station\n- Refunds take weeks\n"
        "PERSONAS\nMARGARET OKAFOR\n\n“I cycle to the market every Saturday and want it to stay easy.”\n"
        "- Age: 58\n- Occupation: Pharmacist\n- Family: Two grown sons\n"
        "FRUSTRATIONS\n- The app hides which docks have space.\n- Saddles are set too high for her.\n"
        "GOALS\n- Ride to the market without planning ahead.\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert list(found) == ["MARGARET OKAFOR"]
    assert found["MARGARET OKAFOR"][:2] == ["The app hides which docks have space.", "Saddles are set too high for her."]


def test_short_card_titles_over_quotations_are_personas(tmp_path: Path) -> None:
    """Archetype cards copied as text: a stray bullet from an image, a title, the archetype's own words in quotes."""
    path = tmp_path / "archetypes.txt"
    path.write_text(
        "Our personas\nWe sketched four kinds of people who use the budgeting app.\n\n-\nThe planner\n"
        "“I keep a spreadsheet of every bill, but I worry that I miss the ones that renew on their own.”\n\n-\n"
        "The drifter\n“Payday comes and by the third week I struggle to tell where the money went.”\n",
        encoding="utf-8")
    names = [p.name for p in parse_document(path).personas]
    assert names == ["The planner", "The drifter"]


def test_profile_details_listed_under_a_heading_of_personas_are_not_personas(tmp_path: Path) -> None:
    path = tmp_path / "personas.md"
    path.write_text("# Ferry app\n\n## Personas\n\n- Age: 41\n- Occupation: Nurse\n- Location: Island town\n",
                    encoding="utf-8")
    with pytest.raises(InputError):
        parse_document(path)


def test_a_profiles_detail_lines_standing_alone_are_not_headings(tmp_path: Path) -> None:
    """Details copied from a card, a blank line after each ("Age: 44" ⏎ ⏎ "Location: Leeds"), then the person's name
    and a scenario: the details are lines of the profile, and the name (not "Age") names the persona."""
    path = tmp_path / "card.txt"
    path.write_text(
        "Age: 44\n\nOccupation: Bus driver\n\nLocation: Leeds\n\nTech Savviness: Medium\n\n"
        "Priya Shah Season Ticket Holder\n\n\"I only want to know my ticket still works on the new routes.\"\n\n"
        "Scenario\n\nPriya renews her pass each January from her phone during a break.\n\n"
        "Frustrations\n\n- The renewal page times out halfway.\n- Route changes are announced on paper only.\n",
        encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert list(found) == ["Priya Shah Season Ticket Holder"]
    assert found["Priya Shah Season Ticket Holder"][:2] == ["The renewal page times out halfway.",
                                                            "Route changes are announced on paper only."]


def test_a_korean_story_under_a_name_label_is_a_persona(tmp_path: Path) -> None:
    """"이름: …" over age and job lines, then a story that keeps naming her (Korean stories seldom use pronouns)."""
    path = tmp_path / "페르소나.txt"
    path.write_text(
        "이름: 한지민\n\n나이: 34\n\n직업: 간호사\n\n"
        "야간 근무를 마친 한지민은 아침마다 아이의 등원 준비로 쉴 틈이 없다. 병원 앱으로 근무표를 확인하려 해도 로그인이 자주 "
        "풀려서 답답하다. 한지민은 출퇴근 시간에 장을 보고 싶지만 배송 시간을 고를 수 없어 불편하다.\n", encoding="utf-8")
    (persona,) = parse_document(path).personas
    assert persona.name == "한지민"


def test_a_name_over_details_written_without_a_space_after_the_colon_owns_the_fields_after_it(tmp_path: Path) -> None:
    path = tmp_path / "persona.txt"
    path.write_text(
        "Personas\n\nLeila Haddad\n\nAge:41 years old\nLocation:Lyon\nOccupation:Pharmacist\n\n"
        "Frustrations\n\n- The wholesaler's portal logs her out during every order.\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"Leila Haddad": ["The wholesaler's portal logs her out during every order."]}


def test_a_numbered_card_with_a_long_title_owns_its_table_heading_and_run_in_fields(tmp_path: Path) -> None:
    """"Persona 1 — name, role (aside)" is a card's title however long; its flattened table's heading sits before its
    fields, which are run-in headings ending with a full stop ("Frustrations.")."""
    path = tmp_path / "crm.txt"
    path.write_text(
        "Personas for the depot booking system\n\nThree personas from interviews with depot staff.\n\n"
        "Persona 1 — Tomasz Nowak, Yard Supervisor (the main user)\n\n“Give me one screen for the whole yard.”\n\n"
        "Attribute Detail\nRole Yard supervisor (appointed last spring after the depot merger)\n"
        "Shift Nights, four on and four off, with a handover at six\n\n"
        "Goals.\n\n  • Clear the gate queue before six.\n\n"
        "Frustrations.\n\n  • Bookings arrive by phone and by email and never match.\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert list(found) == ["Tomasz Nowak, Yard Supervisor (the main user)"]
    assert "Bookings arrive by phone and by email and never match." in found["Tomasz Nowak, Yard Supervisor (the main user)"]


def test_the_first_name_under_a_title_of_personas_heads_its_card(tmp_path: Path) -> None:
    path = tmp_path / "personas.txt"
    path.write_text(
        "Personas\nRobin the Events Lead\nRuns the charity's fundraising dinners and sponsored walks.\n"
        "Background\nRobin plans twelve events a year with two volunteers.\n"
        "Frustrations\n- I can't stand copying sign-ups from three forms into one sheet.\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert list(found) == ["Robin the Events Lead"]


def test_a_details_label_and_its_value_on_two_lines_are_not_headings(tmp_path: Path) -> None:
    """"Age" ⏎ "52" ⏎ "Location" ⏎ "Derby": a card's details copied one per line; the name above (a role in brackets
    after it) owns the fields below them."""
    path = tmp_path / "persona.txt"
    path.write_text(
        "Who might use the toolkit.\nArchetypes\nShapers\nPeople who set policy.\nPersonas\n"
        "Ruth Adeyemi - Ward Manager (acute medicine)\nRuns a 28-bed ward and rosters forty nurses.\n\n"
        "Age\n52\nLocation\nDerby\nNeeds\n- Time to read the guidance\nChallenges\n- Rota software that crashes at night\n",
        encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"Ruth Adeyemi - Ward Manager (acute medicine)": ["Rota software that crashes at night",
                                                                      "Time to read the guidance"]}


def test_a_name_over_its_first_field_line_heads_the_card(tmp_path: Path) -> None:
    personas = _personas_in_text(tmp_path, "cards.txt", (
        "Chapter 2: Who Buys Our Scheduling Tool\n"
        "Our Main Buyer Types\n"
        "Clinic Claire (Practice Owner)\n"
        "Demographics: 51, runs two physiotherapy clinics, signs every software contract herself.\n"
        "Pain Points:\n"
        "- No-shows: loses a morning's income whenever three patients skip without calling\n"
        "Goals: fill every slot in the week.\n"
        "Reception Ravi (Front Desk)\n"
        "Demographics: 26, answers the phones and books patients in.\n"
        "Pain Points:\n"
        "- Double bookings: two patients turn up for one slot after a phone booking\n"))
    assert [p.name for p in personas] == ["Clinic Claire (Practice Owner)", "Reception Ravi (Front Desk)"]
    assert any("skip without calling" in c.text for c in personas[0].concerns)


def test_numbered_cards_with_long_role_titles_and_a_friction_field(tmp_path: Path) -> None:
    personas = _personas_in_text(tmp_path, "cards.txt", (
        "Booking portal personas\n"
        "U1 — Clinic Receptionist\n"
        "Needs\n"
        "- See the whole day's appointments on one screen\n"
        "Friction Today\n"
        "Retypes every walk-in patient's details into two systems.\n"
        "Success State\n"
        "Books a walk-in in under a minute.\n"
        "U2 — Practice Owner / Lead Physiotherapist\n"
        "Needs\n"
        "- A weekly view of cancelled slots per therapist\n"
        "Friction Today\n"
        "Exports three spreadsheets each Monday to count no-shows.\n"
        "Success State\n"
        "Knows the week's takings by Monday noon.\n"))
    assert [p.name for p in personas] == ["U1 — Clinic Receptionist", "U2 — Practice Owner / Lead Physiotherapist"]
    owner = personas[1]
    assert any("three spreadsheets" in c.text for c in owner.concerns)  # what gets in the way today is a pain point
    assert owner.sections.get("pain_points")


def test_the_first_line_is_not_the_title_over_headings_of_its_own_kind(tmp_path: Path) -> None:
    personas = _personas_in_text(tmp_path, "commuters.txt", (
        "Early Commuters\n"
        "Early Commuters board the first train of the day and want a seat to work from. Their biggest worry is a "
        "cancelled service with no warning on the app.\n"
        "Weekend Commuters\n"
        "Weekend Commuters travel for leisure and struggle to find which engineering works close their line on "
        "Sundays.\n"
        "Hesitant Commuters\n"
        "Hesitant Commuters took the train again only recently and they are unsure how the new contactless fares "
        "work.\n"))
    assert [p.name for p in personas] == ["Early Commuters", "Weekend Commuters", "Hesitant Commuters"]


@pytest.mark.parametrize("heading, field", [
    ("Hesitant Commuters", None), ("Worried Parents", None), ("Frustrated users", None),  # kinds of people
    ("What frustrates customers", "pain_points"), ("Challenges for teachers", "challenges"), ("Hesitations", "objections"),
])
def test_a_kind_of_person_is_not_a_field_by_its_keyword(heading: str, field: str | None) -> None:
    from callinsight.personas.model import field_of

    assert field_of(heading) == field


def test_a_deck_copied_as_text_loses_its_running_footer_and_keeps_its_people(tmp_path: Path) -> None:
    slide = "Riverside Library\nVisitor research 2024\n"
    personas = _personas_in_text(tmp_path, "deck.txt", (
        "1\nVisitor research\nWhat we heard from our visitors\nSix weeks of interviews\n" + slide + slide
        + "2\nRiverside Library Visitor research\nPriya\ufffdStudent nurse\n"
        "Priya studies for her exams in the quiet room after her placement shifts most evenings.\n"
        "She struggles to find a free desk with a socket after six.\n" + slide + slide
        + "3\nRiverside Library Visitor research\nDerek\ufffdRetired printer\n"
        "Derek comes in every morning for the papers and the free computers near the entrance.\n"
        "He worries that the library will close on Saturdays next year.\n" + slide + slide))
    assert [p.name for p in personas] == ["Priya – Student nurse", "Derek – Retired printer"]
    assert not any("Riverside Library" in c.text for p in personas for c in p.concerns)
    assert any("free desk with a socket" in c.text for c in personas[0].concerns)


def test_bracketed_labels_head_their_lists_and_a_label_line_after_a_numbered_part_is_its_own(tmp_path: Path) -> None:
    (persona,) = _personas_in_text(tmp_path, "blog.txt", (
        "[프로젝트 소개]\n"
        "동네 빵집의 마감 할인 상품을 알려 주는 앱을 기획했다.\n"
        "1. 페르소나 설정\n"
        "이름 : 오세린\n"
        "나이 : 29살\n"
        "직업 : 간호사\n"
        "[Goal]\n"
        "- 퇴근길에 저녁거리를 싸게 사고 싶다\n"
        "[Pain Point]\n"
        "- 밤 근무가 끝나면 문을 연 빵집이 거의 없다\n"
        "- 할인 소식을 매번 놓친다\n"
        "2. 화면 설계\n"))
    assert "오세린" in persona.name
    pains = persona.sections["pain_points"]
    assert "밤 근무가 끝나면 문을 연 빵집이 거의 없다" in pains and "할인 소식을 매번 놓친다" in pains
    assert "퇴근길에 저녁거리를 싸게 사고 싶다" in persona.sections["goals"]


def test_a_name_with_a_quoted_nickname_over_a_tagline_owns_the_card_below(tmp_path: Path) -> None:
    (ines,) = _personas_in_text(tmp_path, "journeys.txt", (
        "Personas and journeys\n"
        "Journey maps for our two florists.\n"
        "Ines, “The Night Owl”\n"
        "Florist who opens late.\n"
        "Portuguese-Canadian\n"
        "Age: 51\n"
        "Location: Halifax\n"
        "About\n"
        "She took over her aunt's shop ten years ago and still works the evening rush alone.\n"
        "Challenges\n"
        "Deliveries from the wholesaler arrive after she has closed.\n"
        "Goals\n"
        "Hire a second florist for weekends.\n"))
    assert ines.name.startswith("Ines")
    assert any("arrive after she has closed" in c.text for c in ines.concerns)


def test_a_data_file_or_a_page_source_saved_as_text_is_read_as_what_it_holds(tmp_path: Path) -> None:
    data = tmp_path / "personas.txt"
    data.write_text(
        "about:\n  owner: research team\n\n"
        "personas:\n"
        "  - name: Leilani\n    pain_points: [\"The bus app shows buses that never come\"]\n"
        "  - name: Bruno\n    pain_points: [\"Card top-ups fail at night\"]\n",
        encoding="utf-8")
    assert [p.name for p in parse_document(data).personas] == ["Leilani", "Bruno"]
    page = tmp_path / "page.txt"
    page.write_text(
        "<html><body><h1>Personas</h1>\n"
        "<table><tr><td>Role:</td><td>Night porter</td></tr>\n"
        "<tr><td>Name:</td><td>Kwame</td></tr>\n"
        "<tr><td>Age:</td><td>47</td></tr></table>\n"
        "<h2>Frustrations</h2><ul><li>The lift breaks every winter</li></ul></body></html>\n",
        encoding="utf-8")
    assert [p.name for p in parse_document(page).personas] == ["Kwame"]
    notes = tmp_path / "notes.txt"
    notes.write_text("Name: Tom\nAge: 34\nFrustrations: slow trams\n", encoding="utf-8")
    assert parse_document(notes).personas  # "Label: value" lines are YAML too, but they are text: still read as text


def test_a_table_of_fields_right_below_a_card_table_is_more_of_that_persona(tmp_path: Path) -> None:
    page = tmp_path / "porters.html"
    page.write_text(
        "<html><body><h1>Hotel staff personas</h1>\n"
        "<table><tr><td>Role:</td><td>Night porter</td></tr><tr><td>Name:</td><td>Kwame</td></tr>"
        "<tr><td>Age:</td><td>47</td></tr></table>\n"
        "<table><tr><th>Background</th><th>Frustations</th></tr>"
        "<tr><td>Twenty years on the night shift</td><td><ul><li>The service lift breaks down every winter</li></ul></td></tr>"
        "</table></body></html>\n", encoding="utf-8")
    (kwame,) = parse_document(page).personas
    assert kwame.name == "Kwame"
    assert any("service lift breaks down" in c.text for c in kwame.concerns)  # under a misspelt label, still his


def _cards(tmp_path: Path, text: str) -> dict[str, list[str]]:
    path = tmp_path / "cards.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_numbered_cards_with_a_subtitle_under_each_title_are_siblings(tmp_path: Path) -> None:
    found = _cards(tmp_path, "PERSONA 1: ALMA REYES\nBakery owner, 47\n\nGOALS\nOpen a second shop.\n\n"
                             "FRUSTRATIONS\nFlour deliveries come late.\n\nPERSONA 2: NOAH BRANDT\nDelivery driver, 30\n\n"
                             "FRUSTRATIONS\nThe van has no fridge.\n")
    assert found == {"ALMA REYES": ["Flour deliveries come late."], "NOAH BRANDT": ["The van has no fridge."]}


def test_a_meet_line_opens_the_next_card_right_after_the_last_cards_list(tmp_path: Path) -> None:
    found = _cards(tmp_path, "Meet Ines\nInes, 52, keeps bees on a rented plot.\nGoals\nSell honey at two markets\n"
                             "Frustrations\nThe plot floods every spring\nMeet Karl\nKarl, 19, helps at weekends.\n"
                             "Frustrations\nThe bus stops running at six\n")
    assert found == {"Ines": ["The plot floods every spring"], "Karl": ["The bus stops running at six"]}


def test_a_meet_heading_over_a_story_told_with_she_is_that_persona(tmp_path: Path) -> None:
    found = _cards(tmp_path, "Who we design for\n\nMeet Oona.\n\nShe's a ceramicist who sells her bowls online. Photos of "
                             "the glazes never look right, and she struggles to keep the shop's stock counts up to date.\n")
    assert list(found) == ["Oona"]


def test_a_rule_between_cards_of_field_lines_is_no_heading_underline(tmp_path: Path) -> None:
    found = _cards(tmp_path, "Name: Ilse Vogt\nRole: Beekeeper\nPain points: Hive scales lose their data when the "
                             "battery dies\n---\nName: Ravi Menon\nRole: Honey buyer\nPain points: Lab reports come as faxes\n")
    assert found == {"Ilse Vogt": ["Hive scales lose their data when the battery dies"],
                     "Ravi Menon": ["Lab reports come as faxes"]}


def test_a_bulleted_persona_number_over_field_lines_is_each_cards_title(tmp_path: Path) -> None:
    found = _cards(tmp_path, "■ 페르소나 A\n이름: 최유나\n나이: 33\n불편한 점: 주말에는 상담 전화가 연결되지 않는다.\n\n"
                             "■ 페르소나 B\n이름: 백도현\n나이: 60\n불편한 점: 앱의 글씨가 너무 작다.\n")
    assert found == {"최유나": ["주말에는 상담 전화가 연결되지 않는다."], "백도현": ["앱의 글씨가 너무 작다."]}


def test_a_concern_fields_label_inside_a_story_labels_the_rest_of_its_sentence(tmp_path: Path) -> None:
    found = _cards(tmp_path, "Our riders\n\nMaud (71) – retired postwoman\nMaud rides the 42 bus to the market. "
                             "Challenges: the timetable at her stop was torn down in May. She carries a paper map.\n")
    assert found == {"Maud (71) – retired postwoman": ["the timetable at her stop was torn down in May."]}


def test_slide_cards_with_each_label_over_its_value(tmp_path: Path) -> None:
    found = _cards(tmp_path, "NAME\nOliver Grant\nAGE\n52\nOCCUPATION\nHardware store owner\nGOALS\nSell online by winter\n"
                             "FRUSTRATIONS\nHis supplier portal only works on a desktop\n\nNAME\nPriti Desai\nAGE\n26\n"
                             "FRUSTRATIONS\nNo store says which paint colours it has\n")
    assert found == {"Oliver Grant": ["His supplier portal only works on a desktop"],
                     "Priti Desai": ["No store says which paint colours it has"]}
