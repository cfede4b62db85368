"""Shapes met while working on misses of replica batches R1-R50 (development data once scored) in the thirty-seventh
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

# Personas coded by a letter and a number ("S1" for shops, "C1" for customers), each card a list of bold labels, one
# of them a long situation with a share in it.
CODED_KOREAN = """\
    ## 2. 사용자

    ### 2.1 가게 페르소나

    #### 페르소나 S1: "망원 꽃집 사장 — 문예린 (41)"

    - **가게**: 꽃집, 직원 2명, 망원시장 입구
    - **상황**: 주문 중 온라인이 60%, 카카오톡 문의가 저녁마다 스무 건 넘게 몰려옴
    - **페인**: 주문 내용을 손으로 옮겨 적다 배송 주소를 자주 틀림
    - **예산**: 한 달 10만 원 이하

    #### 페르소나 S2: "성수 카페 점장 — 구태민 (33)"

    - **가게**: 로스터리 카페, 직원 6명
    - **상황**: 단체 주문이 전체의 30%, 주말마다 예약 문의와 취소가 한꺼번에 쏟아짐
    - **페인**: 단체 주문 취소를 늦게 알아 원두를 버리는 일이 잦음
    - **예산**: 본사 승인이 필요

    ### 2.2 고객 페르소나

    #### 페르소나 C1: "근처 직장인 — 하윤 (29)"

    - **목적**: 점심시간에 미리 주문하고 바로 받아 가기
    - **불만**: 줄을 서서 기다리다 점심시간이 거의 다 지나감
    """


def test_a_persona_coded_by_letter_and_number_is_one_persona_named_by_its_title(tmp_path: Path) -> None:
    # before: "페르소나 S1" read as a heading of personas, so the long "상황" label became a persona and the cards were lost
    parsed = parse_document(write_doc(tmp_path, "prd.md", CODED_KOREAN))
    names = [p.name for p in parsed.personas]
    assert len(names) == 3 and "상황" not in names
    assert [n.split(" — ")[1] for n in names] == ["문예린 (41)", "구태민 (33)", "하윤 (29)"]
    assert "배송 주소를 자주 틀림" in parsed.personas[0].concerns[0].text
    assert "원두를 버리는 일이 잦음" in parsed.personas[1].concerns[0].text


def test_an_english_coded_persona_heading_loses_its_code_as_a_numbered_one_does(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ### Persona A1 — "The Night-Shift Planner"

        - **Role**: Plans cover for three wards
        - **Pain points**: Finds out about sick calls after the shift has started

        ### Persona A2 — "The Weekend Coordinator"

        - **Role**: Books agency staff on Fridays
        - **Pain points**: Pays premium rates because requests come in late
        """))
    assert [p.name for p in parsed.personas] == ["The Night-Shift Planner", "The Weekend Coordinator"]


def test_a_persona_word_before_a_code_like_word_is_not_taken_for_a_code(tmp_path: Path) -> None:
    # guard: "B2B" is a word, not a persona's code; the heading stays the persona's name
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ### Persona B2B buyer: procurement lead

        - **Role**: Approves every software contract over a set amount
        - **Pain points**: Security reviews hold up each purchase for weeks
        """))
    assert [p.name for p in parsed.personas] and "B2B" in parsed.personas[0].name


def test_a_share_in_a_persona_heading_keeps_its_percent_sign(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ## Persona 1: Weekend sellers (70% of accounts)

        - **Role**: Sells crafts at two markets a month
        - **Pain points**: Loses track of stock between market days
        """))
    assert [p.name for p in parsed.personas] == ["Weekend sellers (70% of accounts)"]


# Plain text cards, a labelled paragraph each, the second card's first field short enough to pass for a heading.
LABELLED_PARAGRAPHS = """\
    Our personas

    Name: Ruth Lindqvist

    Needs: A rota she can trust.

    Behavior: Ruth double-checks every shift by phone. She is worn down by last-minute swaps.

    Name: Kofi Mensah

    Needs: Fewer alerts.

    Behavior: Kofi is overwhelmed by notifications and often ignores urgent ones.
    """


def test_a_short_labelled_line_stays_a_field_of_the_card_above(tmp_path: Path) -> None:
    # before: "Needs: Fewer alerts." passed for a run-in heading, and Kofi's card lost its fields
    parsed = parse_document(write_doc(tmp_path, "personas.txt", LABELLED_PARAGRAPHS))
    assert [p.name for p in parsed.personas] == ["Ruth Lindqvist", "Kofi Mensah"]
    kofi = [c.text for c in parsed.personas[1].concerns if c.kind == "need"]
    assert kofi[0] == "Fewer alerts."
    assert any("overwhelmed by notifications" in c.text for c in parsed.personas[1].concerns)


