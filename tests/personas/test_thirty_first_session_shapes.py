"""Shapes met while working on misses of replica batches R33 and R34 (development data once scored) in the thirty-first
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc


def _concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_paragraphs_indented_by_habit_are_read_as_text_not_code(tmp_path: Path) -> None:
    path = tmp_path / "nurse.md"
    path.write_text(
        "# Night Nurse\n\n## Info\n\tName: Priya\n\tAge: 41\n\tOccupation: Ward nurse\n\n"
        "## Pain Points:\n"
        "    Priya loses the first hour of every shift to reading handover notes \n"
        "    scattered across three systems.  Medication charts are often missing a signature,\n"
        "    so she has to chase the day team by phone.\n\n"
        "## Preferences:\n"
        "    She likes tools that work with gloves on and need no training.\n",
        encoding="utf-8")
    found = _concerns(path)
    assert len(found) == 1
    (name, concerns), = found.items()
    assert "Priya" in name
    assert any(c.startswith("Priya loses the first hour of every shift") for c in concerns)
    assert any("chase the day team by phone" in c for c in concerns)


def test_an_indented_code_block_stays_code(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "persona.md", """\
        # Dispatcher Dee

        ## Pain Points
        - Loses track of which van carries which parcel

        ## Setup used in the study

            pip install route-tools
            route-tools export --format=csv > runs.csv

            src/
              routes.py
        """))
    assert found == {"Dispatcher Dee": ["Loses track of which van carries which parcel"]}


def test_a_summary_table_row_merges_with_the_section_of_the_same_name(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "buyers.md", """\
        # Buyer Personas

        ## Ranking
        | Rank | Persona | Deal Size | Ease of Reach |
        |------|---------|-----------|---------------|
        | 1 | Fleet Managers | £2,000 – £9,000 | High |
        | 2 | Parts Wholesalers | £1,000 – £4,000 | Medium |

        ## Persona 1: Fleet Managers

        ### The Problem
        Vans sit idle for days while a spare part is ordered by phone.

        ## Persona 2: Parts Wholesalers

        ### The Problem
        Orders arrive by fax and are keyed in twice.
        """))
    by_name = {p.name: p for p in parsed.personas}
    assert set(by_name) == {"Fleet Managers", "Parts Wholesalers"}
    fleet = by_name["Fleet Managers"]
    assert [c.text for c in fleet.concerns] == ["Vans sit idle for days while a spare part is ordered by phone."]
    assert fleet.extra_sections.get("Deal Size") == "£2,000 – £9,000"  # the row's cells are hers


def test_two_sections_of_one_name_with_their_own_content_stay_two(tmp_path: Path) -> None:
    """The guard of the merge: a section that is no summary row keeps its own persona."""
    parsed = parse_document(write_doc(tmp_path, "admins.md", """\
        # Personas

        ## Admin

        ### Pain Points
        - Resets forty passwords every Monday morning by hand
        - Cannot see who changed a permission last week

        ## Admin

        ### Pain Points
        - Has no budget for a second licence this year
        - Spends Fridays exporting usage reports for finance
        """))
    assert len(parsed.personas) == 2


def test_a_minimum_viable_product_list_is_not_a_persona(tmp_path: Path) -> None:
    """Its MoSCoW list, indented by habit, is read as text now: still the product's, never a persona."""
    parsed = parse_document(write_doc(tmp_path, "site.md", """\
        # Campaign site

        ### Minimum Viable Product (MVP)

            1. Must Have: a donate button, a list of events
            2. Won't Have: pop-ups, autoplaying video, a confusing menu

        ### Personas

        * Busy Bea: Parents with no time to read the news who still want to vote; needs a page she can read in a minute.
        """))
    assert [p.name for p in parsed.personas] == ["Busy Bea"]
    assert ("Minimum Viable Product (MVP)", "about the product, not a persona") in [(s.title, s.reason) for s in parsed.skipped]


