"""Shapes the importer missed on the fourth batch of real persona documents (DEV half) and on the issue's own list
of shapes, each written here as a small synthetic document: no text from any evaluation document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document

from .conftest import parse_text as parse
from .conftest import write_doc


def test_a_marked_matrix_makes_each_column_a_persona_with_its_marked_rows(tmp_path: Path) -> None:
    found = parse(tmp_path, "matrix.md", """
        # What each group needs

        | Need | Growers | Buyers | Inspectors |
        |------|---------|--------|------------|
        | Prices published before harvest | X | X | |
        | Fewer paper forms | ✓ | | ✓ |
        | Offline data entry | x |  |

        ## Prices published before harvest

        * Weekly price sheets by region
        """)
    assert found == {"Growers": ["Prices published before harvest", "Fewer paper forms", "Offline data entry"],
                     "Buyers": ["Prices published before harvest"], "Inspectors": ["Fewer paper forms"]}


def test_a_table_with_text_in_its_cells_is_not_read_as_a_marked_matrix(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "support.md", """
            | Need | Linux | macOS |
            |------|-------|-------|
            | A compiler | gcc 12 or later | Xcode tools |
            | Disk space | 2 GB | 3 GB |
            """)


def test_a_string_catalogue_is_a_clear_error_not_one_persona_per_key(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "messages.json", json.dumps({f"key{i}": {"message": f"Button label {i}"} for i in range(6)}))
    with pytest.raises(InputError, match="message catalogue"):
        parse_document(path)


def test_a_numbered_persona_heading_takes_the_name_its_text_gives(tmp_path: Path) -> None:
    found = parse(tmp_path, "numbered.md", """
        ## Persona 1

        **Name:** Wiremu Tane
        **Role:** Harbour pilot
        **Frustrations:**
        - Tide tables arrive late

        ## Persona 2

        **Name:** Ines Duarte
        **Frustrations:**
        - The booking form times out
        """)
    assert found == {"Wiremu Tane": ["Tide tables arrive late"], "Ines Duarte": ["The booking form times out"]}


def test_a_quotation_in_a_heading_is_kept_as_a_quote_not_as_the_name(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "quote.md", '# Personas\n\n## "Give me one number I can trust" — Anouk, fleet manager\n\n'
                    "Anouk runs forty delivery vans. She is fed up with three reports that disagree every Monday.\n")
    [persona] = parse_document(path).personas
    assert persona.name == "Anouk, fleet manager"
    assert persona.sections["quotes"] == ['"Give me one number I can trust"']
    assert [c.text for c in persona.concerns] == ["She is fed up with three reports that disagree every Monday."]


def test_a_bold_bullet_over_persona_fields_is_a_persona_whatever_its_job(tmp_path: Path) -> None:
    found = parse(tmp_path, "bullets.md", """
        ## Who we design for

        - **Beekeeper**
          - Goals: healthy hives through winter
          - Challenges: mite counts are done by hand
        - **Orchard cooperative**
          - Pain points: pollination contracts arrive late
        """)
    assert found == {"Beekeeper": ["mite counts are done by hand"], "Orchard cooperative": ["pollination contracts arrive late"]}


def test_a_short_story_about_a_named_person_is_a_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "short.md", """
        ## Audience

        ### Tevita, ferry dispatcher
        Tevita plans the crossings for three small islands. He struggles when the weather feed goes quiet at night.

        ### Release cadence
        We ship every second Tuesday and publish notes the same day.
        """)
    assert found == {"Tevita, ferry dispatcher": ["He struggles when the weather feed goes quiet at night."]}


def test_a_korean_must_sentence_is_a_need(tmp_path: Path) -> None:
    found = parse(tmp_path, "ko.md", """
        ## 이서연 (물류 담당)

        서연은 창고 세 곳의 재고를 관리한다. 그녀는 입고 내역을 모바일에서 바로 확인할 수 있어야 한다.
        """)
    assert found == {"이서연 (물류 담당)": ["그녀는 입고 내역을 모바일에서 바로 확인할 수 있어야 한다."]}


def test_a_market_section_under_a_personas_page_is_not_a_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "market.md", """
        # Audiences and personas

        ## Industries

        We mostly work with these verticals, and it keeps growing:

        * Logistics
        * Hospitality

        ## Station Manager

        A station manager keeps a depot running. They need rosters that survive sick calls.
        """)
    assert list(found) == ["Station Manager"]


def test_a_sentence_heading_names_its_subject(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "sentences.md", "# Sample personas\n\n## Rangi is 41 years old and drives a school bus\n\n"
                    "He checks the route app before every shift. He struggles to read the small map on a bright morning.\n\n"
                    "## Lotte: 29 years old\n\nShe works nights at a bakery and needs captions on every training video.\n")
    personas = parse_document(path).personas
    assert [p.name for p in personas] == ["Rangi", "Lotte"]
    assert personas[0].attributes["summary"] == "Rangi is 41 years old and drives a school bus"
    assert [c.text for c in personas[0].concerns] == ["He struggles to read the small map on a bright morning."]


def test_topic_sections_of_a_personas_page_are_not_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "page.md", """
        ---
        title: Personas for the ferry booking service
        ---

        ## Making bookings work for everyone

        Passengers reach us by phone, web and kiosks, and we should support each of them equally well.

        ## Screen magnification software

        Screen Magnification Software is used by people with low vision. Their needs vary a lot and the software
        often must work without audio. Screen Magnification Software also changes how pages reflow.

        ## Hemi, the deckhand

        Hemi sells tickets on board. He worries that the handheld reader fails when the signal drops mid-crossing.
        """)
    assert list(found) == ["Hemi, the deckhand"]


def test_an_unclosed_definition_in_html_ends_at_the_next_term(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "dl.md", "## Marta is 60 years old\n\nShe volunteers at the library and reads the news online every morning.\n\n"
                    "<dl>\n<dt>Condition:</dt>\n<dd>Arthritis<dd>\n<dt>Barrier:</dt>\n<dd>Small buttons are hard to press</dd>\n</dl>\n")
    [persona] = parse_document(path).personas
    assert persona.name == "Marta"
    assert "Condition: Arthritis" in persona.sections["background"]
    assert [c.text for c in persona.concerns] == ["Small buttons are hard to press"]


def test_a_list_introduced_by_a_need_holds_needs_and_a_wish_list_does_not(tmp_path: Path) -> None:
    found = parse(tmp_path, "types.md", """
        # Types of user in the clinic app

        ## Receptionists

        Receptionists book patients in and keep the waiting room moving. They need to:

        - See every doctor's free slots on one screen
        - Send a reminder by text

        ## Practice owners

        Practice owners watch costs and staffing across the week. Here is their wish list:

        - A monthly revenue chart
        """)
    assert found == {"Receptionists": ["See every doctor's free slots on one screen", "Send a reminder by text"],
                     "Practice owners": []}


def test_myst_cards_are_read_as_titled_fields_and_code_cells_stay_code(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "myst.md",
        "---\ntitle: Small clinic owners\n---\n\n(owners-intro)=\nOwners run one or two clinics and do the books at night.\n\n"
        ":::{grid #owners} 1 2 2\n\n```{card} 😞 Frustrations\n- Insurance claims bounce back for small typos\n```\n\n"
        "```{card} 🎯 Goals\n- Open a third clinic\n```\n\n:::\n\n```{code-cell} python\nprint('struggles')\n```\n\n"
        "## Bringing the persona to life\n\n```{card} 🙏 Needs\n- A claim checker before submission\n```\n")
    [persona] = parse_document(path).personas
    assert persona.name == "Small clinic owners"
    assert [c.text for c in persona.concerns] == ["Insurance claims bounce back for small typos", "A claim checker before submission"]


def test_two_personas_with_one_name_are_both_kept_with_a_note(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "twice.md", "## Dispatcher\n\n**Pain points:**\n- Radios drop out\n\n## Dispatcher\n\n**Pain points:**\n- Shift notes get lost\n")
    parsed = parse_document(path)
    assert [p.persona_id for p in parsed.personas] == ["dispatcher", "dispatcher-2"]
    assert any("dispatcher-2" in s.reason for s in parsed.skipped)


def test_a_csv_row_named_by_a_first_name_takes_its_role_and_a_row_without_a_name_goes_by_its_role(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "people.csv", "place,title,name,desc\nnorth,Night Nurse,Ama,Struggles to find free beds at 3am\n"
                    "south,Bed Manager,,Needs one list of discharges before noon\n")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"Ama (Night Nurse)": ["Struggles to find free beds at 3am"],
                     "Bed Manager": ["Needs one list of discharges before noon"]}


def test_dashed_bullets_under_a_personas_heading_are_personas_unless_sections_follow(tmp_path: Path) -> None:
    listed = parse(tmp_path, "listed.md", """
        # Personas

        * Dispatcher - assigns every call to a crew within a minute
        * Crew lead - drives the truck and closes each job on a tablet
        """)
    assert list(listed) == ["Dispatcher", "Crew lead"]
    summary = parse(tmp_path, "summary.md", """
        # Personas

        - Dispatcher - assigns every call to a crew within a minute
        - Crew lead - drives the truck and closes each job on a tablet

        ## Dispatcher
        - *Common Challenges*: Radios drop out in the valley.

        ## Crew lead
        - *Common Challenges*: Job notes vanish when the tablet sleeps.
        """)
    assert summary == {"Dispatcher": ["Radios drop out in the valley."], "Crew lead": ["Job notes vanish when the tablet sleeps."]}


def test_expectations_and_what_they_care_about_are_needs(tmp_path: Path) -> None:
    found = parse(tmp_path, "expect.md", """
        ## Ops lead

        ### Tool Expectations
        - Output that scripts can parse
        """)
    table = parse(tmp_path, "care.md", """
        | Persona | Role | What they care about |
        |---|---|---|
        | Auditor | Checks controls | Evidence in one place |
        | Owner | Runs the shop | Fewer audit findings |
        """)
    assert found == {"Ops lead": ["Output that scripts can parse"]}
    assert table == {"Auditor (Checks controls)": ["Evidence in one place"], "Owner (Runs the shop)": ["Fewer audit findings"]}


def test_a_changelog_is_never_a_persona_document(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="changelog"):
        parse(tmp_path, "HISTORY.md", """
            ## 2.1.0 (2024-01-02)

            **Minor Improvements**

            - Frustration with slow imports is gone: loading takes half the time.
            """)


@pytest.mark.parametrize("sentence", [
    "She may not know that the grant exists at all.",
    "He has never written a unit test.",
    "Volunteers are often poorly trained for the intake desk.",
    "There isn't a clear owner for the shared drive.",
    "The team relies on one contractor for every export.",
    "He is under pressure from short deadlines every quarter.",
    "Nobody really understands how long the night shift is.",
    "The old scanner doesn't handle double-sided pages.",
    "Supplier data is often incomplete or inaccurate.",
])
def test_hedged_problems_gaps_and_reliance_are_concerns(sentence: str) -> None:
    from callinsight.personas.vocab import concern_kind

    assert concern_kind(sentence) is not None


def test_comparison_and_company_sections_are_not_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        ## Personas

        ### Fleet Operator
        Runs the depot. They worry about vans idling with no driver assigned, every single day.

        ### Route Planner
        Plans tomorrow's routes. They need live traffic before six in the morning, every weekday.

        ### Fleet Operator vs. Route Planner
        The operator owns vehicles and the planner owns routes; they need to agree on the handover time.

        ## Northwind Ltd
        Northwind is the company both of them work for, and it worries about fuel costs.
        """)
    assert list(found) == ["Fleet Operator", "Route Planner"]