def test_a_run_in_field_heading_alone_still_heads_its_list(tmp_path: Path) -> None:
    # guard: "Frustrations." alone on its line is still the heading of the list below it
    parsed = parse_document(write_doc(tmp_path, "p.txt", """\
        Mira Patel

        Role: Night-shift charge nurse

        Frustrations.
        - Handover notes arrive incomplete
        - The paging system drops messages
        """))
    assert [c.text for c in parsed.personas[0].concerns] == ["Handover notes arrive incomplete",
                                                             "The paging system drops messages"]


def test_an_id_column_under_a_heading_of_personas_names_each_row(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "prd.md", """\
        ## 4. 사용자

        ### 4.1 페르소나 요약

        | ID | 특징 | 페인포인트 |
        |----|------|------------|
        | **Night-Owl** (야간 근무자) | 33세 간호사 | 장보기 시간을 매번 놓침 |
        | **New-Cook** (자취 입문) | 22세 대학생 | 재료를 사면 절반은 버리게 됨 |
        """))
    assert [p.name for p in parsed.personas] == ["Night-Owl (야간 근무자)", "New-Cook (자취 입문)"]
    assert [c.text for c in parsed.personas[1].concerns] == ["재료를 사면 절반은 버리게 됨"]


def test_an_id_column_of_requirements_is_no_persona_table(tmp_path: Path) -> None:
    # guard: without a heading of personas, an id column is a list of requirements
    parsed_or_error = None
    try:
        parsed_or_error = parse_document(write_doc(tmp_path, "reqs.md", """\
            ## Requirements

            | ID | Requirement | Problem it solves |
            |----|-------------|-------------------|
            | R1 | Export to CSV | Analysts retype figures by hand |
            | R2 | Single sign-on | Staff forget separate passwords |
            """))
    except Exception as exc:  # InputError: no persona found
        assert "no persona found" in str(exc)
    assert parsed_or_error is None or not any(p.name in ("R1", "R2") for p in parsed_or_error.personas)


def test_why_they_might_reject_it_holds_objections(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        # 1. The weekend gardener

        ## Pain points
        - Forgets which beds were fed last month

        ## Why they might reject it
        - should it ask for a subscription before showing value
        - should it send a reminder every single day
        """))
    kinds = [(c.kind, c.text) for c in parsed.personas[0].concerns]
    assert ("objection", "should it send a reminder every single day") in kinds


def test_not_coming_naturally_and_repeating_mistakes_are_problems_in_a_story(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ## Persona 1: Tomas, junior analyst

        Tomas joined the data team in spring. Writing up his findings does not come naturally to him. He keeps
        making the same mistakes in his queries. He enjoys the Friday demos.
        """))
    texts = [c.text for c in parsed.personas[0].concerns]
    assert any("does not come naturally" in t for t in texts)
    assert any("same mistakes" in t for t in texts)
    assert not any("Friday demos" in t for t in texts)


def test_an_avatar_heading_names_its_persona_as_a_persona_heading_does(tmp_path: Path) -> None:
    # marketing's "customer avatar" is a persona: "Avatar: Nora" is Nora ("Avatar, Nora" before)
    parsed = parse_document(write_doc(tmp_path, "avatar.md", """\
        # Target Customer Avatar: "Lena" (First-Time Landlord)

        ## Pain Points

        - Late rent leaves her short for the mortgage
        - Repairs requests arrive by text at midnight
        """))
    assert [p.name for p in parsed.personas] == ["Lena (First-Time Landlord)"]


