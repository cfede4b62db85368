"""People a page introduces in its prose (``personas/introduced.py``), on pages where no heading, label or record
says where a persona is: synthetic documents only."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.introduced import introduced_people, introduces
from callinsight.personas.parse import parse_document
from callinsight.personas.reading import read_document


def _write(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_story_with_no_heading_is_the_person_it_introduces(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "  • 47 years old\n  • two teenagers\n\n"
        "Ines is a night-shift baker who runs the ovens at a small bakery in Porto. She starts at 2am.\n\n"
        "She orders flour every Friday, and she struggles to track which supplier delivered late.\n\n"
        "Ines needs a quick way to see tomorrow's orders before she leaves the house.\n\n"
        "Posted by the research team\n"))
    (ines,) = parse_document(path).personas
    assert ines.name == "Ines"
    texts = " | ".join(c.text for c in ines.concerns)
    assert "struggles to track which supplier delivered late" in texts
    assert "needs a quick way to see tomorrow's orders" in texts


def test_a_numbered_list_of_needs_after_the_introduction_is_hers(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "Farah is a 58 year old who cares for her mother after a stroke. She lives two streets away.\n\n"
        "Needs and what Farah tried\n"
        "1. Farah needs help booking transport to the clinic on weekdays.\n"
        "2. Farah needs help understanding which benefits her mother can claim.\n"))
    (farah,) = parse_document(path).personas
    texts = [c.text for c in farah.concerns]
    assert any("booking transport to the clinic" in t for t in texts)
    assert any("which benefits her mother can claim" in t for t in texts)


def test_each_list_item_that_introduces_someone_is_its_own_persona(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "Why your shop needs buyer profiles\n"
        "A profile is a person you can picture. For example:\n"
        "- Tomas, 52 years old, drives a delivery van and shops on his phone at lunch. He gives up when the "
        "checkout asks him to register first.\n"
        "- Greta, 29 years old, compares prices in three tabs. She worries that the cheapest offer hides a "
        "return fee.\n"
        "Knowing them changes what you write on the product page.\n"))
    personas = parse_document(path).personas
    assert [p.name for p in personas] == ["Tomas", "Greta"]
    tomas, greta = personas
    assert any("asks him to register first" in c.text for c in tomas.concerns)
    assert any("hides a return fee" in c.text for c in greta.concerns)
    assert not any("hides a return fee" in c.text for c in tomas.concerns)  # an item is its own person's only


def test_a_korean_name_with_an_age_introduces_a_persona(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "고객 이해하기\n\n"
        "정하윤(34세, 프리랜서 번역가)는 집에서 일하며 마감이 겹치는 주에는 밤늦게까지 작업한다.\n"
        "세금 신고 서류를 챙기는 일이 가장 어렵고, 어떤 영수증을 모아야 하는지 몰라 불안하다.\n"))
    (person,) = parse_document(path).personas
    assert person.name == "정하윤"
    assert person.concerns


@pytest.mark.parametrize("text, person", [
    ("Tomas, 52 years old, drives a delivery van.", "Tomas"),
    ("Greta, Night Manager, 29 years old.", "Greta"),
    ("Omar (42) runs a tile shop and he hates paperwork.", "Omar"),
    ("박서준, 41세, 물류 센터 관리자", "박서준"),
    ("Amina is a researcher in Leeds; she teaches two days a week.", "Amina"),
    ("Requests is an HTTP library; their docs are thorough.", ""),  # a product, not a person ("their")
    ("Mele staffs the night desk at a hostel, and she answers every call.", "Mele"),
    ("Cron runs a job at midnight and writes its log.", ""),  # no "he" or "she": not a person
    ("We spoke to drivers. Mele drives a school bus and she starts at six.", "Mele"),  # the second sentence
    ("Buses are late. Routes change. Fares rise. Mele drives a school bus and she starts at six.", ""),  # too far in
    ("This is a 35 years old building.", ""),
    ("Version 12, 2024 release notes", ""),
])
def test_what_introduces_a_person(text: str, person: str) -> None:
    assert introduces(text) == person


def test_a_person_without_a_problem_or_need_is_no_persona(tmp_path: Path) -> None:
    path = _write(tmp_path, "Alice is the sender in this example; she signs the message with her private key.\n")
    assert introduced_people(read_document(path), str(path)) == []  # an example's actor, not a persona


def test_the_introduced_people_are_only_a_fallback(tmp_path: Path) -> None:
    path = _write(tmp_path, (
        "Karim is a 40 year old clerk; he struggles with the rota tool.\n\n"
        "# Personas\n\n"
        "## Night Nurse Nadia\n\n"
        "### Pain points\n\n"
        "- The badge reader fails at the drug cabinet\n"), name="page.md")
    assert [p.name for p in introduced_people(read_document(path), str(path))] == ["Karim"]
    assert [p.name for p in parse_document(path).personas] == ["Night Nurse Nadia"]  # headings say where personas are


def test_kinds_of_customers_a_page_declares_as_personas_are_personas(tmp_path: Path) -> None:
    text = (
        "Picking which diners to cater for is hard for a new cafe owner. We sorted the guests we meet most often into "
        "three personas worth planning a menu around.\n"
        "Laptop Campers\n"
        "These guests arrive at opening time and stay until lunch with one flat white. They need a socket at every "
        "table and they get annoyed when the wifi drops in the afternoon.\n"
        "School-run Parents\n"
        "They come in pairs after the school gates close and order quickly. Their biggest frustration is a queue at "
        "the counter, because they only have twenty minutes before work.\n"
        "Weekend Brunchers\n"
        "Groups of friends who book a table for eleven and linger for hours over long plates and fresh juices and "
        "who talk about them for days afterwards.\n")
    personas = parse_document(_write(tmp_path, text)).personas
    assert [p.name for p in personas] == ["Laptop Campers", "School-run Parents", "Weekend Brunchers"]
    assert any("wifi drops" in c.text for c in personas[0].concerns)


def test_headings_over_paragraphs_are_no_personas_unless_the_page_says_so(tmp_path: Path) -> None:
    text = (
        "Opening a cafe takes more than good coffee. Here is what we learnt in the first year.\n"
        "Morning Rush\n"
        "Between seven and nine the queue is out of the door. They want to be served fast and they get annoyed when "
        "the card machine is slow to connect.\n"
        "Quiet Afternoons\n"
        "After two the tables empty out. Their owners told us the hardest part is paying staff while they wait for "
        "the evening trade to start.\n")
    with pytest.raises(InputError):
        parse_document(_write(tmp_path, text))


def test_the_labelled_items_a_sentence_declares_as_personas_are_personas(tmp_path: Path) -> None:
    text = (
        "Our survey of 3,000 bus riders grouped them into four rider personas, each with its own habits:\n"
        "- Night Shifters: hospital and warehouse staff who ride after midnight and struggle with sparse timetables\n"
        "- School Runners: parents who ride twice a day with children and need step-free buses\n"
        "- Weekend Wanderers: occasional riders who find the fare zones confusing\n"
        "- Airport Dashers: travellers with luggage who worry about missing their flights\n"
        "Each persona suggests a different change to the network.\n")
    personas = parse_document(_write(tmp_path, text)).personas
    assert [p.name for p in personas] == ["Night Shifters", "School Runners", "Weekend Wanderers", "Airport Dashers"]


def test_a_list_under_a_sentence_that_does_not_declare_personas_is_no_persona(tmp_path: Path) -> None:
    text = (
        "The release adds three features:\n"
        "- Night mode: a dark theme for the timetable screens\n"
        "- Offline tickets: tickets that open without a signal\n"
        "- Fare alerts: a message when a cheaper fare appears\n")
    with pytest.raises(InputError):
        parse_document(_write(tmp_path, text))


def test_a_lead_in_at_the_end_of_an_introduction_makes_the_list_after_it_concerns(tmp_path: Path) -> None:
    # no cue word in the second item: it is a concern because the lead-in says what the list is
    path = _write(tmp_path, ("Field notes\n\nOlek drives a grain truck between farms and the mill. He plans his own "
                             "route each morning. His worries:\n\n- The mill's gate app logs him out at the weighbridge\n"
                             "- Farm addresses are only written on paper notes\n"), name="notes.md")
    (olek,) = parse_document(path).personas
    assert [c.text for c in olek.concerns] == ["The mill's gate app logs him out at the weighbridge",
                                               "Farm addresses are only written on paper notes"]
