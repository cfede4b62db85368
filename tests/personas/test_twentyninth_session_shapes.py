"""Shapes met while working on replica batch R29 once it was scored (development data from then on) and on misses of
the earlier batches in the twenty-ninth session, each on a small synthetic document written for these tests (no
replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

_LANDING_PAGE_SPEC = """\
    ---
    page: "/for/bakers"
    title: "For Home Bakers"
    purpose: "Turn a first visit into a first order"
    audiences:
      - id: "weekend"
        label: "Weekend baker"
        arrives_from: ["recipe blogs"]
        frustrations:
          - "Flour prices change every week"
          - "Recipes never say how much a loaf costs"
        success: "Orders a starter kit"
      - id: "stall"
        label: "Market stall owner"
        frustrations:
          - "Runs out of bags before noon"
    flow:
      - step: "Hero"
        sees: "A loaf on a scale"
    ---

    Write this page for people who bake at home and sell a little on Saturdays.
    """


def test_readers_listed_in_a_pages_front_matter_are_its_personas(tmp_path: Path) -> None:
    # the page's own title and purpose are not a persona; each named reader with frustrations is one
    parsed = parse_document(write_doc(tmp_path, "for-bakers.md", _LANDING_PAGE_SPEC))
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert set(by_name) == {"Weekend baker", "Market stall owner"}
    assert by_name["Weekend baker"] == ["Flour prices change every week", "Recipes never say how much a loaf costs"]
    assert by_name["Market stall owner"] == ["Runs out of bags before noon"]


def test_the_same_readers_in_a_yaml_file_with_a_title_are_its_personas(tmp_path: Path) -> None:
    spec = _LANDING_PAGE_SPEC.replace("audiences:", "target_users:").split("    ---\n")[1]
    parsed = parse_document(write_doc(tmp_path, "for-bakers.yaml", spec))
    assert {p.name for p in parsed.personas} == {"Weekend baker", "Market stall owner"}


def test_one_persona_with_its_stakeholders_listed_stays_one_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "ada.yaml", """\
        name: Ada
        pain_points:
          - "Invoices arrive in three formats"
        stakeholders:
          - name: "Finance lead"
            goals: ["Close the month in two days"]
        """))
    assert [p.name for p in parsed.personas] == ["Ada"]
    assert [c.text for c in parsed.personas[0].concerns] == ["Invoices arrive in three formats"]


_NAMED_IN_A_PART = """\
    # Inkwell user personas

    ## Persona 1: The Night Owl

    ### Mara Lindqvist | Freelance Editor

    **Demographics**
    - **Age**: 31
    - **Role**: Edits novels for small presses

    ### Goals
    - Finish two manuscripts a month

    ### Frustrations
    1. **Version chaos**: Authors send edits back in four different file formats
    2. **Late nights**: Tracking changes by hand keeps her up past midnight

    ### How Inkwell Serves Mara

    | Need | Inkwell Solution |
    |------|------------------|
    | One format | Imports every file type |

    ## Persona 2: The Publisher

    ### Tomas Berg | Press Owner

    **Demographics**
    - **Age**: 52

    Tomas signs off every cover himself.

    ### Frustrations
    1. **Slow proofs**: Proofs come back a week late
    """


def test_a_persona_named_in_its_first_part_keeps_its_other_parts(tmp_path: Path) -> None:
    # the part named after her ("How Inkwell Serves Mara") is hers, so the numbered section is one persona, named by
    # the person in its first part; before, her name heading was the persona and her frustrations were lost
    parsed = parse_document(write_doc(tmp_path, "personas.md", _NAMED_IN_A_PART))
    by_name = {p.name: p for p in parsed.personas}
    assert set(by_name) == {"Mara Lindqvist (The Night Owl)", "Tomas Berg (The Publisher)"}
    pains = by_name["Mara Lindqvist (The Night Owl)"].sections["pain_points"]
    assert pains == ["Version chaos: Authors send edits back in four different file formats",
                     "Late nights: Tracking changes by hand keeps her up past midnight"]


def test_a_segment_map_row_and_the_section_of_the_same_full_name_are_one_person(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # Target personas

        ## Segment map

        | # | Persona | Segment | Priority |
        |---|---------|---------|----------|
        | 1 | Ilse Marsh | Home brewer | Primary |
        | 2 | Oren Dahl | Bar owner | Secondary |

        ## 1. Ilse Marsh — *"My best batch was an accident."*

        **Goals.** Brew the same beer twice.

        **Frustrations / pains.**
        - Nothing records the mash temperature she used
        - Recipes online assume a bigger kettle

        ## 2. Oren Dahl — *"Taps run dry on Fridays."*

        **Frustrations / pains.**
        - Kegs run out before the weekend rush
        """))
    assert [p.name for p in parsed.personas] == ["Ilse Marsh", "Oren Dahl"]  # before, each came in twice
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert by_name["Ilse Marsh"] == ["Nothing records the mash temperature she used",
                                     "Recipes online assume a bigger kettle"]


