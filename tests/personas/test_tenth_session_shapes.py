"""Shapes and formats the importer missed on held-out batch 18 (tenth session), each written as a small synthetic
document: no text from any evaluation document."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document

from .conftest import parse_text as parse
from .conftest import write_doc


def test_a_page_its_front_matter_declares_a_persona_is_one_persona(tmp_path: Path) -> None:
    """"layout: persona" ⏎ "title: The commuter": the page is the persona, its sections are parts of it (not personas),
    and a journey of stages in the front matter brings their pain points (written as Markdown lists in YAML strings)."""
    found = parse(tmp_path, "commuter.md", """
        ---
        layout: persona
        title: The commuter
        journey:
        - title: Plan the trip
          pain_points: |
            * The timetable changes without notice
            * Two apps show different times
          feeling: |
            * Annoyed – the connection is missed again
        - title: Pay the fare
          pain_points: |
            * The card reader rejects old cards
        ---

        I take two trains and a bus every day and plan my week around them.

        ## How the trip goes

        ### Pain points

        * Platforms change at the last minute
        * No seat on the early train

        ## What the service offers
        """)
    assert list(found) == ["The commuter"]
    concerns = found["The commuter"]
    for text in ("The timetable changes without notice", "Two apps show different times", "The card reader rejects old cards",
                 "Platforms change at the last minute", "No seat on the early train"):
        assert text in concerns
    assert not any(c.startswith(("*", "-")) for c in concerns)  # list marks are not part of an item


def test_an_index_page_of_personas_is_not_one_persona(tmp_path: Path) -> None:
    """"layout: personas" names an index of several personas: each heading still is one."""
    found = parse(tmp_path, "index.md", """
        ---
        layout: personas
        title: Our riders
        ---

        ## Rosa

        ### Pain points
        * The ticket machine buttons are too small

        ## Tomas

        ### Pain points
        * The connection leaves before his bus arrives
        """)
    assert set(found) == {"Rosa", "Tomas"}


def test_field_headings_grouped_under_a_part_of_a_persona_are_fields(tmp_path: Path) -> None:
    """"### Understanding the rider" ⏎ "#### Frustrations": a field still, read as one, not one long item."""
    found = parse(tmp_path, "riders.md", """
        # Riders

        ## Rosa

        ### Pain points

        * The ticket machine buttons are too small

        ### Understanding the rider

        #### Frustrations

        * The app logs her out every morning
        * Refunds take weeks

        #### Thoughts

        She misses the old paper timetable. Unfortunately the kiosk closed last year.

        ## Tomas

        ### Frustrations

        * The connection leaves before his bus arrives
        """)
    assert found["Rosa"][:3] == ["The ticket machine buttons are too small", "The app logs her out every morning", "Refunds take weeks"]
    assert "Unfortunately the kiosk closed last year." in found["Rosa"]
    assert found["Tomas"] == ["The connection leaves before his bus arrives"]


ASCIIDOC = """
= Depot personas

The people who run the depot.

== Dispatcher Dana

Dana plans the routes for the night shift.

=== Pain points

* Drivers *phone in* for every change
* The route map is slow on the old laptop

=== Goals

Fewer calls per shift.

== Stakeholders

|===
|Who |Concerns

