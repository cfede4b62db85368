"""Shapes met while working on misses of replica batches R1-R46 (development data once scored) in the thirty-sixth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

# An organisation profiled as a persona, with a sub-section that lists the roles inside it.
ACCOUNT_WITH_ROLES = """\
    # Who buys the ward planner

    ## Primary Account: Harbour Trust (Hospital Group)

    ### Profile

    - **Size**: Four hospitals, one shared rota office

    ### Pain Points

    1. **Rota gaps**: Night shifts are still filled by phone at the last minute
    2. **Agency spend**: Locum invoices arrive weeks after the shift

    ### Roles Within Harbour Trust

    **Ward Manager**:

    - Needs: A rota that shows gaps a week ahead
    - Uses: Ward board, phone alerts

    **Finance Lead**:

    - Needs: Agency costs per ward each month
    - Uses: Monthly export

    ### Objections & Concerns

    - "Will it talk to our payroll system?"

    ## Persona: Ward Manager (Aisha)

    ### Pain Points

    - Swaps agreed in the corridor never reach the rota
    """


def test_the_roles_inside_an_organisation_are_part_of_its_profile(tmp_path: Path) -> None:
    found = {p.name: [c.text for c in p.concerns] for p in
             parse_document(write_doc(tmp_path, "accounts.md", ACCOUNT_WITH_ROLES)).personas}
    account = next(name for name in found if "Harbour Trust" in name)
    assert "Roles Within Harbour Trust" not in found
    assert any("Night shifts are still filled by phone" in c for c in found[account])
    assert any("payroll system" in c for c in found[account])
    assert any("Aisha" in name for name in found)


def test_roles_under_a_heading_without_troubles_of_its_own_stay_personas(tmp_path: Path) -> None:
    # guard: a segment heading with no concern field of its own over "Users at …" is a container, as before
    text = """\
        # Ward planner users

        ## Harbour Trust

        ### Users at Harbour Trust

        **Ward Manager**:

        - Pain points: Night shifts are still filled by phone at the last minute
        - Needs: A rota that shows gaps a week ahead

        **Finance Lead**:

        - Pain points: Locum invoices arrive weeks after the shift
        - Needs: Agency costs per ward each month
        """
    names = [p.name for p in parse_document(write_doc(tmp_path, "users.md", text)).personas]
    assert not any(name.startswith("Harbour Trust") for name in names)


# One persona whose parts are headings of their own: a part with its own fields, a relationship with a lead-in list.
ONE_PERSONA_IN_PARTS = """\
    # Ideal customer

    ## ICP #1 — Maren, the Weekend Potter

    ### Demographics & context

    | Dimension | Value |
    |---|---|
    | Age | 38 |
    | Studio | A shed behind her house; fires her kiln twice a month |

    ### Goals

    - Sell out her stall at the spring fair

    ### Firing days

    - **Frustrations:** The kiln controller forgets its programme after a power cut
    - **Needs:** A reminder when a firing has cooled enough to open

    ### Relationship with the maker of the app

    Firm expectation:

    - Answers by email within a day
    - A changelog she can read in five minutes
    """


def test_a_relationship_part_is_the_persona_s_own(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "icp.md", ONE_PERSONA_IN_PARTS)).personas
    assert [p.name for p in personas] == ["Maren, the Weekend Potter"]
    assert any("Answers by email within a day" in c.text for c in personas[0].concerns)
    assert any("forgets its programme" in c.text for c in personas[0].concerns)


def test_a_refuses_column_holds_objections_and_its_accepts_column_none(tmp_path: Path) -> None:
    start, end = ONE_PERSONA_IN_PARTS.index("    ### Firing days"), ONE_PERSONA_IN_PARTS.index("    ### Relationship")
    text = ONE_PERSONA_IN_PARTS[:start] + """\
    ### Tools: what she refuses vs accepts

    | Refuses | Accepts |
    |---|---|
    | Typing every glaze recipe in by hand | A photo of the recipe card, read for her |
    | Paying a monthly fee for a kiln log | One price, paid once |