def test_korean_troubles_run_together_with_commas_are_one_concern_each(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        #### 페르소나 1: 동네 세탁소 사장 — 임채윤 (45)

        - **페인**: 수선 접수를 종이에 적다 자주 잃어버림, 찾으러 오는 날을 손님마다 전화로 다시 알림, 카드 단말기 연결이 불안정
        - **니즈**: 가격, 품질
        """))
    concerns = [(c.kind, c.text) for c in parsed.personas[0].concerns]
    assert [t for k, t in concerns if k == "pain_point"] == [
        "수선 접수를 종이에 적다 자주 잃어버림", "찾으러 오는 날을 손님마다 전화로 다시 알림", "카드 단말기 연결이 불안정"]
    assert ("need", "가격, 품질") in concerns  # a list of nouns stays one item


def test_a_comparison_table_of_the_personas_adds_no_persona_per_attribute(tmp_path: Path) -> None:
    # "| 구분 | A | B |" ⏎ "| 연령대 | … |" ⏎ "| 기술 친숙도 | … |": one column per persona, its rows their attributes
    parsed = parse_document(write_doc(tmp_path, "prd.md", """\
        ## 3. 사용자 페르소나

        ### 3.1 페르소나 #1: 바쁜 맞벌이 부모

        - **페인 포인트**: 아이 학원 일정을 매번 달력에 옮겨 적음

        ### 3.2 페르소나 #2: 혼자 사는 대학생

        - **페인 포인트**: 장 본 재료를 다 못 쓰고 버림

        ### 3.3 페르소나 비교

        | 구분 | 맞벌이 부모 | 대학생 |
        |------|------------|--------|
        | **연령대** | 30대 후반 | 20대 초반 |
        | **기술 친숙도** | 보통 | 높음 |
        | **주요 동기** | 시간 절약 | 비용 절약 |
        | **가격 민감도** | 보통 | 높음 |
        """))
    assert [p.name for p in parsed.personas] == ["바쁜 맞벌이 부모", "혼자 사는 대학생"]


# A course page copied as text: each list mark on a line of its own, a numbered persona over unknown headings, and
# the person introduced with her age in apposition.
MARKS_ALONE = """\
    Project 2 : Persona And Journey
    How we worked
    1.
    Interviewed eight night-shift workers.
    2.
    Grouped what they told us.

    Persona 1

    Traits
    -
    Organised at work, tired at home.
    Pain points
    -
    Forgets to pay bills on time.
    -
    Loses receipts between shifts.
    Marta, 41, is a hospital porter. She works nights and sleeps through the mornings, so the bank is always closed when she is free.
    Marta would like reminders that arrive before her shift starts.
    """


def test_a_list_mark_alone_on_its_line_marks_the_line_after_it(tmp_path: Path) -> None:
    # guard: each mark and its item are one bullet (the items were kept before as well, beside empty "-" bullets)
    parsed = parse_document(write_doc(tmp_path, "page.txt", MARKS_ALONE))
    texts = [c.text for c in parsed.personas[0].concerns]
    assert "Forgets to pay bills on time." in texts and "Loses receipts between shifts." in texts
    assert "-" not in texts


def test_a_page_titled_with_the_word_persona_is_named_for_the_person_it_introduces(tmp_path: Path) -> None:
    # before: the persona was "Project 2 Persona And Journey"; "Marta, 41, is …" introduces her
    parsed = parse_document(write_doc(tmp_path, "page.txt", MARKS_ALONE))
    assert [p.name for p in parsed.personas] == ["Marta"]


def test_a_name_and_role_line_over_an_age_line_opens_a_card(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.txt", """\
        Who we design for

        Priya – Night-shift nurse in Leeds
        34 years old
        Frustrations: Handover notes arrive incomplete.

        Tomasz – Warehouse team lead
        Age 47
        Frustrations: The scanners lose signal in the back aisles.
        """))
    assert [p.name.split(" – ")[0] for p in parsed.personas] == ["Priya", "Tomasz"]
    assert "scanners lose signal" in parsed.personas[1].concerns[0].text


def test_a_rating_with_a_word_on_it_is_no_concern(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
        ## Persona: Ops lead

        | Field | Detail |
        |---|---|
        | **Pain points** | Shift swaps arrive by text after midnight |
        | **Pain intensity** | High (stuck) |
        | **고충 강도** | 높음 |
        """))
    assert [c.text for c in parsed.personas[0].concerns] == ["Shift swaps arrive by text after midnight"]


def test_a_markdown_file_whose_only_marks_are_bullets_under_titles_alone_is_read_as_page_text(tmp_path: Path) -> None:
    # before: Markdown read the titles as paragraphs, and the page was one persona named after the file
    card = "Persona {n} — {who}\n\nProfile\n\n{profile}\n\nProblems\n\n* {problem}\n* Has to ask a colleague every time\n\nNeeds\n\n* A checklist that stays put\n\n"
    cards = "".join(card.format(n=n, who=who, profile=profile, problem=problem) for n, (who, profile, problem) in enumerate([
        ("Shop Owner", "Runs a corner shop alone.", "Stock counts never match the till"),
        ("Courier", "Delivers parcels in a van.", "Addresses in the app are often out of date"),
        ("Clerk", "Books deliveries for a depot.", "The booking screen times out mid-entry")], 1))
    path = tmp_path / "personas.md"
    path.write_text("TEAM PERSONAS\n\nPurpose\n\nWho we build for.\n\n" + cards, encoding="utf-8")
    parsed = parse_document(path)
    assert [p.name for p in parsed.personas] == ["Shop Owner", "Courier", "Clerk"]
    assert "Addresses in the app are often out of date" in [c.text for c in parsed.personas[1].concerns]