|Warehouse Wes
a|* Stock counts arrive a day late
* Labels smudge in the cold store
|===
"""


def test_asciidoc_is_read_through_asciidoc_py(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "depot.adoc", ASCIIDOC))
    found = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert found["Dispatcher Dana"] == ["Drivers phone in for every change", "The route map is slow on the old laptop"]
    assert found["Warehouse Wes"] == ["Stock counts arrive a day late", "Labels smudge in the cold store"]


@pytest.mark.parametrize("line", ["sys::[touch pwned]", "include::/etc/hostname[]"])
def test_asciidoc_never_runs_commands_or_reads_other_files(tmp_path: Path, line: str) -> None:
    path = write_doc(tmp_path, "bad.adoc", ASCIIDOC + f"\n{line}\n")
    with pytest.raises(InputError, match=r"not readable as AsciiDoc: .*unsafe"):
        parse_document(path)
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_a_page_template_is_read_as_the_html_it_renders(tmp_path: Path) -> None:
    """An Eleventy/Jinja page (.njk): front matter, template tags and inline SVG are page machinery."""
    found = parse(tmp_path, "dana.njk", """
        ---
        title: "Persona - Dana"
        ---
        {% extends "base.njk" %}
        <div class="card">
          <h1>Dana</h1>
          <svg viewBox="0 0 10 10"><path d="M0 0h10v10z"/></svg>
          <h2>Biography</h2>
          <p>Dana dispatches drivers at night. {{ persona.age }}</p>
          <h2>Frustrations</h2>
          <ul><li>The radio drops out in the tunnels</li><li>Shift notes are lost between teams</li></ul>
        </div>
        """)
    assert found == {"Dana": ["The radio drops out in the tunnels", "Shift notes are lost between teams"]}


def test_a_markdown_page_template_is_read_as_markdown(tmp_path: Path) -> None:
    found = parse(tmp_path, "wes.liquid", """
        # Warehouse Wes

        {% include "banner.html" %}

        ## Pain points
        - Stock counts arrive a day late
        """)
    assert found == {"Warehouse Wes": ["Stock counts arrive a day late"]}


def test_a_name_column_under_a_personas_heading_gives_one_persona_per_row(tmp_path: Path) -> None:
    """"| Name | Short description | Long description |" under "## Clinic personas": each row is a persona, even when
    a name holds a field word ("Risk Officer", "Pain Clinic Nurse"); the description columns are never personas."""
    parsed = parse_document(write_doc(tmp_path, "clinic.md", """
        # Clinic

        ## Clinic personas

        | Name | Short description | Long description |
        |---|---|---|
        | *Risk Officer* | Signs off new equipment | Reviews every purchase above the threshold |
        | *Pain Clinic Nurse* | Runs the evening clinic | Sees thirty patients a night and writes the notes after |
        | *Porter* | Moves patients and supplies | Covers three buildings on foot |
        """))
    assert [p.name for p in parsed.personas] == ["Risk Officer", "Pain Clinic Nurse", "Porter"]


def test_a_persona_table_across_with_a_name_corner_still_reads_across(tmp_path: Path) -> None:
    found = parse(tmp_path, "across.md", """
        # Personas

        | Name | Dana | Wes |
        |---|---|---|
        | Pain points | The map is slow | Counts are late |
        | Goals | Fewer calls | Accurate stock |
        """)
    assert found == {"Dana": ["The map is slow"], "Wes": ["Counts are late"]}


def test_a_page_titled_as_guidelines_can_still_describe_its_audience(tmp_path: Path) -> None:
    """"# Depot App Design Guidelines" is the page's title, not a section to skip; "## Our audience" lists its users."""
    found = parse(tmp_path, "guidelines.md", """
        # Depot App Design Guidelines

        ## Introduction

        How we design the depot app.

        ## Our audience

        ### Night dispatchers

        Dispatchers plan the routes for the night shift and take the drivers' calls. They struggle with the slow map.

        ### Warehouse leads

        Warehouse leads count the stock at the end of every shift and report the gaps to the buyers.

        ## Colours

        Use the brand colours for buttons.
        """)
    assert set(found) == {"Night dispatchers", "Warehouse leads"}
    assert found["Night dispatchers"] == ["They struggle with the slow map."]


def test_a_guidelines_section_of_a_persona_page_is_still_skipped(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "team.md", """
        # Team personas

        ## Dispatcher Dana

        ### Pain points
        - The map is slow

        ## Writing guidelines

        Keep every persona under one page.
        """))
    assert [p.name for p in parsed.personas] == ["Dispatcher Dana"]
    assert any(s.title == "Writing guidelines" for s in parsed.skipped)


