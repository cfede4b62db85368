"""Shapes met while working on replica batch R32 once it was scored (development data from then on) and on misses of
replica batch R31 in the thirtieth session, each on a small synthetic document written for these tests (no replica or
evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document

from .conftest import write_doc


def _concerns(path: Path) -> dict[str, list[tuple[str, str]]]:
    return {p.name: [(c.kind, c.text) for c in p.concerns] for p in parse_document(path).personas}


def test_numbered_use_cases_under_a_persona_are_hers_not_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # Who we build for

        ## Primary Personas

        ### 1. Nora Vance - The Bakery Owner

        **Goals**
        - Know which loaves sell out first

        **Pain Points**
        - Counts the till by hand every night
        - Throws away unsold bread on Mondays

        #### Use Case 1: Morning check
        - **Scenario**: Opens the shop at six
        - **Value**: Sees yesterday's sales at a glance

        #### Use Case 2: Ordering flour
        - **Scenario**: Friday order to the mill
        - **Value**: Orders only what the week needs

        ### 2. Ilya Brandt - The Delivery Lead

        **Goals**
        - Plan routes before the vans leave

        **Pain Points**
        - Drivers call him for every address change

        #### Use Case 1: Route plan
        - **Scenario**: Before the first run
        - **Value**: One screen with every stop
        """))
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert set(by_name) == {"Nora Vance - The Bakery Owner", "Ilya Brandt - The Delivery Lead"}
    assert "Counts the till by hand every night" in by_name["Nora Vance - The Bakery Owner"]
    assert "Drivers call him for every address change" in by_name["Ilya Brandt - The Delivery Lead"]


