"""Shapes the importer missed on the tuning documents (DEV and every scored batch up to 11), found in the seventh
session while batch 12 was being collected; each written as a small synthetic document, no evaluation text."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError

from .conftest import parse_text as parse


def test_roles_under_a_grouping_heading_on_a_page_of_personas_are_the_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        ---
        title: "Harbourmaster personas"
        ---

        ## Harbourmaster Ledger

        The ledger part of Harbourmaster is meant to work alone as well as with the rest.

        ### Accountant

        The accountant personas for the ledger reach past bookkeeping. Accountants need exports that open
        in the spreadsheet tools they already use.

        ### Payroll clerk

        Payroll clerks enter hours for many crews each week and check them against the rota.
        """)
    assert set(found) == {"Accountant", "Payroll clerk"}
    assert any("exports that open" in c for c in found["Accountant"])


def test_a_grouping_heading_over_one_role_is_still_a_story(tmp_path: Path) -> None:
    # one role below is not a group of roles: the heading's own story stays the persona
    found = parse(tmp_path, "one.md", """
        ---
        title: "Harbourmaster personas"
        ---

        ## Dana

        Dana runs the night shift at the harbour. She struggles to hand over open jobs to the morning crew.

        ### Shift lead

        She leads six people and keeps the log.
        """)
    assert "Dana" in found


def test_a_role_whose_text_speaks_of_all_the_personas_is_not_one(tmp_path: Path) -> None:
    found = parse(tmp_path, "about.md", """
        ---
        title: "Harbourmaster personas"
        ---

        ## Dock worker

        Dock workers load and unload ships all day and need gloves that fit the scanner.

        ## Reviewers

        Reviewers should read all the personas above before each release and mark what changed.
        """)
    assert "Dock worker" in found
    assert "Reviewers" not in found


def test_actors_of_a_scenario_under_a_heading_of_use_cases_are_personas(tmp_path: Path) -> None:
    # "Use cases" alone is about the product, but a scenario under it that introduces people is kept
    found = parse(tmp_path, "scenarios.md", """
        # Use cases for Tidewater

        ## Harbour office rollout

        The harbour office runs Tidewater for several crews. We follow these people:

        * *Marek*:
          he runs the servers for the harbour office and keeps the backups; he is often paged at night.

        * *Ines*:
          she leads the billing crew and signs off every invoice run before it goes out to customers.

        ## Roadmap

        Next we add tide tables.
        """)
    assert set(found) == {"Marek", "Ines"}


def test_a_use_cases_page_without_people_still_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "features.md", """
            # Use cases for Tidewater

            ## Harbour office rollout

            * *Billing*: invoices are produced from the crew hours every week for each customer account.
            * *Backups*: the servers copy the ledger to the second site every night at two o'clock.
            """)


def test_long_bold_team_names_under_an_audience_heading_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "audience.md", """
        ### Intended Audience

        - **Regional Port Safety Officers and Harbour Inspection Teams**: Responsible for checking cranes and
          moorings before every shift and for reporting faults to the port authority.
        - **Terminal Offices (Planning and Scheduling Teams, Crane and Berth Allocation Teams)**: Deciding which
          ship docks where and when the cranes move between berths.
        - **Shipping Agents**: Booking berths for the lines they represent and paying the port dues on time.
        """)
    assert len(found) == 3
    assert "Regional Port Safety Officers and Harbour Inspection Teams" in found
    assert any(name.startswith("Terminal Offices") for name in found)


def test_a_long_bold_sentence_is_still_not_a_label(tmp_path: Path) -> None:
    from callinsight.personas.reading.inline import split_label

    text = "**Every crew that uses the harbour at night must sign the book first** and then call the office."
    assert split_label(text, "**Every crew that uses the harbour at night must sign the book first**".strip("*"))[0] is None


def test_officials_name_people() -> None:
    from callinsight.personas.names import names_people

    assert names_people("Regional or national officials")
    assert not names_people("Official documentation")


def test_a_section_told_before_the_persona_joins_it(tmp_path: Path) -> None:
    found = parse(tmp_path, "crew.md", """
        # Who we build for

        ## The net mender (repairing gear)

        The net mender keeps the fleet's nets in order. To help the net mender we must consider:

        - **Light:** The net mender must be able to see small tears without a torch at dawn.

        ## Ship's cook

        The ship's cook feeds twelve people on a rolling deck. He struggles to keep stock counts right.

        ## The Net Mender (the person who repairs the nets)

        The **Net Mender** repairs the nets between trips. She needs the torn panels listed before the boat docks.
        """)
    assert "The Net Mender (the person who repairs the nets)" in found
    assert not any(name.startswith("The net mender (") for name in found)
    mender = found["The Net Mender (the person who repairs the nets)"]
    assert any("small tears without a torch" in c for c in mender)


def test_a_sub_heading_repeated_under_every_role_is_a_part_of_each(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        ### Personas

        #### Deckhand

        Deckhands load the catch and keep the deck clear on every trip out.

        ##### Reading Content

        Material written for this persona should be practical and assume no schooling in navigation.

        #### Boatwright

        Boatwrights extend and repair hulls, working with wood and resin between seasons.

        ##### Reading Content

        Reading content written for this persona should be technical and assume years of carpentry at the
        yard. The goal of reading content for this persona is to help them repair hulls. It covers:

        - Resin types
        - Planking
        """)
    assert set(found) == {"Deckhand", "Boatwright"}


def test_gains_with_first_person_needs_and_emoji_shortcodes(tmp_path: Path) -> None:
    found = parse(tmp_path, "canvas.md", """
        ## Rosa - Harbour Pilot

        ### GAINS

        - :sparkles: I want to see the tide chart on my phone.
        - :sparkles: I need the berth list before I board the ship.

        ### PAINS

        - :warning: I hate radio static during the night approach.
        """)
    concerns = found["Rosa - Harbour Pilot"]
    assert "I need the berth list before I board the ship." in concerns
    assert "I hate radio static during the night approach." in concerns
    assert not any("tide chart" in c for c in concerns)  # a wish under gains is a goal, not a concern


def test_shortcode_stripping_leaves_times_and_labels_alone() -> None:
    from callinsight.personas.reading.inline import strip_templates

    assert strip_templates(":rocket: Launch at 10:30: then wait") == " Launch at 10:30: then wait"
    assert strip_templates("Age: 38") == "Age: 38"


def test_what_someone_needs_names_a_needs_field_but_not_when_negated() -> None:
    from callinsight.personas.model import field_of

    assert field_of("What Marek Needs That Ines Does Not") == "needs"
    assert field_of("What the night clerk struggles with", loose=False) == "pain_points"
    assert field_of("What Marek Does NOT Need to See") is None


def test_worries_listed_among_motivators_are_pain_points(tmp_path: Path) -> None:
    found = parse(tmp_path, "lena.md", """
        ## Lena

        Lena runs the harbour's IT with two people and reports to the board each month.

        #### Key motivators:
        - Lower running costs
        - Concerned about backups of the booking system
        - Worried about staff leaving
        """)
    concerns = found["Lena"]
    assert "Concerned about backups of the booking system" in concerns
    assert "Worried about staff leaving" in concerns
    assert "Lower running costs" not in concerns
