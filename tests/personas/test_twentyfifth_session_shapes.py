"""Shapes met while working on the replica batches already scored (development data) in the twenty-fifth session, each
on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document
from callinsight.personas.vocab import concern_kind

from .conftest import write_doc

_RECORDS_IN_YAML_BLOCKS = """\
    # 도서관 앱 사용자 시나리오

    ## 페르소나 1 - 퇴근길 직장인

    ```yaml
    name: 김도현 (가명)
    age: 34
    occupation: 회계사
    scenario: >
      퇴근이 늦어 반납 기한을 자주 넘긴다. 기한 하루 전에
      알림을 받고 싶다.
    ```

    ## 페르소나 2 - 어린 자녀를 둔 부모

    ```yaml
    name: 이수아 (가명)
    age: 41
    occupation: 초등 교사
    scenario: >
      그림책 예약이 늘 밀려 있어 아이가 실망한다. 예약 순번을 미리 알 수 있으면 좋겠다.
    ```

    ## 실험 설계

    - **기간**: 2주 동안 도서관 세 곳에서
    - **방법**: 가상 이용자마다 대출 과정을 처음부터 끝까지 따라가 본다

    ## 결과 요약

    | 페르소나 | 만족도 |
    |---|---|
    | 01 - 직장인 | 3/5 |
    | 02 - 부모 | 4/5 |
    """


def test_persona_records_in_yaml_code_blocks_are_personas_and_a_numbered_summary_adds_to_them(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "library.md", _RECORDS_IN_YAML_BLOCKS))
    assert [p.name for p in parsed.personas] == ["김도현 (가명)", "이수아 (가명)"]  # not the summary's rows, not 실험 설계
    dohyun, sua = parsed.personas
    assert {c.text for c in dohyun.concerns} == {"퇴근이 늦어 반납 기한을 자주 넘긴다.", "기한 하루 전에 알림을 받고 싶다."}
    assert {c.text for c in sua.concerns} == {"그림책 예약이 늘 밀려 있어 아이가 실망한다.", "예약 순번을 미리 알 수 있으면 좋겠다."}
    assert "만족도" in sua.extra_sections  # the summary row of the second persona is hers


_PERSONA_LIST_IN_JSON_BLOCK = """\
    # Kiosk personas

    Exported from our research board:

    ```json
    [
      {"name": "Rosa", "pain_points": ["Queues at lunch"], "needs": ["Pay by card"]},
      {"name": "Tariq", "pain_points": ["Screen glare outdoors"], "goals": ["Order in under a minute"]}
    ]
    ```
    """


def test_a_list_of_persona_records_in_a_json_code_block_gives_each_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "kiosk.md", _PERSONA_LIST_IN_JSON_BLOCK))
    assert [p.name for p in parsed.personas] == ["Rosa", "Tariq"]
    assert {c.text for c in parsed.personas[0].concerns} == {"Queues at lunch", "Pay by card"}


_RECORDS_IN_PYTHON_BLOCKS = """\
    # The `Persona` object

    ```python
    persona = Persona(name="Persona Name", goals=["Goal 1"], pain_points=["Pain point 1"])
    ```

    ## Examples

    ```python
    night_nurse = Persona(
        name="Night Nurse",
        goals=["Hand over the ward without missing a patient"],
        pain_points=["Charts are spread over three systems"],
    )
    ```
    """


def test_persona_records_in_python_code_blocks_are_personas_but_not_the_template(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "persona-object.md", _RECORDS_IN_PYTHON_BLOCKS))
    assert [p.name for p in parsed.personas] == ["Night Nurse"]
    assert [c.text for c in parsed.personas[0].concerns] == ["Charts are spread over three systems"]


_CONFIGURATION_EXAMPLES = """\
    # Deploying the docs site

    ```yaml
    name: Publish
    on: push
    jobs:
      build:
        runs-on: ubuntu-latest
    ```

    ```yaml
    name: docs-theme
    description: A dark theme
    background: "#101010"
    ```

    ```json
    {"name": "Alice", "age": 30, "occupation": "engineer"}
    ```
    """


def test_configuration_examples_in_yaml_code_blocks_are_not_personas(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona"):
        parse_document(write_doc(tmp_path, "README.md", _CONFIGURATION_EXAMPLES))


_LETTERED_SUMMARY = """\
    # Buyer personas

    ## Persona A — Plant manager

    ### Pain points

    - Unplanned downtime on line two

    ## Persona B — Maintenance lead

    ### Pain points

    - Spare parts arrive late

    ## Reach

    | Persona | Reachable |
    |---|---|
    | A — Ops (large sites) | 4,000 |
    | B — Upkeep (small sites) | 9,000 |
    """


def test_a_lettered_summary_table_after_the_personas_adds_to_them(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "buyers.md", _LETTERED_SUMMARY))
    assert len(parsed.personas) == 2
    assert all("Reachable" in p.extra_sections for p in parsed.personas)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("주말마다 아이와 갈 만한 곳을 미리 알아 두고 싶다", "need"),
    ("앱에서 바로 결제까지 되면 좋겠어요", "need"),
    ("무거운 짐 때문에 계단으로는 올라가기가 불가능하다", "pain_point"),
    ("밤늦게 혼자 주차장에 가기가 겁난다", "pain_point"),
    ("엘리베이터 안내 화면이 일주일째 먹통이다", "pain_point"),
    ("작년에도 신청했지만 연락이 없었다", "pain_point"),
    ("주말마다 아이와 공원에 간다", None),
])
def test_korean_wants_and_problems_are_read_as_english_ones_are(sentence: str, kind: str | None) -> None:
    assert concern_kind(sentence) == kind


_FIELDS_OF_KNOWN_PERSONAS_FURTHER_DOWN = """\
    # Personas

    ## Persona 1: The Courier

    ### Pain points

    - Parcels without a door code

    ## Persona 2: The Dispatcher

    ### Pain points

    - Routes change after the vans have left

    ## Accessibility

    ### Courier-Specific Needs

    - Large buttons that work with gloves

    ### Needs of the Dispatcher

    - A map that a colour-blind person can read

    ### Mobile-specific needs

    - Works offline in tunnels
    """


def test_a_field_heading_that_names_a_persona_found_above_adds_to_her(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "couriers.md", _FIELDS_OF_KNOWN_PERSONAS_FURTHER_DOWN))
    assert [p.name for p in parsed.personas] == ["The Courier", "The Dispatcher"]
    courier, dispatcher = parsed.personas
    assert courier.sections["needs"] == ["Large buttons that work with gloves"]
    assert dispatcher.sections["needs"] == ["A map that a colour-blind person can read"]
    assert not any("tunnels" in c.text for p in parsed.personas for c in p.concerns)  # "Mobile" names no persona


_ICP_PAGE_WITH_GROUPED_FIELDS = """\
    # ICP 3: Clinic Practice Manager

    ## Psychographics
    - **Goals**:
      - Fill cancelled slots the same day
    - **Values**:
      - Tools other clinics trust

    ## Pain Points
    1. **No-shows**: A quarter of Monday slots stay empty
    2. **Gains that never show**: Savings from reminders are not measured anywhere

    ## Objections
    - Patients will not install another app
    """


def test_a_numbered_icp_page_is_one_persona_and_a_problem_titled_with_a_field_word_stays_a_problem(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "icp-3.md", _ICP_PAGE_WITH_GROUPED_FIELDS))
    assert [p.name for p in parsed.personas] == ["Clinic Practice Manager"]
    assert {c.text for c in parsed.personas[0].concerns} == {
        "No-shows: A quarter of Monday slots stay empty",
        "Gains that never show: Savings from reminders are not measured anywhere",
        "Patients will not install another app"}


_BOLD_LABELS_RIGHT_UNDER_LISTS = """\
    # Personas

    ## Persona 1: Shift lead
    **Goals:**
    - Hand over the shift in five minutes
    **Pain points:**
    - Notes from the last shift are on paper
    - Nobody knows which machine was serviced
    """


def test_a_bold_label_right_under_a_list_item_opens_its_own_field(tmp_path: Path) -> None:
    lead = parse_document(write_doc(tmp_path, "shift.md", _BOLD_LABELS_RIGHT_UNDER_LISTS)).personas[0]
    assert lead.sections["goals"] == ["Hand over the shift in five minutes"]
    assert lead.sections["pain_points"] == ["Notes from the last shift are on paper", "Nobody knows which machine was serviced"]


_WEIGHTED_PROBLEM_TABLES_AND_PROSE_FIELDS = """\
    # Personas

    ## Persona 1: Ward nurse

    ### Goals
    - Finish handover on time

    ### Pain points

    #### 🔴 Critical Pain Points

    | Pain Point | Frequency | Current Workaround |
    |---|---|---|
    | **Charts split over three systems** | Every shift | Paper notes |

    #### 🟠 Moderate Pain Points

    | Pain Point | Frequency | Current Workaround |
    |---|---|---|
    | Printer jams at the nurses' station | Weekly | Walk to ward 4 |

    ### What makes it hard today

    Medication rounds are interrupted by phone calls. The bleep never stops at night.
    """


def test_weighted_parts_of_a_problem_field_and_a_what_makes_it_hard_field_hold_problems(tmp_path: Path) -> None:
    nurse = parse_document(write_doc(tmp_path, "ward.md", _WEIGHTED_PROBLEM_TABLES_AND_PROSE_FIELDS)).personas[0]
    texts = [c.text for c in nurse.concerns]
    assert any(t.startswith("Charts split over three systems") for t in texts)
    assert any(t.startswith("Printer jams at the nurses' station") for t in texts)
    assert "Medication rounds are interrupted by phone calls." in texts
    assert not any("Critical Pain Points" in t for t in texts)  # a part's heading is no problem


def test_a_two_column_problem_table_under_a_weighted_heading_is_the_field_not_a_persona(tmp_path: Path) -> None:
    two_columns = _WEIGHTED_PROBLEM_TABLES_AND_PROSE_FIELDS.replace(" | Current Workaround |", " |").replace(
        "|---|---|---|", "|---|---|").replace(" | Paper notes |", " |").replace(" | Walk to ward 4 |", " |")
    assert "Workaround" not in two_columns
    parsed = parse_document(write_doc(tmp_path, "ward.md", two_columns))
    assert [p.name for p in parsed.personas] == ["Ward nurse"]
    assert sum(c.text.startswith(("Charts split", "Printer jams")) for c in parsed.personas[0].concerns) == 2
