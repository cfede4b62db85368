"""Shapes met while working on the replica batches already scored (development data) in the twenty-second session,
each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

# a card whose field heading is closed with a mistyped tag, so the parser nests the list inside the heading
_HEADING_LEFT_OPEN = """\
    <html><body>
    <h2>Ingeborg Castellanos</h2>
    <p>Runs the evening ceramics course at the community hall.</p>
    <div class="card-part">
      <h3>Frustrations</hx>
        <ul>
          <li>Kiln bookings clash with the yoga class every other Thursday</li>
          <li>Glaze orders arrive without the colour codes she asked for</li>
        </ul>
    </div>
    <div class="card-part">
      <h3>Goals</h3>
      <ul><li>Run a spring exhibition for the learners</li></ul>
    </div>
    </body></html>
    """


def test_a_heading_left_open_keeps_its_title_and_its_list_is_read_as_the_fields_items(tmp_path: Path) -> None:
    (persona,) = parse_document(write_doc(tmp_path, "ceramics.html", _HEADING_LEFT_OPEN)).personas
    assert persona.name == "Ingeborg Castellanos"
    assert persona.headings["pain_points"] == "Frustrations"
    assert persona.sections["pain_points"] == [
        "Kiln bookings clash with the yoga class every other Thursday",
        "Glaze orders arrive without the colour codes she asked for",
    ]
    assert persona.sections["goals"] == ["Run a spring exhibition for the learners"]


_FIELD_COLUMN_TABLES = """\
    ## Bartholomew Quince

    Bartholomew buys lab glassware for a school district.

    ### Objections

    | Objection | Response |
    |---|---|
    | "We signed a three-year deal with another supplier." | Offer to match their terms from the renewal date |
    | "Your catalogue is missing the small beakers." | Point to the spring range |

    ### Needs

    | Need | Detail |
    |---|---|
    | Delivery to each school | Not one drop at the district office |
    | Invoices per school | The district splits the budget by site |
    """


def test_a_table_under_a_field_whose_first_column_names_it_gives_its_items_and_keeps_our_answers_apart(tmp_path: Path) -> None:
    (persona,) = parse_document(write_doc(tmp_path, "glassware.md", _FIELD_COLUMN_TABLES)).personas
    concerns = {c.text: c.kind for c in persona.concerns}
    assert concerns == {
        '"We signed a three-year deal with another supplier."': "objection",
        '"Your catalogue is missing the small beakers."': "objection",
        "Delivery to each school: Not one drop at the district office": "need",
        "Invoices per school: The district splits the budget by site": "need",
    }  # not the headers ("Response", "Detail"), and the seller's answers are no objection
    assert persona.extra_sections["Response"].splitlines() == ["Offer to match their terms from the renewal date", "Point to the spring range"]


_FRONT_MATTER_RECORD = """\
    ---
    name: Philippa Marchetti
    role: Facilities lead at a regional hospital
    goals:
      - Cut the time from a fault report to a booked repair
    pain_points:
      - issue: Contractors send quotes in five different formats
        frequency: Weekly
        severity: High
      - issue: Nobody can see which wards have an open repair
        frequency: Daily
        severity: Medium
    needs:
      - category: One inbox
        description: Every contractor message lands in one place
    tags: [facilities]
    ---

    ## A day with Philippa

    Philippa starts at seven with the overnight fault log.
    """


def test_front_matter_that_is_a_persona_record_gives_its_fields_and_a_listed_issue_is_one_item(tmp_path: Path) -> None:
    (persona,) = parse_document(write_doc(tmp_path, "philippa.md", _FRONT_MATTER_RECORD)).personas
    assert persona.name == "Philippa Marchetti"
    assert persona.sections["pain_points"] == [
        "Contractors send quotes in five different formats",  # its frequency and severity only rate it
        "Nobody can see which wards have an open repair",
    ]
    assert persona.sections["needs"] == ["One inbox: Every contractor message lands in one place"]
    assert persona.sections["goals"] == ["Cut the time from a fault report to a booked repair"]


def test_a_post_whose_front_matter_has_a_name_and_tags_is_not_a_persona_record(tmp_path: Path) -> None:
    from callinsight.personas.building import declares_persona_page

    assert not declares_persona_page({"name": "Release notes", "tags": ["news"], "summary": "What changed"})
    assert declares_persona_page({"name": "Ravi", "goals": ["Ship faster"], "pain_points": ["Flaky builds"]})
    assert not declares_persona_page({"name": "Ravi", "goals": ["Ship faster"]})  # one field is no record


_DECLARED_PAGE_WITHOUT_NAME = """\
    ---
    type: persona
    status: draft
    ---

    # Support Persona: The Night-Shift Dispatcher

    ## Who He Is

    He is called Anselm and he is 52. He routes breakdown calls for a towing firm from ten at night until six.

    ## His Relationship with Tools

    Anselm leans on tools all day. He can tell you which map layer freezes and which one holds up.

    What he needs from a tool:

    **Fresh positions.** A truck shown where it was ten minutes ago sends the wrong driver. He has no time to check.

    **One-tap texts.** Callers want the arrival time on their phone. He cannot type long messages while the next call rings.

    ## Other Dispatcher Types (Brief Profiles)

    **Day Dispatcher:** Works with the garage open and mechanics at hand. Knows every driver by name and rarely needs the map. Strongest fit: the rota view.

    **Volunteer Coordinator:** Runs a club rescue rota from a kitchen table. Has a phone and nothing else, and needs every screen to fit it. Main route for the text tool.
    """


def test_a_page_declared_a_persona_without_a_name_is_the_persona_its_one_top_heading_names(tmp_path: Path) -> None:
    (persona,) = parse_document(write_doc(tmp_path, "dispatcher.md", _DECLARED_PAGE_WITHOUT_NAME)).personas
    assert persona.name == "The Night-Shift Dispatcher"  # not "Fresh positions" and "One-tap texts", each a persona
    assert persona.headings["background"] == "Who He Is"  # what the top heading holds is the page's, part by part
    assert "He cannot type long messages while the next call rings." in [c.text for c in persona.concerns]


_QUESTION_COLUMNS = """\
    | Persona | Who are they? | What is their main goal? | What is their main barrier to getting there? |
    |---|---|---|---|
    | A night-shift nurse | Works twelve-hour shifts on a cardiac ward | Sleep enough between shifts | Daytime deliveries wake her every afternoon |
    | A retired welder | Lives alone above his old workshop | Keep his garden going | His knees no longer let him kneel at the beds |
    """


def test_a_column_asked_as_a_longer_question_names_its_field_by_its_first_words(tmp_path: Path) -> None:
    found = {p.name: p for p in parse_document(write_doc(tmp_path, "survey.md", _QUESTION_COLUMNS)).personas}
    assert set(found) == {"A night-shift nurse", "A retired welder"}
    assert [c.text for c in found["A night-shift nurse"].concerns] == ["Daytime deliveries wake her every afternoon"]
    assert [c.text for c in found["A retired welder"].concerns] == ["His knees no longer let him kneel at the beds"]


def test_a_longer_question_about_something_else_names_no_field() -> None:
    from callinsight.personas.model import field_of

    assert field_of("What is their main barrier to getting there?") == "challenges"
    assert field_of("What dimensions shape what the public needs?") is None  # the question is about dimensions


_PROFILED_NAMES = """\
    # Ferry timetable redesign

    ## Personas

    **Oksana**: 34, night nurse, commutes from the island.

    *Quote*: "I plan my week around the last boat."

    *Frustrations*: The printed timetable at the pier is a season out of date.

    **Declan**: 61, retired, visits his grandchildren on the mainland.

    *Quote*: "I just want to know if it sails in this wind."

    *Frustrations*: Cancellations are only posted on a social media page he does not use.

    ## Method

    We interviewed twelve regular passengers.
    """


def test_bold_names_each_with_a_short_line_about_them_over_field_paragraphs_are_one_persona_each(tmp_path: Path) -> None:
    found = {p.name: p for p in parse_document(write_doc(tmp_path, "ferry.md", _PROFILED_NAMES)).personas}
    assert set(found) == {"Oksana", "Declan"}
    assert [c.text for c in found["Declan"].concerns] == ["Cancellations are only posted on a social media page he does not use."]


# pasted page text: the numbered names and their labelled points come out as one flat run of list items
_NAMED_RUNS = """\
    Library visitors

    Visitor Personas & How to Help Them

    1. Exam-Season Students
      • Needs:
        • A silent desk with a socket for six hours straight.
      • How to help:
        • Open the upper reading room early in May.
    2. Toddler Groups
      • Needs:
        • A corner where singing does not disturb anyone.
      • How to help:
        • Book the story room for Tuesday mornings.
    """


def test_names_each_before_the_labelled_points_of_the_same_fields_in_a_flat_list_are_one_persona_each(tmp_path: Path) -> None:
    found = {p.name: p for p in parse_document(write_doc(tmp_path, "visitors.txt", _NAMED_RUNS)).personas}
    assert set(found) == {"Exam-Season Students", "Toddler Groups"}
    assert [c.text for c in found["Toddler Groups"].concerns] == ["A corner where singing does not disturb anyone."]


_NAME_FIELD_UNDER_A_ROLE = """\
    # Donor personas

    ## Persona 1 — The Weekend Volunteer

    ### Name (archetype)

    **The Reluctant Organiser**

    ### Key frustrations

    - Sign-up sheets go missing between one event and the next
    - Nobody tells her which tasks are already covered

    ### What they are afraid of

    - Being left alone to run the stall when helpers cancel

    ## Persona 2 — The Corporate Sponsor

    ### Name (archetype)

    **The Careful Matcher**

    ### Key frustrations

    - Receipts arrive months after the gift was made
    """


def test_a_name_given_under_a_name_field_is_the_name_of_the_persona_that_field_is_in(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "donors.md", _NAME_FIELD_UNDER_A_ROLE)
    named = parse_document(path, names=["The Reluctant Organiser", "The Careful Matcher"]).personas
    assert [p.name for p in named] == ["The Reluctant Organiser (The Weekend Volunteer)", "The Careful Matcher (The Corporate Sponsor)"]
    assert [c.text for c in named[0].concerns] == [  # her whole part, not only the field holding her name
        "Sign-up sheets go missing between one event and the next",
        "Nobody tells her which tasks are already covered",
        "Being left alone to run the stall when helpers cancel",
    ]
    assert [c.text for c in named[1].concerns] == ["Receipts arrive months after the gift was made"]


def test_by_itself_the_import_names_a_persona_by_the_name_its_name_field_gives_beside_its_role(tmp_path: Path) -> None:
    found = [p.name for p in parse_document(write_doc(tmp_path, "donors.md", _NAME_FIELD_UNDER_A_ROLE)).personas]
    assert found == ["The Reluctant Organiser (The Weekend Volunteer)", "The Careful Matcher (The Corporate Sponsor)"]


def test_an_empty_name_label_over_another_label_names_no_one(tmp_path: Path) -> None:
    page = "# Volunteer persona\n\n**Name:**\n\n**Age:**\n\n**Frustrations:** The rota changes without notice.\n"
    (persona,) = parse_document(write_doc(tmp_path, "template.md", page)).personas
    assert persona.name == "Volunteer persona"  # not "Age": a label left empty in a template is no name


def test_what_someone_is_afraid_of_is_a_field_of_problems() -> None:
    from callinsight.personas.model import field_of

    assert field_of("What they are afraid of") == field_of("What she is worried about") == "pain_points"
    assert field_of("What Alex is not afraid of") is None


_OBJECTIONS_UNDER_BUYING = """\
    # Persona 1: The Fleet Manager

    ## Key Frustrations

    - Fuel cards get shared between drivers

    ## Buying Behavior

    ### Decision Role

    Signs off anything under the quarterly budget.

    ### Objections & Concerns

    | Objection | Real Concern | How to Address |
    |---|---|---|
    | "Who says the drivers will log in?" | Drivers ignore new apps | Show uptake at a similar depot |
    | "We tried telematics in 2019" | Fear of another failed rollout | Offer a one-depot pilot |
    """


def test_a_concern_field_under_another_field_is_its_own_and_its_table_lists_objections_apart_from_our_answers(tmp_path: Path) -> None:
    (persona,) = parse_document(write_doc(tmp_path, "fleet.md", _OBJECTIONS_UNDER_BUYING)).personas
    assert persona.sections["objections"] == [
        '"Who says the drivers will log in?": Drivers ignore new apps',  # a quoted question is an item, not a field label
        '"We tried telematics in 2019": Fear of another failed rollout',
    ]
    assert persona.extra_sections["How to Address"].splitlines() == ["Show uptake at a similar depot", "Offer a one-depot pilot"]
