"""Shapes the importer missed on tuning documents (batches 1-16) in the ninth session, each written as a small
synthetic document: no text from any evaluation document."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import parse_text as parse
from .conftest import write_doc


def test_a_story_headed_by_a_name_and_a_long_description(tmp_path: Path) -> None:
    """"Rosa, bus driver with …": the name before the comma is who the story is about, however long the rest."""
    found = parse(tmp_path, "riders.md", """
        # Stories of riders

        Rosa, bus driver with arthritis in both hands and a long early commute
        ---------------------------------------------------------------------

        Rosa drives the first bus of the day. She struggles with the small buttons on the ticket machine,
        and the timetable app logs her out every morning.

        Tomas, student who commutes across the river twice a day
        --------------------------------------------------------

        Tomas takes two buses to college. He worries that the connection leaves before his first bus arrives.
        """)
    assert set(found) == {"Rosa, bus driver with arthritis in both hands and a long early commute",
                          "Tomas, student who commutes across the river twice a day"}
    assert any("small buttons" in c for c in found["Rosa, bus driver with arthritis in both hands and a long early commute"])


def test_emphasised_field_labels_open_their_paragraphs(tmp_path: Path) -> None:
    """"*The Problem.* …" is a field label as "**The Problem.** …" is; "*The Fix.* …" ends it; an emphasised quote
    is not a label, and a wrapped line with a colon inside it is not a new field."""
    parsed = parse_document(write_doc(tmp_path, "households.md", """
        # Households

        ## Your Aunt Runs a Bakery

        Auntie bakes bread for the village every morning.

        *"I never know what the flour will cost next week."*

        *The Problem.* Auntie orders flour by phone and the price changes every
        week: she only learns it when the invoice arrives. She is tired of chasing
        the mill for a delivery date.

        *The Fix.* A shared order page shows the price before she orders.
        """))
    (aunt,) = parsed.personas
    texts = [c.text for c in aunt.concerns]
    assert "She is tired of chasing the mill for a delivery date." in texts
    assert any(t.startswith("Auntie orders flour by phone and the price changes every week: she only learns") for t in texts)
    assert not any("shared order page" in t for t in texts)  # the fix is not a problem
    assert aunt.extra_sections.get("The Fix.") == "A shared order page shows the price before she orders."


def test_a_page_that_asks_who_can_use_it_lists_its_users(tmp_path: Path) -> None:
    found = parse(tmp_path, "users.rst", """
        Who can use the exchange?
        =========================

        The exchange serves the parties below.

        Growers
        -------

        Growers own orchards and sell their harvest through the exchange before it spoils.

        Wholesalers
        -----------

        A wholesaler buys fruit in bulk for shops and markets and pays on delivery.
        """)
    assert set(found) == {"Growers", "Wholesalers"}


def test_a_page_title_over_groups_of_roles_at_its_own_level(tmp_path: Path) -> None:
    """"# Harbour Personas" ⏎ its introduction ⏎ "# Shore side" ⏎ "## Crane operator": the first heading is the
    page's title even though its groups are written at the same level."""
    found = parse(tmp_path, "harbour.md", """
        # Harbour Personas

        The roles below work on the harbour system; one person may hold several.

        # Shore side
        ## Crane operator
        *Who is it?*

        Plans which crane serves which ship and when, across all berths.

        ## Gate clerk
        *Who is it?*

        Checks lorries in and out of the terminal and records their loads.

        # Ship side
        ## Ship agent
        *Who is it?*

        Represents the shipping line in port and books berths for its vessels.
        """)
    assert set(found) == {"Crane operator", "Gate clerk", "Ship agent"}


def test_roles_a_design_note_calls_its_personas_in_a_list_of_clauses(tmp_path: Path) -> None:
    """"… which we have been calling personas:" ⏎ "* The dock planner, who …": each item is a role and a clause about
    it, even in a section whose title ("Scope") would not hold personas."""
    found = parse(tmp_path, "design-note.md", """
        # Loading bay tooling: a design note

        ## Abstract

        This note explains how we think about the loading bay tools.

        ## Scope

        Several kinds of people use the tools, which we have been calling personas:
        * The dock planner, who assigns lorries to bays for each shift.
        * The forklift driver, who moves pallets between the bays and the racks.
        * The visiting haulier. This is the driver from an outside company who
          waits for a free bay.
        """)
    assert set(found) == {"Dock planner", "Forklift driver", "Visiting haulier"}


def test_a_list_of_persona_names_with_kinds_nested_under_one(tmp_path: Path) -> None:
    found = parse(tmp_path, "TODO.md", """
        ## User Personas

        - Ferry operator
        - Harbour master
        - Passenger
          - Commuter
          - Tourist

        ## User Stories

        - [ ] As a ferry operator, I want to publish a timetable change in one place.
        """)
    assert set(found) == {"Ferry operator", "Harbour master", "Passenger"}


def test_a_closing_table_of_the_personas_adds_its_needs_to_them(tmp_path: Path) -> None:
    """"## Conclusion" ⏎ "| Actor | Category | Needs |" ⏎ "| Grandma | Health | …": the rows are the people the
    stories told above, so their needs join those personas instead of being skipped with the conclusion."""
    found = parse(tmp_path, "family.md", """
        # Convincing the family

        ## Your Grandma Keeps Bees

        Grandma sells honey at the market. She worries that the new card reader will not work in the rain.

        ## Your Cousin Drives a Taxi

        Cousin works nights as a driver. He is tired of typing every fare into two different apps.

        ## Conclusion

        | Actor | Category | Needs |
        |---|---|---|
        | Grandma | Market | 1. A card reader that works outdoors<br>2. Offline payments |
        | Cousin | Transport | 1. One app for every fare |
        """)
    grandma = next(c for name, c in found.items() if "Grandma" in name)
    cousin = next(c for name, c in found.items() if "Cousin" in name)
    assert len(found) == 2
    assert {"A card reader that works outdoors", "Offline payments"} <= set(grandma)
    assert "One app for every fare" in cousin
