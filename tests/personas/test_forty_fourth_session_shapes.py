"""Shapes met while working on misses of replica batches R1-R69 (development data once scored) in the forty-fourth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

_RECORDS = """export const cards = [
  {
    photo: "/img/p1.png",
    alt: "Profile of Tomasz Wrona",
    summary: "Night baker | Tomasz Wrona / 47 / runs a bakery",
    painpoints: ["Ordering flour by phone wastes his mornings", "The till crashes when the queue is long"],
  },
  {
    photo: "/img/p2.png",
    alt: "Profile of Ines Duarte",
    summary: "Student | Ines Duarte / 22 / lives in halls",
    painpoints: ["Her bank app keeps logging her out"],
  },
];
"""

_COMPONENTS = """import Card from "./Card";

const people = [
  <Card
    picture={Avatar1}
    name={"Rhoda"}
    job={"Ferry pilot"}
    frustrations={["Tide tables on her phone are slow to load", "Weather alerts come too late"]}
    goals={["Keep every crossing on time"]}
  />,
  <Card
    picture={Avatar2}
    name="Benedek"
    job="Harbour clerk"
    frustrations={["Paper manifests get lost between shifts"]}
    goals={["One list of every boat in port"]}
  />,
];

const shots = [<img src={Shot1} alt="First screen" />];
"""

_CHAPTERS = """# Study notes
## Who they are
Persona 1:
* _Name_: Wilhelmina
* _Role_: hospital porter, late 40s
Persona 2:
* _Name_: Cosmin
* _Role_: part-time courier, early 20s
## Stories
Persona 1:
Wilhelmina pushes beds across three buildings every shift. The lifts break down twice a week and she has to wait.
Persona 2:
Cosmin delivers parcels by bike. He is frustrated that the depot app never shows which door to use.
"""

_FLAT = """PERSONAS

Age 30-40 - Ferry pilot

Rhoda
HER LIFE IN BRIEF

Rhoda has steered the island ferry for nine years.

FRUSTRATIONS
  • Tide tables on her phone are slow to load

  • Weather warnings reach her after the boat has left

GOALS
  • Keep every crossing on time

Harbour clerk
Benedek
HER LIFE IN BRIEF

Benedek keeps the harbour's books.
"""


def _concerns(doc: Path, names: list[str]) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(doc, None, names).personas}


def test_a_data_record_with_no_name_key_named_in_one_of_its_values_is_that_persona_whole(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "cards.ts", _RECORDS)
    personas = _concerns(doc, ["Tomasz Wrona", "Ines Duarte"])
    assert any("wastes his mornings" in c for c in personas["Tomasz Wrona"])
    assert any("till crashes" in c for c in personas["Tomasz Wrona"])
    assert personas["Ines Duarte"] == ["Her bank app keeps logging her out"]


def test_components_written_with_text_props_are_records(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "people.jsx", _COMPONENTS)
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Rhoda", "Benedek"}  # the <img> beside them is markup, not a record
    assert "Weather alerts come too late" in personas["Rhoda"]
    assert personas["Benedek"] == ["Paper manifests get lost between shifts"]


def test_a_paragraph_elsewhere_that_opens_with_a_named_persona_is_more_of_her_story(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "notes.md", _CHAPTERS)
    personas = _concerns(doc, ["Wilhelmina", "Cosmin"])
    assert any("lifts break down" in c for c in personas["Wilhelmina"])
    assert any("never shows which door" in c for c in personas["Cosmin"])
    assert not any("door" in c for c in personas["Wilhelmina"])  # each story goes to the one it opens with
    assert not any(c.startswith("Persona") for cs in personas.values() for c in cs)  # the pointer is left off


def test_a_name_heading_on_a_flat_page_takes_the_field_headings_after_it(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "synthesis.txt", _FLAT)
    personas = _concerns(doc, ["Rhoda", "Benedek"])
    assert "Tide tables on her phone are slow to load" in personas["Rhoda"]
    assert any("Weather warnings" in c for c in personas["Rhoda"])
    assert not any("Tide" in c for c in personas["Benedek"])


_CONTENTS_AS_HEADINGS = """# Field study
## Persona 1: Careful Buyer
Ottilie Brandt
## Persona 2: Hurried Buyer
Lasse Nyberg
## Summary of the personas
1. Ottilie Brandt (the careful one)- 52 years old, retired nurse, compares every price, worried about hidden delivery fees
1. Lasse Nyberg (the hurried one)- 24 years old, courier, orders from his phone, annoyed by long checkout forms
"""

_KIN = """# Personas

Maren Holt is a 38 year old ferry pilot on the island route. She has steered the same boat for nine years.

Maren lives near the harbour with her partner, Jonas, and two cats. Jonas is a nurse at the island clinic. Maren struggles to find anyone to cover her shift when the clinic calls Jonas in at night.