def test_a_persona_column_makes_rows_personas_without_field_columns(tmp_path: Path) -> None:
    found = parse(tmp_path, "page.md", """
        ---
        title: Personas of the harbour project
        ---

        **Status**: draft
        **Owner**: the harbour board

        ## Purpose

        To name the personas of the harbour and what keeps each of them going.

        ## Who they are

        | Persona | Description |
        | --- | --- |
        | Skippers | run the ferries |
        | Harbour masters | keep the berths and the tide tables |
        """)
    assert list(found) == ["Skippers", "Harbour masters"]


def test_a_name_before_a_dash_is_what_a_long_story_heading_is_checked_by(tmp_path: Path) -> None:
    found = parse(tmp_path, "dash.md", """
        ## Aroha — Second-Year Nursing Student (Community Health Placement)

        Aroha spends three days a week on placement and two on campus. She recently lost a week of notes
        when her tablet broke and wants a backup she does not have to think about.
        """)
    assert list(found) == ["Aroha — Second-Year Nursing Student (Community Health Placement)"]


def test_a_heading_that_says_the_person_who_is_a_story_of_that_person(tmp_path: Path) -> None:
    found = parse(tmp_path, "who.md", """
        ## The Dispatcher (the person who assigns every call)

        The Dispatcher sits in the control room and hands calls to crews all night. When the radio drops out
        they cannot reach a crew and must phone each driver instead.
        """)
    assert found == {"The Dispatcher (the person who assigns every call)":
                     ["When the radio drops out they cannot reach a crew and must phone each driver instead."]}