def test_two_sections_with_the_same_role_name_stay_two_personas(tmp_path: Path) -> None:
    # (the same full name twice is one person; a role named twice under two groups is two personas)
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # Personas

        ## Clinics

        ### Weekend Shopper
        - **Pain points:** Rotas change daily

        ## Hospitals

        ### Weekend Shopper
        - **Pain points:** Audits take a week
        """))
    assert len(parsed.personas) == 2


_JOURNEY = """\
    # Seedling personas

    ## Persona 1: "Weekend Wanda"
    ### The Hobby Gardener

    **Goals:**
    - Grow tomatoes on a balcony

    **Pain Points:**
    - Seed packets never say when to sow on a balcony

    **Tips for Wanda:**
    - Weekly reminders

    ## Summary

    | Persona | Churn Risk | Spend |
    |---------|------------|-------|
    | Wanda | High | Low |

    ## Journey Maps

    ### 1.1 Journey Map: Weekend Wanda

    #### Stage 1: Awareness
    - **Thought:** "Can I grow food up here?"
    - **Pain Point:** Every guide assumes a garden

    #### Stage 2: Upkeep
    - **Pain Point:** None
    """


def test_a_persona_named_over_one_role_and_her_journey_maps_stages(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "seedling.md", _JOURNEY))
    assert [p.name for p in parsed.personas] == ["Weekend Wanda (The Hobby Gardener)"]
    texts = [c.text for c in parsed.personas[0].concerns]
    assert "Seed packets never say when to sow on a balcony" in texts
    assert "Every guide assumes a garden" in texts  # a stage of her journey map
    assert "None" not in texts and "High" not in texts  # no problem, a rating


_ONE_PERSONA_PAGE = """\
    # Dmitri - Fleet Operations Director Persona

    ## Overview

    **Role**: Runs forty delivery vans

    ## Technology Profile

    ### Comfort Level: Advanced Spreadsheet User

    **What Dmitri Uses Daily:**
    - Route planner, shared inbox

    ### Technology Adoption Barriers
    - Drivers refuse to install another app

    ## Pain Points

    1. **Fuel**: Fuel cards are reconciled by hand every Friday

    ## What Dmitri Cares About

    ### Deal Breakers
    - Contracts longer than a year
    """


def test_a_page_that_calls_itself_one_persona_is_that_persona_whatever_its_parts_hold(tmp_path: Path) -> None:
    # before, "Comfort Level: Advanced Spreadsheet User" came in as a persona and Dmitri's page as none
    parsed = parse_document(write_doc(tmp_path, "dmitri.md", _ONE_PERSONA_PAGE))
    assert [p.name for p in parsed.personas] == ["Dmitri (Fleet Operations Director)"]
    texts = [c.text for c in parsed.personas[0].concerns]
    assert "Drivers refuse to install another app" in texts
    assert "Fuel: Fuel cards are reconciled by hand every Friday" in texts
    assert "Contracts longer than a year" in texts


def test_what_would_make_them_reject_it_and_a_frustration_with_what_are_fields(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # Personas

        ## Primary: Nurse Ada

        - Age: 40

        **Her frustration with existing apps:** Every chart needs six taps to open.

        ### What would make her reject Carelog
        - Alerts that fire for every patient
        """))
    ada = parsed.personas[0]
    assert ada.sections["pain_points"] == ["Every chart needs six taps to open."]
    assert ada.sections["objections"] == ["Alerts that fire for every patient"]