def test_problems_ranked_with_a_hash_number_are_all_concerns(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "owner.md", """\
        # Persona 2: The Clinic Manager

        ## Pain Points (Ranked)

        **#1 — Rota Visibility**
        > *"I can't see who is in on Saturday without ringing round."*
        - Shift swaps are agreed on paper and never reach the system
        - Cover for sick days is found by phone at seven in the morning

        **#2 — Billing Exports**
        - Invoices are retyped into the accounts package every Friday
        """))
    concerns = found["The Clinic Manager"]
    assert "Shift swaps are agreed on paper and never reach the system" in concerns
    assert "Cover for sick days is found by phone at seven in the morning" in concerns
    assert "Invoices are retyped into the accounts package every Friday" in concerns
    assert "Rota Visibility" in concerns  # the ranked problem's own title


def test_a_korean_field_of_two_words_after_a_qualifier(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "prd.md", """\
        # 일정 공유 기능 PRD

        ## 2. 타겟 사용자

        | 페르소나 | 현재 불편 사항 | 개선 후 기대 효과 |
        |----------|----------------|-------------------|
        | **동아리 총무** | 회비 납부 여부를 단톡방에서 일일이 물어봐야 함 | 납부 현황을 한눈에 봄 |
        | **신입 회원** | 다음 모임 장소를 매번 다시 물어봐야 해서 민망함 | 알림으로 장소를 받음 |
        """))
    assert found["동아리 총무"] == ["회비 납부 여부를 단톡방에서 일일이 물어봐야 함"]
    assert found["신입 회원"] == ["다음 모임 장소를 매번 다시 물어봐야 해서 민망함"]


def test_a_blogs_comment_form_is_no_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "post.txt", """\
        Our personas

        Priya, 34

        Priya runs a small bakery and worries that she wastes flour every week because she cannot predict orders.


        Leave a Reply

        You are commenting using your account. Log Out /  Change )

        Twitter picture

        You are commenting using your Twitter account. Log Out /  Change )

        Facebook photo

        You are commenting using your Facebook account. Log Out /  Change )
        """))
    assert [p.name for p in parsed.personas] == ["Priya"]
    assert {s.title for s in parsed.skipped} >= {"Leave a Reply", "Twitter picture", "Facebook photo"}


