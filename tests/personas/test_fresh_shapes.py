"""Shapes met in real persona documents collected after the first evaluation set (benchmarks/data/personas_fresh,
DEV half), each written here as a small synthetic document: no text from those documents."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document

from .conftest import parse_text as parse


def test_personas_named_by_their_group_with_labels_that_say_who_needs_it(tmp_path: Path) -> None:
    found = parse(tmp_path, "groups.md", """
        ## Our users

        We group people by how they reach the service.

        ## Night Shift Nurses

        A night shift nurse charts between rounds on a shared tablet.

        **A Night Shift Nurse Needs...**

        - Charts that save after every field
        - Large touch targets

        **A Night Shift Nurse Expects...**

        - The tablet to remember the ward

        ## Rural Patients

        **What a Rural Patient Needs**

        - Appointments by phone, not only online
        """)
    assert list(found) == ["Night Shift Nurses", "Rural Patients"]
    assert found["Night Shift Nurses"][-2:] == ["Charts that save after every field", "Large touch targets"]
    assert found["Rural Patients"] == ["Appointments by phone, not only online"]


def test_a_heading_of_only_people_words_stays_a_container(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"'Our customers' has fields .* names a group"):
        parse(tmp_path, "container.md", """
            ## Our customers
            ### Pain points
            - Reports arrive late
            """)


def test_headings_without_the_space_after_the_hashes(tmp_path: Path) -> None:
    found = parse(tmp_path, "tight.md", """
        # Who uses the library
        ##Personas
        ###Theo, the weekend volunteer
        ####Story
        Theo sorts donated books on Saturdays. Theo keeps the shelf list on paper, and he struggles to find
        which boxes were already checked. He'd like one list the whole team can see.
        #1 priority for us is Theo.
        """)
    assert list(found) == ["Theo, the weekend volunteer"]
    assert any("struggles to find" in c for c in found["Theo, the weekend volunteer"])
    assert any("He'd like one list" in c for c in found["Theo, the weekend volunteer"])


def test_tight_hashes_inside_a_code_fence_are_code(tmp_path: Path) -> None:
    found = parse(tmp_path, "fence.md", """
        ## Priya
        ### Frustrations
        - Exports lose the column order
        ```
        ##not-a-heading
        ```
        """)
    assert found == {"Priya": ["Exports lose the column order"]}


def test_quarto_and_r_markdown_files_are_markdown(tmp_path: Path) -> None:
    for suffix in (".qmd", ".Rmd"):
        found = parse(tmp_path, f"lab{suffix}", """
            ---
            title: "Personas"
            ---
            ### Lab manager
            #### Frustrations
            - Instrument bookings clash every Monday
            """)
        assert found == {"Lab manager": ["Instrument bookings clash every Monday"]}


def test_risk_fields_of_a_data_record_are_concerns(tmp_path: Path) -> None:
    found = parse(tmp_path, "records.yaml", """
        records:
        - name: Joan Park
          role: Treasurer
          goals:
          - Balance the club accounts
          risk_context:
          - Signing off payments she cannot trace
          exclusion_risks:
          - Losing access when the bank changes its app
        """)
    assert found == {"Joan Park": ["Signing off payments she cannot trace", "Losing access when the bank changes its app"]}


def test_a_persona_table_whose_header_row_is_empty_and_names_the_occupation(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        ## Roles we design for

        |   |   |   |
        |---|---|---|
        | **Occupational Title** | **Description** | **Pain points** |
        | Pharmacy Technician | Fills prescriptions and checks stock. | Stock counts disagree with the system |
        | Ward Clerk | Books beds and transfers. | Bed status is updated late |
        """)
    assert found == {"Pharmacy Technician": ["Stock counts disagree with the system"],
                     "Ward Clerk": ["Bed status is updated late"]}


def test_citations_inside_a_record_are_not_concerns(tmp_path: Path) -> None:
    found = parse(tmp_path, "cited.yaml", """
        - name: Omar Haddad
          pain_points:
          - Shift swaps are approved by text message
          evidence:
          - claim: Most rotas in small clinics are kept on paper.
            source: Clinic Staffing Risks Survey, 2024
            url: https://example.org/risks-survey
        """)
    assert found == {"Omar Haddad": ["Shift swaps are approved by text message"]}


