"""Shapes met while working on misses of replica batches R1-R61 (development data once scored) in the forty-second
session, each on a small synthetic sentence or document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.names import introduced_person
from callinsight.personas.parse import parse_document
from callinsight.personas.vocab import PROFILE_DETAIL, concern_kind

from .conftest import write_doc


def test_a_data_file_cut_short_keeps_the_personas_it_holds(tmp_path: Path) -> None:
    # an excerpt of a persona data module: the colour list first, the personas' array never closed
    cut = write_doc(tmp_path, "personas.js", "export const PERSONA_TINTS = ['#112233', '#445566']\n\n"
                    "export const PERSONAS = [\n  {\n    name: 'Wren Ashby',\n    role: 'Allotment secretary',\n"
                    "    frustrations: [\n      'Plot waiting lists live in three notebooks', // the paper era\n"
                    "      'Members never read the water rota emails',\n    ],\n  },\n  {\n    name: 'Tobias Crane',\n"
                    "    frustrations: ['Cannot tell which plots are still unpaid'],\n  },\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(cut).personas}
    assert personas == {"Wren Ashby": ["Plot waiting lists live in three notebooks", "Members never read the water rota emails"],
                        "Tobias Crane": ["Cannot tell which plots are still unpaid"]}


def test_a_template_asking_its_questions_as_list_items_gives_one_persona_per_card(tmp_path: Path) -> None:
    asked = ("- Who is the user? Where do they live?\n  - {intro}\n- How do they use technology?\n  - {tech}\n"
             "- What is their motivation for using the app?\n  - {wish}\n- What are potential pain points for this user?\n"
             "  - {pain}\n")
    doc = write_doc(tmp_path, "personas.md", "## Personas\n\n- Owner\n" + asked.format(
        intro="Odile Marchand is a potter who sells mugs at weekend fairs. She lives near Lyon.",
        tech="She texts customers from an old phone.", wish="Odile wants to take orders between fairs.",
        pain="Odile loses track of which glazes a buyer asked for") + "- Buyer\n" + asked.format(
        intro="Kasper Lund is a teacher who collects handmade cups. He lives in Aarhus.",
        tech="He shops on his tablet in the evening.", wish="Kasper wants to reserve pieces before a fair.",
        pain="Shipping fees often cost more than the cup itself"))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Odile Marchand", "Kasper Lund"}
    assert personas["Odile Marchand"] == ["Odile loses track of which glazes a buyer asked for"]
    assert personas["Kasper Lund"] == ["Shipping fees often cost more than the cup itself"]


def test_field_headings_left_at_the_personas_own_level_are_hers(tmp_path: Path) -> None:
    # the author went up a level after the first field: "## Values" and "## Fears" still belong to Persona #1
    doc = write_doc(tmp_path, "personas.md", "# Personas\n## Persona #1: Milo - The Night Owl\n\n"
                    "Milo is a baker who starts work at three in the morning. He sleeps in the afternoon.\n\n"
                    "### Needs:\n* Orders sent to him before midnight\n\n## Comfort with Technology:\nPhone: strong\n\n"
                    "## Values:\nFresh bread\n\n## Fears:\nOvens breaking down before the morning rush\n\n"
                    "# Persona #2: Ines - The Planner\nInes runs a catering firm and books every event months ahead. She "
                    "checks every invoice herself.\n\n## Fears:\nLast-minute changes to the guest count\n")
    personas = {p.name.split(" - ")[0]: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Milo", "Ines"}
    assert "Ovens breaking down before the morning rush" in personas["Milo"]
    assert "Ovens breaking down before the morning rush" not in personas["Ines"]


def test_how_at_home_with_technology_someone_is_a_detail_of_the_card() -> None:
    for label in ("Comfort with Technology", "Tech savviness", "Technology proficiency", "Tech literacy", "디지털 친숙도"):
        assert PROFILE_DETAIL.match(label), label
    assert not PROFILE_DETAIL.match("Technology")  # a README's stack, not a persona's detail


def test_a_paragraph_opening_with_a_name_and_an_age_introduces_that_person() -> None:
    assert introduced_person("Anouk, Age 31, Nurse, lives near the hospital. She works nights.") == "Anouk"
    assert introduced_person("Berlin, Age 800, is a city of rivers.") == ""


def test_more_idioms_of_trouble() -> None:
    for said in ("She spends longer than planned in the queue every week.", "He ends up paying twice for delivery.",
                 "The booking page isn't easy to find.", "If the menu hides it, I'll just leave.",
                 "Fifteen minutes later there is still no bus stop in sight, 정류장이 눈에 띄지 않는다",
                 "우산을 둘 데가 없다", "어쩔 수 없이 택시를 탔다", "He has little patience for long forms.",
                 "Squeezed for time in the exam season.", "The dentist appointment slips his mind.",
                 "Their release dates keep slipping.", "The night shifts drain her.", "The family budget feels the pinch.",
                 "Most leads go nowhere.", "Jargon puts him off.", "The sign-up flow is off-putting.",
                 "The step counter feels gimmicky.", "The open day was poorly signposted.",
                 "A flat tyre throws her day into chaos.", "She rarely has any time for hobbies.",
                 "Short on know-how for the tax return.", "He came away disappointed by the menu.",
                 "She knows hardly anything about pensions.", "There is scarcely any room for a pram on the bus.",
                 "He battles chronic back pain.", "A knee injury keeps her off the pitch.", "The app has weak spots.",
                 "No energy left by Friday.", "Stairs get harder and harder.", "Not quite at home with tablets.",
                 "Buys in a panic before storms.", "Feels ignored by the council.", "Night shifts are isolating.",
                 "Worried about fraud on the card.", "Stung by last year's price rise.", "Shyness holds him back.",
                 "Gets locked out of the portal.", "No room for a desk at home.", "Little enthusiasm for homework.",
                 "일정을 맞추기가 어려워요", "수리를 맡기면 돈이 많이 든다", "혼자서는 꾸준히 하지 못함"):
        assert concern_kind(said) == "pain_point", said
    for said in ("She plans her week on Sunday evening.", "He ends up loving the new recipe.", "화면에 메뉴가 보인다",
                 "The harbour view never disappoints.", "The crew battled to the final.", "Panic buttons in every room.",
                 "She feels at home with tablets."):
        assert concern_kind(said) is None, said


def test_a_card_headed_persona_and_a_number_is_named_by_the_person_it_introduces(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "persona1.html", "<h2>Persona 1</h2><p>Odette Varga</p><p>Odette Varga runs a flower stall "
                    "at the station. She opens at six every morning.</p><b>Pain Points</b><ul>"
                    "<li>Cannot tell how many tulips will sell on a rainy day</li></ul>")
    personas = parse_document(doc).personas
    assert [p.name for p in personas] == ["Odette Varga"]
    assert [c.text for c in personas[0].concerns] == ["Cannot tell how many tulips will sell on a rainy day"]


def test_lines_that_each_introduce_a_person_are_a_list_of_them(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "summary.md", "## Key Personas\n> Ruth - A 58-year-old ferry captain who loses hours to "
                    "paper logbooks.\n> Pavel - A 24-year-old deckhand. He struggles to swap shifts at short notice.\n\n"
                    "## Scenario\nA storm closes the harbour.\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert set(personas) == {"Ruth", "Pavel"}
    assert personas["Pavel"] == ["He struggles to swap shifts at short notice."]


def test_personas_kept_in_a_react_state_inside_a_portfolios_work_items(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "Content.tsx", "export const Content = () => {\n"
                    "  const [works] = useState<Work[]>([\n    {\n      name: 'Harbourline',\n      workItem: {\n"
                    "        title: 'Ferry app',\n        personaData: {\n"
                    "          commuter: { name: 'Ilse', goals: ['Board without queueing'], "
                    "painPoints: ['Paper tickets get soaked on deck'] },\n"
                    "          tourist: { name: 'Bram', goals: ['See the islands'], "
                    "painPoints: ['Timetables only in one language'] },\n        },\n      },\n    },\n  ]);\n"
                    "  return null;\n};\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert personas == {"Ilse": ["Paper tickets get soaked on deck"], "Bram": ["Timetables only in one language"]}


def test_an_indented_card_whose_prose_has_a_semicolon_is_read_as_text(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "persona.md", "Persona:\n\n\tName: Lotte Brandt\n\tAge: 41\n    Location: Utrecht\n\t\n"
                    "    Challenges: Finding a plumber who answers the phone on weekends\n\t\n"
                    "    Description: Lotte renovates old houses; she is also a keen rower.\n")
    personas = parse_document(doc).personas
    assert [p.name for p in personas] == ["Lotte Brandt"]
    assert "Finding a plumber who answers the phone on weekends" in [c.text for c in personas[0].concerns]


def test_a_card_under_a_heading_that_only_numbers_a_persona_needs_one_fact_besides_the_name(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "requirements.md", "# Persona\n\n#### Persona-1\n\nName: Wim Jacobs\nAge: 45\n"
                    "Phone: 555-0100\n\nI drive a taxi at night. I am often disappointed by how late the cafés close.\n\n"
                    "#### Persona-2\n\nName: Saskia Vos\nAge: 30\nPhone: 555-0101\n\nI study law. I rarely have the time "
                    "to cook a proper meal.\n")
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert personas == {"Wim Jacobs": ["I am often disappointed by how late the cafés close."],
                        "Saskia Vos": ["I rarely have the time to cook a proper meal."]}


def test_people_listed_by_name_and_age_under_a_heading_that_says_one_persona(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "summary.md", "## The Key Persona\n- Marta - A 63-year-old beekeeper who loses track of "
                    "which hives she has treated.\n- Joris - A 35-year-old honey buyer. He wants to order in bulk.\n")
    assert {p.name for p in parse_document(doc).personas} == {"Marta", "Joris"}


def test_a_page_laid_out_in_a_table_with_lists_set_in_heading_type(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "persona1.html", "<table><tr><th colspan='2'><h1>Tomas Lind</h1></th></tr><tr><td>"
                    "<h2>Goals:</h2><h4> o Cook one new dish a week.<br>o Shop once a week.</h3><br>"
                    "<h2>Pain Points:</h2><h4> o Recipes that need rare spices.<br>\no Checkout queues on\nSaturdays.</h4>"
                    "</td><td><h3><font>Age:</font>52</h3><h3><font>Location:</font>Malmö</h3></td></tr></table>")
    personas = parse_document(doc).personas
    assert [p.name for p in personas] == ["Tomas Lind"]
    concerns = [c.text for c in personas[0].concerns]
    assert "Recipes that need rare spices." in concerns and "Checkout queues on Saturdays." in concerns
    assert not any("Malmö" in c for c in concerns)


def test_a_card_of_questions_and_answers_in_a_table_under_each_name(tmp_path: Path) -> None:
    card = ("| Question | Answer |\n| --- | --- |\n| Age | {age} |\n| Job title | {job} |\n"
            "| What are their goals or objectives? | {goal} |\n| What are their biggest challenges? | {pain} |\n")
    doc = write_doc(tmp_path, "personas.md", "# Personas\n\n## Nurse Nadia\n" + card.format(
        age="40 to 49", job="Ward nurse", goal="Fewer night shifts", pain="Rosters change daily") +
        "\n## Chef Chidi\n" + card.format(age="30 to 39", job="Head chef", goal="A calmer kitchen",
                                            pain="Suppliers deliver after the lunch rush"))
    personas = {p.name: [c.text for c in p.concerns] for p in parse_document(doc).personas}
    assert personas == {"Nurse Nadia": ["Rosters change daily"], "Chef Chidi": ["Suppliers deliver after the lunch rush"]}