def test_labelled_bullets_that_say_they_about_someone_else_are_not_personas(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        parse(tmp_path, "steps.md", """
            ## Running a survey

            - **Planning:** The coordinator must draw up a plan so that they reach every district on time.
            - **Recruitment:** The coordinator must recruit volunteers and make sure they are trained.
            """)


@pytest.mark.parametrize("sentence", ["그는 새 장비 사용법을 잘 모른다.", "마감 압박 때문에 주말에도 일한다.",
                                      "그녀는 데이터가 부정확해서 보고서를 믿지 못한다.", "팀은 외주 업체 한 곳에 의존한다."])
def test_korean_gaps_pressure_and_reliance_are_concerns(sentence: str) -> None:
    from callinsight.personas.vocab import concern_kind

    assert concern_kind(sentence) is not None


def test_bold_bullets_under_personas_and_a_later_section_of_the_same_name(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        ### Personas
        * **Dispatch desk** - the people who take every call from the depots and hand each one to a crew.
        * **Depot office** - keeps the rosters and the vans' paperwork for each of the three depots.

        ### Scenarios
        * **Winter storm** - half the crews are snowed in and the desk reroutes the rest all night long.

        ### High-level examples

        #### Dispatch desk
        * As a member of the desk, I need one screen with every crew's position.
        """)
    assert found == {"Dispatch desk": ["As a member of the desk, I need one screen with every crew's position."], "Depot office": []}
