"""Shapes met while working on replica batch R24 once it was scored (development data from then on) in the twenty-sixth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.model import canonical_section
from callinsight.personas.names import clean_name
from callinsight.personas.parse import parse_document
from callinsight.personas.vocab import concern_kind

from .conftest import write_doc

_JOURNEY_STAGES_WITH_PRONOUNS = """\
    # Bakery supplies: who buys from us

    ## PERSONA 1: "Baker Bruno"

    ### Pain Points
    - Flour deliveries arrive after the morning bake
    - Invoices never match the delivery notes

    ### Buying Journey
    1. **Discovery:** Hears about us at the trade fair
    2. **Trial:** Orders one pallet to test the quality

    ## PERSONA 2: "Caterer Carla"

    ### Pain Points
    - Large orders need a week's notice she rarely has
    - Allergen sheets are missing from half the products

    ### Buying Journey
    1. **Awareness:** Her business partner forwards our seasonal price list to her inbox
    2. **Research:** Compares three suppliers on price
    3. **Evaluation:** Asks for samples before committing
    4. **Advocacy:** Recommends us to her network of event planners
    """


def test_a_buying_journey_whose_stages_mention_her_is_a_field_not_a_list_of_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "bakery.md", _JOURNEY_STAGES_WITH_PRONOUNS))
    assert [p.name for p in parsed.personas] == ["Baker Bruno", "Caterer Carla"]
    carla = parsed.personas[1]
    assert {c.text for c in carla.concerns} == {"Large orders need a week's notice she rarely has",
                                               "Allergen sheets are missing from half the products"}


_NUMBERED_PROBLEM_TITLES_WITH_NOTES = """\
    # Label printer research

    ## Personas

    ### Persona 1: "Warehouse Wanda" - Shift Supervisor

    #### Goals
    - Ship every order before the truck leaves

    #### Current Pain Points with the Printer

    **1. Jams During Peak Hours**
    > "Twice a week it jams just as the truck arrives."

    **Current workaround:**
    Keeps a second printer on a trolley.

    **2. Labels Fade in the Cold Store**
    > "Scanners can't read them after a day in the freezer."

    **Desired:**
    Labels that survive minus twenty degrees.

    **3. No Warning When Ribbon Runs Low**
    """


def test_numbered_problem_titles_stay_concerns_after_a_bold_note_under_them(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "printer.md", _NUMBERED_PROBLEM_TITLES_WITH_NOTES))
    assert [p.name for p in parsed.personas] == ["Warehouse Wanda - Shift Supervisor"]  # the nickname is her name
    texts = {c.text for c in parsed.personas[0].concerns}
    assert {"Jams During Peak Hours", "Labels Fade in the Cold Store", "No Warning When Ribbon Runs Low"} <= texts
    assert not any("trolley" in t or "minus twenty" in t for t in texts)  # a workaround and a wish are not problems


def test_a_quoted_nickname_in_a_heading_is_the_name_and_a_quoted_sentence_is_a_quote() -> None:
    assert clean_name('Persona 1: "Warehouse Wanda" - Shift Supervisor') == "Warehouse Wanda - Shift Supervisor"
    assert clean_name('"Just make it print" — Ola, shop owner') == "Ola, shop owner"


_SUMMARY_ROWS_THEN_CARDS = """\
    # Clinic scheduling personas

    ## 1. Overview

    | Persona | Role | Priority |
    |---------|------|----------|
    | **Amara** | Ward Nurse | Primary |
    | **Tomas** | Clinic Manager | Primary |

    ## 2. Personas

    ### 2.1 Amara - Ward Nurse

    | | |
    |---|---|
    | **Name** | Amara Obi |
    | **Age** | 41 |
    | **Role** | Senior nurse on the surgical ward |

    #### Frustrations
    - Shift swaps are agreed on paper and then lost
    - The rota changes without anyone telling her

    ### 2.2 Tomas - Clinic Manager

    | | |
    |---|---|
    | **Name** | Tomas Berg |
    | **Age** | 52 |

    #### Frustrations
    - Overtime only shows up at the end of the month
    """


def test_a_summary_row_and_the_card_of_the_same_person_are_one_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "clinic.md", _SUMMARY_ROWS_THEN_CARDS))
    assert [p.name for p in parsed.personas] == ["Amara Obi (Ward Nurse)", "Tomas Berg (Clinic Manager)"]
    assert {c.text for c in parsed.personas[0].concerns} == {"Shift swaps are agreed on paper and then lost",
                                                            "The rota changes without anyone telling her"}


_KOREAN_NUMBERED_SECTIONS = """\
    # 가계부 앱 기획서

    ## 2. 타겟 사용자 페르소나

    ### 2.1 페르소나 1: "꼼꼼한 회계사 박지훈" (Primary)

    **프로필**:
    - 나이: 38세
    - 직업: 회계사

    **통점**:
    - 영수증을 모아 두었다가 주말에 한꺼번에 정리함

    **부족한 점**:
    - ⚠️ 카드 내역을 자동으로 불러오지 못함

    **현 해결책 한계**: 엑셀 양식은 휴대폰에서 열기 불편함.

    ### 2.2 페르소나 2: "사회초년생 이하늘" (Secondary)

    **프로필**:
    - 나이: 26세

    **통점**:
    - 월말마다 돈이 어디로 갔는지 모름
    """


def test_korean_personas_under_numbered_sections_with_pain_point_labels(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "ledger.md", _KOREAN_NUMBERED_SECTIONS))
    assert [p.name for p in parsed.personas] == ["꼼꼼한 회계사 박지훈 (Primary)", "사회초년생 이하늘 (Secondary)"]
    jihun = {c.text for c in parsed.personas[0].concerns}
    assert "영수증을 모아 두었다가 주말에 한꺼번에 정리함" in jihun  # 통점 (痛點): pain points
    assert any("카드 내역을 자동으로 불러오지 못함" in t for t in jihun)  # 부족한 점: what it lacks
    assert any("엑셀 양식은 휴대폰에서 열기 불편함" in t for t in jihun)  # 한계: the limits of today's way


def test_an_affordable_price_is_not_a_problem() -> None:
    assert concern_kind("부담 없는 가격이라 바로 결제함") is None
    assert concern_kind("매달 구독료가 부담스러움") == "pain_point"


_PAGE_TEXT_PASTED_INTO_MARKDOWN = """\
    Commuter app: product brief
    1. Summary
    A travel app for people who cross the city every day.
    It puts timetables, delays and seat availability in one place.
    2. Users
    2.1 Primary Persona
    👤 Persona #1: "Cyclist Kofi"
    Basic information

    Age: 31
    Job: Courier dispatcher

    Pain Points

    "The train app never says whether there's room for my bike"
    "Delays are announced after I've already left the house"

    Goals

    Get to work on time without checking three apps
    👤 Persona #2: "Night-Shift Nell"
    Basic information

    Age: 45
    Job: Hospital porter

    Pain Points

    "Night buses vanish from the timetable without notice"
    """


def test_a_markdown_file_holding_a_pages_plain_text_is_read_as_text(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "commuter.md", _PAGE_TEXT_PASTED_INTO_MARKDOWN))
    assert [p.name for p in parsed.personas] == ["Cyclist Kofi", "Night-Shift Nell"]
    assert {c.text for c in parsed.personas[0].concerns} == {
        '"The train app never says whether there\'s room for my bike"',
        '"Delays are announced after I\'ve already left the house"'}


_NEEDS_TABLE_WITH_A_FIELD_WORD = """\
    # Treasurer persona

    ## Dele - Treasurer

    ### Frustrations
    - Receipts arrive weeks after the spending

    ### Key Needs

    | Need | Feature |
    |------|---------|
    | One place for every receipt | Photo upload from the phone |
    | Totals per project | A report per cost centre |
    | Spending limits with sign-off | Approval before money leaves |
    | Closing the year quickly | A checklist for the year end |
    """


def test_a_needs_table_keeps_every_row_though_one_holds_a_fields_word(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "treasurer.md", _NEEDS_TABLE_WITH_A_FIELD_WORD))
    needs = [c.text for c in parsed.personas[0].concerns if c.kind == "need"]
    assert needs == ["One place for every receipt: Photo upload from the phone", "Totals per project: A report per cost centre",
                     "Spending limits with sign-off: Approval before money leaves",
                     "Closing the year quickly: A checklist for the year end"]


_NAMED_PERSONA_WITH_A_RATING_HEADING = """\
    # Holiday app research

    ## Persona 1 — The Weekend Hiker

    **Name:** Ines Duarte, 33

    ### Pain Points
    - Trail maps are out of date
    - No signal to check the weather on the ridge

    ### Tech Savviness: 4/5
    **Primary devices:** Phone and a GPS watch (the watch is shared with her partner)

    ## Persona 2 — The Family Planner

    **Name:** Samir Haddad, 47

    ### Pain Points
    - Hotels hide the price of a cot until checkout

    ### Tech Savviness: 2/5
    **Primary devices:** The family tablet (passed around the household)
    """


def test_a_rating_heading_in_a_persona_is_not_a_persona_and_the_name_drops_the_age(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "holiday.md", _NAMED_PERSONA_WITH_A_RATING_HEADING))
    assert [p.name for p in parsed.personas] == ["Ines Duarte (The Weekend Hiker)", "Samir Haddad (The Family Planner)"]
    assert [c.text for c in parsed.personas[1].concerns] == ["Hotels hide the price of a cot until checkout"]


def test_a_job_label_is_the_persons_job_not_her_jobs_to_be_done() -> None:
    assert canonical_section("Job") == "responsibilities"
    assert canonical_section("Jobs") == "goals"  # "Jobs" (to be done) still
    assert canonical_section("Barrier") == "challenges"  # a singular names its field where no field has that name


def test_the_error_for_a_named_section_with_too_few_fields_does_not_call_its_title_a_group(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "card.md", "# Clinic app\n\n## Ilse Vogt\n\nJob: Receptionist\n\nAge: 52\n")
    with pytest.raises(InputError) as raised:
        parse_document(path)
    assert "too few of a persona's fields" in raised.value.reason
    assert "names a group" not in raised.value.reason


def test_a_licence_footer_states_no_problem_and_no_need() -> None:
    assert concern_kind("THE SOFTWARE IS PROVIDED “AS IS”, WITHOUT WARRANTY OF ANY KIND.") is None
    assert concern_kind("You should have received a copy of the GNU General Public License; if not, write to us.") is None
    assert concern_kind("She has no warranty records and loses the receipts.") == "pain_point"


_CARDS_DRAWN_WITH_BOX_CHARACTERS = """\
    # Personas — PlanIt

    ## Persona 1 — "The Busy Site Manager"

    ```
    ┌──────────────────────────────────────────────┐
    │  👤  ODILE MARCHETTI                         │
    │  Age: 46  |  Site Manager  |  City: Lyon     │
    └──────────────────────────────────────────────┘
    ```

    ### Frustrations
    - Deliveries arrive without anyone on site to sign for them

    ### Needs from PlanIt
    | Need                        | Priority |
    |-----------------------------|----------|
    | A plan for the whole week   | Critical |
    | Alerts before a delivery    | High     |
    | A due date on every task    | High     |
    | Notes on each task          | Medium   |

    ## Summary

    **Odile Marchetti** is the main design target for the first release.

    ```
    ┌──────────────┐ ┌──────────────┐
    │ SAYS         │ │ THINKS       │
    │ "Too late"   │ │ "Again?"     │
    └──────────────┘ └──────────────┘
    ```
    """


def test_a_card_drawn_with_box_characters_names_the_persona_for_its_owner(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "planit.md", _CARDS_DRAWN_WITH_BOX_CHARACTERS)
    parsed = parse_document(path, names=["Odile Marchetti"])  # her name stands only in the drawn card and the summary
    odile = parsed.personas[0]
    assert {c.text for c in odile.concerns} == {"Deliveries arrive without anyone on site to sign for them",
                                               "A plan for the whole week", "Alerts before a delivery",
                                               "A due date on every task", "Notes on each task"}  # every Need row
    assert not any("Again" in c.text for c in odile.concerns)  # boxes side by side are a drawing, not a card


_LABEL_ITEMS_OVER_THEIR_ITEMS = """\
    # 수면 관리 앱

    ### 페르소나

    -**이름:** 한지석 (41세, 남성, 야간 경비원)
    **배경:**
    한지석씨는 야간 근무를 마치고 아침에 잠들지만 자주 깹니다.

    -**니즈:**

    - 낮에도 깊이 잘 수 있도록 방을 어둡게 만드는 요령 안내.
    - 근무가 바뀌어도 같은 시각에 잠들게 돕는 알림.

    * __Tasks:__
    * Checks the building every hour
    * __Frustrations:__
    * Daylight wakes him up at noon
    * __Daily Flow__
    * Eats breakfast at seven
    """


def test_a_list_item_that_lost_its_space_and_label_items_over_the_items_after_them(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "sleep.md", _LABEL_ITEMS_OVER_THEIR_ITEMS))
    assert [p.name for p in parsed.personas] == ["한지석 (41세, 남성, 야간 경비원)"]  # "이름:" with age and job: a card
    texts = {c.text for c in parsed.personas[0].concerns}
    assert {"낮에도 깊이 잘 수 있도록 방을 어둡게 만드는 요령 안내.", "근무가 바뀌어도 같은 시각에 잠들게 돕는 알림.",
            "Daylight wakes him up at noon"} <= texts
    assert "Eats breakfast at seven" not in texts and "Checks the building every hour" not in texts


def test_a_name_is_claimed_by_the_persona_titled_with_all_of_it_before_one_titled_with_part_of_it() -> None:
    from callinsight.personas.model import PersonaDoc
    from callinsight.personas.named import _claim_found

    told = {"pain_points": ["기사 마감이 늘 빠듯하다"]}  # (a found persona with nothing under it is read again instead)
    segment = PersonaDoc(name="시민기자", persona_id="segment", sections=told)  # a segment table's row, imported as a persona
    person = PersonaDoc(name="시민기자 오하람 (Citizen Co-Pilot)", persona_id="person", sections=told)  # who stands for it
    assert _claim_found([segment, person], ["시민기자 오하람"]) == {"시민기자 오하람": person}
    assert _claim_found([segment], ["시민기자 오하람"]) == {"시민기자 오하람": segment}  # a part still names her


_API_REFERENCE_PAGE = """\
    # Key lookup

    ## xsltGetKey ()

    Looks up the key in the current document.

    | | |
    |---|---|
    | ctxt: | an XSLT transformation context |
    | name: | the key name or NULL |
    | value: | the key value to look for |
    | Returns: | the nodeset found or NULL if the key is missing |
    """


def test_an_api_reference_page_is_no_persona(tmp_path: Path) -> None:
    with pytest.raises(InputError):  # a parameter table's "name:" row, under a function's heading
        parse_document(write_doc(tmp_path, "keys.md", _API_REFERENCE_PAGE))


def test_a_card_table_names_its_person_with_a_capital() -> None:
    from callinsight.personas.reading.tree import Table
    from callinsight.personas.tables import table_records

    card = Table(header=["Name:", "Mateo Rossi"], rows=[["Age:", "20"], ["Occupation:", "Student"]])
    assert [s.title for s in table_records(card, 3)] == ["Mateo Rossi"]
    parameters = Table(header=["ctxt:", "a context"], rows=[["name:", "the function name"], ["Returns:", "a callback"]])
    assert table_records(parameters, 3) == []
