"""Shapes met while working on misses of replica batches R1-R51 (development data once scored) in the thirty-eighth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

# Page text where each card is a run of "Label: value" paragraphs opened by the same label, which names no field, and
# no heading or name line anywhere; one label is asked as a question.
LABEL_OPENED_CARDS = """\
    Our learners

    Segment: Night-school welder retraining as an electrician.

    Who is it?: Man, 38. Two children. Works evenings at a fabrication shop.

    Attitude: He liked hands-on work at school. Classroom theory is another matter. He finds the wiring codes hard to remember and dreads the written exam.

    Goals: Pass his licence test within a year.

    Segment: Retired nurse learning to build a family website.

    Who is it?: Woman, 67. Lives alone near her daughter.

    Attitude: She enjoys learning but gets lost when menus change. She worries about breaking the site.
    """


def test_cards_opened_by_a_repeated_label_are_one_persona_each(tmp_path: Path) -> None:
    # before: one persona for the whole page, named by the page's first word, the two cards' troubles run together
    parsed = parse_document(write_doc(tmp_path, "learners.txt", LABEL_OPENED_CARDS))
    names = [p.name for p in parsed.personas]
    assert len(names) == 2
    assert names[0].startswith("Night-school welder") and names[1].startswith("Retired nurse")
    welder, nurse = ([c.text for c in p.concerns] for p in parsed.personas)
    assert any("wiring codes hard to remember" in c for c in welder) and not any("breaking the site" in c for c in welder)
    assert any("breaking the site" in c for c in nurse)
    # the question label is a label: who he is stays his profile, not a trouble
    assert not any("Man, 38" in c for c in welder)


def test_a_repeated_label_in_a_list_of_do_and_dont_lines_opens_no_cards(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ## Priya, the shift lead

        **Pain points:** Rotas change at short notice and nobody tells her.

        ### Messaging

        - Don't say: "Just be more organised" (blames her)
        - Say: "Your rota should tell you first" (puts the fault on the tool)
        - Don't say: "Work smarter" (empty)
        - Say: "See every change the moment it is made" (concrete)
        """))
    assert [p.name for p in parsed.personas] == ["Priya, the shift lead"]


# Plain page text: four mindsets, each a name with a quoted tagline over one paragraph that says "this persona".
TAGLINED_MINDSETS = """\
    Our research found that adult learners fall into a few mindsets.

    Steady— “I WILL Finishing is the first step”

    Even the steadiest learner meets setbacks, so encouragement still helps. This persona gains from short practice tests.

    Provider— “I MUST Do it for the kids”

    This persona puts family first and has little time left over for study. Show how the course fits around school runs.

    Doubter – "I'LL TRY But can I really pass?"

    This persona is afraid of failing again after a bad first attempt. Small early wins rebuild confidence.
    """


def test_a_name_with_a_quoted_tagline_titles_a_card_whose_text_says_this_persona(tmp_path: Path) -> None:
    # before: no persona found (the tagline lines were read as text, the paragraphs had no fields)
    parsed = parse_document(write_doc(tmp_path, "mindsets.txt", TAGLINED_MINDSETS))
    assert [p.name for p in parsed.personas] == ["Steady", "Provider", "Doubter"]


def test_a_section_saying_this_persona_under_a_method_heading_is_no_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ## How we built them

        This persona set came from twelve interviews. This persona work took two weeks.

        ## Dana, the clinic manager

        **Pain points:** Appointment reminders go out late.
        """))
    assert [p.name for p in parsed.personas] == ["Dana, the clinic manager"]


# A delivery note listing personas: each heading a role, a dash and the persona's quoted full name and archetype; under
# it a flat list where a plain "Key Pain Points:" item heads the items after it.
DELIVERY_NOTE = """\
    Summary of the persona work
    Delivered
    Night Nurse Persona - "Ama Boateng, The Handover Keeper"
    - Role: Charge nurse on night shifts
    - Key Pain Points:
    - Handover notes arrive scattered across three systems
    - Bed alerts wake the whole ward for minor changes
    - Primary Goals:
    - Finish handover within fifteen minutes
    Ward Clerk Persona - "Tom Reyes, The Bed Juggler"
    - Role: Admissions clerk
    - Key Pain Points:
    - Bed status is out of date by the afternoon
    - Primary Goals:
    - Place every admission before noon
    """


def test_a_quoted_full_name_with_an_archetype_stays_in_the_name_and_a_plain_label_item_heads_its_list(tmp_path: Path) -> None:
    # before: no persona found; the quoted name was dropped as a tagline, and "Key Pain Points:" held none of the items
    parsed = parse_document(write_doc(tmp_path, "delivery.txt", DELIVERY_NOTE))
    names = [p.name for p in parsed.personas]
    assert names == ['Night Nurse Persona - Ama Boateng, The Handover Keeper', 'Ward Clerk Persona - Tom Reyes, The Bed Juggler']
    nurse, clerk = ([c.text for c in p.concerns] for p in parsed.personas)
    assert nurse == ["Handover notes arrive scattered across three systems", "Bed alerts wake the whole ward for minor changes"]
    assert clerk == ["Bed status is out of date by the afternoon"]


def test_a_plain_label_item_over_nothing_but_its_own_value_keeps_the_list_after_it_its_own(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ## Mina, the night baker

        - Role: Head baker
        - Pain points: Flour deliveries arrive after the ovens are hot
        - Bakes 400 loaves a night
        """))
    assert [c.text for c in parsed.personas[0].concerns] == ["Flour deliveries arrive after the ovens are hot"]