""" + ONE_PERSONA_IN_PARTS[end:]
    persona = parse_document(write_doc(tmp_path, "icp.md", text)).personas[0]
    assert persona.name == "Maren, the Weekend Potter"
    objections = [c.text for c in persona.concerns if c.kind == "objection"]
    assert objections == ["Typing every glaze recipe in by hand", "Paying a monthly fee for a kiln log"]


# A Notion export: a summary table in HTML, then the personas' headings right under it with no blank line.
NOTION_SUMMARY_THEN_PROFILES = """\
    ## 3. Who it is for
    <table header-row="true">
    <tr>
    <td>Persona</td>
    <td>Note</td>
    </tr>
    <tr>
    <td>**U1 Solo tutor**</td>
    <td>Teaches from home<br>Checks the booking flow</td>
    </tr>
    <tr>
    <td>**U2 Tutoring centre owner**</td>
    <td>Runs four rooms</td>
    </tr>
    </table>
    ### 3-1. U1: Solo tutor
    - **Profile**: Teaches maths to ten pupils a week
    - **Pain points**: Parents cancel by text an hour before the lesson
    ### 3-2. U2: Tutoring centre owner (four rooms, six tutors)
    - **Profile**: Owns a centre above a shop
    - **Pain points**: Room bookings clash when two tutors swap slots
    """


def test_headings_right_under_an_html_table_are_read_as_headings(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "prd.md", NOTION_SUMMARY_THEN_PROFILES)).personas
    concerns = [c.text for p in personas for c in p.concerns]
    assert "Parents cancel by text an hour before the lesson" in concerns
    assert "Room bookings clash when two tutors swap slots" in concerns


def test_a_summary_row_and_a_profile_opening_with_the_same_code_are_one_persona(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "prd.md", NOTION_SUMMARY_THEN_PROFILES)).personas
    assert [p.name for p in personas] == ["U1 Solo tutor", "U2 Tutoring centre owner"]
    assert [len(p.concerns) for p in personas] == [1, 1]


def test_churn_triggers_are_objections_one_per_slash_separated_clause(tmp_path: Path) -> None:
    persona = parse_document(write_doc(tmp_path, "game.md", """\
        #### Persona A — "The Lunch-Break Player"

        | Item | Detail |
        |---|---|
        | Profile | 31, nurse, plays on a tablet in the staff room |
        | Churn triggers | The first level takes ages to load / A pop-up asks her to rate the app |
        | Needs | A round that ends before her break does |
        """)).personas[0]
    objections = [c.text for c in persona.concerns if c.kind == "objection"]
    assert objections == ["The first level takes ages to load", "A pop-up asks her to rate the app"]


def test_korean_churn_triggers_are_objections_as_the_english_ones_are() -> None:
    from callinsight.personas.model import field_of

    assert field_of("이탈 트리거") == field_of("이탈 요인") == field_of("Churn triggers") == "objections"


def test_an_ideal_customer_label_before_a_quoted_nickname_is_no_part_of_the_name(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "icp.md", """\
        # Ideal customer

        ## The Ideal Customer: "Pia the Panicked Planner"

        **Their pain points:**
        1. **Last-minute changes** -- the venue moves the date and every guest needs telling
        2. **No overview** -- bookings live in three inboxes
        """)).personas
    assert [p.name for p in personas] == ["Pia the Panicked Planner"]


def test_more_than_they_can_handle_is_a_problem(tmp_path: Path) -> None:
    persona = parse_document(write_doc(tmp_path, "icp.md", """\
        ## Primary persona: The Night-Shift Baker

        ### Their daily reality
        - Takes more orders by phone than she can handle, writes half of them on flour bags
        - Starts the ovens at three in the morning

        ### How they describe the problem (voice of customer)
        - "The orders come in from everywhere at once"
        """)).personas[0]
    problems = [c.text for c in persona.concerns if c.kind == "pain_point"]
    assert "Takes more orders by phone than she can handle, writes half of them on flour bags" in problems
    assert '"The orders come in from everywhere at once"' in problems
    assert not any("three in the morning" in p for p in problems)


def test_a_slash_in_a_bullet_joins_alternatives_and_stays_one_concern(tmp_path: Path) -> None:
    # guard: only a table's cell, which holds no list, parts its items with slashes
    persona = parse_document(write_doc(tmp_path, "p.md", """\
        ## Persona: Site manager

        ### Pain points
        - Cannot see or export / print the weekly site diary
        """)).personas[0]
    assert [c.text for c in persona.concerns] == ["Cannot see or export / print the weekly site diary"]


def test_a_blog_post_that_says_what_its_persona_is_called(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "post.txt", """\
        Our persona

        Our persona’s called Ilse Brandt. She is 68 and used to run a bakery.

        She lives alone since her husband died and finds the bus timetable app confusing. Her son set up her tablet.
        """)).personas
    assert [p.name for p in personas] == ["Ilse Brandt"]
    assert any("confusing" in c.text for c in personas[0].concerns)


def test_a_primary_persona_heading_is_a_tier_not_the_primary_users_above(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "prd.md", """\
        ## 3. Users

        ### 3.1 Target users

        #### Primary

        - Nurses aged 25-50
        - Often swap shifts at short notice

        ### 3.2 Primary Persona

        **Name**: Hanna Lind (41)

        **Job**: Ward nurse

        **Pain points**

        - Swapping a shift takes five phone calls
        """)).personas
    hanna = next(p for p in personas if "Hanna Lind" in p.name)
    assert [c.text for c in hanna.concerns] == ["Swapping a shift takes five phone calls"]


def test_more_ways_a_sentence_states_a_problem() -> None:
    from callinsight.personas.vocab import concern_kind

    for sentence in ("Online banking doesn't appeal to him at all",
                     "She got burned once by a booking site that double-sold her rooms",
                     "The leaking gutters never get fixed",
                     "A full-time bookkeeper costs more than a two-person shop can justify"):
        assert concern_kind(sentence) == "pain_point", sentence
    assert concern_kind("He burned the old files after the audit closed") is None  # guard: burned is no problem alone


def test_a_slash_inside_a_cell_s_aside_or_quote_parts_nothing(tmp_path: Path) -> None:
    persona = parse_document(write_doc(tmp_path, "p.md", """\
        ## Persona: Trainee pilot

        | Item | Detail |
        |---|---|
        | Profile | 24, in the second year of flight school |
        | Pain points | Must pass two checkrides and waits (3 weeks for one / 2 months for the other) between them |
        """)).personas[0]
    assert [c.text for c in persona.concerns] == [
        "Must pass two checkrides and waits (3 weeks for one / 2 months for the other) between them"]


def test_beliefs_set_against_our_counter_are_objections(tmp_path: Path) -> None:
    persona = parse_document(write_doc(tmp_path, "audience.md", """\
        ## Persona: The weekend landlord

        - **Goals:** Rent out two flats without an agent

        ### What they already believe, and our counter

        | Belief walking in | Counter we carry |
        | --- | --- |
        | "Letting software is only for big agencies" | Two flats is the plan we built first. |
        | "Deposits are safer in my own account" | The law says otherwise, and we file them for you. |
        """)).personas[0]
    objections = [c.text for c in persona.concerns if c.kind == "objection"]
    assert objections == ['"Letting software is only for big agencies"', '"Deposits are safer in my own account"']


def test_a_lead_in_under_a_needs_heading_keeps_its_list_there(tmp_path: Path) -> None:
    persona = parse_document(write_doc(tmp_path, "modes.md", """\
        # 2. Careful Planner

        A smaller group plans every purchase months ahead.

        ### Product needs

        This could mean:

        - a calendar of large bills
        - a warning before a payment clashes with payday

        ### Success state

        They say the app keeps up with them.
        """)).personas[0]
    needs = [c.text for c in persona.concerns if c.kind == "need"]
    assert "a calendar of large bills" in needs and "a warning before a payment clashes with payday" in needs


def test_resentment_unawareness_blame_and_being_left_out_are_problems() -> None:
    from callinsight.personas.vocab import concern_kind

    for sentence in ("Resents filling in the same form for every school trip",
                     "Often unaware that the bus route changed in March",
                     "Takes the blame when a delivery goes to the wrong floor",
                     "Fears older members will be left out of the new booking system",
                     "Often feels left out when friends plan trips online",
                     "Believes the queue will never get any better",
                     "Spreadsheets do not come easily to him",
                     "The night shifts have worn her down",
                     "The move made paying rent harder for the family",
                     "He does not really know who to ask about his pension",
                     "What bothers them most is the queue at the pharmacy"):
        assert concern_kind(sentence) == "pain_point", sentence
    for sentence in ("She presented the plan to the board", "Left outside the door by the courier at noon",
                     "Offline maps are left out of the first release", "Loud music bothers them little"):
        assert concern_kind(sentence) is None, sentence  # guards: "presented", "left outside", a product's scope


def test_a_picture_s_name_in_page_text_is_no_heading_and_unwrapped_lines_stay_apart(tmp_path: Path) -> None:
    # text copied from a page: each line a paragraph (some open in lower case), a picture's file name between them
    persona = parse_document(write_doc(tmp_path, "tool.txt", """\
        About Teodor

        Teodor retired from the railway last spring and lives with his daughter in a market town near the coast.

        He volunteers at the library on Tuesdays and Thursdays, and he looks after the allotment behind the house.

        Perceived risk of technology

        persona page image-12

        Risks that Teodor sees:

        fear of typing his bank details into the wrong website and losing the pension savings he put by for years.
        worries that video calls with his grandson will freeze halfway and that he will press the wrong button again.
        concerns that every new app asks for yet another password, which he will have forgotten within a week or so.
        """)).personas[0]
    objections = [c.text for c in persona.concerns if c.kind == "objection"]
    assert len(objections) == 3 and objections[0].startswith("fear of typing his bank details")
    assert not any("image-12" in c.text for c in persona.concerns)


def test_a_persona_heading_over_one_card_with_a_trouble_is_that_persona(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "readme.md", """\
        # 물류 창고 도우미

        ## 고객 페르소나

        | 항목 | 내용 |
        |---|---|
        | **역할** | 물류센터 야간 재고 담당자 |
        | **페인 포인트** | 바코드가 안 읽히면 손으로 적어 두었다가 아침에 다시 입력해야 합니다. |
        | **기대 가치** | 스캔 실패를 바로 알려 주는 화면 |

        ## 설치 방법

        `pip install` 후 실행합니다.
        """)).personas
    assert len(personas) == 1
    assert any("바코드가 안 읽히면" in c.text for c in personas[0].concerns)


# A Korean PRD: an ID table of its personas, then each persona's part, its troubles in a numbered table with our answer.
KOREAN_PRD_WITH_IDS = """\
    ## A. 범위

    | 페르소나 ID | 이름 | 역할 |
    |------------|------|------|
    | P-01 | 재무 분석가 | 월말 결산을 맡은 사람 |
    | P-02 | 영업 관리자 | 견적을 승인하는 사람 |

    ## B. 상세

    ### B.1 Persona P-01: 재무 분석가

    #### 프로파일

    | 속성 | 내용 |
    |------|------|
    | **직책** | 중견 제조사 재무팀 분석 담당 |

    #### 페인 포인트

    | # | 페인 포인트 | 이 제품의 해결 방식 |
    |---|------------|-------------------|
    | PP-01 | 은행 거래 내역을 엑셀에 손으로 옮겨 붙여야 함 | 은행 연동으로 자동 수집 |
    | PP-02 | 결산 숫자가 맞지 않으면 어디서 틀렸는지 찾기 어려움 | 차이 나는 항목을 바로 표시 |

    ### B.2 Persona P-02: 영업 관리자

    #### 프로파일

    | 속성 | 내용 |
    |------|------|
    | **직책** | 지역 영업팀 팀장 |

    #### 페인 포인트

    | # | 페인 포인트 | 이 제품의 해결 방식 |
    |---|------------|-------------------|
    | PP-03 | 할인 승인 요청이 메신저에 흩어져 놓치기 쉬움 | 승인 대기함 하나로 모음 |
    """


def test_an_analyst_is_a_persona_and_a_numbered_trouble_table_gives_the_troubles_alone(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "prd.md", KOREAN_PRD_WITH_IDS)).personas
    analyst = next(p for p in personas if "재무 분석가" in p.name)
    assert [c.text for c in analyst.concerns] == ["은행 거래 내역을 엑셀에 손으로 옮겨 붙여야 함",
                                                 "결산 숫자가 맞지 않으면 어디서 틀렸는지 찾기 어려움"]


def test_an_id_table_row_and_the_part_that_opens_with_its_code_are_one_persona(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "prd.md", KOREAN_PRD_WITH_IDS)).personas
    assert len(personas) == 2


def test_pein_alone_names_the_pain_points() -> None:
    from callinsight.personas.model import field_of

    assert field_of("페인") == field_of("페인 포인트") == "pain_points"


def test_a_persona_numbered_alone_is_named_after_the_person_its_text_introduces(tmp_path: Path) -> None:
    personas = parse_document(write_doc(tmp_path, "post.txt", """\
        Filed under: Uncategorized
        This week I turned my interviews into three personas for the bike-share app.
        Persona 1:
        Kofi is a 34-year-old nurse who cycles to the hospital before dawn. He often finds the nearest dock full and loses ten minutes looking for another one.
        Persona 2:
        Mira is a 19-year-old student who rides to lectures. She is unsure how the monthly pass works and worries about hidden fees.
        """)).personas
    assert [p.name for p in personas] == ["Kofi", "Mira"]


def test_a_heading_that_only_holds_the_word_photo_is_still_a_heading() -> None:
    from callinsight.personas.reading.plain import as_markdown

    text = "Our personas\n\nThe Photo Enthusiast\n\nShe prints every holiday album and hates losing the originals.\n"
    assert "# The Photo Enthusiast" in as_markdown(text)