def test_what_all_personas_share_and_what_the_product_must_do_are_not_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # Personas

        ## Persona 1: Tariq Noor - The Night Student

        ### Pain Points
        - **No quiet hours**: Shares a flat with four others

        ## Persona 2: Helen Stroud - The Part-time Tutor

        ### Pain Points
        - **Marking pile**: Marks forty essays a week by hand

        ## Common Themes Across Personas

        ### Universal Pain Points
        1. **Time**: Every one of them studies or works after dark and is tired by then
        2. **Money**: None of them can pay for a second tool on top of the course fee

        ### Shared Goals
        1. **Progress**: Each wants to see the next step of the course before starting it

        ### Product Requirements Derived from Personas

        1. **Offline Mode**: Lessons must open on a train or in a flat without a connection
        2. **Short Sessions**: A lesson has to fit in the ten minutes between two other things
        3. **Plain Words**: No screen may use a word a first-year student would have to look up
        """))
    assert [p.name for p in parsed.personas] == ["Tariq Noor - The Night Student", "Helen Stroud - The Part-time Tutor"]


def test_a_korean_pain_label_written_as_gotongjeom_is_pain_points(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "persona.md", """\
        ## 페르소나 1 — 문지호 (물류센터 관리자, 44세)

        **목표**: 출고 지연 줄이기
        **고통점**:
        - 주문이 몰리는 날마다 야간 근무자를 급히 구해야 함
        - 재고 숫자가 창고마다 달라서 매일 다시 세야 함
        """))
    assert found["문지호 (물류센터 관리자, 44세)"] == [
        ("pain_point", "주문이 몰리는 날마다 야간 근무자를 급히 구해야 함"),
        ("pain_point", "재고 숫자가 창고마다 달라서 매일 다시 세야 함"),
    ]


def test_a_bold_route_from_one_thing_to_another_is_not_a_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "design.md", """\
        # Ward App Design Notes

        ## Personas and the alert routing rule

        ### The two personas

        | | Persona | Relationship to the app | Reads |
        | --- | --- | --- | --- |
        | **a** | **Dispatcher** | Sends crews where they are needed | The map and the queue |
        | **b** | **Field nurse** | Treats patients at home | One patient's notes at a time |

        ### Alerts go to the desk that can act

        **Chosen over one shared inbox, because each kind of alert needs other hands.** Both kinds hold a visit in
        the same way, yet they need different people:

        - **Network alerts → (a) IT.** The tower could not be reached and the message never left the
          ward; sending it again after the outage is usually all it takes.
        - **Clinical alerts → (b) the manager.** A reading is out of range and someone has to look at the patient
          and decide whether a doctor is needed.
        """))
    assert [p.name for p in parsed.personas] == ["Dispatcher", "Field nurse"]


def test_what_loses_her_is_an_objection(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "personas.md", """\
        # Personas

        ## Mira — the daughter

        **Needs:** to know the nurse came today.

        **What loses her:** a reminder that opens an empty screen; a bill she cannot read.

        ## Otto — the father

        **Needs:** a call before each visit.

        **What would turn him off:** buttons too small to press.
        """))
    assert ("objection", "a reminder that opens an empty screen; a bill she cannot read.") in found["Mira — the daughter"]
    assert ("objection", "buttons too small to press.") in found["Otto — the father"]


def test_a_job_seeker_is_a_persona_not_the_field_job(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "users.md", """\
        # User Personas

        ## Job Seeker
        - **Goals:** Gets an offer within three months.
        - **Pain points:** Freezes when asked about salary.

        ## Hiring Manager
        - **Goals:** Fills the role before the quarter ends.
        - **Pain points:** Reads two hundred CVs for one post.
        """))
    assert [p.name for p in parsed.personas] == ["Job Seeker", "Hiring Manager"]


def test_a_numbered_persona_heading_keeps_its_persona_whatever_its_words(tmp_path: Path) -> None:
    # "영상" (medical imaging here) is also the word for a video, a page part that is no persona
    parsed = parse_document(write_doc(tmp_path, "spec.md", """\
        ### 2.1 사용자 페르소나

        #### 페르소나 1: 방사선사

        | 항목 | 내용 |
        |------|------|
        | **역할** | 환자 촬영과 장비 준비 |
        | **Pain Points** | 촬영 대기열이 화면에 보이지 않음 |

        #### 페르소나 2: 영상의학과 전문의

        | 항목 | 내용 |
        |------|------|
        | **역할** | 촬영된 사진의 판독 |
        | **Pain Points** | 판독할 사진이 늦게 넘어옴 |
        """))
    assert [p.name for p in parsed.personas] == ["방사선사", "영상의학과 전문의"]


def test_a_line_of_sex_and_age_under_a_name_is_no_heading(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "persona.txt", """\
        Personas
        help a team keep the people it designs for in mind while it builds.
        Dana Whitfield
        Male, 45, two teenagers at home
        “I sell insurance all day, so the evening class has to just work.”
        Description: Dana teaches one evening class a week at a college near his home and is happy with any software.
        Goals: He wants his students to find every handout in one place before class.
        """))
    assert [p.name for p in parsed.personas] == ["Dana Whitfield"]


def test_a_word_of_time_before_a_name_is_not_a_first_name(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # Personas

        Priya Raman is a bus driver who is 41 years old and works the early shift. She eats lunch in the cab. \
Lately Priya has noticed that she skips meals when the route runs late.

        Goals: Eat at regular times

        Tom Hale is a student who is 19 years old and lives with his parents. He games until two in the morning.

        Goals: Sleep before midnight
        """))
    assert [p.name for p in parsed.personas] == ["Priya Raman", "Tom Hale"]