def test_a_paragraph_labelled_with_a_full_name_that_tells_her_age_introduces_her(tmp_path: Path) -> None:
    # before: no persona found (the name was read as a label of a long paragraph, not as a card's title)
    parsed = parse_document(write_doc(tmp_path, "patron.txt", """\
        Personas help us picture who uses the clinic's website. Below is our typical patient.

        Ruth Okafor: A 68-year-old retired bus driver who lives alone above a bakery. She books her check-ups by phone because she struggles to read the small print on the booking page. Her daughter set up an online account for her once.

        Ruth has never gone back to it since.
        """))
    assert [p.name for p in parsed.personas] == ["Ruth Okafor"]
    assert any("struggles to read the small print" in c.text for c in parsed.personas[0].concerns)


def test_a_labelled_paragraph_without_an_age_stays_a_field(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.txt", """\
        Priya, the practice manager

        Background: Runs a three-doctor practice in a market town and handles every complaint herself. She keeps the rota in a spreadsheet.

        Pain points: The rota breaks whenever a locum cancels at short notice.
        """))
    assert [p.name for p in parsed.personas] == ["Priya, the practice manager"]


# A proto-persona as plain "Label: value" lines: a conflict named as such, and labels the reader knows nothing of
# ("Attempts to Solve", "Tools") that still end the field above them.
PROTO_PERSONA = """\
    Proto-persona

    Name: RB ("the night owl")

    Role: Second-year nursing student, works weekend shifts

    Goal/Motivation: Pass the pharmacology exam without pulling all-nighters

    Conflict: Plans to revise each evening but ends up scrolling videos until midnight.

    Attempts to Solve: Leaves the phone in the kitchen, which works for about two days.

    Tools: A paper planner and a library carrel booked on Tuesdays.
    """


def test_a_conflict_is_a_trouble_and_an_unknown_plain_label_after_a_field_ends_it(tmp_path: Path) -> None:
    # before: "Conflict" was no field, so the card stated no trouble; then, with it, the lines after swallowed
    parsed = parse_document(write_doc(tmp_path, "proto.txt", PROTO_PERSONA))
    assert len(parsed.personas) == 1
    concerns = [c.text for c in parsed.personas[0].concerns]
    assert concerns == ["Plans to revise each evening but ends up scrolling videos until midnight."]


def test_a_story_after_a_field_told_on_its_own_line_is_not_that_field(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.txt", """\
        Personas

        Omar – Warehouse picker in Leeds
        31 years old
        Worries: Missing his bus after a late shift.

        Omar has worked nights for six years. He likes the team. He has never used the company's app to swap shifts.
        """))
    omar = parsed.personas[0]
    assert "Missing his bus after a late shift." in [c.text for c in omar.concerns]
    assert not any("likes the team" in c.text for c in omar.concerns)


def test_a_ranked_audience_named_after_a_colon_is_one_persona_with_its_parts(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "audience.md", """\
        # Audience

        ## Primary audience: first-time landlords

        ### Who they are

        - people who inherited or bought one flat to let

        ### Their recurring struggles

        - chasing late rent without a system
        - not knowing which repairs are theirs to pay for

        ## Secondary audience: letting agents

        ### Who they are

        - small agencies managing a few dozen flats

        ### What they want

        - landlords who answer the phone
        """))
    names = [p.name for p in parsed.personas]
    assert names == ["Primary audience, first-time landlords", "Secondary audience, letting agents"]
    assert [c.text for c in parsed.personas[0].concerns] == ["chasing late rent without a system",
                                                              "not knowing which repairs are theirs to pay for"]


def test_the_last_words_of_a_page_cut_off_in_a_copy_head_nothing(tmp_path: Path) -> None:
    # before: the cut last line became a heading, and the card above it lost its text and, named, its persona
    parsed = parse_document(write_doc(tmp_path, "mindsets.txt", TAGLINED_MINDSETS + """
    Later— “I WILL… someday There is no rush”

    Although everyone is shaped by the circumstances around
    """), None, ["Steady", "Provider", "Doubter", "Later"])
    assert [p.name for p in parsed.personas] == ["Steady", "Provider", "Doubter", "Later"]


def test_a_summary_row_and_the_card_of_the_same_first_name_are_one_persona(tmp_path: Path) -> None:
    # before: four personas, the summary rows apart from the cards (and the cards' troubles scored to no one)
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ## Personas

        | Persona | Key features |
        |---|---|
        | **Dana** — the weekend planner | Calendar |
        | **Omar** — the night owl | Alerts |

        ### 1. Persona — Dana (34, nurse)

        **Goal**: Plan the week ahead.

        **Pain Point**: Shifts change without notice.

        ### 2. Persona — Omar (29, baker)

        **Pain Point**: Misses early deliveries.
        """))
    assert [p.name for p in parsed.personas] == ["Dana (34, nurse)", "Omar (29, baker)"]
    assert [c.text for c in parsed.personas[0].concerns] == ["Shifts change without notice."]


