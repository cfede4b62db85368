"""Shapes the importer missed on batch 12 (held out whole, scored once at f43ad6b, development data from then on),
each written as a small synthetic document: no text from any evaluation document."""

from __future__ import annotations

from pathlib import Path

from .conftest import parse_text as parse


def test_numbered_persona_headings_over_labelled_bullets_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "reviewers.md", """
        # Who reviews a change

        ## Persona 1: The ferry operator adding a second route

        - **Who**: Someone already running one ferry route with the scheduler.
        - **Relies on**:
          - Timetables stay the same after an upgrade.

        ## Persona 2: The port authority planning berths

        - **Who**: A planner at a port authority.
        - **Warning signs**:
          - Berth plans change without notice.

        ## Adding a persona

        Open a pull request that adds a section like the ones above, with the same labels.
        """)
    assert set(found) == {"The ferry operator adding a second route", "The port authority planning berths"}


def test_a_section_of_one_roles_user_stories_is_that_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "stories.md", """
        # Harbour staff

        ## Night shift

        * As a night shift clerk, I need a list of ships due before dawn, so that I can wake the pilots.
        * As a night shift clerk, I need to see which berths are free.
        * As a night shift clerk, I can print the log.

        ## Harbour Master

        * As a harbour master, I can close a berth for repairs.
        * As a harbour master, I can approve a late arrival.
        """)
    assert set(found) == {"Night shift clerk", "Harbour master"}
    assert any("list of ships due before dawn" in c for c in found["Night shift clerk"])
    assert not any("print the log" in c for c in found["Night shift clerk"])  # a task, not a need


def test_a_list_of_mixed_requests_is_not_user_stories(tmp_path: Path) -> None:
    import pytest

    from callinsight.errors import InputError

    with pytest.raises(InputError):
        parse(tmp_path, "requests.md", """
            # Requests

            * As a clerk, I need a bigger screen.
            * The printer jams on Mondays.
            * Lunch should start earlier.
            * Parking is full by eight.
            """)


def test_a_pain_points_section_by_role_gives_its_items_to_the_roles_above(tmp_path: Path) -> None:
    found = parse(tmp_path, "research.md", """
        # Berth booking service

        ## User research approach

        We spoke to clerks and officers at three ports over two weeks in spring.

        ### Recruiting research participants

        Ports put us in touch with staff who volunteered an hour each.

        ### Glossary

        - Berth: a place where a ship ties up.

        ## Booking users, pain points, and needs

        ### Primary user roles

        -   **Berth clerks** (also called booking clerks)

            -   Role: Book ships into berths and record arrivals at the port office.

            -   Expected use: Will check the berth plan each morning and book late arrivals.

        -   **Harbour Safety (HS) officers**

            -   Role: Inspect moorings and cranes before each shift.

            -   Expected use: Will record each inspection and flag faults to the port office.

        ### Pain points

        -   **Berth and booking clerks**
            -   Double bookings are found only when the ship arrives.
        -   **HS officers**
            -   Inspection notes are kept on paper and often lost.
        """)
    assert set(found) == {"Berth clerks", "Harbour Safety (HS) officers"}
    assert "Double bookings are found only when the ship arrives." in found["Berth clerks"]
    assert "Inspection notes are kept on paper and often lost." in found["Harbour Safety (HS) officers"]


def test_a_summary_table_of_the_personas_above_adds_to_them(tmp_path: Path) -> None:
    found = parse(tmp_path, "crew.md", """
        ## Personas

        ### 1. Ferry deckhand

        Deckhands tie up the ferry at each stop. They struggle to hear the bridge over the engines.

        ### 2. Ticket inspector (TI)

        Inspectors check tickets on board. They need a reader that works without a signal.

        ## Persona summary

        | Priority | Persona | Primary question |
        | --- | --- | --- |
        | 1 | Deckhand | Can I hear the bridge? |
        | 2 | TI | Does the reader work offline? |
        """)
    assert set(found) == {"Ferry deckhand", "Ticket inspector (TI)"}


