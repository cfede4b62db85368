"""Shapes met in replica batches R10 and R11 (seventeenth session), each on a small synthetic document written for these
tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.reading import read_document
from callinsight.personas.reading.tree import Para
from callinsight.personas.vocab import non_persona_reason

from .conftest import parse_text


def test_a_persona_table_under_a_reference_heading_lists_the_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "guide.md", """\
        # Gardening club buyer guide

        ## Quick reference
        | Persona | Share of members | Worry |
        |---|---|---|
        | Allotment veteran | 40% | Seeds sold out by March |
        | Balcony grower | 25% | Pots too heavy for the railing |

        ## Reading a call
        Listen for the plot size first.
        """)
    assert set(found) == {"Allotment veteran", "Balcony grower"}


def test_an_overview_table_of_the_personas_detailed_below_adds_none(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "personas.md", """\
        # Personas

        ## Overview
        | Persona | Priority | Tech level |
        |---|---|---|
        | Otto - Night Baker | Primary | Low |
        | Lina - Shop Owner | Secondary | High |

        ## Otto - Night Baker
        **Pain points**
        - The oven timer resets when the power flickers

        ## Lina - Shop Owner
        **Pain points**
        - Orders for the weekend arrive by text message
        """)
    assert found == {"Otto - Night Baker": ["The oven timer resets when the power flickers"],
                     "Lina - Shop Owner": ["Orders for the weekend arrive by text message"]}


def test_html_cards_whose_field_names_are_styled_divs_read_those_fields(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "cards.html", """\
        <html><body><h1>Who the kiosk serves</h1>
        <div class="card"><h2>The Weekend Cyclist</h2>
          <div class="card-label">Pain Points</div>
          <ul><li>Pumps at the station are always broken</li><li>Cannot pay without the app</li></ul>
          <div class="card-label">Goals</div>
          <ul><li>Ride the coast loop before lunch</li></ul>
        </div>
        <div class="card"><h2>The Delivery Courier</h2>
          <div style="font-size:0.7rem;font-weight:700;text-transform:uppercase">Pain Points</div>
          <ul><li>Locks rust after one winter</li></ul>
        </div>
        </body></html>
        """)
    assert found == {"The Weekend Cyclist": ["Pumps at the station are always broken", "Cannot pay without the app"],
                     "The Delivery Courier": ["Locks rust after one winter"]}


def test_a_styled_div_holding_a_sentence_stays_prose(tmp_path: Path) -> None:
    path = tmp_path / "note.html"
    path.write_text('<html><body><h1>Ana</h1><div class="note-label">She waits an hour for the bus.</div></body></html>',
                    encoding="utf-8")
    paras = [b for s in read_document(path).walk() for b in s.blocks if isinstance(b, Para)]
    assert [(p.text, p.label) for p in paras] == [("She waits an hour for the bus.", None)]


def test_a_user_label_before_someone_at_a_company_names_that_person(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "user.md", """\
        # Who will use the stock tracker

        ## The actual user: Ines at Calder Joinery Ltd

        ### Who
        | Attribute | Detail |
        |---|---|
        | Role | Workshop manager |

        ### What they need
        - Counts that stay right when two people take timber at once

        ## Calder Joinery Ltd
        A family firm of twelve, founded in 1988.
        """)
    assert found == {"Ines at Calder Joinery Ltd": ["Counts that stay right when two people take timber at once"]}


CARDS = """\
    # Allotment app research

    ## P1 — Hana Ito, plot organiser
    ### Goals
    - Books the shared tools for the weekend
    ### Pain points
    - The paper sign-up sheet gets rained on

    ## {title}
    ### Jobs — a guess, never voiced
    - Waters a friend's plot in August
    ### Pain points — unconfirmed
    - Never knows which tap is working
    """


def test_a_sibling_with_the_same_field_headings_as_a_persona_card_is_one_too(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "cards.md", CARDS.format(title="P2 — Col, the Visitor · secondary"))
    assert found == {"P1 — Hana Ito, plot organiser": ["The paper sign-up sheet gets rained on"],
                     "P2 — Col, the Visitor secondary": ["Never knows which tap is working"]}


def test_a_section_of_the_same_fields_that_names_nobody_is_no_card(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "cards.md", CARDS.format(title="What every visitor shares"))
    assert list(found) == ["P1 — Hana Ito, plot organiser"]


def test_sub_numbered_personas_and_a_review_agenda(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "personas.md", """\
        # 카페 앱 페르소나

        ## 페르소나 1 — 윤사장 (카페 사장)
        ### 페인포인트
        - 원두 주문을 매번 전화로 해야 한다

        ## 페르소나 2A — 서매니저 (본사 운영)
        ### 페인포인트
        - 매장별 재고를 한눈에 볼 수 없다

        ## Persona 2b: Theo, regional lead
        ### Pain points
        - Visits every shop to count the same boxes

        ## 리뷰 미팅 안건 (3주차)
        - 윤사장의 원두 주문 문제를 어떤 화면으로 풀지 정하기
        - 서매니저 인터뷰 일정 잡기
        """)
    assert found == {"윤사장 (카페 사장)": ["원두 주문을 매번 전화로 해야 한다"],
                     "서매니저 (본사 운영)": ["매장별 재고를 한눈에 볼 수 없다"],
                     "Theo, regional lead": ["Visits every shop to count the same boxes"]}


def test_a_repeated_heading_of_people_under_every_scenario_lists_their_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "scenarios.md", """\
        # 도서관 이용자 시나리오

        ## 시나리오 1: 시험 기간
        ### 특징
        - 좌석 경쟁이 심하다
        ### 대표 페르소나
        - 한수험 (19세, 남성): 재수 준비 중, 새벽 6시부터 자리 맡기, 열람실 소음 때문에 집중 못 함
        - 오직장 (33세, 여성): 퇴근 후 자격증 공부, 밤 10시 폐관이 너무 이름

        ## 시나리오 2: 방학
        ### 특징
        - 어린이 이용객이 늘어난다
        ### 대표 페르소나
        - 강엄마 (41세, 여성): 초등생 둘과 함께 방문, 아이 책 대출 한도가 부족함
        """)
    assert set(found) == {"한수험 (19세, 남성)", "오직장 (33세, 여성)", "강엄마 (41세, 여성)"}


def test_a_heading_of_roles_announcing_the_headings_after_it_owns_them(tmp_path: Path) -> None:
    text = """\
        # Boat hire booking app

        ## Research plan
        We read reviews of three other booking apps.

        ## User roles
        Each role and what drives it is described below:

        ## Harbour manager
        Keeps the fleet afloat and answers every complaint. Loses hours when bookings clash.

        ## Weekend skipper
        Hires a dinghy twice a month and worries the deposit will not come back.

        ## {after}
        Sketches came next.
        """
    found = parse_text(tmp_path, "roles.md", text.format(after="2 – Sketches"))
    assert set(found) == {"Harbour manager", "Weekend skipper"}
    with pytest.raises(InputError, match="no persona found"):  # no announcement: the headings stay the page's own
        parse_text(tmp_path, "plain.md", text.format(after="2 – Sketches").replace("described below:", "described here."))


def test_sections_about_every_persona_or_the_feature_order_are_no_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "ferry.md", """\
        # Ferry app personas

        ## Mara, island commuter
        ### Pain points
        - The last boat leaves before her shift ends

        ## Success metrics by persona
        ### Goals
        - Commuters miss fewer boats
        ### Pain points
        - Complaints about the timetable fall

        ## Feature prioritization
        ### Goals
        - Live departures first
        ### Needs
        - Ticket wallet second
        """)
    assert list(found) == ["Mara, island commuter"]


def test_a_figure_of_a_persona_is_no_persona_but_an_image_maker_is(tmp_path: Path) -> None:
    figures = ["Rendered Printer Persona Diagram", "Figure 2: the press room", "Persona image", "페르소나 이미지"]
    people = ["Container Image Provider", "Poster image designer", "Printer"]
    assert all(non_persona_reason(t) == "a figure, not a persona" for t in figures)
    assert not any(non_persona_reason(t) for t in people)


def test_a_card_headed_meet_and_a_name_is_that_person(tmp_path: Path) -> None:
    text = """\
        # Bike shop redesign

        ## {title}
        “If the bike fits, I'll book the service today.”
        - Likes to share her rides with the club
        - Doesn't like booking forms that ask for her address twice
        """
    assert list(parse_text(tmp_path, "meet.md", text.format(title="Meet Priya"))) == ["Priya"]
    with pytest.raises(InputError):  # a product introduced the same way is no person
        parse_text(tmp_path, "tool.md", text.format(title="Meet Pedalboard").replace("her", "its"))


def test_primary_and_secondary_persona_lines_open_one_persona_each(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "prd.md", """\
        PRD — personas

        1) Primary Persona: Stall owner

        Pain points
        - Paper tickets get lost between the till and the grill

        2) Secondary Persona: Hungry visitor

        Pain points
        - Cannot tell whether the order was paid
        """)
    assert found == {"Stall owner": ["Paper tickets get lost between the till and the grill"],
                     "Hungry visitor": ["Cannot tell whether the order was paid"]}


def test_a_reviews_findings_by_severity_are_no_personas() -> None:
    findings = ["[Critical] C1. No way to save a recipe", "Major M2: Ingredient list hidden", "[Minor] m3. 카드 요약 잘림",
                "Blocker 1 - login loops"]
    people = ["High school teacher", "Low-vision reader", "Major gift donor", "Critical care nurse"]
    assert all(non_persona_reason(t) == "a finding or an issue, not a persona" for t in findings)
    assert not any(non_persona_reason(t) for t in people)


def test_a_role_heading_over_a_name_and_age_line_and_a_story_is_a_persona(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "roles.md", """\
        ## Volunteer Driver
        Moira Quinn age 58
        - She retired from the post office last year
        - Drives the minibus twice a week but never knows who has cancelled

        ## Customer portraits
        Tom, 41.
        A builder who runs his firm from the van. He loses quotes in his inbox and struggles to chase late payers.
        """)
    assert "Volunteer Driver" in found
    assert "Customer portraits" not in found


def test_common_scenarios_and_a_why_not_question_are_no_personas() -> None:
    assert non_persona_reason("Common Scenarios") and non_persona_reason("Why Not Just Use a Spreadsheet")
    assert not non_persona_reason("Scenario planner") and not non_persona_reason("Whitney, night nurse")


def test_a_korean_name_keeps_the_dot_between_its_words(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "table.md", """\
        ## 사용자 페르소나

        | 페르소나 | 특징 | 핵심 니즈 |
        |---|---|---|
        | 초보·중급 러너 | 주 2회 달리기 | 무릎 통증 없이 거리를 늘려야 함 |
        | 마라톤·트레일 러너 | 대회 준비 중 | 훈련 기록이 앱마다 흩어져 불편함 |
        """)
    assert set(found) == {"초보·중급 러너", "마라톤·트레일 러너"}


def test_a_listed_persona_whose_job_shares_a_word_with_a_page_section_is_kept(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "personas.md", """\
        # Personas

        1. **Nadia, the Wedding Photographer**
           - **Pain Points:** Loses an afternoon renaming raw files after every wedding.
           - **Goal:** Deliver albums within a week.

        2. **Omar, the Video Editor**
           - **Pain Points:** Has lost a client's footage to a full drive.
           - **Goal:** Keep every project's media in one place.
        """)
    assert set(found) == {"Nadia, the Wedding Photographer", "Omar, the Video Editor"}


def test_a_section_of_the_same_kind_as_a_sibling_persona_is_one_too(tmp_path: Path) -> None:
    text = """\
        # Three kinds of gym member

        ## The Early Riser Member
        The early riser member comes in at six, before work. She hates queuing for the only free squat rack.

        ## The {kind}
        Staff know them by name. They book every class the week it opens and complain when a class is cancelled.
        """
    assert set(parse_text(tmp_path, "gym.md", text.format(kind="Social Member"))) == {
        "The Early Riser Member", "The Social Member"}
    assert list(parse_text(tmp_path, "gym2.md", text.format(kind="Booking Rules"))) == ["The Early Riser Member"]


def test_numbered_kinds_of_person_over_paragraphs_under_a_heading_of_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "clinic.txt", """\
        Three vet clinic client personas

        A short guide to the owners who walk through our door.

          1. The first-time owner of a rescue puppy

            They read everything online and arrive with a list of questions. Many worry that the vaccination schedule is
            wrong and need reassurance before they agree to anything.

          2. The farmer with a working dog

            He wants the dog back at work tomorrow and resents paying for tests that do not change the treatment.

          3. The vet portal login page

            It asks for the pet's microchip number first.
        """)
    assert set(found) == {"The first-time owner of a rescue puppy", "The farmer with a working dog"}