def test_a_primary_icp_with_fields_is_one_persona_and_icps_hold_them(tmp_path: Path) -> None:
    # one ideal customer profile is one persona, as "Primary Persona" is; "ICPs" is a heading over several
    parsed = parse_document(write_doc(tmp_path, "icp.md", """\
        # Ideal Customer Profile

        ## Primary ICP

        ### Demographics
        - Role: Payroll clerk at a firm of 50-200 staff

        ### Pain Points
        - Timesheets arrive as photos of paper

        ## Secondary ICP

        ### Demographics
        - Role: Office manager

        ### Pain Points
        - Leave requests get lost in email
        """))
    assert [p.name for p in parsed.personas] == ["Primary ICP", "Secondary ICP"]
    assert [c.text for c in parsed.personas[0].concerns] == ["Timesheets arrive as photos of paper"]


def test_a_rank_label_before_a_quoted_name_and_a_design_rule_after_the_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # Personas

        ## Primary: "Casual Nora"

        - Age: 24-34
        - **Pain points:** Field guides read like homework

        ## Secondary: "Birder Bruno"

        - Age: 50+
        - **Pain points:** Apps are either toys or textbooks

        ## Design rule

        Every feature has to pass the Nora test: would she enjoy it with no explanation at all?
        """))
    assert [p.name for p in parsed.personas] == ["Casual Nora", "Birder Bruno"]
    assert [s.title for s in parsed.skipped] == ["Design rule"]


def test_a_summary_row_opened_by_a_code_or_a_title_adds_to_the_persona_of_that_first_name(tmp_path: Path) -> None:
    # "| A1 — Rachel (L&D Manager) |" after "### Persona A1" whose card names Rachel Adebayo; "Dr. Samuel" likewise
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # Personas

        ### Persona A1 — "The Busy Trainer"

        **Name:** Rachel Adebayo

        **Pain Points:**
        - Course builders take a week to learn

        ### Persona A2 — "The Expert"

        **Name:** Dr. Samuel Eze

        **Pain Points:**
        - Cannot turn his notes into lessons

        ## Persona Summary Matrix

        | Persona | Surface | Primary Need |
        |---|---|---|
        | A1 — Rachel (L&D Manager) | Studio | Fast course building |
        | A2 — Dr. Samuel (SME) | Studio | Notes into lessons |
        """))
    # (the code "A1" goes with the word persona, as "Persona 1" does)
    assert [p.name for p in parsed.personas] == ["Rachel Adebayo (The Busy Trainer)",
                                                 "Dr. Samuel Eze (The Expert)"]  # before, four personas


def test_a_persona_map_row_and_the_profile_its_id_heads_are_one_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # Behavioural personas

        ## Persona map

        | ID | Persona | Surface |
        | --- | --- | --- |
        | P-DRV | Van driver | Mobile app |
        | P-DSP | Dispatcher | Web console |

        ## P-DRV — Van driver (contract)

        ### Pain / fears
        - Routes change after he has loaded the van

        ## P-DSP — Dispatcher on the night shift

        ### Goals
        - Every parcel out by seven
        """))
    assert [p.name for p in parsed.personas] == ["P-DRV — Van driver (contract)", "P-DSP — Dispatcher on the night shift"]
    assert [c.text for c in parsed.personas[0].concerns] == ["Routes change after he has loaded the van"]


def test_design_principles_derived_from_the_personas_are_no_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # Personas

        ## Persona A: Ines Varga (Night-shift nurse)

        #### Pain Points & Frustrations
        - Charting takes longer than the care itself

        ## Persona B: Omar Haddad (Ward clerk)

        #### Pain Points & Frustrations
        - Beds are booked twice

        ## 3. Key Design Principles Derived from Personas

        1. **Plain Words**: When the app uses a clinical term it should say what it means in one line.
        2. **Calm Tone**: Because most users are tired at the end of a shift, the app should sound calm.
        """))
    assert [p.name for p in parsed.personas] == ["Ines Varga (Night-shift nurse)", "Omar Haddad (Ward clerk)"]