Tobias Wendt is a 61 year old harbour clerk. He keeps the books by hand and finds the new tablet confusing.
"""


def test_a_named_persona_whose_first_part_only_repeats_her_name_is_read_from_the_next(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "study.md", _CONTENTS_AS_HEADINGS)
    personas = _concerns(doc, ["Ottilie Brandt", "Lasse Nyberg"])
    assert any("hidden delivery fees" in c for c in personas["Ottilie Brandt"])
    assert any("long checkout forms" in c for c in personas["Lasse Nyberg"])


def test_someone_named_as_a_personas_kin_is_no_persona_of_her_own(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "people.md", _KIN)
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert "Jonas" not in personas
    assert any("cover her shift" in c for c in personas["Maren Holt"])


_GRID = """<html><body>
<div class="title">Personas</div>
<div class="subtitle">Waiting Wanda</div>
<div class="body">Wanda is a second-year nursing student who takes the hospital shuttle every morning. She often worries about the
timetable.</div>
<table>
<tr><td><div class="subtitle">Thinks</div><ul><li>Will the shuttle come on time today?</li></ul></td>
<td><div class="subtitle">Feels</div><ul><li>Nervous when the stop is empty and dark</li><li>Calm once she is on board</li></ul></td></tr>
<tr><td><div class="subtitle">Says</div><ul><li>"Is this the right stop?"</li></ul></td>
<td><div class="subtitle">Does</div><ul><li>Checks the app three times</li></ul></td></tr>
</table>
<div class="subtitle">Driving Dario</div>
<div class="body">Dario is a porter who drives to work. He is frustrated that the car park fills up before his shift.</div>
</body></html>
"""


def test_an_empathy_map_laid_out_as_a_grid_after_a_persona_story_is_hers(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "personas.html", _GRID)
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    wanda = next(cs for name, cs in personas.items() if "Wanda" in name)
    assert any("Nervous when the stop is empty" in c for c in wanda)
    assert not any("Nervous" in c for name, cs in personas.items() if "Dario" in name for c in cs)


_INTRODUCED_THEN_HEADED = """# Bakery site personas

#### Odile
##### "I'm a nurse and I want bread that lasts the whole week."
###### Needs
* _Early opening hours_

###### Pain Points
* _Queues that are far too long at seven_

###### How we can help
* _Show the opening hours on the front page_
* User persona: Bruno - "I need cakes for the office." - Bruno orders cakes for his team every Friday.
#### Bruno
##### "As a manager, I want cakes that arrive on time for our Friday meeting"
###### Needs
* _Delivery to the office_

###### Pain Points
* _Too many steps to place a bulk order_

###### How we can help
* _Offer a bulk order form_
"""


def test_a_heading_titled_with_a_named_persona_tells_more_surely_than_a_found_persona_mentioning_her(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "bakery.md", _INTRODUCED_THEN_HEADED)
    personas = _concerns(doc, ["Odile", "Bruno"])
    assert "Queues that are far too long at seven" in personas["Odile"]
    assert "Too many steps to place a bulk order" in personas["Bruno"]
    assert not any("Queues" in c for c in personas["Bruno"])


def test_a_data_record_with_no_name_key_is_named_by_the_person_a_value_gives_beside_her_age(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "cards.ts", _RECORDS)
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Tomasz Wrona", "Ines Duarte"}
    assert personas["Ines Duarte"] == ["Her bank app keeps logging her out"]


_ONE_STORY = """Since turning 50, Marguerite has lived with arthritis in both hands, and it has grown much worse this year.
Soon the pain took away most of her hobbies.
Knitting is no longer possible for her, she now orders her groceries online, and even opening a jar is an ordeal.
At Home
She still writes letters to her grandchildren, though every line takes her a long time.
“Most phone keyboards are far too small for my fingers, and the buttons in banking apps are tiny. I mistype my password three times a week.”
At the Pharmacy
“The child-proof caps are impossible to open without help, and I am embarrassed to ask the young staff every time.”
References
Arthritis Society, annual report.
"""


def test_the_owners_one_persona_found_under_a_line_not_naming_her_is_read_from_the_whole_page(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "story.txt", _ONE_STORY)
    personas = _concerns(doc, ["Marguerite"])
    assert any("child-proof caps" in c for c in personas["Marguerite"])
    assert any("keyboards are far too small" in c for c in personas["Marguerite"])
    assert not any("Arthritis Society" in c for c in personas["Marguerite"])  # the references stay out
    skipped = [s.title for s in parse_document(doc, None, ["Marguerite"]).skipped]
    assert "At the Pharmacy" not in skipped  # read now, so no longer said to be skipped


_CELL = """## Team 4 project sheet

