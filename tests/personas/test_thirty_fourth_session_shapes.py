"""Shapes met while working on misses of replica batches R1-R44 (development data once scored) in the thirty-fourth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc


def _concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_a_need_table_with_a_description_column_keeps_each_description(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "depots.md", """\
        # Personas

        ## Dana Whitfield - Site Manager

        **Role Context:** Looks after three depots.

        ### Key Pain Points

        - Spends hours chasing paper forms across depots.

        ### What Would Help

        | Need | Description |
        |------|-------------|
        | Depot overview | Status of every depot on one page |
        | Form search | Find any signed form for a given job |
        """))
    concerns = found["Dana Whitfield - Site Manager"]
    assert "Depot overview: Status of every depot on one page" in concerns
    assert "Form search: Find any signed form for a given job" in concerns
    assert "Depot overview" not in concerns  # the row's name alone loses what it asks for


def test_a_field_asked_as_a_question_heads_its_list_in_plain_text(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "shoppers.txt", """\
        Shopper profiles for the spring range
        We sketched a few shoppers to plan the season's pages.
        The Balcony Gardener

        Who are they?
        - Rents a flat with a small balcony
        - Grows herbs and tomatoes in pots
        What do they need?
        - Compact planters that fit a narrow ledge
        - Soil that does not drip onto neighbours
        """))
    assert list(found) == ["The Balcony Gardener"]
    assert "Compact planters that fit a narrow ledge" in found["The Balcony Gardener"]


def test_a_question_about_the_personas_themselves_heads_no_field() -> None:
    from callinsight.personas.reading.plain import heads_what_follows

    asked = ["Our patients", "", "What do they need?", "- Short waits"]
    assert heads_what_follows(asked, 2)
    about_personas = ["Two people use the practice.", "", "Who Are Your Personas?", "", "Omar, the Night-Shift Nurse"]
    assert not heads_what_follows(about_personas, 2)  # the page's question about its personas, no field of one of them


def test_a_comparison_column_named_by_a_profiles_first_name_is_more_of_that_persona(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "gym.md", """\
        # Gym members

        ## Persona 1 — The Owner

        ### Profile
        - **Name**: Carla Brandt
        - **Age**: 44

        ### Pain Points
        - Class bookings live in three different spreadsheets

        ## Persona 2 — The Members

        ### Profile
        - **Name**: Theo and Mia Lund
        - **Age**: 31

        ### Pain Points
        - Cannot see which classes still have places

        ## Persona Map

        | Aspect | Carla (Owner) | Theo/Mia (Members) |
        |---|---|---|
        | Daily use | Low | High |
        | Risk of churning | When reports take longer than a coffee | When booking needs more than two taps |
        """))
    assert set(found) == {"The Owner", "The Members"}
    assert "When reports take longer than a coffee" in found["The Owner"]
    assert "When booking needs more than two taps" in found["The Members"]


def test_mkdocs_material_grid_cards_are_read_as_sections(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "ranger.md", """\
        ---
        title: 'Park Ranger'
        ---

        # 3. Park Ranger: Trail Tess

        <div class="grid cards" markdown>

        - ## Characteristics

            * *Work profile:*

                - Patrols forty kilometres of trail a week

        - ## Pain Points

            - Radio dead zones along the northern ridge
            - Incident forms that must be retyped at the station

        </div>
        """))
    assert list(found) == ["Park Ranger, Trail Tess"]
    concerns = next(iter(found.values()))
    assert "Radio dead zones along the northern ridge" in concerns
    assert "Incident forms that must be retyped at the station" in concerns


def test_a_one_persona_page_tells_its_pain_points_in_a_later_section(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "fleet.md", """\
        # FleetPilot — customer definition

        ## 1. Our customer

        ### Persona: Mara — regional fleet dispatcher, 6 years

        - **Team**: dispatch desk of a mid-size courier firm.
        - **KPI**: on-time rate and fuel cost per drop.

        ### Why the dispatcher and not the driver

        Only the dispatcher can move a route once the day has started.

        ## 2. Does it really hurt?

        ### Specific pain points (in her words)

        - **Late vans**: "A van sat in traffic for an hour and nobody told me."

        ## 3. Open tasks

        ### Performance requirements

        - Route refresh within two seconds
        """))
    concerns = found["Mara — regional fleet dispatcher, 6 years"]
    assert any("A van sat in traffic for an hour" in c for c in concerns)
    assert not any("Route refresh" in c for c in concerns)  # the product's requirements, not her needs


def test_korean_goerowoom_names_the_pain_points() -> None:
    from callinsight.personas.model import field_of

    assert field_of("괴로움") == "pain_points"
    assert field_of("구체적 괴로움 (고객의 언어로)") == "pain_points"


def test_a_one_persona_page_says_in_an_aside_that_a_section_is_the_pain(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "courier.md", """\
        # FleetPilot — customer definition

        ## 1. Our customer

        ### Persona: Mara — regional fleet dispatcher, 6 years

        - **Team**: dispatch desk of a mid-size courier firm.
        - **KPI**: on-time rate and fuel cost per drop.

        ## 2. Her current workflow (the pain)

        1. Routes for the day are printed at six.
        2. A road closure means phoning every driver one by one.

        ## 3. Pain points

        - Nobody sees which van is closest to a new pickup
        """))
    concerns = found["Mara — regional fleet dispatcher, 6 years"]
    assert "A road closure means phoning every driver one by one." in concerns
    assert "Nobody sees which van is closest to a new pickup" in concerns


def test_paragraphs_that_each_declare_an_icp_are_personas(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "tasklane.md", """\
        # Tasklane ICP: who this is for

        Drafted from a study of forum posts.

        ## The decision

        **Primary ICP: Dana, 31, the freelancer drowning in unpaid invoices.**
        Runs a two-person design studio and chases late payers every week. She hates the awkward
        reminder emails and loses whole afternoons to them.

        **Secondary ICP / the one who pays: Omar, 45, the bookkeeper with too many clients.**
        Handles books for twenty small firms; every month-end he is buried in receipts sent as photos.

        ## The wedge

        One promise: no more chasing.
        """))
    assert set(found) == {"Dana", "Omar"}
    assert "She hates the awkward reminder emails and loses whole afternoons to them." in found["Dana"]


def test_a_headerless_two_column_table_under_a_problem_heading_gives_one_problem_per_row(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "pm.html", """\
        <html><body>
        <h2>The Overloaded Planner</h2>
        <h3>Context</h3>
        <p>Priya plans production for two factories and juggles supplier emails all day.</p>
        <h3>Pains</h3>
        <h4>With current tools</h4>
        <table><tbody>
          <tr><td>SheetPlan</td><td>Every change has to be copied into three workbooks by hand.</td></tr>
          <tr><td>ERP module</td><td>Reports arrive a day late and cannot be filtered by line.</td></tr>
        </tbody></table>
        <h3>Catalog wishes</h3>
        <table><thead><tr><th>Dimension</th><th>Value</th></tr></thead><tbody>
          <tr><td>Mental model</td><td>A shelf of ready plans</td></tr>
        </tbody></table>
        </body></html>
        """))
    concerns = found["The Overloaded Planner"]
    assert "SheetPlan: Every change has to be copied into three workbooks by hand." in concerns
    assert "ERP module: Reports arrive a day late and cannot be filtered by line." in concerns
    assert not any("Mental model" in c for c in concerns)
