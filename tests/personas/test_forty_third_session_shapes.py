"""Shapes met while working on misses of replica batches R1-R65 (development data once scored) in the forty-third
session, each on a small synthetic sentence or document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.names import introduced_person
from callinsight.personas.parse import parse_document
from callinsight.personas.vocab import concern_kind

from .conftest import write_doc

_SUMMARY = """## Main Personas
Oskar Lindqvist, a forty-two-year-old ferry mechanic at Harbour Lines. He keeps three old boats running on a tight budget.

Priya Natarajan, a first-year nursing student at Leeds Beckett. She shares a flat with four other students.

## Key Scenarios
Since the harbour cut its repair contracts, Oskar has lost most of his winter income. He waits weeks for spare parts.

Priya works night shifts on placement, and she cannot find anyone to swap her Sunday shift with.

{extra}"""


def test_appositions_with_an_age_in_words_or_a_place_introduce_a_person() -> None:
    assert introduced_person("Oskar Lindqvist, a forty-two-year-old ferry mechanic. He fixes engines.") == "Oskar Lindqvist"
    assert introduced_person("Priya Natarajan, a first-year student at Leeds. She rents a room.") == "Priya Natarajan"
    # a preposition before the name is no part of it
    assert introduced_person("For Oskar, a regular at the yard, the rota matters. He works early.") == ""


def test_scenario_paragraphs_each_naming_one_persona_join_that_persona(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "summary.md", _SUMMARY.format(extra=""))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Oskar Lindqvist", "Priya Natarajan"}
    assert any("lost most of his winter income" in c for c in personas["Oskar Lindqvist"])
    assert any("cannot find anyone to swap" in c for c in personas["Priya Natarajan"])
    assert not any("swap" in c for c in personas["Oskar Lindqvist"])  # each paragraph goes to the one it names


def test_a_scenario_paragraph_naming_two_personas_is_nobodys_unless_it_opens_with_one(tmp_path: Path) -> None:
    both = "Oskar and Priya both worry that the late ferry will be cancelled again."
    opens = "Priya Natarajan lives on Oskar Street, and she struggles to sleep through the noise from the yard."
    doc = write_doc(tmp_path, "summary.md", _SUMMARY.format(extra=both + "\n\n" + opens + "\n"))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert not any("late ferry" in c for cs in personas.values() for c in cs)
    assert any("struggles to sleep" in c for c in personas["Priya Natarajan"])
    assert not any("struggles to sleep" in c for c in personas["Oskar Lindqvist"])


def test_paragraphs_under_a_heading_that_is_no_scenario_stay_out(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "summary.md", _SUMMARY.replace("## Key Scenarios", "## Key Principles").format(extra=""))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert not any("winter income" in c for cs in personas.values() for c in cs)


def test_a_table_titled_in_its_header_over_questions_is_one_persona(tmp_path: Path) -> None:
    card = ("|{title}||\n|--|--|\n|Who are they?|{who}\n|What is their main goal?|{goal}\n"
            "|What is their main barrier to achieving this goal?|{barrier}\n>\n")
    doc = write_doc(tmp_path, "roles.md", "> **Roles:**\n>\n" + card.format(
        title="Allotment holder", who="Someone renting a plot from the council", goal="Grow vegetables all year",
        barrier="Never knows when the water trough will be refilled") + card.format(
        title="Plot secretary", who="Volunteer in charge of plot allocation", goal="Fill every empty plot",
        barrier="The waiting list lives in three paper notebooks"))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert personas == {"Allotment holder": ["Never knows when the water trough will be refilled"],
                        "Plot secretary": ["The waiting list lives in three paper notebooks"]}


def test_a_question_list_item_files_its_answers_under_the_field_it_asks_for(tmp_path: Path) -> None:
    card = ("* **{name}**\n\n    * Who are they?\n        * {who}\n    * What is their main goal?\n        * {goal}\n"
            "    * What is their barrier to achieving this goal?\n        * {barrier}\n\n")
    doc = write_doc(tmp_path, "personas.md", "## Personas\n\n" + card.format(
        name="Wren Ashby", who="A potter, 30", goal="To sell mugs online", barrier="Unsure which glazes sell best")
        + card.format(name="Tobias Crane", who="A teacher", goal="To buy cups", barrier="Shipping costs more than the cup"))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc, names=["Wren Ashby", "Tobias Crane"]).personas}
    assert personas == {"Wren Ashby": ["Unsure which glazes sell best"], "Tobias Crane": ["Shipping costs more than the cup"]}


def test_a_list_of_kinds_of_person_a_service_is_for_gives_one_persona_each(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "README.md", "# 캠핑 도우미\n\n## 서비스 소개\n\n캠핑장을 찾아 주는 서비스입니다.\n\n"
                    "#### 타겟\n\n* 캠핑 장비가 너무 많아서 짐을 꾸리기 힘든 사람\n* 빈 캠핑장을 찾기 어려운 사람\n\n"
                    "#### 팀원\n\n**김하늘** - FE\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert personas == {"캠핑 장비가 너무 많아서 짐을 꾸리기 힘든 사람": ["캠핑 장비가 너무 많아서 짐을 꾸리기 힘든 사람"],
                        "빈 캠핑장을 찾기 어려운 사람": ["빈 캠핑장을 찾기 어려운 사람"]}
    # a list of kinds of person under a heading that says nothing of whom the service is for is no persona
    other = write_doc(tmp_path, "other.md", "# 캠핑 도우미\n\n## 후기\n\n* 짐을 꾸리기 힘든 사람\n* 캠핑장을 찾기 어려운 사람\n")
    with pytest.raises(InputError):
        parse_document(other)


def test_a_card_under_a_heading_that_only_says_persona_needs_a_name_and_one_fact(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "기획서.md", "# 주제\n\n- 와인 추천 서비스\n\n### 페르소나\n\n- 이름 : Marlow\n- 나이 : 31\n"
                    "- 계기 : 집들이 선물로 와인을 사야 하는데 고르기가 힘들어요\n\n## 주요 기능\n\n1. 추천\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert list(personas) == ["Marlow"]
    assert any("고르기가 힘들어요" in c for c in personas["Marlow"])


def test_who_labels_over_given_names_open_one_card_each(tmp_path: Path) -> None:
    card = "**Who:** {name}\n\n**Position:** {role}\n\n**Goals and Tasks:** {goal}\n\n**Environment:**\n\n{story}\n\n"
    doc = write_doc(tmp_path, "stories.md", "### User Stories\n" + card.format(
        name="Oskar", role="Client", goal="To hire a marquee for a garden party",
        story="He books everything by text message, and the hire firm keeps losing track of his dates.") + card.format(
        name="Ingrid", role="Owner", goal="To take bookings online",
        story="She answers every enquiry by hand, and double bookings keep slipping through."))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Oskar", "Ingrid"}
    assert any("losing track of his dates" in c for c in personas["Oskar"])
    assert any("double bookings" in c for c in personas["Ingrid"])


def test_failing_at_something_and_the_wrong_door_are_troubles() -> None:
    for text in ("He never manages to finish his tax return before the deadline.",
                 "Her filing system is a complete mess.",
                 "She took the wrong tram twice this week.",
                 "Deletes the shared calendar by mistake.",
                 "He is thrifty and quickly put off by long forms.",
                 "Not much experience with online banking",
                 "What trips her up is not knowing which bin the lids go in.",
                 "He doesn't really grasp the new tariff.",
                 "She was never taught how to read a payslip.",
                 "The depot has no staff to check every crate.",
                 "Guessing at the rules is doing more harm than good."):
        assert concern_kind(text) == "pain_point", text
    for text in ("She manages to save a little each month.", "Pick the right answer, not the wrong one.",
                 "Ten years of experience in retail", "She was never shown a bad review.", "The app does no harm."):
        assert concern_kind(text) is None, text


def test_a_numbered_run_of_lines_describing_kinds_of_person_the_service_targets(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "README.md", "# 모임콕\n\n## 🎯서비스 타겟층\n\n서비스가 겨냥하는 층은 다음과 같습니다.\n\n"
                    "**1) 동호회 일정을 맞추기 힘든 사람**\n\n**2) 회비 정산이 번거로워 모임을 미루는 사람입니다.**\n\n"
                    "| 분류 | 1차 |\n| --- | --- |\n| 기능 | 일정 투표 |\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"동호회 일정을 맞추기 힘든 사람", "회비 정산이 번거로워 모임을 미루는 사람"}
    assert all(concerns for concerns in personas.values())


def test_a_heading_of_personas_over_one_numbered_persona_does_not_name_her(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "personas.md", "# User Personas\n## User Persona #1: Oskar - The Night Mechanic\n\n"
                    "I go by Oskar, and I fix ferry engines on the night shift. Ordering parts is a real battle for me.\n\n"
                    "### User Needs:\n* A parts list that is always up to date\n\n## Values:\nReliable boats\n\n"
                    "## Fears:\nMissing a sailing because a part is late\n\n"
                    "# User Persona #2: Priya - The Student Nurse\nI go by Priya, and I study nursing in Leeds.\n\n"
                    "## Fears:\nFailing a placement because of rota clashes\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Oskar - The Night Mechanic", "Priya - The Student Nurse"}
    assert "Missing a sailing because a part is late" in personas["Oskar - The Night Mechanic"]


def test_a_name_with_a_quoted_nickname_names_the_card(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "persona.html", "<html><body><header><h1>Persona:</h1></header>"
                    "<p>Name: Vera \"Every road has a better shortcut\" Lindqvist</p><p>Job: Tour guide</p><p>Age: 51 years old</p>"
                    "<p>Frustrations:<ul><li>tour bookings arrive by four different channels</li>"
                    "<li>group sizes change on the morning of a tour</li></ul></p></body></html>")
    personas = [p.name for p in parse_document(doc).personas]
    assert personas == ['Vera "Every road has a better shortcut" Lindqvist']


def test_a_name_set_as_a_heading_line_of_an_html_card_names_it(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "persona1.html", "<html><head><title>Persona 1</title></head><body><div><a href='/index.html'>Index</a>"
                    "<a href='/persona1.html'>Persona 1</a><a href='/persona2.html'>Persona 2</a></div><h1>Persona 1</h1>"
                    "<div><h3>Name: Odile</h3><h3>Age: 38</h3><h3>Technical Comfort: Strong</h3><h3>Occupation: Potter</h3></div><div><div><h2>Frustrations</h2>"
                    "<ul><li>Kiln repairs eat a month of her sales</li></ul></div><div><h2>Motivations</h2>"
                    "<ul><li>Sell online between fairs</li></ul></div></div></body></html>")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert personas == {"Odile": ["Kiln repairs eat a month of her sales"]}


def test_a_lettered_persona_with_a_name_table_and_a_personal_background_is_one(tmp_path: Path) -> None:
    card = ("## Persona {letter}\n\n|**Name**|{name}|\n|-|-|\n|**Age**|{age}|\n|**Occupation**|{job}|\n\n"
            "### Personal Background & Personality\n\n{story}\n\n### Goals When Using FerryFix\n\n- {goal}\n\n")
    doc = write_doc(tmp_path, "personas.md", "# Personas\n\n" + card.format(
        letter="A", name="Oskar Lindqvist", age=42, job="Ferry mechanic",
        story="Oskar keeps three old boats running. Ordering parts by phone is a constant headache for him.",
        goal="Order parts from the engine room") + card.format(
        letter="B", name="Priya Natarajan", age=24, job="Student nurse",
        story="Priya works night shifts on placement. She struggles to swap shifts at short notice.", goal="Swap shifts in a tap"))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Oskar Lindqvist", "Priya Natarajan"}
    assert any("constant headache" in c for c in personas["Oskar Lindqvist"])


def test_a_markdown_table_laying_out_an_html_card_is_read_as_the_card(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "user-personas.md", "||<h1>Odile Marchand</h1>||||\n|---| --- | ---| --- | --- |\n"
                    "|| <h3>Job Title</h3>  Potter | | <h3>Goals</h3> <p>- Sell mugs online<br> - Take commissions</p> ||\n"
                    "|| <h3>Age</h3>  38 years old | | <h3>Challenges</h3> <p>- Kiln repairs eat a month of sales<br>"
                    " - Fairs are cancelled at short notice</p> ||\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert personas == {"Odile Marchand": ["Kiln repairs eat a month of sales", "Fairs are cancelled at short notice"]}


def test_kinds_of_student_or_worker_behind_target_marks_are_personas(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "README.md", "# 자취로그\n\n## Purpose\n\n▶ 자취 기록 장려\n\n## Target\n\n"
                    "🎯 이사 날짜를 잡기가 막막한 대학생\n\n🎯 월세 정산을 간단히 끝내고 싶은 직장인\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"이사 날짜를 잡기가 막막한 대학생", "월세 정산을 간단히 끝내고 싶은 직장인"}
    assert personas["이사 날짜를 잡기가 막막한 대학생"] == ["이사 날짜를 잡기가 막막한 대학생"]