def test_a_korean_target_persona_card_under_a_quoted_bold_name(tmp_path: Path) -> None:
    # its labels that are no fields ("행동 패턴", "운영 환경") are parts of the card, not personas; a name that opens
    # with an acronym is still a name in quotes (before, "행동 패턴" was the persona)
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # 설계 문서

        ## 1. 비전 & 페르소나

        ### 1.1 타겟 페르소나

        **"API 연동을 매일 운영하는 팀"**

        - **역할**: 매장 관리자, 재고 담당
        - **페인 포인트**:
          - "마감 정산이 매일 한 시간씩 걸림"
          - "본사 양식이 달마다 바뀜"
        - **행동 패턴**: 엑셀로 직접 대조
        - **운영 환경**: 편의점, 소형 마트
        """))
    assert [p.name for p in parsed.personas] == ["API 연동을 매일 운영하는 팀"]
    assert [c.text for c in parsed.personas[0].concerns] == ['"마감 정산이 매일 한 시간씩 걸림"', '"본사 양식이 달마다 바뀜"']


def test_what_repels_a_persona_is_an_objection(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # Behavioural personas

        ## P1 - The Receipt Hoarder

        **Pains (worst first).**
        - Receipts fade before tax season

        **Trust triggers.**
        - Convinces: a clear date on every total.
        - Repels: apps that upload receipts to a server without asking.
        """))
    persona = parsed.personas[0]
    assert persona.sections["objections"] == ["apps that upload receipts to a server without asking."]


def test_a_prds_contacts_table_names_its_authors_not_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "prd.md", """\
        # PRD: Shelf scanner

        ## 2. Contacts

        | Role | Name | Owns |
        |------|------|------|
        | Product Owner | TBD | Final calls |
        | Tech Lead | TBD | Architecture |

        ## 5. Personas

        ### Store clerk
        - **Pain points:** Counting stock by hand takes the whole evening
        """))
    assert [p.name for p in parsed.personas] == ["Store clerk"]


def test_a_korean_prds_business_goals_are_no_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "prd.md", """\
        # 라이브 미리보기 PRD

        ## 🎯 비즈니스 목표

        ### 주요 목표
        1. **생산성 향상**: 화면 작업 시간을 절반으로 줄이기
        2. **품질 향상**: 모든 화면에 같은 규칙 적용

        ## 👥 타겟 사용자

        ### 1차 타겟: 프론트엔드 개발자
        - **페인 포인트**: 디자인 시안과 실제 화면이 매번 어긋남
        """))
    assert [p.name for p in parsed.personas] == ["1차 타겟, 프론트엔드 개발자"]


def test_groups_named_in_a_summary_are_the_segments_the_page_details(tmp_path: Path) -> None:
    # before, "Dog owners" and "Gift buyers" came in beside the segments that detail them
    parsed = parse_document(write_doc(tmp_path, "icp.md", """\
        # Ideal customer profile

        ## 1. Executive summary

        ### Strongest secondary ICPs

        1. **Dog owners** after a cartoon made from a photo of their pet.
        2. **Wedding planners and florists** looking for matching cards for every table.
        3. **Gift buyers** in a hurry for a personal card for a birthday or party.

        ## 4. Priority segments

        ### Segment A — Dog owner

        #### Barriers
        - Blurry photos of a moving dog

        ### Segment B — Wedding planner and florist

        #### Barriers
        - Every couple wants a different font

        ### Segment C — Personal gift buyer

        #### Barriers
        - Needs the card by tomorrow
        """))
    assert [p.name for p in parsed.personas] == ["Segment A — Dog owner", "Segment B — Wedding planner and florist",
                                                 "Segment C — Personal gift buyer"]
