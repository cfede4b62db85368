"""Shapes the importer missed on tuning documents (batches 1-13) in the eighth session, each written as a small
synthetic document: no text from any evaluation document."""

from __future__ import annotations

from pathlib import Path

from .conftest import parse_text as parse


def test_what_a_persona_relies_on_and_its_red_flags_are_concerns(tmp_path: Path) -> None:
    found = parse(tmp_path, "reviewers.md", """
        # Who reviews a change

        ## The ferry operator adding a second route

        - **Who**: Someone already running one ferry route with the scheduler.
        - **Depends on** (keep working):
          - Timetables stay the same after an upgrade.
        - **Red flags in a change**:
          - Berth plans change without notice.

        ## The port authority planning berths

        - **Who**: A planner at a port authority.
        - **Relies on**:
          - Tide tables imported every morning.
        - **Warning signs**:
          - A silent switch of the default harbour.
        """)
    assert {name: set(concerns) for name, concerns in found.items()} == {
        "The ferry operator adding a second route": {
            "Timetables stay the same after an upgrade.", "Berth plans change without notice."},
        "The port authority planning berths": {
            "Tide tables imported every morning.", "A silent switch of the default harbour."},
    }


def test_a_definition_list_of_people_is_a_list_of_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "readers.md", """
        # Introduction {#intro}

        ## Readers {#intro-readers}

        Tomasz Nowak
        :   runs the night desk of a regional newspaper.
            He has never written a script but would now like to automate the weather page.

        Ines Duarte
        :   has maintained the paper's website for six years.
            She is worried that nobody else knows how the publishing system works.

        Kit Morgan
        :   joined the archive team after a degree in history
            and has to digitise forty years of back issues with a small budget.

        ### Prerequisites

        Readers should have a laptop with a recent web browser and some patience with the command line.
        """)
    assert set(found) == {"Tomasz Nowak", "Ines Duarte", "Kit Morgan"}
    assert any("would now like to automate the weather page" in c for c in found["Tomasz Nowak"])
    assert any("worried that nobody else knows" in c for c in found["Ines Duarte"])


def test_heading_attributes_are_not_part_of_a_name(tmp_path: Path) -> None:
    found = parse(tmp_path, "people.md", """
        # Personas

        ## Rosa the dispatcher {#rosa}

        - **Pain points**: radio calls drop in the tunnels.

        ## Omar the driver {: .persona }

        - **Pain points**: the route changes arrive after he has left the depot.
        """)
    assert set(found) == {"Rosa the dispatcher", "Omar the driver"}


def test_a_definition_list_of_terms_that_are_not_people_gives_no_persona(tmp_path: Path) -> None:
    from callinsight.errors import InputError
    from callinsight.personas.parse import parse_document

    from .conftest import write_doc

    doc = write_doc(tmp_path, "glossary.md", """
        # Glossary

        Timetable
        :   the list of departures for one route, published every season by the operator.

        Berth
        :   a place in the harbour where a ferry ties up while it loads and unloads.
        """)
    try:
        personas = parse_document(doc).personas
    except InputError:  # "no persona found" is the right answer too
        personas = []
    assert personas == []


def test_items_under_wants_and_needs_are_needs_but_plain_goals_stay_goals(tmp_path: Path) -> None:
    found = parse(tmp_path, "baker.md", """
        # Baker Bea

        ## Goals and needs

        - Open a second shop by spring

        ## Wants and needs

        - flour delivered before five
        - a till that works offline
        """)
    assert found == {"Baker Bea": ["flour delivered before five", "a till that works offline"]}


def test_roles_under_a_page_whose_introduction_names_them_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "tasks.md", """
        ---
        title: "How-to guides"
        ---

        The guides below are grouped by our user personas, such as harbour managers and ferry operators.

        ### Harbour manager

        A harbour manager assigns berths and approves the night schedule for every ferry.

        ### Ferry operator

        A ferry operator steers the boat into the berth and reports the tide readings to the office.

        ### Troubleshooting

        Restart the scheduler when the berth plan does not refresh after an upgrade.
        """)
    assert set(found) == {"Harbour manager", "Ferry operator"}



def test_stakeholders_with_an_emoji_before_their_bold_names_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "ferry.md", """
        # The ferry timetable project

        ## Affected stakeholders

        Late timetables cause trouble for everyone who depends on the ferry.

        - 🚢 **Deckhands** do not have access to the timetable before their shift starts each morning.
        - 🧳 **Commuters** can’t plan a week ahead because the crossing times change without notice.
        """)
    assert {name: set(concerns) for name, concerns in found.items()} == {
        "Deckhands": {"Deckhands do not have access to the timetable before their shift starts each morning."},
        "Commuters": {"Commuters can’t plan a week ahead because the crossing times change without notice."},
    }


def test_headings_that_say_persona_and_a_name_are_personas_on_a_how_to_page(tmp_path: Path) -> None:
    found = parse(tmp_path, "workshop.md", """
        # How to write better timetables

        Welcome to the workshop.

        ## Persona: Planner

        For the planner drawing up the timetable, the checker is a way to catch clashes before the season starts.

        ## Persona – Skipper

        For the skipper on the bridge, the timetable has to show every tide window and every berth change.

        ## Persona-specific tips

        Each role below has its own checklist, kept in the appendix of the workshop.
        """)
    assert set(found) == {"Planner", "Skipper"}