def test_the_users_traits_told_for_all_of_them_are_not_a_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # Field App Users

        ## User Personas

        ### 1. Warehouse Supervisor
        **Role**: Runs the night shift
        **Needs**:
        - One list of the day's late orders
        - A way to reassign a picker

        ### 2. Store Clerk
        **Role**: Restocks the shelves
        **Needs**:
        - A scanner that works with gloves on

        ## User Characteristics

        ### Reading
        - Labels must be large enough to read at arm's length
        - Some users want the text read aloud

        ### Device Usage
        - Most people share one tablet per aisle
        - Supervisors want a phone view as well
        """))
    assert [p.name for p in parsed.personas] == ["Warehouse Supervisor", "Store Clerk"]


def test_a_numbered_scenario_after_the_people_is_not_a_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "people.txt", """\
        Personas and Scenarios

        We wrote these people down so the shop covers what each kind of visitor expects.

        Person A (Lina)

        This user runs a bakery stall on weekends. She keeps her accounts in a notebook and loses receipts often.

        Person B (Omar)

        This user buys bread for a café every morning. He wants to order the night before and pay once a month.


        Scenario 1

        Lina must price her loaves for the summer market. She has last year's notebook but no idea what each loaf cost her \
to bake, and she wants to see it before the first market day.

        She can now open the shop page on her phone and see the cost of each loaf next to its price.
        """))
    assert [p.name for p in parsed.personas] == ["Person A (Lina)", "Person B (Omar)"]


_PROMPT_PAGE = """\
    # 인터뷰 역할극 프롬프트

    > 아래 블록을 대화창에 넣으면 그 인물을 연기함.

    ## 페르소나 1: 김하나 (45세, 여성, 마트 계산원)

    ```
    지금부터 너는 아래 인물이야.

    [프로필]
    - 이름: 김하나
    - 나이: 45세
    - 직업: 동네 마트 계산원 9년차

    [심리 상태]
    - 두려움: 계산대가 무인화되면 일자리를 잃을까 봐 불안함
    - 배우고 싶은 것은 있지만 학원비가 부담됨
    ```
    """


def test_a_persona_kept_as_a_prompt_in_a_code_block_under_her_heading_is_read(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "prompts.md", _PROMPT_PAGE))
    assert list(found) == ["김하나 (45세, 여성, 마트 계산원)"]
    assert ("pain_point", "계산대가 무인화되면 일자리를 잃을까 봐 불안함") in found["김하나 (45세, 여성, 마트 계산원)"]


def test_a_code_block_naming_someone_the_heading_does_not_stays_code(tmp_path: Path) -> None:
    page = _PROMPT_PAGE.replace("## 페르소나 1: 김하나 (45세, 여성, 마트 계산원)", "## 예시 블록")
    with pytest.raises(InputError):
        parse_document(write_doc(tmp_path, "prompts.md", page))


def test_a_ranked_persona_card_in_a_code_block_names_its_persona(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "prd.md", """\
        # 러닝 습관 앱 PRD

        ### 타겟 사용자
        ```
        👤 Primary Persona: "새벽 러너"
        - 연령: 25~35세
        - 직업: 직장인, 교대 근무자
        - 페인포인트: 퇴근 후엔 운동할 힘이 없음, 혼자 하면 사흘을 못 감
        ```

        ### 경쟁 분석
        시장에는 기록 앱이 많음.
        """))
    assert list(found) == ["새벽 러너"]
    # (two troubles run together with a comma are two concerns since the thirty-seventh session)
    assert found["새벽 러너"] == [("pain_point", "퇴근 후엔 운동할 힘이 없음"), ("pain_point", "혼자 하면 사흘을 못 감")]


def test_bold_traits_in_the_parts_of_a_numbered_named_persona_are_hers(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "personas.md", """\
        # Studio Client Personas

        ## Persona 1: The Fixer — "Ravi the Studio Manager"

        ### Demographics & Background

        | Attribute | Detail |
        |-----------|--------|
        | **Name** | Ravi Menon |
        | **Age** | 41 |
        | **Role** | Studio manager for three photographers |

        ### Pain Points & Frustrations

        | Pain Point | Severity |
        |-----------|----------|
        | Invoices chased by phone every Friday | **High** |
        | Bookings kept in two calendars | **Medium** |

        ### Success Criteria

        1. **Fewer calls:** He rings no client about an unpaid invoice for a month
        2. **One calendar:** Every booking for the three of them is in one place

        ### Behavioral Traits

        - **Morning planner.** Dislikes surprises. Sorts the week before the studio opens.
        - **Cautious buyer.** Tries any new tool alone for a week before he shows it to the team.
        """))
    assert list(found) == ["Ravi Menon (The Fixer)"]
    assert [t for _, t in found["Ravi Menon (The Fixer)"]][:2] == [
        "Invoices chased by phone every Friday: High", "Bookings kept in two calendars: Medium"]


def test_a_coded_profile_heading_is_the_persona_its_map_row_names(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # Lab System — User personas

        ## 2. Persona map

        | Persona | Role key | Primary decision |
        |---|---|---|
        | Lab manager | `lab_admin` | Which instruments need booking rules? |
        | Bench scientist | `scientist` | Which runs can start today? |
        | Safety officer | `safety` | Which incidents are still open? |

        ## 3. P01 — Lab manager

        **Illustrative persona:** Grace Obi, lab manager. **Pain points.** Bookings clash when two groups share one
        machine, and nobody knows who booked it.

        ## 4. P02 — Bench scientist

        **Illustrative persona:** Tomasz Lis, postdoc. **Pain points.** Results sit on an instrument PC that is
        not backed up.
        """))
    names = [p.name for p in parsed.personas]
    assert "P01 — Lab manager" in names and "P02 — Bench scientist" in names
    assert "Lab manager" not in names and "Bench scientist" not in names