def test_steps_of_a_day_by_their_times_are_no_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # User Personas

        ## 1. Rosa Lind — Dispatch Lead

        **Role:** Dispatch lead

        ### Daily Workflow

        1. **Morning check (7:30 AM):** Opens her board and reads the overnight calls she has to hand out.
        2. **Route planning (8:00 - 9:30 AM):** Sorts her vans by district and phones each driver she needs.
        3. **Wrap-up (4 pm):** Closes her tickets and writes notes for the evening team she hands over to.

        ### Frustrations

        - Drivers' locations show up ten minutes late on her map
        - Every address change arrives by phone, never in the system

        ## 2. Omar Haddad — Driver

        ### Frustrations

        - Learns about a changed drop only when he is already there
        """))
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert set(by_name) == {"Rosa Lind — Dispatch Lead", "Omar Haddad — Driver"}
    assert "Drivers' locations show up ten minutes late on her map" in by_name["Rosa Lind — Dispatch Lead"]


def test_a_php_page_and_fields_broken_by_br_lines(tmp_path: Path) -> None:
    path = tmp_path / "persona.php"
    path.write_text(
        "<?php include 'header.php'; ?>\n<html><body><main>\n<h2>Persona A</h2>\n"
        "<p><strong>Name:</strong>Ines<br><strong>Age:</strong>45</p>\n"
        "<p><strong>Frustrations and Needs:</strong>Ines cannot tell which evening classes still have places left.</p>\n"
        "<p><strong>Goals:</strong>Ines wants to book a class for her son in one go.</p>\n"
        "<?= $footer ?>\n</main></body></html>\n", encoding="utf-8")
    found = _concerns(path)
    assert found == {"Ines": ["Ines cannot tell which evening classes still have places left."]}


def test_a_heading_that_only_ranks_a_persona_takes_the_name_below_it(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "icp.md", """\
        # Ideal Customer Profile

        ## Primary Persona

        ### Video Editor at an Agency

        | Attribute | Description |
        |-----------|-------------|
        | Age Range | 24-40 |
        | Company Size | 5-30 people |

        ### Psychographics

        **Goals:**
        - Deliver cuts the client signs off first time

        **Frustrations:**
        - Client feedback arrives in five different tools
        - Renders fail overnight with nobody told

        ### Behaviors

        - **Tools they use:** an editing suite, a review tool

        ## Secondary Persona

        ### Agency Producer

        | Attribute | Description |
        |-----------|-------------|
        | Age Range | 30-50 |

        ### Psychographics

        **Goals:**
        - Keep every project inside its budget

        **Frustrations:**
        - Cannot see which edits are waiting on the client

        ### Behaviors

        - **Tools they use:** a project tracker, email
        """))
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert by_name == {"Video Editor at an Agency": ["Client feedback arrives in five different tools",
                                                     "Renders fail overnight with nobody told"],
                       "Agency Producer": ["Cannot see which edits are waiting on the client"]}


def test_a_primary_user_named_by_a_line_with_her_age(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "users.md", """\
        # Who we build for

        ## Primary User

        **Siti, 31 - the parent who books every swimming lesson.**

        | | |
        |---|---|
        | **Who** | Works shifts at a hospital pharmacy |
        | **What she does now** | Rings the pool every Monday to ask for free slots |

        **Goals:** book the lessons for the whole term in one go.

        **Pain points:** the Saturday class fills up before she gets off work.
        """))
    assert [p.name for p in parsed.personas] == ["Siti"]


def test_a_numbered_rank_heading_takes_the_bold_name_under_it(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "prd.md", """\
        # 가계부 앱 PRD

        ## 3. 타겟 사용자

        ### 3.1 Primary Persona (최우선)
        **[맞벌이 신혼부부]**
        - **나이**: 29-38세
        - **페인 포인트**:
          - 각자 카드로 결제해서 한 달 지출을 합쳐 보기 어려움
          - 생활비를 누가 더 냈는지 매번 계산해야 함
        - **니즈**: 자동으로 합쳐지는 공동 가계부
        """))
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert list(by_name) == ["맞벌이 신혼부부"]
    assert "각자 카드로 결제해서 한 달 지출을 합쳐 보기 어려움" in by_name["맞벌이 신혼부부"]


def test_a_persona_framework_and_an_out_of_scope_list_are_no_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # User Personas

        ## Persona Framework

        Each persona includes:
        - **Goals:** what they want to get done
        - **Pain Points:** what stands in their way

        ## Persona 1: Ward Clerk

        **Goals:** finish the discharge letters before noon

        **Pain Points:** chases consultants for signatures by phone

        ## Out of scope for the pilot

        - visitors booking parking for themselves
        - agency staff working a single shift

        ## 3.2 사용자 특성

        - **디지털 숙련도:** 대부분 스마트폰에 익숙함
        - **주요 불편:** 공지를 놓치기 쉬움
        """))
    assert [p.name for p in parsed.personas] == ["Ward Clerk"]
    reasons = {s.title: s.reason for s in parsed.skipped}
    assert reasons["Persona Framework"] == "about personas in general"
    assert reasons["Out of scope for the pilot"] == "about the team's choices, not a persona"
    assert reasons["3.2 사용자 특성"] == "about all personas, not one"


def test_an_xhtml_page_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "persona.xhtml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>\n'
        "<h2>Tomasz, site foreman</h2>\n<h3>Frustrations</h3>\n<ul><li>Delivery slots change without anyone telling him</li>\n"
        "<li>Paper timesheets go missing every Friday</li></ul>\n<h3>Goals</h3>\n<ul><li>Finish the job on schedule</li></ul>\n"
        "</body></html>\n", encoding="utf-8")
    assert _concerns(path) == {"Tomasz, site foreman": ["Delivery slots change without anyone telling him",
                                                        "Paper timesheets go missing every Friday"]}


