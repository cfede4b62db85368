"""Shapes met while working on the replica batches already scored (development data) in the twenty-third session,
each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

import json
from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

# a product spec: its own goals, requirements and risks read like a persona's fields, but one part lists the people
_SPEC_WITH_QUOTED_PERSONAS = """\
    # Harbourline – ferry timetable app

    ## 1. Goals

    - Cut the queue at the ticket office by a third

    ## 2. Primary Personas

    1. “Commuter Cormac” – 41, crosses twice a day, worries the last sailing is cancelled without notice.
    2. “Day-Trip Delphine” – 67, visits her sister monthly, cannot read the small print on the printed timetable.

    ## 3. Functional Requirements

    - R-1 Show delays within a minute of the harbour master posting them

    ## 4. Risks & Mitigations

    - Port data arrives late → cache the last known schedule
    """

_KOREAN_SPEC_WITH_A_PERSONA_TABLE = """\
    # 동네 장터 앱 기획서

    ## 제품 목표

    - 주말 장터의 판매자와 손님을 잇는다

    ## 타깃 사용자

    | 페르소나 | 특징 | 불편 |
    |---|---|---|
    | 텃밭 판매자 | 60대, 채소를 직접 기른다 | 가격표를 매번 손으로 써야 해서 번거로움 |
    | 퇴근길 손님 | 30대 직장인 | 장터가 몇 시에 닫는지 알 수 없음 |

    ### 주요 유저 플로우

    1. 장터 지도를 연다
    2. 판매자 목록을 본다

    ## 기능 요구사항

    - 판매자별 품목 목록
    """


def test_quoted_names_with_a_dash_in_a_specs_persona_part_are_its_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "spec.md", _SPEC_WITH_QUOTED_PERSONAS))
    assert [p.name for p in parsed.personas] == ["Commuter Cormac", "Day-Trip Delphine"]
    cormac, delphine = parsed.personas
    assert any("last sailing is cancelled" in c.text for c in cormac.concerns)
    assert any("cannot read the small print" in c.text for c in delphine.concerns)


def test_a_korean_specs_target_users_table_holds_its_personas_and_the_user_flow_is_none(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "기획서.md", _KOREAN_SPEC_WITH_A_PERSONA_TABLE))
    assert [p.name for p in parsed.personas] == ["텃밭 판매자", "퇴근길 손님"]
    seller, guest = parsed.personas
    assert seller.concerns[0].text == "가격표를 매번 손으로 써야 해서 번거로움"
    assert any("몇 시에 닫는지 알 수 없음" in c.text for c in guest.concerns)
    assert ("주요 유저 플로우", "not a persona") in [(s.title, s.reason) for s in parsed.skipped]


_EXECUTIVE_SUMMARY = """\
    # Personas for the bike-share relaunch

    ## Executive Summary

    This page sums up who rents our bikes today, what slows them down and what each of them expects from the relaunch.

    ## Persona 1: Oona Lindqvist – the station-hopping student

    ### Frustrations

    - Docks near the library are full by nine
    - The app logs her out between rides

    ## Persona 2: Gideon Brandt – the delivery rider

    ### Frustrations

    - Battery swaps take longer than the ride itself
    """


def test_an_executive_summary_is_the_pages_background_though_executive_names_a_role(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "bikes.md", _EXECUTIVE_SUMMARY))
    assert len(parsed.personas) == 2 and not any("Summary" in p.name for p in parsed.personas)
    assert ("Executive Summary", "background of the page") in [(s.title, s.reason) for s in parsed.skipped]


_QUOTED_NAME_AFTER_PERSONA_KIND = """\
    # Shopper profiles

    ## Primary Persona: "Rain-Proof Rosalind"

    ### Frustrations

    - "Every umbrella I buy turns inside out by March"

    ## Secondary Persona: "Gift-Hunting Gus"

    ### Frustrations

    - "I never know which size to order for someone else"

    ## Shopper Journeys

    ### Journey: Gift-Hunting Gus (the buyer)

    #### Purchase

    - Orders two days before the birthday
    """


def test_a_quoted_name_after_the_kind_of_persona_names_it_and_its_journey_is_no_new_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "shoppers.md", _QUOTED_NAME_AFTER_PERSONA_KIND))
    assert [p.name for p in parsed.personas] == ["Rain-Proof Rosalind", "Gift-Hunting Gus"]
    # "buyer" names a job, but the heading is the journey of a persona already found
    assert ("Journey: Gift-Hunting Gus (the buyer)", "not a persona") in [(s.title, s.reason) for s in parsed.skipped]


_PROFILE_LISTS_UNDER_NAMES = """\
    <html><body>
    <nav><a href="index.html">Home</a> <a href="team.html">Team</a></nav>
    <div class="card"><h1>Philippa Grange</h1>
      <ul><li>27 years.</li><li>Veterinary nurse.</li><li>Keeps a paper diary for every shift.</li>
          <li>She loses track of which owner she already called back.</li></ul></div>
    <div class="card"><h1>Anselm Okafor</h1>
      <ul><li>52 years.</li><li>Bus driver.</li><li>Grows chillies on his balcony.</li>
          <li>He cannot read the timetable screens in bright sun.</li></ul></div>
    </body></html>
    """


def test_a_name_over_a_profile_list_that_gives_an_age_is_a_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "people.html", _PROFILE_LISTS_UNDER_NAMES))
    assert [p.name for p in parsed.personas] == ["Philippa Grange", "Anselm Okafor"]
    assert any("cannot read the timetable" in c.text for c in parsed.personas[1].concerns)


_KOREAN_PEOSONA_SPELLING = """\
    # 서비스 분석 과제

    앱 하나를 골라 누구를 위한 것인지 살펴본다.

    퍼소나 설정

    - 이름 : 서하람
    - 나이 : 29세
    - 직업 : 간호사
    - 상황
    - 교대 근무라 장 볼 시간이 늘 부족함
    - 새벽에 주문하면 배송비가 비싸서 망설임
    """


def test_peosona_is_read_as_persona_is(tmp_path: Path) -> None:
    # 퍼소나 and 페르소나 are two spellings of one word
    (persona,) = parse_document(write_doc(tmp_path, "과제.txt", _KOREAN_PEOSONA_SPELLING)).personas
    assert persona.name == "서하람"
    assert "교대 근무라 장 볼 시간이 늘 부족함" in [c.text for c in persona.concerns]


_USER_TYPE_TABLE = """\
    # 모임 장소 추천 PRD

    ## 타겟 유저

    | 유저 타입 | 페인 포인트 | 해결책 |
    |---|---|---|
    | 독서 모임 | 매달 조용한 장소를 새로 찾기 어려움 | 단체석 있는 카페 추천 |
    | 등산 동호회 | 하산 뒤 뒤풀이 장소 예약이 번거로움 | 인원에 맞춘 식당 추천 |
    """


def test_a_user_type_column_names_the_rows_and_the_solution_column_is_ours(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "prd.md", _USER_TYPE_TABLE))
    assert {p.name: [c.text for c in p.concerns] for p in parsed.personas} == {
        "독서 모임": ["매달 조용한 장소를 새로 찾기 어려움"], "등산 동호회": ["하산 뒤 뒤풀이 장소 예약이 번거로움"]}


def test_a_quoted_sentence_after_a_numbered_persona_is_her_words_not_her_name(tmp_path: Path) -> None:
    text = '# 페르소나 2. 문세린 — "퇴근하고 운동을 하고 싶은데, 어디서부터 시작할지 모르겠어"\n\n## 페인포인트\n\n- 헬스장 기구 쓰는 법을 몰라 눈치만 봄\n'
    (persona,) = parse_document(write_doc(tmp_path, "p2.md", text)).personas
    assert persona.name == "문세린"


_HEADLINES_UNDER_LABELS = """\
    ## Personas

    ### Priyanka Basu, clinic owner

    #### Frustrations

    - Reminder texts go out from three different tools

    ## Landing page copy

    **Current:** "Bookings, sorted"

    **Proposed:** "The diary that fills cancelled slots by itself"

    **Tagline:** "Built with twenty small clinics"
    """


def test_a_pages_headlines_in_quotes_under_labels_are_not_people_speaking(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "copy.md", _HEADLINES_UNDER_LABELS))
    assert [p.name for p in parsed.personas] == ["Priyanka Basu, clinic owner"]


_ANGER_AND_BOREDOM = """\
    ## Leopold Marsh

    Leopold coaches an under-12 football team. He gets bored within minutes of any video longer than a match clip.
    He coaches on Saturdays.

    ### What upsets him

    - Pitch bookings cancelled by text the night before
    """


def test_anger_upset_and_boredom_state_problems_in_prose_and_in_a_fields_heading(tmp_path: Path) -> None:
    (leopold,) = parse_document(write_doc(tmp_path, "coach.md", _ANGER_AND_BOREDOM)).personas
    texts = [c.text for c in leopold.concerns]
    assert "He gets bored within minutes of any video longer than a match clip." in texts
    assert "Pitch bookings cancelled by text the night before" in leopold.sections["pain_points"]
    assert "He coaches on Saturdays." not in texts


def test_lists_of_people_by_group_beside_other_data_in_json(tmp_path: Path) -> None:
    data = {
        "primary_personas": [{"name": "Allotment Holder", "pain_points": ["Water butts run dry by July"]}],
        "secondary_personas": [{"name": "Parish Clerk", "key_concerns": ["Rent reminders go to old addresses"]}],
        "journey_stages": {"apply": "Fills in the waiting-list form", "allocate": "Gets a plot offer"},
        "features": [{"name": "Plot map", "description": "Shows free plots"}],
    }
    path = tmp_path / "personas.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    parsed = parse_document(path)
    assert [p.name for p in parsed.personas] == ["Allotment Holder", "Parish Clerk"]
    assert [c.text for c in parsed.personas[1].concerns] == ["Rent reminders go to old addresses"]


def test_a_target_column_names_the_rows_of_a_korean_target_users_table(tmp_path: Path) -> None:
    text = ("### 대상 사용자\n\n| 대상 | 역할 | 고충 |\n|---|---|---|\n"
            "| **앱 개발자** | 모바일 앱을 혼자 만든다 | 오류가 어느 화면에서 나는지 알 길이 없음 |\n"
            "| **운영 담당자** | 서버 요금을 관리한다 | 월말마다 청구서가 예상보다 많이 나옴 |\n")
    parsed = parse_document(write_doc(tmp_path, "readme.md", text))
    assert {p.name: [c.text for c in p.concerns] for p in parsed.personas} == {
        "앱 개발자": ["오류가 어느 화면에서 나는지 알 길이 없음"], "운영 담당자": ["월말마다 청구서가 예상보다 많이 나옴"]}


_PLAN_PHASES = """\
    # Go-to-market plan

    ## Persona A — Night-shift pharmacist

    ### Pain points

    - Stock counts clash with the evening rush

    ## Rollout

    ### Phase 1 (Months 1–2) Start with Persona A

    - Goal: ten pharmacies signed
    - Offer the first month free

    ### Phase 2: Paid tier

    - Goal: half of them paying
    """


def test_a_stage_of_the_plan_is_no_persona_though_it_names_one(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "gtm.md", _PLAN_PHASES))
    assert [p.name for p in parsed.personas] == ["Night-shift pharmacist"]
    reasons = {s.title: s.reason for s in parsed.skipped}
    assert reasons["Phase 2: Paid tier"] == "a stage of the plan, not a persona"