def test_an_empty_first_heading_that_names_personas_is_the_pages_title(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        # Ferry Line Personas

        # Document Purpose

        To list the people who use the ferry booking portal and its guides.

        ## Dispatch officer

        A dispatch officer assigns crews to sailings each morning and needs to see who is on leave.

        ## Auditor

        An auditor checks the fare records each quarter against the bank statements.
        """)
    assert set(found) == {"Dispatch officer", "Auditor"}


def test_organisation_types_are_a_page_of_customer_profiles(tmp_path: Path) -> None:
    found = parse(tmp_path, "icp.md", """
        # Who runs Tidewater

        ## Organization types

        ### 1. Regional ferry companies

        Ferry companies run a handful of routes and book crews weekly; they often lose bookings when the season shifts.

        ### 2. Port authorities

        Port authorities plan berths for many lines and need one view of arrivals across every terminal.
        """)
    assert set(found) == {"Regional ferry companies", "Port authorities"}


def test_wish_stories_are_not_needs() -> None:
    from callinsight.personas.vocab import concern_kind

    assert concern_kind("As a deckhand, I want to be able to swap shifts with a colleague from my phone.") is None
    assert concern_kind("As a purser, I can print the passenger list.") is None
    assert concern_kind("As a deckhand, I need my hours logged even when the ship has no signal.") == "need"
    assert concern_kind("As a deckhand, I want to stop losing my hours when the signal drops.") == "pain_point"


def test_a_heading_told_again_with_the_same_lines_is_one_persona() -> None:
    from callinsight.personas.merging import merge_same_names
    from callinsight.personas.model import PersonaDoc

    line = "As a deckhand, I want to be able to swap shifts with a colleague from my phone."
    first = PersonaDoc("Deckhands", "deckhands", sections={"background": [line]})
    again = PersonaDoc("Deckhands", "deckhands", sections={"background": [f"{line} 1 --> Feature: shift swap screen"]})
    other = PersonaDoc("Deckhands", "deckhands", sections={"background": ["The south crew works nights and sleeps on board."]})
    assert len(merge_same_names([first, again])) == 1
    assert len(merge_same_names([first, other])) == 2


def test_an_html_table_with_markdown_cells_is_one_table(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        # Personas for Berth Booking

        Each role collection belongs to one persona.

        <table>
        <tr>
        <th valign="top">

        Persona

        </th>
        <th valign="top">

        Description

        </th>
        </tr>
        <tr>
        <td valign="top">

        Berth planner

        </td>
        <td valign="top">

        Plans which ship docks where and needs the tide tables for the week.

        </td>
        </tr>
        <tr>
        <td valign="top">

        Port accountant

        </td>
        <td valign="top">

        Bills the shipping lines each month and checks the dues against the log.

        </td>
        </tr>
        </table>
        """)
    assert set(found) == {"Berth planner", "Port accountant"}


def test_a_persona_template_with_explanations_is_not_a_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "handbook.md", """
        # Personas

        ## Persona Template

        ### Behaviours

        - **Motivations**: Why does this persona do what they do? What drives them?
        - **Needs & Expectations**: What does this persona need in their day-to-day life to help them?

        ## Persona Profiles

        ### Ola, Harbour Pilot

        - **Occupation**: Pilot at a busy port.
        - **Challenges**: Fog delays every winter morning.
        """)
    assert set(found) == {"Ola, Harbour Pilot"}


def test_template_names() -> None:
    from callinsight.personas.vocab import TEMPLATE, non_persona_reason

    assert non_persona_reason("Persona Template") == TEMPLATE
    assert non_persona_reason("Template for new personas") == TEMPLATE
    assert non_persona_reason("Template") == TEMPLATE


def test_roles_opening_paragraphs_as_sentences_under_a_personas_heading(tmp_path: Path) -> None:
    found = parse(tmp_path, "plan.md", """
        # Ferry portal research plan

        ## Goals

        To find what current and future users of the portal need.

        ## Tentative personas

        Ship engineers. Most worried about losing logged hours when the ship has no signal.

        Ticket inspectors. Most concerned about readers failing at the far end of the route.

        ## Methodology

        Interviews at three ports.
        """)
    assert set(found) == {"Ship engineers", "Ticket inspectors"}
    assert any("readers failing" in c for c in found["Ticket inspectors"])


def test_roles_deeper_under_a_page_story_and_parts_of_them_told_later(tmp_path: Path) -> None:
    found = parse(tmp_path, "model.rst", """
        Harbour Access Model
        ====================

        This page describes the Harbour access model from the point of view of the people who use Harbour.

        Harbour access model - user types
        ---------------------------------

        Harbour has different types of users with different rights:

        Berth Managers
        ..............

        They assign berths and change the rules for everyone. Berth Managers can lock the whole port.

        Cargo Clerks
        ............

        They enter manifests and check containers in and out. Cargo Clerks see every manifest.

        Responsibilities of Berth Managers
        ----------------------------------

        They must keep the list of pilots up to date and revoke access when a pilot leaves.
        """)
    assert set(found) == {"Berth Managers", "Cargo Clerks"}


def test_the_same_bold_bullet_under_several_stages_is_one_persona(tmp_path: Path) -> None:
    from callinsight.personas.parse import parse_document

    from .conftest import write_doc

    doc = parse_document(write_doc(tmp_path, "funnel.md", """
        # Personas

        #### Booking stages by group

        **Planning Stage**
        - **Harbour Officers**: Hear about the portal from other pilots at the port office and at meetings.
        - **Port Clerks**: Read about the portal in the monthly bulletin sent by the port authority.

        **Booking Stage**
        - **Harbour Officers**: Book a slot for each ship they bring in, often late at night on the phone.
        - **Port Clerks**: Confirm every slot and send the berth number back to the pilot on duty.
        """))
    assert sorted(p.name for p in doc.personas) == ["Harbour Officers", "Port Clerks"]