def test_bold_groups_on_a_page_titled_who_its_people_are_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "who.md", """
        ---
        title: Who is the ferry community?
        ---

        Everyone who keeps the ferries running is part of the community.

        * **Deckhands:** crew who tie up the boats, load the cars and keep the decks safe in bad weather.

        * **Harbour offices:** the staff in each port who plan berths and answer calls from travellers.
        """)
    assert set(found) == {"Deckhands", "Harbour offices"}


def test_a_numbered_persona_one_heading_level_too_deep_is_a_sibling_and_stumbling_blocks_are_pains(tmp_path: Path) -> None:
    found = parse(tmp_path, "crew.md", """
        # Personas for the ferry app

        ## Persona 1: Ana, deckhand

        Background: Ana ties up the boats and loads the cars on the morning crossing.

        Motivations and Needs: Ana seeks a simple way to see the car count before the ferry docks.

        - Stumbling Block: Tiny buttons
        - Solution: a large-print mode.

        ### Persona 2: Bo, ticket clerk

        Background: Bo sells tickets at the harbour kiosk and answers questions about delays.

        - Stumbling Block: Two tills that never agree
        - Solution: one till for both piers.
        """)
    assert {name: set(concerns) for name, concerns in found.items()} == {
        "Ana, deckhand": {"Tiny buttons", "Ana seeks a simple way to see the car count before the ferry docks."},
        "Bo, ticket clerk": {"Two tills that never agree"},
    }


def test_a_short_list_of_names_under_a_personas_heading_gives_one_persona_each(tmp_path: Path) -> None:
    found = parse(tmp_path, "proposal.md", """
        # Proposal: shared berth plans

        ## Motivation

        Two harbours keep separate berth plans today, so ferries wait outside when both plan the same slot.

        ## Personas

        1. Harbour master planning the berths
        2. Skipper waiting for a slot

        ## Activities

        - Planning or
        - Waiting
        """)
    assert set(found) == {"Harbour master planning the berths", "Skipper waiting for a slot"}


def test_names_with_a_short_line_each_under_a_personas_heading(tmp_path: Path) -> None:
    found = parse(tmp_path, "hip.md", """
        ---
        title: Shared berth protocol
        ---

        ## Motivation

        Ferries wait outside the harbour when two offices plan the same berth at the same time.

        ## Personas and user stories

        * _Berth Planner_: Someone who assigns berths to arriving ferries.
        * _Ferry Operator_: A company that runs one or more ferry routes.
        """)
    assert set(found) == {"Berth Planner", "Ferry Operator"}


def test_a_persona_table_after_a_br_line_and_its_persona_name_row(tmp_path: Path) -> None:
    found = parse(tmp_path, "stories.md", """
        ### Skipper Persona

        | **Persona Name** | **Ola Berg** |
        | --- | --- |
        | **Role** | Skipper |
        | **Challenges & Goals** | She is frustrated that tide tables reach the bridge a day late. |
        {:class="table"}

        <br>
        ### Harbour Clerk Persona

        | **Persona Name** | **Tomas Lind** |
        | --- | --- |
        | **Role** | Clerk |
        | **Challenges & Goals** | He struggles to match bookings with the berth plan. |
        """)
    assert {name: set(concerns) for name, concerns in found.items()} == {
        "Ola Berg (Skipper Persona)": {"She is frustrated that tide tables reach the bridge a day late."},
        "Tomas Lind (Harbour Clerk Persona)": {"He struggles to match bookings with the berth plan."},
    }


def test_a_list_a_line_introduces_as_the_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "overview.md", """
        Personas describe the people who use a harbour system in a similar way.

        The ferry project personas include:
        * Ola Berg (Skipper)
        * Tomas Lind (Harbour Clerk)

        The personas are described with the following details:
        * First and last name
        * Role
        """)
    assert set(found) == {"Ola Berg (Skipper)", "Tomas Lind (Harbour Clerk)"}


def test_paragraphs_about_groups_under_a_heading_of_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "README.md", """
        # Harbour Planner

        A tool for planning berths.

        ## User personas: who we serve

        There are three user personas we serve: harbour managers, ferry operators and dockworkers.

        Harbour managers are responsible for every berth in the port, from the night schedule to the safety rules.

        Ferry operators are the people who bring each ferry through the channel and into its berth.

        Dockworkers are typically the crew who tie up the boats and move the cargo off the decks.

        ## Installation

        Run the installer and open the planner in a browser.
        """)
    assert set(found) == {"Harbour managers", "Ferry operators", "Dockworkers"}


def test_a_group_introduced_in_a_bullet_and_told_under_its_own_heading_is_one_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "research.md", """
        # What we learned about travellers

        We spoke to three groups:

        - **Ferry operators** – people who run the crossings every day. What do they struggle with, and what would they use?
        - **Harbour managers** – people who plan the berths and the night schedule. What do they need from a shared plan?

        ## What we heard

        ### Ferry operators
        - Most operators were not clear on why the evening berth costs more.
        - They liked seeing the queue length before leaving the depot.

        ### Harbour managers
        - Booking a berth needs three phone calls and an email.
        """)
    assert set(found) == {"Ferry operators", "Harbour managers"}
    assert "Most operators were not clear on why the evening berth costs more." in found["Ferry operators"]


def test_feeling_shut_out_is_a_problem(tmp_path: Path) -> None:
    found = parse(tmp_path, "kai.md", """
        # Kai

        Kai is a night porter at the ferry terminal. He finds most booking apps alienating.
        If passengers don't feel welcome at the kiosk they leave before buying a ticket.
        """)
    assert set(found["Kai"]) == {
        "He finds most booking apps alienating.",
        "If passengers don't feel welcome at the kiosk they leave before buying a ticket.",
    }