def test_a_job_with_the_part_it_plays_in_brackets_names_a_buyer_not_a_field(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "vision.md", """\
        ## 4. Target Markets & Personas

        ### Buyer Personas

        **Plant Reliability Engineer (Technical Champion)**
        - Background: Maintenance systems, 12+ years
        - Pain: "Every unplanned stop costs us a shift of output"

        **VP of Operations (Budget Holder)**
        - Background: Running three plants
        - Pain: "I cannot justify another tool without a payback date"

        **CFO/Co-Founder (Final Approver)**
        - Background: Finance and fundraising
        - Pain: "Capital spending has to wait for next year's budget"
        """))
    assert [p.name for p in parsed.personas] == [
        "Plant Reliability Engineer (Technical Champion)", "VP of Operations (Budget Holder)", "CFO/Co-Founder (Final Approver)"]


def test_the_documents_metadata_is_not_a_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # Map Viewer Personas

        ## Document Metadata
        *   **Purpose**: Describe who uses the viewer, what they want and what gets in their way.
        *   **Audience**: Designers and front-end engineers.

        ## 1. Field Ecologist
        *   **Goals**: Plot survey points on a base map.
        *   **Pain Points**: Exports lose their coordinate system.

        ## 2. Planning Officer
        *   **Goals**: Check a site against protected zones.
        *   **Pain Points**: Zone layers are months out of date.
        """))
    assert [p.name for p in parsed.personas] == ["Field Ecologist", "Planning Officer"]


def test_each_item_of_a_grouped_list_under_a_concern_field_is_one_concern(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "persona.md", """\
        # Persona: Store Manager

        ## Goals
        - Open the shop on time every day

        ## Pain Points & Frustrations

        ### Daily Problems

        - **Rotas kept on paper** so every change gets lost
        - **Deliveries arrive late** without any notice

        ### Money Worries

        - A tiny budget for new tools
        - Staff who resist yet another app

        ### Price
        Every tool costs more than the shop makes in a week.
        """))
    assert found["Store Manager"] == [
        ("pain_point", "Rotas kept on paper so every change gets lost"),
        ("pain_point", "Deliveries arrive late without any notice"),
        ("pain_point", "A tiny budget for new tools"),
        ("pain_point", "Staff who resist yet another app"),
        ("pain_point", "Price: Every tool costs more than the shop makes in a week."),
    ]


def test_what_never_to_make_them_do_is_an_objection_and_sore_points_are_pains(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "welder.md", """\
        # Welder

        ## Who they are

        Works the night shift in the fabrication bay and logs every seam on a shared tablet.

        ## Sore points

        - The tablet logs out after two minutes of gloves-on work

        ## Never make them…

        - type a seam number twice
        - take their gloves off to sign a form
        """))
    assert found["Welder"] == [
        ("pain_point", "The tablet logs out after two minutes of gloves-on work"),
        ("objection", "type a seam number twice"),
        ("objection", "take their gloves off to sign a form"),
    ]