def test_sections_listed_under_a_page_of_user_types_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "types.md", """
        ---
        title: "User types"
        ---
        We sort our members into three user types.

        # Weekenders

        Members who only cycle on sunny weekends. They need bikes that are ready without booking ahead.

        # Commuters

        Daily riders who lock up at the station and want a spare battery at work.

        # Which of these user types are you?

        Tell us which of the personas above fits you best, and why.
        """)
    assert list(found) == ["Weekenders", "Commuters"]
    assert found["Weekenders"] == ["They need bikes that are ready without booking ahead."]


def test_a_role_named_with_a_page_word_is_still_a_role_under_roles(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        ## Roles

        #### Reporting and analysis engineer
        Role: I build the dashboards the board reads
         - I want one export format, so that I don't have to fix column names by hand

        #### RBAC
        Who may see which dashboard is set per team and reviewed every quarter.
        """)
    assert list(found) == ["Reporting and analysis engineer"]


def test_personas_under_a_heading_that_slipped_below_a_narrative_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "slipped.md", """
        # Dana Ortiz
        Dana Ortiz teaches chemistry at a city college. She has no experience with version control and
        she regrets losing a term of lab notes to a broken laptop.
        ## Earlier personas
        ### Felix
        * Male 30, lab technician
        * Uses one shared spreadsheet for every instrument booking
        """)
    assert list(found) == ["Dana Ortiz", "Felix"]
    assert len(found["Dana Ortiz"]) == 1 and "regrets losing a term" in found["Dana Ortiz"][0]
    assert not any("spreadsheet" in c for c in found["Dana Ortiz"])


def test_evidence_cited_in_a_record_is_kept_but_never_a_concern(tmp_path: Path) -> None:
    path = tmp_path / "cited.yaml"
    path.write_text(textwrap.dedent("""
        - name: Ines Duarte
          frustrations:
          - Paper forms get lost between shifts
          evidence:
          - claim: A survey found that many clinics struggle with staffing gaps.
        """).lstrip(), encoding="utf-8")
    (ines,) = parse_document(path).personas
    assert [c.text for c in ines.concerns] == ["Paper forms get lost between shifts"]
    assert "struggle with staffing gaps" in ines.extra_sections["evidence"]


def test_a_goals_page_whose_last_section_lists_numbered_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "GOALS.md", """
        # Goals
        ## Objectives
        ### Simple Setup
        The Setup wizard should finish in minutes. Setup must work offline, and Setup keeps every default safe.
        ### Portable Config
        Config files move between machines. Config never holds secrets, and Config stays readable.
        ## Personas
        _In order of priority_
        ### 1. Shop owner
        The shop owner runs the till and the web store alone. They need stock counts that match across both.
        ### 2. Bookkeeper
        The bookkeeper closes each month for several shops and reconciles the card payouts by hand.
        """)
    assert list(found) == ["Shop owner", "Bookkeeper"]
    assert found["Shop owner"] == ["They need stock counts that match across both."]


def test_a_combined_goals_and_needs_field_files_each_item_by_what_it_states(tmp_path: Path) -> None:
    path = tmp_path / "pia.md"
    path.write_text(textwrap.dedent("""
        ## Pia
        ### Goals/Needs
        * Publish the timetable before term starts
        * Needs a way to swap rooms without emailing three offices
        """).lstrip(), encoding="utf-8")
    (pia,) = parse_document(path).personas
    assert [c.text for c in pia.concerns] == ["Needs a way to swap rooms without emailing three offices"]
    assert pia.sections["goals"] == ["Publish the timetable before term starts"]


def test_a_link_that_names_the_persona_folder_does_not_make_a_section_about_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "groups.md", """
        # Personas
        ## Field Survey Team
        A field survey team of six collects soil samples each spring and needs offline maps on their phones.
        Diagram: https://example.org/docs/Personas/field_team_model.png
        """)
    assert list(found) == ["Field Survey Team"]