def test_lines_that_say_whose_needs_the_next_list_holds(tmp_path: Path) -> None:
    """GOV.UK-style "Our users and their needs": "As a **dispatcher**, I need" ⏎ a list, once per role (bold or not,
    with or without a verb); each role is a persona whose list items are needs."""
    found = parse(tmp_path, "standards.md", """
        # Depot radio standard

        ## Context

        Why the depot is replacing its radios.

        ## Our users and their needs

        As a **dispatcher**, I need
        - To reach every driver in the tunnels
        - To know which channel each driver is on

        **As a fleet manager, I want to**
        - See which radios are due for repair

        As a **driver**
        - I want to talk without taking my hands off the wheel

        ## Roll-out plan

        As a first step, we will:
        - Buy ten radios
        """)
    assert found == {
        "Dispatcher": ["To reach every driver in the tunnels", "To know which channel each driver is on"],
        "Fleet manager": ["See which radios are due for repair"],
        "Driver": ["I want to talk without taking my hands off the wheel"],
    }


def test_one_needs_line_in_a_persona_story_leaves_the_story_whole(tmp_path: Path) -> None:
    found = parse(tmp_path, "riders.md", """
        # Riders

        ## Nadia, night-shift nurse (and other night riders)

        Nadia takes the last bus home from the hospital. She struggles to find out when the night service runs.

        _As a night rider, I want to..._

        * know when the next bus leaves
        """)
    assert list(found) == ["Nadia, night-shift nurse (and other night riders)"]
    assert "She struggles to find out when the night service runs." in found["Nadia, night-shift nurse (and other night riders)"]


def test_html_inline_tags_leave_no_space_before_punctuation(tmp_path: Path) -> None:
    found = parse(tmp_path, "riders.html", """
        <h1>Riders</h1>
        <h2>Mutoni</h2>
        <p>Mutoni sells fruit at the market.</p>
        <h3>Frustrations</h3>
        <ul><li>Her phone has <strong>SMS</strong>, but no internet.</li>
            <li>She cannot top up <em>after dark</em>.</li></ul>
        """)
    assert found["Mutoni"] == ["Her phone has SMS, but no internet.", "She cannot top up after dark."]


def test_a_jupyter_notebook_is_read_from_its_markdown_cells(tmp_path: Path) -> None:
    import json

    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Depot personas\n", "\n", "## Dispatcher Dana\n"]},
        {"cell_type": "code", "metadata": {}, "source": ["print('Pain points: not a persona')"], "outputs": [],
         "execution_count": None},
        {"cell_type": "markdown", "metadata": {}, "source": "### Pain points\n\n- The route map freezes\n"},
    ]
    path = tmp_path / "personas.ipynb"
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    assert {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas} == {
        "Dispatcher Dana": ["The route map freezes"]}
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="notebook"):
        parse_document(path)


def test_a_heading_written_as_a_lead_in_keeps_its_sense_in_each_item(tmp_path: Path) -> None:
    """"#### We must not" ⏎ "- use jargon": each item is a concern read with its heading, never "use jargon" alone."""
    found = parse(tmp_path, "riders.md", """
        # Riders

        ## Occasional rider

        ### Goals
        - Get to the match on time

        ### How we design for them

        #### We must not:
        - use jargon on the ticket screen
        - hide the price until the last step
        """)
    assert found["Occasional rider"] == ["We must not: use jargon on the ticket screen",
                                         "We must not: hide the price until the last step"]


def test_desires_are_needs(tmp_path: Path) -> None:
    found = parse(tmp_path, "ops.md", """
        # Platform personas

        ## Cluster operator Omar

        Goals:
        - Upgrade every cluster twice a year

        Desires:
        - One dashboard for every cluster's certificates
        """)
    assert found == {"Cluster operator Omar": ["One dashboard for every cluster's certificates"]}


def test_a_persona_named_by_a_role_that_shares_a_field_word(tmp_path: Path) -> None:
    """"Driver Dimitri" is a person, not a "Drivers …" (motivations) field; "Barrier" alone is still a field."""
    found = parse(tmp_path, "depot.md", """
        # Depot

        ## Driver Dimitri

        ### Barrier
        - The gate code changes every week

        ## Dispatcher Dana

        ### Frustrations
        - The radio drops out in the tunnels
        """)
    assert found == {"Driver Dimitri": ["The gate code changes every week"],
                     "Dispatcher Dana": ["The radio drops out in the tunnels"]}
