"""Shapes met while working on replica batch R28 once it was scored (development data from then on) and on misses of
the earlier batches in the twenty-eighth session, each on a small synthetic document written for these tests (no
replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document
from callinsight.personas.vocab import concern_kind

from .conftest import write_doc

_QUICK_REFERENCE_TABLE = """\
    # Customer avatars for the bakery kit

    ## Quick Reference

    | # | Name | Tagline | Primary Pain | Primary Emotion |
    |---|------|---------|--------------|-----------------|
    | 1 | **Wren** | Weekend Baker | Cannot price loaves without losing money | Worry → Confidence |
    | 2 | **Idris** | Market Stall Owner | Runs out of stock before noon every Saturday | Stress → Calm |

    ## Ad hooks

    ### Wren (Weekend)
    - "Price it right the first time"

    ### Idris (Stall)
    - "Sell out on purpose"
    """


def test_a_quick_reference_table_of_names_and_pains_lists_the_personas(tmp_path: Path) -> None:
    # (the sections titled by their names hold two ad hooks each: the table is where the personas are told)
    parsed = parse_document(write_doc(tmp_path, "avatars.md", _QUICK_REFERENCE_TABLE))
    by_name = {p.name: p for p in parsed.personas}
    assert set(by_name) == {"Wren", "Idris"}
    assert [c.text for c in by_name["Wren"].concerns] == ["Cannot price loaves without losing money"]
    assert [c.text for c in by_name["Idris"].concerns] == ["Runs out of stock before noon every Saturday"]


def test_an_arc_of_feelings_is_no_problem_but_a_chores_steps_may_be(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "p.md", """\
        # Shop owners

        | Name | Pain Points | Journey | Week |
        |------|-------------|---------|------|
        | Dara | Parts arrive late from the wholesaler | Worry → Confidence | Invoices typed by hand → lost → chased again → paid late |
        | Noor | Customers never pick up repaired phones | Doubt → Trust | Opens at eight, closes at six |
        """)
    dara = parse_document(doc).personas[0]
    texts = [c.text for c in dara.concerns]
    assert "Worry → Confidence" not in texts  # the arc the marketing walks her through
    assert "Invoices typed by hand → lost → chased again → paid late" in texts


_CODED_PERSONAS_WITH_SUMMARY = """\
    # 동네 빵집 앱 고객 페르소나

    ## 1. 페르소나 요약

    | ID | 이름 | 고객 유형 | 가장 민감한 실패 |
    |---|---|---|---|
    | CUS-01 | 박하늘 | 출근길 구매자 | 줄이 길어 빵을 못 사고 지나침 |
    | CUS-02 | 오세린 | 주말 단체 주문자 | 주문 수량이 틀려 다시 가야 함 |

    ## 2. CUS-01 박하늘

    ### 문제

    - 아침마다 매장 앞 대기 줄이 길어서 출근 시간에 쫓긴다.
    - 원하는 빵이 이미 다 팔렸는지 가기 전에는 알 수 없다.

    ### 검수 관점

    - 주문 버튼이 첫 화면에서 바로 보이는가
    - 결제 실패 안내가 헷갈리지 않는가

    ## 3. CUS-02 오세린

    ### 문제

    - 전화 주문은 수량이 자주 잘못 적혀서 불안하다.

    ## 4. 단계별 참여 방식

    | 단계 | 참여 페르소나 | 산출물 |
    |---|---|---|
    | 설계 | 전원 | 화면마다 가장 큰 불편 세 가지 |
    """


def test_a_summary_row_and_the_coded_profile_of_the_same_person_are_one_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", _CODED_PERSONAS_WITH_SUMMARY))
    assert [p.name for p in parsed.personas] == ["CUS-01 박하늘", "CUS-02 오세린"]
    haneul = parsed.personas[0]
    texts = [c.text for c in haneul.concerns]
    assert "줄이 길어 빵을 못 사고 지나침" in texts  # the summary's row
    assert "아침마다 매장 앞 대기 줄이 길어서 출근 시간에 쫓긴다." in texts  # the profile's own list
    # the document's label, not "stated in the text", heads the merged list
    assert haneul.headings["pain_points"] == "문제"
    # a review checklist's questions are no problems of his; a table by stage is no persona
    assert not any(t.endswith("는가") for t in texts)
    assert "4. 단계별 참여 방식" in {s.title for s in parsed.skipped}


def test_a_written_korean_question_states_no_problem() -> None:
    assert concern_kind("결제 실패 안내가 헷갈리지 않는가") is None
    assert concern_kind("결제 실패 안내가 헷갈린다") == "pain_point"


_NUMBERED_PERSONAS_WITH_TEMPLATE_PARTS = """\
    # Personas

    ## Persona 1: "Ledger Lena"

    ### Basic Demographics
    - **Age:** 41
    - **Occupation:** Bookkeeper for three cafés

    ### Surface-Level Pain Points (What She Admits)
    - Month-end closing eats her whole weekend
    - Receipts arrive as blurry phone photos

    ### What She Really Wants (But Can't Admit)
    - Recognition: Someone noticing that the numbers are always right
    - Rest: One free Saturday a month

    ### Deep Psychological Profile (What She Won't Admit)

    #### Core Identity Crisis
    - **Surface Identity:** "I have everything under control"
    - **Hidden Truth:** "I fear the café owners will find a cheaper bookkeeper"

    #### Unconscious Shame Sources
    - **Quiet Comparison:** Feels she is behind every friend from school
    - **Money Avoidance:** Puts off the bank statements until she cannot any more
    - **Family Pressure:** Her parents still ask when the real job starts

    ### Success Metrics for Lena-Type Users
    - Closes the books on time

    ### Behavioral Patterns

    #### When She Falls Behind
    - **Trigger:** A café owner sends a shoebox of receipts
    - **Response:** Works until midnight

    ### Marketing Message That Works for Lena
    - **Say:** "Close the month before Friday"
    - **Don't Say:** "Revolutionise your accounting"

    ## Persona 2: "Founder Femi"

    ### Basic Demographics
    - **Age:** 29
    - **Occupation:** Runs a food-truck start-up

    ### Surface-Level Pain Points (What He Admits)
    - Never knows his real margin per dish

    ### What He Really Wants (But Can't Admit)
    - Control: To stop guessing before every price change
    - Respect: Investors taking his numbers seriously

    ### Deep Psychological Profile (What He Won't Admit)

    #### Core Identity Crisis
    - **Surface Identity:** "I have everything under control"
    - **Hidden Truth:** "I fear the start-up is one bad month from closing"

    #### Unconscious Shame Sources
    - **Quiet Comparison:** Feels he is behind every friend from school
    - **Money Avoidance:** Puts off the bank statements until he cannot any more
    - **Family Pressure:** His parents still ask when the real job starts

    ### Success Metrics for Femi-Type Users
    - Closes the books on time

    ### Behavioral Patterns

    #### When He Falls Behind
    - **Trigger:** The tax office sends a reminder
    - **Response:** Pays an accountant in a panic

    ### Marketing Message That Works for Femi
    - **Say:** "Know your margin today"
    - **Don't Say:** "Enterprise-grade finance"
    """


def test_numbered_personas_whose_parts_repeat_are_personas_not_containers(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", _NUMBERED_PERSONAS_WITH_TEMPLATE_PARTS))
    assert [p.name for p in parsed.personas] == ["Ledger Lena", "Founder Femi"]
    lena, femi = parsed.personas
    assert {c.text for c in lena.concerns} >= {"Month-end closing eats her whole weekend",
                                              "Receipts arrive as blurry phone photos"}
    assert {c.text for c in femi.concerns} >= {"Never knows his real margin per dish"}


_PERSONAS_AMID_THE_PLAN = """\
    # Clinic software: buyers and plan

    ## 1. 비전 및 목표

    - 작은 병원도 큰 병원 수준의 예약 관리를 누린다

    ## 2. Product Goals & Objectives

    - Cut no-shows by a fifth

    ## 2.1 Problem to Solve

    | Problem | Description |
    | ---- | ---- |
    | **Phones ring all day** | Reception cannot answer every booking call |
    | **Paper rotas** | Shifts are planned on a wall chart |

    ## Persona 1: Mira Hale - The Clinic Owner

    ### Pain Points
    - Loses patients to the chain clinic across town
    - Cannot see which days are overbooked

    ### Goals
    - Grow without a second receptionist

    ## Persona 2: Omar Reyes - The Practice Manager

    ### Pain Points
    - Spends Monday mornings redoing the rota

    ## Customer Journey Maps

    ### Journey 1: From first doubt to contract

    #### Stage 1: Problem Recognition (Weeks 1-4)
    **Thoughts**: "Why is the waiting room empty at ten and full at noon?"

    **Actions**:
    - Reads two vendor blogs

    ## Persona-Specific Messaging

    ### For Mira Hale (Owner)
    **Headline**: "Big-clinic booking at a small-clinic price"

    **Key Messages**:
    - Keep patients who would drive to the chain

    ### For Omar (Manager)
    **Headline**: "A rota that plans itself"

    ## Response Principles (for all personas)

    1. **Lead with a screenshot** — show, do not list features
    2. **Be a colleague** — we run clinics too
    """


def test_plan_parts_stages_and_messages_for_known_personas_are_no_personas(tmp_path: Path) -> None:
    # (a journey's "Stage 1: Problem Recognition" names no problems field: its journey is no persona either)
    parsed = parse_document(write_doc(tmp_path, "clinic.md", _PERSONAS_AMID_THE_PLAN))
    assert [p.name for p in parsed.personas] == ["Mira Hale - The Clinic Owner", "Omar Reyes - The Practice Manager"]
    skipped = {s.title for s in parsed.skipped}
    assert {"1. 비전 및 목표", "2. Product Goals & Objectives", "2.1 Problem to Solve",
            "For Mira Hale (Owner)", "For Omar (Manager)", "Response Principles (for all personas)"} <= skipped


_CARD_UNDER_A_MARKER = """\
    # Personas
    ![photo of a man on a sofa](https://example.org/p.png)
    !!!Persona!!!
    Name: Jonas<hard-break>
    Age: 27<hard-break>
    Occupation: Night-shift nurse<hard-break>
    Goals: Jonas wants to sleep through the day without arguing with his<hard-break>
    flatmates about noise

    # Scenarios

    !!!Scenario!!!
    Situation: Jonas gets home at eight and the flat is loud.<hard-break>
    Solution:
    ● QuietHome app features:<hard-break>
    1. Sleep Sign: The app shows Jonas's flatmates that he is asleep.<hard-break>
    2. Noise Meter: It warns Jonas when the living room gets loud.<hard-break>
    3. Kind Notes: It drafts a polite note Jonas can send.
    """.replace("<hard-break>", "  ")  # (two trailing spaces: a Markdown line break)


def test_a_card_under_an_image_and_a_marker_is_the_persona_and_a_feature_list_is_no_people(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "README.md", _CARD_UNDER_A_MARKER))
    assert [p.name for p in parsed.personas] == ["Jonas"]
    assert parsed.personas[0].sections["goals"][0].startswith("Jonas wants to sleep through the day")


def test_a_stage_of_a_journey_names_no_field() -> None:
    from callinsight.personas.model import field_of
    from callinsight.personas.vocab import non_persona_reason

    assert field_of("Stage 1: Problem Recognition (Weeks 1-4)") is None
    assert field_of("Problem Recognition") is not None
    assert non_persona_reason("Stage 2: Solution Exploration (Weeks 5-12)") is not None


def test_a_field_said_of_him_or_her_is_the_field_said_of_them() -> None:
    from callinsight.personas.model import field_of

    assert field_of("What Turns Him Off") == field_of("What turns them off") == "objections"
    assert field_of("What Turns Her Off") == "objections"
    assert field_of("Her goals") == "goals"  # "her" is "their" here, not "them"
    assert field_of("Unconscious Shame Sources") == field_of("Anxieties") == "pain_points"


def test_the_parts_of_the_teams_metrics_are_no_personas(tmp_path: Path) -> None:
    doc = write_doc(tmp_path, "ux.md", """\
        # 예약 앱 UX 설계

        ## 사용자 페르소나

        ### 페르소나 1: 민서 (처음 쓰는 사람)
        - **불만:** 예약 화면에서 날짜를 고르다 자꾸 처음으로 돌아간다
        - **목표:** 3분 안에 첫 예약을 끝낸다

        ## 성공 지표 (UX Metrics)

        ### 1. Time to First Booking
        - **목표:** < 3분
        - **측정:** 앱 설치부터 첫 예약까지

        ### 2. Error Rate (오류율)
        - **목표:** < 5%
        - **측정:** 잘못된 날짜를 고른 비율
        """)
    parsed = parse_document(doc)
    assert [p.name for p in parsed.personas] == ["민서 (처음 쓰는 사람)"]
    assert "성공 지표 (UX Metrics)" in {s.title for s in parsed.skipped}


_HIDDEN_WORRIES_AND_A_CANVAS = """\
    # Personas

    ## Persona 1: "Careful Cara"

    ### Pain Points
    - Spends Sundays reconciling three bank apps

    ### Inner Life

    #### Unconscious Shame Sources
    - **Money Guilt:** Believes she should have started saving ten years ago
    - **Quiet Envy:** Compares her flat with her sister's house

    #### What Residents Care About
    - Parking on the high street

    ### Pain Relievers
    - One screen that totals every account
    """


def test_a_pain_heading_under_a_part_holds_pains_and_a_canvas_product_side_holds_none(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.md", _HIDDEN_WORRIES_AND_A_CANVAS))
    texts = [c.text for c in parsed.personas[0].concerns]
    assert "Money Guilt: Believes she should have started saving ten years ago" in texts
    assert "Quiet Envy: Compares her flat with her sister's house" in texts
    # (a need by a keyword alone is too loose there; the canvas's pain relievers are the product's answers)
    assert not any("Parking" in t or "One screen" in t for t in texts)


def test_a_sentence_about_the_team_making_personas_is_no_concern_but_a_marketers_is() -> None:
    assert concern_kind("Product teams often rely on personas so a design serves the people who will use it.") is None
    assert concern_kind("We have drawn up four personas to see what people need.") is None
    assert concern_kind("Struggles to keep five buyer personas up to date") == "pain_point"