def test_personas_kept_as_decorator_arguments_in_typescript(tmp_path: Path) -> None:
    path = tmp_path / "customers.persona.ts"
    path.write_text(
        "import { Persona } from '../src/index.js';\n\n"
        "@Persona({\n  name: 'Keiko Sato - Night Shift Nurse',\n  age: '44',\n"
        "  goals: ['Sleep through the day without the phone ringing'],\n"
        "  painPoints: ['Pharmacy orders close before her shift starts', 'Rotas change by text message at midnight'],\n})\n"
        "export class KeikoPersona {}\n\n"
        "@Persona({\n  name: 'Bram de Vries - Ward Manager',\n"
        "  painPoints: ['Agency invoices arrive weeks after the shifts'],\n})\n"
        "export class BramPersona {}\n", encoding="utf-8")
    assert _concerns(path) == {
        "Keiko Sato - Night Shift Nurse": ["Pharmacy orders close before her shift starts",
                                           "Rotas change by text message at midnight"],
        "Bram de Vries - Ward Manager": ["Agency invoices arrive weeks after the shifts"]}


def test_a_numbered_persona_heading_and_pitch_sections(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # Team finder - User Personas

        # 1. Primary Platform Vision

        Every student team finds the people it is missing within a week.

        # 2. Persona: The Organiser (Team Lead)

        ## Goals
        - Fill the last two places on her team before the deadline

        ## Pain Points
        - Posts in three group chats and hears nothing back
        - Cannot tell who is still free this term

        # 3. Objection Handling

        - "We already use a spreadsheet": it does not show who is free
        """))
    assert [p.name for p in parsed.personas] == ["The Organiser (Team Lead)"]
    reasons = {s.title: s.reason for s in parsed.skipped}
    assert reasons["1. Primary Platform Vision"] == "about the product, not a persona"
    assert reasons["3. Objection Handling"] == "enablement"


def test_a_korean_product_vision_is_no_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "prd.md", """\
        # 모의투자 플랫폼 PRD

        ## 1. 제품 비전

        누구나 자기 전략을 안전하게 시험해 보는 공간을 만든다.

        ## 2. 사용자 페르소나

        ### 적극적 투자자

        - **목표**: 매일 새 전략을 시험해 봄
        - **페인 포인트**: 종일 화면을 지켜봐야 해서 본업에 집중하지 못함
        """))
    assert [p.name for p in parsed.personas] == ["적극적 투자자"]
    assert ("1. 제품 비전", "about the product, not a persona") in [(s.title, s.reason) for s in parsed.skipped]


def test_a_page_titled_personas_and_something_else_still_holds_its_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # User Personas & Success Metrics

        ## Primary User Personas

        ### 1. Tenant - "Rosa the Renter"

        **Goals & Motivations**
        - Report a broken boiler without phoning the office

        **Pain Points (Current State)**
        - Repair requests disappear into a shared inbox
        - Never knows when the plumber will come

        ### 2. Caretaker - "Ed the Fixer"

        **Pain Points (Current State)**
        - Gets the same job from three people

        ## Success Measurement Framework

        - Requests closed within a week: >90%
        """))
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert len(by_name) == 2
    assert any("Repair requests disappear into a shared inbox" in c for c in by_name.get("Tenant", []))
    assert ("Success Measurement Framework", "about the team's measures, not a persona") in [
        (s.title, s.reason) for s in parsed.skipped]


def test_a_korean_segment_table_gives_one_persona_a_row(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "design.md", """\
        # 러닝 기록 앱 설계 문서

        ### 핵심 가치

        1. **간편한 기록**: 달리기가 끝나면 한 번에 저장

        ### 타겟 유저

        | 세그먼트 | 설명 | 주요 니즈 |
        |---|---|---|
        | **입문 러너** | 달리기 시작 3개월 이내 | 무리하지 않는 거리 안내 |
        | **대회 준비 러너** | 하프 마라톤 준비 중 | 구간별 페이스 기록 관리 |
        """))
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert by_name == {"입문 러너": ["무리하지 않는 거리 안내"], "대회 준비 러너": ["구간별 페이스 기록 관리"]}
    assert ("핵심 가치", "about the product, not a persona") in [(s.title, s.reason) for s in parsed.skipped]