| Item | Details |
| --- | --- |
| **Project** | A booking helper for small climbing gyms |
| **Customers** | Henrike (29, route setter)<br>- Pain Point: the paper rota gets lost and two setters turn up for one wall.<br>- Needs: one shared calendar.<br><br>Aurelio (41, gym owner)<br>- Pain Point: he cannot tell which walls sit idle on weekdays.<br>- Needs: a weekly report. |
| **Members** | Three students |
"""


def test_personas_told_one_after_another_in_a_table_cell_each_take_their_lines(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "sheet.md", _CELL)
    personas = _concerns(doc, ["Henrike", "Aurelio"])
    assert any("paper rota gets lost" in c for c in personas["Henrike"])
    assert any("walls sit idle" in c for c in personas["Aurelio"])
    assert not any("walls sit idle" in c for c in personas["Henrike"])


def test_a_latin_name_takes_a_korean_particle() -> None:
    from callinsight.personas.named import mentions

    assert mentions("대학생 K는 아침마다 버스를 놓친다", "대학생 K")
    assert mentions("Mina가 먼저 도착했다", "Mina")
    assert not mentions("Annabel arrived first", "Ann")  # a longer name is not hers


_TITLE_ROWS = """## Audience

| Audience | Issues, concerns, needs | Approach |
| --- | --- | --- |
| **Client: Orla Quinn** | | |
| Orla runs a small bakery in Galway. | Ordering flour by phone wastes her mornings | A simple order form |
| **Job seeker: Piet Vos** | | |
| Piet has just finished college. | Short on cash after moving cities | Clear prices |
| **Competitor: Crumb & Co** | | |
| A bigger bakery chain. | Plenty of reviews | Watch their prices |
"""


def test_a_table_row_that_only_names_a_persona_takes_the_rows_after_it(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "aia.md", _TITLE_ROWS)
    personas = _concerns(doc, ["Orla Quinn", "Piet Vos"])
    assert any("wastes her mornings" in c for c in personas["Orla Quinn"])
    assert any("Short on cash" in c for c in personas["Piet Vos"])
    assert not any("reviews" in c for c in personas["Piet Vos"])  # up to the next row that only names


_EMPTY_FOUND = """Page 1 of 4

Harbour.

app
Personas
A student project - March 2015

HARBOUR APP - A STUDENT PROJECT

Tamsin (Weekend Sailor)


User Scenario
Tamsin is a keen dinghy sailor from Cornwall.
She keeps her boat at a small club and sails most weekends. Lately the club moved its
booking sheet online, and she struggles to reserve a slot before the good tides are gone.
She is frustrated that the tide tables on the club site are slow to load on her phone.

HARBOUR APP - A STUDENT PROJECT

Quick Facts

Name: Tamsin
Age: 38
Hometown: Fal"""


def test_a_named_persona_found_with_nothing_under_it_is_read_again_from_her_heading(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "deck.txt", _EMPTY_FOUND)
    personas = _concerns(doc, ["Tamsin"])
    assert any("struggles to reserve a slot" in c for c in personas["Tamsin"])


_NAME_CELL_TELLS = """## Audience

| Audience | Issues, concerns, needs | Approach |
| --- | --- | --- |
| **Anglers** Weekend anglers from the valley who plan trips on old phones and struggle to read the small tide charts. | see the river levels | a big, plain river page |
| **Walkers** Retired ramblers who book guided walks by phone and want the route maps in print. | find the next guided walk | a printable walks list |
"""


def test_a_table_rows_name_cell_that_tells_of_the_persona_is_read_for_her_troubles(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "audience.md", _NAME_CELL_TELLS)
    personas = _concerns(doc, ["Anglers", "Walkers"])
    assert any("struggle to read the small tide charts" in c for c in personas["Anglers"])
    assert not any("tide charts" in c for c in personas["Walkers"])


_PROBLEM_STATEMENTS = """# Salon booking site

## Who we designed for
Persona 1:
* _Name_: Harriet Cole
* _Job_: estate agent, early 40s
Persona 2:
* _Name_: Bram Visser
* _Job_: barista, late 20s

## Problem statements

- Problem statement: Harriet Cole
I am an estate agent who wants quick appointments, but I never get the chance to ring round salons because my hours keep moving.

- Problem statement: Bram Visser
I am a barista who works early shifts, and I cannot book online because the salon only takes calls.
"""


def test_a_list_item_elsewhere_that_opens_with_a_named_personas_name_is_more_of_her_story(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "salon.md", _PROBLEM_STATEMENTS)
    personas = _concerns(doc, ["Harriet Cole", "Bram Visser"])
    assert any("never get the chance to ring round salons" in c for c in personas["Harriet Cole"])
    assert any("cannot book online" in c for c in personas["Bram Visser"])
    assert not any("cannot book online" in c for c in personas["Harriet Cole"])