def test_the_projects_own_team_table_is_no_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "readme.md", """\
        ## 페르소나

        ### 1. 페르소나 — 한지원 (31세, 간호사)

        **Pain Point**: 교대 근무표가 자주 바뀌어 일정을 잡기 어렵다.

        ## 팀 구성

        | 역할 | 이름 | 담당 |
        |---|---|---|
        | 팀장 | 오세훈 | 백엔드 |
        | 팀원 | 윤다은 | 프론트엔드 |
        """))
    assert [p.name for p in parsed.personas] == ["한지원 (31세, 간호사)"]


# A course project's RST: personas by role, a name and job title under each, then problem scenarios told per person.
RST_WITH_SCENARIOS = """\
    Shift Planner
    =============

    Personas
    ========

    Ward Manager
    ------------

    Aisha - Head of Nursing, North Wing

    Details
    ^^^^^^^

    Aisha runs a ward of forty nurses and signs off every rota.

    Goals
    ^^^^^

    Aisha wants every shift covered a week ahead.

    Night Nurse
    -----------

    Bruno - Staff Nurse

    Details
    ^^^^^^^

    Bruno works nights and swaps shifts often.

    Goals
    ^^^^^

    Bruno wants his swaps confirmed the same day.

    Problem Scenarios
    =================

    Late rota changes
    -----------------

    Aisha learns about sick calls after the shift has started, so the ward is often short of staff.

    Lost swaps
    ----------

    Bruno agrees swaps by text message, and they are often lost before the rota is published.
    """


def test_problem_scenarios_that_open_with_a_personas_first_name_are_hers(tmp_path: Path) -> None:
    # before: the personas were named by role alone, and each scenario was a persona of its own or lost
    parsed = parse_document(write_doc(tmp_path, "planner.rst", RST_WITH_SCENARIOS))
    assert [p.name for p in parsed.personas] == ["Aisha (Ward Manager)", "Bruno (Night Nurse)"]
    aisha, bruno = ([c.text for c in p.concerns] for p in parsed.personas)
    assert any("short of staff" in c for c in aisha) and not any("swaps" in c for c in aisha)
    assert any("often lost" in c for c in bruno)


def test_a_heading_of_personas_over_one_name_and_its_parts_is_that_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "readme.rst", """\
        Budgeter
        ========

        Personas
        ========

        Tessa the Freelance Illustrator

        Details
        ^^^^^^^

        Tessa works for three studios at once.

        Goals
        ^^^^^

        Tessa wants to know her take-home pay each month.
        """))
    assert [p.name for p in parsed.personas] == ["Tessa the Freelance Illustrator"]


# A class exercise: the same questions answered once per persona, in the first person, each card under a rule.
QUESTIONNAIRE = """\
    Personas of our app's users:

    Who are you? (Driver)
    * I am Kofi, and I drive a delivery van six days a week.

    What's your main goal?
    * Finish my route before the school run.

    What's your main barrier to achieving this goal?
    * Addresses in the app are often wrong, so I lose time calling customers.

    ___

    Who are you? (Dispatcher)
    * Mei here, I plan the routes for twelve drivers.

    What's your main goal?
    * Balance the routes so nobody works late.

    What's your main barrier to achieving this goal?
    * Drivers' changes reach me by text and I miss half of them.
    """


def test_a_questionnaire_answered_once_per_persona_is_one_persona_per_card(tmp_path: Path) -> None:
    # before: no persona found (questions and answers without headings or labels)
    parsed = parse_document(write_doc(tmp_path, "personas.md", QUESTIONNAIRE))
    assert [p.name for p in parsed.personas] == ["Kofi (Driver)", "Mei (Dispatcher)"]
    kofi, mei = ([c.text for c in p.concerns] for p in parsed.personas)
    assert any("lose time calling customers" in c for c in kofi) and not any("by text" in c for c in kofi)
    assert any("miss half of them" in c for c in mei)


def test_every_card_opened_by_a_name_label_line_is_at_the_level_of_the_first(tmp_path: Path) -> None:
    # before: the first "Name:" line titled the page and the second card was read as a part of the first
    parsed = parse_document(write_doc(tmp_path, "riders.txt", """\
        Name: Walter Haines

        Age: 77

        Lives: Hillcrest

        Walter has given up driving and takes the bus to the library. He struggles to read the small print on the stop's timetable.

        Name: Sina Tupou

        Age: 29

        Lives: Bayview

        Sina rides with a pram most days. She struggles to get the pram on board when buses are crowded.
        """))
    assert [p.name for p in parsed.personas] == ["Walter Haines", "Sina Tupou"]
    walter, sina = ([c.text for c in p.concerns] for p in parsed.personas)
    assert any("small print" in c for c in walter) and not any("pram" in c for c in walter)
    assert any("get the pram on board" in c for c in sina)
