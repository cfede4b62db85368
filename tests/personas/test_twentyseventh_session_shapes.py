"""Shapes met while working on replica batch R26 once it was scored (development data from then on) and on misses of
the earlier batches in the twenty-seventh session, each on a small synthetic document written for these tests (no
replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.model import canonical_section, field_of
from callinsight.personas.parse import parse_document

from .conftest import write_doc

_ICP_WITH_TEMPLATE_PARTS = """\
    # Ideal customer profile

    ## Primary ICP: Independent Veterinary Clinics

    ### Firmographics

    | Attribute | Target |
    |-----------|--------|
    | Staff | 5-40 |
    | Sites | 1-3 |

    ### Psychographic Profile

    **Pain Points:**
    1. **Booking chaos**: Phone lines jam every Monday morning
    2. **No-shows**: A fifth of vaccination slots go unused

    **Values:**
    - Personal care over volume

    ## Secondary ICP: Mobile Groomers

    ### Firmographics

    | Attribute | Target |
    |-----------|--------|
    | Staff | 1-3 |

    ### Psychographic Profile

    **Pain Points:**
    1. **Routing**: Hours lost driving between far-apart customers

    **Values:**
    - Flexible working days

    ## ICP Scoring Model

    **Qualification Tiers:**
    - **80-100 pts**: Call this week

    ## ICP Refinement Cadence

    **Quarterly:**
    - Drop segments that underdeliver
    """


def test_a_profile_whose_fields_lie_in_parts_every_profile_repeats_is_the_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "icp.md", _ICP_WITH_TEMPLATE_PARTS))
    assert [p.name for p in parsed.personas] == ["Independent Veterinary Clinics", "Mobile Groomers"]
    clinics, groomers = parsed.personas
    assert {c.text for c in clinics.concerns} >= {"Booking chaos: Phone lines jam every Monday morning",
                                                 "No-shows: A fifth of vaccination slots go unused"}
    assert {c.text for c in groomers.concerns} >= {"Routing: Hours lost driving between far-apart customers"}
    skipped = {s.title for s in parsed.skipped}
    assert {"ICP Scoring Model", "ICP Refinement Cadence"} <= skipped


_MANUAL_PART_WITH_ONE_FIELD = """\
    # Timer API

    ## timer.unref

    ### History

    **Value:** boolean

    | Version | Changes |
    |---------|---------|
    | v2.1 | Added |

    ## timer.ref

    ### History

    **Value:** boolean
    """


def test_a_manual_part_with_one_field_like_line_does_not_make_its_entry_a_persona(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        parse_document(write_doc(tmp_path, "timer.md", _MANUAL_PART_WITH_ONE_FIELD))


_CARD_IN_A_CODE_BLOCK = """\
    # 물리치료 앱 요구사항

    ## 3. 타겟 사용자 페르소나

    ### 페르소나 1: 김순자 (71세, 여성)

    ```
    지병: 고혈압(10년)
    상황: 무릎 인공관절 수술 후 퇴원
    니즈:
    - 재활 운동을 하루에 몇 번 해야 하는지 모름
    - 혈압약과 진통제를 함께 먹어도 되는지 불안
    ```

    ### 페르소나 2: 박철민 (58세, 남성)

    ```
    지병: 당뇨(6년)
    상황: 허리 디스크 주사 치료
    니즈:
    - 주사 후 혈당이 얼마나 오르는지 궁금
    ```

    ## 4. 설치

    ```
    pip install physio-app
    export APP_MODE=dev
    ```
    """


def test_a_card_kept_in_a_code_block_with_no_language_is_read_as_the_page_text(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "prd.md", _CARD_IN_A_CODE_BLOCK))
    assert len(parsed.personas) == 2
    kim, park = parsed.personas
    assert "김순자" in kim.name and "박철민" in park.name
    assert {c.text for c in kim.concerns} == {"재활 운동을 하루에 몇 번 해야 하는지 모름", "혈압약과 진통제를 함께 먹어도 되는지 불안"}
    assert {c.text for c in park.concerns} == {"주사 후 혈당이 얼마나 오르는지 궁금"}


def test_code_in_a_code_block_stays_code() -> None:
    from callinsight.personas.reading.fenced import card_text

    assert card_text("", "Goals: fast builds\nNeeds:\n- cache = true\n") == ""  # an assignment is code
    assert card_text("python", "Goals: a\nNeeds:\n- b\n") == ""  # a language named
    assert card_text("", "Age: 40\nCity: Busan\n") == ""  # no field of a persona
    assert card_text("", "Name: Ana\nNeeds:\n- a ride\n") == ""  # a record naming its person, read as a record
    assert card_text("", "Age: 40\nNeeds:\n- a ride to the clinic\n")


def test_a_field_name_with_one_letter_added_or_dropped_inside_it_is_that_field() -> None:
    assert canonical_section("Paint Points") == "pain_points"
    assert canonical_section("Frustations") == "pain_points"
    assert canonical_section("Motivatons") == "motivations"
    # not a letter changed ("Main Points"), not a word grown at its end ("Challenger"), not a short word
    assert canonical_section("Main Points") is None
    assert canonical_section("Challenger") is None
    assert canonical_section("Goal") != "pain_points"


_PASTED_CARDS_WITH_DETAIL_LISTS = """\
    Project case study

    Caregiver

    Rosa Delgado

      • Age: 47
      • Occupation: school nurse

    Goals

      • One place for every family appointment

    Pain Points

      • Refill dates slip past her every month
      • Calls from three doctors' offices in one afternoon

    Care Receiver

    Walter Ng

      • Age: 83
      • Occupation: retired machinist

    Goals

      • Stay in his own flat

    Pain Points

      • Buttons on his phone are too small to press
      • Cannot remember which pill is for what
    """


def test_a_name_over_a_list_of_profile_details_owns_the_fields_after_it(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "case-study.txt", _PASTED_CARDS_WITH_DETAIL_LISTS))
    by_name = {p.name: p for p in parsed.personas}
    assert set(by_name) == {"Rosa Delgado", "Walter Ng"}
    assert {c.text for c in by_name["Walter Ng"].concerns} == {"Buttons on his phone are too small to press",
                                                             "Cannot remember which pill is for what"}
    assert {c.text for c in by_name["Rosa Delgado"].concerns} == {"Refill dates slip past her every month",
                                                                "Calls from three doctors' offices in one afternoon"}


def test_what_makes_them_leave_names_their_objections() -> None:
    assert field_of("What makes them bounce in the first minute") == "objections"
    assert field_of("What puts them off") == "objections"
    assert field_of("Why they churn") == "objections"
    assert field_of("What would make them quit") == "objections"
    assert field_of("Parental leave") is None
    assert field_of("What makes this product different from the others") is None


def test_a_field_addressed_to_the_reader_is_that_field() -> None:
    assert canonical_section("Your Challenges") == "challenges"
    assert canonical_section("Your pain points") == "pain_points"


_ROWS_NAMED_WITH_EPITHETS = """\
    # Personas

    | | Who | Their test | Watch for |
    |---|---|---|---|
    | **Mara, the power user** | 41, runs a repair café | Log ten repairs in a row | Slow saves; too many taps |
    | **Tobi, the newcomer** | 19, first bike | Find the nearest café | Jargon on the first screen |
    """


def test_a_table_whose_empty_corner_heads_names_with_epithets_has_a_persona_per_row(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", _ROWS_NAMED_WITH_EPITHETS))
    assert [p.name for p in parsed.personas] == ["Mara, the power user", "Tobi, the newcomer"]


_FLAGS_IN_A_RECORD = """\
    # Test personas

    ```yaml
    name: Jun Park
    age: 29
    occupation: courier
    pain_points:
      - The parcel app logs him out between deliveries
    worries: false
    feedback:
      churn: true
      task_completion: false
    ```
    """


def test_a_flag_of_a_record_is_no_concern(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "runs.md", _FLAGS_IN_A_RECORD))
    assert [p.name for p in parsed.personas] == ["Jun Park"]
    assert [c.text for c in parsed.personas[0].concerns] == ["The parcel app logs him out between deliveries"]


_LAYOUT_TABLE_WITH_HEADING_ROWS = """\
    <html><body>
    <h2>Persona: Ilse</h2>
    <table>
      <tr><td><h3>Background</h3></td><td><h3>Frustrations</h3></td></tr>
      <tr>
        <td><ul><li>Runs a flower stall at the Saturday market</li></ul></td>
        <td><ul><li>Card readers drop the connection<br> whenever the market is busy</li>
                <li>Paper receipts blow away in the wind</li></ul></td>
      </tr>
      <tr><td><h3>Her Motivations</h3></td><td><h3>Her Ideal Experience</h3></td></tr>
      <tr>
        <td><ul><li>Keep her prices fair</li></ul></td>
        <td><ul><li>Payments that settle the same day</li></ul></td>
      </tr>
    </table>
    </body></html>
    """


def test_a_layout_table_is_cut_at_its_rows_of_headings(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "ilse.html", _LAYOUT_TABLE_WITH_HEADING_ROWS))
    assert [p.name for p in parsed.personas] == ["Ilse"]
    pains = {c.text for c in parsed.personas[0].concerns if c.kind == "pain_point"}
    # the wrapped item stays one sentence, and the heading of the next row is no frustration
    assert pains == {"Card readers drop the connection whenever the market is busy", "Paper receipts blow away in the wind"}


_PAGE_PARTS_AROUND_PERSONAS = """\
    # Ferry app: personas and contexts

    The page crosses two things:

    - **Human personas** — the person holding the phone, and why.
    - **Booking contexts** — which part of the timetable one session may change.

    ## Team: B

    Table of Contents

    - [Product Definition](#product-definition)
    - [Personas](#personas)
    - [Assumptions to validate](#assumptions-to-validate)

    ## Product Definition

    Built for island commuters, the app lets people book a deck space the moment a sailing opens and tells them when it
    is late, so nobody waits on a cold pier again.

    ## Vision Statement

    For commuters tired of paper tickets, the app is the quickest way to book and board.

    ## Personas

    ### Niamh, island nurse

    **Pain points:**
    - Sailings are cancelled after she has left the house
    - Paper tickets get soaked in the rain

    ### Ruairi, haulier

    **Pain points:**
    - Deck space for lorries sells out a week ahead

    ## Assumptions to validate

    - Do commuters book more than two days ahead?
    - Will hauliers pay for a guaranteed space?
    """


def test_a_pages_contents_pitch_parts_and_assumptions_are_no_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "ferry.md", _PAGE_PARTS_AROUND_PERSONAS))
    assert [p.name for p in parsed.personas] == ["Niamh, island nurse", "Ruairi, haulier"]
    skipped = {s.title: s.reason for s in parsed.skipped}
    assert skipped["Team: B"] == "table of contents"
    assert {"Product Definition", "Vision Statement", "Assumptions to validate"} <= set(skipped)


_ROLES_WITH_THEIR_PEOPLE = """\
    # Personas

    ## Persona 1: Parent

    Daniel

    34 year old father of twins in Leeds

    Daniel has just moved house and worries about the walk to the new school.

    Goals:
    - Find a safe walking route to school
    - Hear about road works near the school

    ## Persona 2: Commuter

    Priya is a 29 year old nurse who cycles to the hospital. She leaves before dawn and takes the canal path.

    Goals:
    - Avoid flooded paths after rain

    # Scenarios

    ## Daniel

    Daniel opens the app on Sunday evening and checks the route for Monday before the twins wake up.
    """


def test_a_role_heading_over_its_persons_name_is_named_with_both_and_her_scenario_joins_her(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", _ROLES_WITH_THEIR_PEOPLE))
    assert [p.name for p in parsed.personas] == ["Daniel (Parent)", "Priya (Commuter)"]


_ONE_AUDIENCE_BY_ITS_FIELDS = """\
    # 반찬 가게 주문 앱 기획서

    ## 1. 서비스 개요
    - 서비스명: 오늘반찬
    - 한 줄 소개: 동네 반찬 가게의 예약 주문을 받는 앱

    ## 2. 타겟 사용자
    - 주 사용자: 퇴근이 늦은 맞벌이 부부, 혼자 사는 직장인
    - 사용자가 겪는 불편함: 가게 문 닫기 전에 도착하지 못함, 인기 반찬이 일찍 떨어짐

    ## 3. 핵심 기능
    | 우선순위 | 기능 |
    |---|---|
    | P0 | 예약 주문 |
    """


def test_a_target_users_section_told_by_its_fields_is_the_pages_one_audience(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "plan.md", _ONE_AUDIENCE_BY_ITS_FIELDS))
    assert [p.name for p in parsed.personas] == ["타겟 사용자"]
    # (two troubles run together with a comma are two concerns since the thirty-seventh session)
    assert [c.text for c in parsed.personas[0].concerns] == ["가게 문 닫기 전에 도착하지 못함", "인기 반찬이 일찍 떨어짐"]
    assert field_of("사용자가 겪는 불편함", loose=False) is None  # the last noun, asked of a label, not of any heading
    from callinsight.personas.model import korean_field

    assert korean_field("사용자가 겪는 불편함") == "pain_points"
    assert korean_field("KPI 재정의") is None


_SPEC_SECTIONS_AROUND_ROLES = """\
    # Club scheduler: user personas

    ## Current Product Scope

    - Signed-in members only
    - Match slots need a coach to accept them

    ## Personas

    ### Coach

    **Pain points:**
    - Slots vanish before the team has agreed a date
    - No way to see which pitches are free

    ### League Admin

    **Pain points:**
    - Has to chase every coach for results

    ## Future-State Exploration

    - Parent-facing calendar
    - Push alerts to parents

    ## BUG-1

    - The date picker shows last year's calendar

    ## FR-3. Export

    - A CSV export of every fixture

    ## Change Log

    - First draft of the personas
    """


def test_a_specs_scope_future_state_bugs_requirements_and_change_log_are_no_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", _SPEC_SECTIONS_AROUND_ROLES))
    assert [p.name for p in parsed.personas] == ["Coach", "League Admin"]
    skipped = {s.title for s in parsed.skipped}
    assert {"Current Product Scope", "Future-State Exploration", "BUG-1", "FR-3. Export", "Change Log"} <= skipped
