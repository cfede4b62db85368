"""Shapes met while working on misses of replica batches R1-R56 (development data once scored) in the fortieth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document
from callinsight.personas.reading import read_document

from .conftest import write_doc


def _concerns(parsed: object) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parsed.personas}  # type: ignore[attr-defined]


_CASE_STUDY_COMPONENT = """\
    import Navbar from "../components/Navbar";
    import portrait from "../images/tomas.png";

    function FerryCaseStudy() {
      const year = 2024;
      return (
        <>
          <Navbar />
          <div className="case">
            <h2 className="title">Harbour ferry tickets</h2>
            <p>A redesign finished in {year}.</p>
            {/* the persona card */}
            <div className="persona">
              <img src={portrait} alt="portrait" />
              <h3>Tomás Ruiz</h3>
              <ul>
                <li><b>Age:</b> 41</li>
                <li><b>Occupation:</b> Night-shift nurse</li>
              </ul>
              <h4>Frustrations</h4>
              <ul>
                <li>Ticket machines reject his card at dawn</li>
                <li>Timetables change without notice {"every winter"}</li>
              </ul>
              {showGoals && <h4>Goals</h4>}
            </div>
          </div>
        </>
      );
    }

    export default FerryCaseStudy;
    """


def test_a_page_component_with_its_persona_written_in_markup_is_read_as_the_page_it_renders(tmp_path: Path) -> None:
    # before: "no persona data: no object or array literal holding text in this script"
    for suffix in (".jsx", ".js", ".tsx"):
        parsed = parse_document(write_doc(tmp_path, f"ferry{suffix}", _CASE_STUDY_COMPONENT))
        found = _concerns(parsed)
        assert list(found) == ["Tomás Ruiz"], suffix
        assert any("reject his card" in c for c in found["Tomás Ruiz"])
        assert any(c.endswith("every winter") for c in found["Tomás Ruiz"]), "text written in braces is kept"


def test_what_only_running_code_knows_is_left_out_of_a_component_page(tmp_path: Path) -> None:
    text = read_document(write_doc(tmp_path, "ferry.jsx", _CASE_STUDY_COMPONENT)).text()
    assert "Navbar" not in text and "portrait" not in text and "year" not in text
    assert "the persona card" not in text, "a comment in braces is not the page's text"


def test_a_typescript_file_without_data_or_markup_is_still_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no object or array literal"):
        parse_document(write_doc(tmp_path, "helpers.ts", """\
            export function total(prices: number[]): number {
              return prices.reduce((a, b) => a + b, 0);
            }
            """))


def test_a_component_that_keeps_personas_as_data_is_still_read_from_its_data(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "personas.jsx", """\
        const personas = [
          { name: "Ines", painPoints: ["parcel lockers are always full", "returns take weeks to refund"] },
          { name: "Bao", painPoints: ["the app logs him out every day"] },
        ];
        export default function Personas() {
          return <ul>{personas.map((p) => <li key={p.name}>{p.name}</li>)}</ul>;
        }
        """))
    found = _concerns(parsed)
    assert set(found) == {"Ines", "Bao"}
    assert "the app logs him out every day" in found["Bao"]


def test_a_heading_written_inside_a_list_titles_the_items_after_it(tmp_path: Path) -> None:
    # before: <ul><h3>Frustrations</h3><li>…</li></ul> lost its heading, and the items were nobody's troubles
    parsed = parse_document(write_doc(tmp_path, "persona.html", """\
        <html><body>
        <h2>Persona</h2>
        <h3>Ada Moreno</h3>
        <p><b>Age:</b> 29</p>
        <div><ul><h4>Goals</h4><li>Cook more at home</li></ul></div>
        <div><ul><h4>Frustrations</h4><li>Recipes assume tools she does not own</li>
        <li>Grocery delivery slots vanish by noon</li></ul></div>
        </body></html>
        """))
    found = _concerns(parsed)
    assert list(found) == ["Ada Moreno"]
    assert set(found["Ada Moreno"]) == {"Recipes assume tools she does not own", "Grocery delivery slots vanish by noon"}


def test_a_quoted_sentence_set_as_a_heading_is_what_the_persona_says_not_a_section(tmp_path: Path) -> None:
    root = read_document(write_doc(tmp_path, "persona.html", """\
        <html><body>
        <h3>Ada Moreno</h3>
        <h2>“I want dinner sorted before the kids get home.”</h2>
        <h3>Frustrations</h3><ul><li>Recipes assume tools she does not own</li></ul>
        <h2>“The Weekend Baker”</h2>
        <p>Bakes for the market stall.</p>
        </body></html>
        """))
    titles = [s.title for s in root.walk()]
    assert "“I want dinner sorted before the kids get home.”" not in titles
    assert "dinner sorted" in root.text()
    assert "“The Weekend Baker”" in titles, "a quoted title without a sentence stays a heading"


def test_a_summary_row_and_a_card_headed_by_an_honorific_role_and_the_name_are_one_person(tmp_path: Path) -> None:
    # before: "| 문하늘 | 원장 |" and "### 원장님: 문하늘" were two personas, the row without her troubles
    parsed = parse_document(write_doc(tmp_path, "studio.md", """\
        # 요가원 사람들

        | 이름 | 역할 | 비고 |
        |---|---|---|
        | 문하늘 | 원장 (강사 겸임) | 개원 3년 |
        | 서바다 | 주말 강사 | 일한 지 8개월 |

        ### 원장님: 문하늘

        | 항목 | 내용 |
        |---|---|
        | 나이 | 38세 |
        | 디지털 숙련도 | 예약 앱은 익숙하지만 회계 프로그램은 버거워함 |

        **페인포인트**
        1. 수업 당일 취소가 잦아 빈자리가 생긴다
        2. 회원권 만료 안내를 일일이 문자로 보낸다
        """))
    found = _concerns(parsed)
    hers = [name for name in found if "문하늘" in name]
    assert len(hers) == 1, found
    assert any("당일 취소" in c for c in found[hers[0]])
    assert any("버거워함" in c for c in found[hers[0]]), "버거워하다 (finds it too much) is a trouble"


def test_a_role_and_a_single_word_name_stay_apart_from_the_row_of_another(tmp_path: Path) -> None:
    # "Dana, Nurse" is Dana's card: the role-then-name reading needs a role of two words or an honorific
    from callinsight.personas.merging import _ROLE_THEN_GIVEN

    assert _ROLE_THEN_GIVEN.match("Dana, Nurse") is None
    assert _ROLE_THEN_GIVEN.match("Shop owner, Dana")[1] == "Dana"  # type: ignore[index]
    assert _ROLE_THEN_GIVEN.match("사장님: 조미래")[1] == "조미래"  # type: ignore[index]


def test_a_persona_card_kept_as_a_table_owns_the_field_headings_after_it(tmp_path: Path) -> None:
    # before: "### 타겟 페르소나" ⏎ her card table ⏎ "### 페인 포인트" ⏎ …: the pain points were nobody's
    parsed = parse_document(write_doc(tmp_path, "README.md", """\
        # 동네 세탁 픽업 서비스

        ## 1. 기획 의도

        퇴근이 늦은 사람도 세탁을 맡길 수 있게 한다.

        ## 2. 사용자 분석

        ### 타겟 페르소나: 맞벌이 직장인

        | 항목 | 내용 |
        | :-- | :-- |
        | **이름** | 배서윤 (34세) |
        | **직업** | 회계 법인 대리 |
        | **목표** | 주말을 빨래 없이 보내기 |

        ### 페인 포인트

        - 세탁소 영업시간이 퇴근 시간과 맞지 않음
        - 맡긴 옷을 언제 찾을 수 있는지 알 수 없음

        ### 니즈 (핵심 사용자 플로우)

        ```
        수거 신청 → 세탁 → 문 앞 배송
        ```

        ### 사용자 여정 맵

        | 단계 | 행동 |
        | :-- | :-- |
        | 신청 | 앱에서 수거 시간 선택 |

        ## 3. 기술 스택

        - 백엔드: FastAPI
        """))
    found = _concerns(parsed)
    assert len(found) == 1, found
    (name, concerns), = found.items()
    assert "배서윤" in name
    assert any("영업시간" in c for c in concerns) and any("찾을 수 있는지" in c for c in concerns)
    # the card's section itself holds them (not only the page part around it): a page with more parts still finds them
    from callinsight.personas.lifting import nest_flat_fields

    root = read_document(tmp_path / "README.md")
    nest_flat_fields(root)
    card = next(s for s in root.walk() if s.title.startswith("타겟 페르소나"))
    assert [c.title for c in card.children][:1] == ["페인 포인트"]


def test_a_persona_announced_by_a_heading_of_her_own_on_a_case_study_page_is_named_by_her_heading(tmp_path: Path) -> None:
    # before: "## Background" and "## Role" of the case study made the whole page one persona, named after the file
    parsed = parse_document(write_doc(tmp_path, "case-study.html", """\
        <html><body>
        <h3>Role</h3><p>Product designer, researcher</p>
        <h2>Background</h2><p>Small bakeries take orders by phone and lose some of them.</p>
        <h4>03</h4><br><h2>Persona</h2>
        <h2>Liesel Bauer.</h2>
        <p>Runs a two-person bakery and answers the phone with flour on her hands.</p>
        <h3>Pain Points</h3><ul><li>Orders scribbled on paper get lost before the weekend</li></ul>
        <h3>Needs</h3><ul><li>One list of every order for the day</li></ul>
        <h2>Website</h2><p>The ordering site we built.</p>
        </body></html>
        """))
    found = _concerns(parsed)
    assert list(found) == ["Liesel Bauer"], found
    assert "Orders scribbled on paper get lost before the weekend" in found["Liesel Bauer"]
    assert not any(c.strip() == "03" for c in found["Liesel Bauer"])


def test_a_numbered_heading_over_a_card_still_separates_the_cards(tmp_path: Path) -> None:
    root = read_document(write_doc(tmp_path, "personas.html", """\
        <html><body><h2>Personas</h2>
        <h3>1</h3><p><b>Name:</b> Ola</p><ul><li>Frustration: buses skip her stop</li></ul>
        <h3>2</h3><p><b>Name:</b> Piet</p><ul><li>Frustration: tickets expire too soon</li></ul>
        </body></html>
        """))
    assert [s.title for s in root.walk() if s.title in ("1", "2")] == ["1", "2"]


def test_a_case_study_section_about_understanding_the_user_is_no_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "study.html", """\
        <html><body>
        <h3>Understanding the user</h3>
        <h5>Pain Points</h5>
        <h4>Too many choices</h4><p>Guests stare at long menus and give up.</p>
        <h4>Slow service</h4><p>Orders take twenty minutes at peak.</p>
        <h5>Personas</h5>
        <h2>Rui Matos</h2>
        <h3>Frustrations</h3><ul><li>Waiting staff never know what is in stock</li></ul>
        </body></html>
        """))
    assert list(_concerns(parsed)) == ["Rui Matos"]


def test_a_document_pasted_whole_into_a_code_block_is_read_as_the_page_s_part(tmp_path: Path) -> None:
    # before: "```" ⏎ "# 기획서" ⏎ … ⏎ "## 페르소나" ⏎ "### …" ⏎ "```" was code, and the page had no persona
    parsed = parse_document(write_doc(tmp_path, "README.md", """\
        # 동네 빵집 예약 앱

        배포 주소: https://example.invalid/

        ```
        # 빵 예약 서비스 계획

        ## 문제 정의

        인기 빵은 오전에 다 팔려서 퇴근길에는 살 수 없음.

        ## 페르소나

        ### 야근 많은 직장인

        **이름:** 남궁별
        **나이:** 31세
        **고민:** 퇴근하면 빵집 진열대가 늘 비어 있어 허탕을 친다.

        ### 빵집 사장

        **이름:** 도윤재
        **나이:** 45세
        **고민:** 남은 빵을 매일 버리느라 손해가 크다.

        ## 구현 범위

        - 예약 화면
        - 픽업 알림
        ```
        """))
    found = _concerns(parsed)
    assert {name for name in found if "남궁별" in name or "도윤재" in name} == set(found) and len(found) == 2, found


def test_code_and_a_markdown_example_in_code_blocks_stay_code(tmp_path: Path) -> None:
    from callinsight.personas.reading.fenced import pasted_document

    example = "# Persona\n\n## Goals\n\n- one\n\n### Pain points\n\n- two\n" * 3
    assert pasted_document("", example, 40)
    assert not pasted_document("markdown", example, 40), "a block named markdown shows an example"
    assert not pasted_document("", example, 90), "a sample in the middle of a longer page is no pasted page"
    script = "# setup\n## build\n### run\n" + "import os\nprint(os.getcwd());\n" * 6
    assert not pasted_document("", script, 20)
    assert not pasted_document("", "# A\n## B\n### C\n", 4), "too short to be a document"


def test_a_heading_written_inside_a_list_item_after_its_text_stays_in_the_item(tmp_path: Path) -> None:
    # before: "   #### Potential frustration: …" inside item 1 ended the list, and item 1's persona was lost
    parsed = parse_document(write_doc(tmp_path, "personas.md", """\
        # Personas

        1. Warehouse planner (Primary User):
           - Name: Ilse Vogt
           - Age: 44
           - Concerns: Whether stock counts match the shelves.
           #### Potential frustration: Late pallet data - Counts arrive a day late and she plans blind.

        2. Forklift driver (Secondary User):
           - Name: Kofi Mensah
           - Age: 29
           - Concerns: Whether the scanner works in the cold store.
           #### Potential frustration: Frozen scanners - The handheld freezes below zero and he writes on paper.
        """))
    found = _concerns(parsed)
    assert len(found) == 2, found
    planner = next(concerns for name, concerns in found.items() if "Warehouse planner" in name or "Ilse" in name)
    assert any("Counts arrive a day late" in c for c in planner)


def test_a_list_item_indented_by_a_tab_among_items_indented_by_spaces_stays_in_its_list(tmp_path: Path) -> None:
    from callinsight.personas.reading.plain import tidy_glyphs

    text = "1. Planner:\n   - Name: Ilse\n\t- Age: 44\n   - Concerns: late data\n"
    assert tidy_glyphs(text) == text
    outline = "Planner\n\t- wants fresh data\n\t\t- by noon\n"
    assert tidy_glyphs(outline) == "Planner\n- wants fresh data\n  - by noon\n", "an outline indented by tabs alone is still moved"


def test_a_one_persona_page_is_named_by_the_card_in_its_parts_and_its_pet_peeve_is_a_trouble(tmp_path: Path) -> None:
    # before: named "Truth" (from "Truth is, I'm late …" in the statement) and the pet peeve was no trouble
    parsed = parse_document(write_doc(tmp_path, "homework.md", """\
        Student: Ana Lima

        Homework 2

        # Barista
        ### Bio

        | | |
        |:--|:--|
        | Name | Tomasz Wierzbicki |
        | Age | 27 |
        | Tag line | Crema first, questions later |

        ### Pet peeve
        Can't stand customers who order off-menu drinks during the morning rush

        ### Personal statement
        Hi, I'm Tomasz and I have pulled shots for six years. Truth is, I'm tired of the grinder jamming twice a shift.
        """))
    found = _concerns(parsed)
    assert len(found) == 1, found
    (name, concerns), = found.items()
    assert "Tomasz Wierzbicki" in name
    assert any("off-menu drinks" in c for c in concerns)


def test_korean_words_for_falling_short_and_being_unsure_are_troubles() -> None:
    from callinsight.personas.vocab import PROBLEM_CUES

    for said in ("준비 시간이 늘 모자라다", "이 길이 맞는지 확신이 서지 않는다", "운동 계획이 매번 흐지부지된다", "혼자 하기엔 벅차다",
                 "환불 절차 모름", "주차할 곳 찾기 힘듦", "층간 소음에 잠을 설친다", "통신비 두 달 연체", "수도 요금이 또 올랐다"):
        assert PROBLEM_CUES.search(said), said
    for said in ("주말마다 가족과 공원에 간다", "새 메뉴를 확신을 갖고 추천한다", "앱을 설치해 바로 쓴다", "모름지기 기본이 중요하다"):
        assert not PROBLEM_CUES.search(said), said


def test_a_name_over_only_her_details_owns_the_field_headings_after_it(tmp_path: Path) -> None:
    # before: "#### Carlos" ⏎ "Age: 52" ⏎ … ⏎ "#### Bio" ⏎ "#### Frustrations" under "## Persona": the whole part
    # was one persona named "Persona"
    parsed = parse_document(write_doc(tmp_path, "case.md", """\
        # Ferry tickets app

        ## Problem

        Riders queue for paper tickets at every pier.

        ## Persona

        #### Halima

        Age: 38

        Occupation: Night-shift nurse

        #### Bio

        Halima crosses the harbour twice a day and pays in cash.

        #### Frustrations

        The ticket office shuts before her shift ends, so she risks a fine on the late boat.
        """))
    found = _concerns(parsed)
    assert list(found) == ["Halima"], found
    assert any("risks a fine" in c for c in found["Halima"])


def test_headings_written_as_anchors_are_read_as_words_and_a_bare_persona_heading_takes_its_story_s_name(
        tmp_path: Path) -> None:
    # before: "## Detailed_Persona" was one word, no persona was found; then the persona was named "Detailed Persona"
    parsed = parse_document(write_doc(tmp_path, "assignment.md", """\
        # Persona Assignment

        ## Project_Area

        An app that keeps a patient's records in one place.

        ## Detailed_Persona

        * Greta, a retired teacher who lives with diabetes

          Greta is 71 and lives alone in a small town. Greta sees three different clinics every season.

          What Greta dislikes most: repeating her whole history to every new nurse and waiting hours for a slot.
        """))
    found = _concerns(parsed)
    assert list(found) == ["Greta"], found
    assert any("repeating her whole history" in c for c in found["Greta"])
    root = read_document(tmp_path / "assignment.md")
    assert "Detailed Persona" in [s.title for s in root.walk()]


def test_a_list_left_open_over_the_page_s_later_headings_keeps_the_sub_lists_written_straight_inside_it(
        tmp_path: Path) -> None:
    # R58 (scored before reading): an unclosed <li> nests the rest of the page in the list; reading the headings
    # inside it first dropped the sub-list written straight inside the list after "User Frustrations:"
    parsed = parse_document(write_doc(tmp_path, "persona.php", """\
        <html><body>
        <h2>User Persona</h2>
        <ul>
          <li><strong>Name: </strong>Ruth Okafor</li>
          <li><strong>Occupation: </strong>Librarian</li>
          <li><strong>Personality: </strong>
            <ul><li>Calm and precise</li></ul>
          <li><strong>User Frustrations: </strong></li>
            <ul>
              <li>The catalogue search ignores spelling slips</li>
              <li>Renewals fail without saying why</li>
            </ul>
        <h2>User Story:</h2>
        <p>Ruth renews loans for the whole reading group.</p>
        </body></html>
        """))
    found = _concerns(parsed)
    assert list(found) == ["Ruth Okafor"], found
    assert set(found["Ruth Okafor"]) >= {"The catalogue search ignores spelling slips", "Renewals fail without saying why"}


def test_a_long_field_asked_as_a_question_is_a_label_and_the_field_its_noun_names() -> None:
    # R58: "What is your main barrier to acheiving this goal? : …" ran on from the goal line and was filed as a goal
    from callinsight.personas.model import field_of
    from callinsight.personas.reading.inline import split_label

    assert split_label("What is your main barrier to reaching this goal? : Clashing timetables", None) == (
        "What is your main barrier to reaching this goal?", "Clashing timetables")
    assert field_of("What is your main barrier to reaching this goal?") == field_of("Main barrier")
    assert field_of("What is your main goal?") == "goals"
    assert split_label("Why did the team choose a rewrite over a patch : it was faster", None)[0] is None


def test_scenarios_each_opened_by_a_persona_s_first_name_are_told_of_that_persona(tmp_path: Path) -> None:
    # R58: "## Key Scenarios" ⏎ "- Leonard needs …" was skipped as a part about every persona, and its troubles lost
    parsed = parse_document(write_doc(tmp_path, "summary.md", """\
        # Summary

        ## Key Personas
        - **Ingrid Solberg:** A 61 year-old retired nurse who walks her dog along the harbour every morning.
        - **Tomasz Nowak:** A 34 year-old baker who opens his shop at five.

        ## Key Scenarios
        - Ingrid wants to book a vet visit online, but has no real idea which clinics take new patients.
        - Tomasz's flour deliveries arrive late, and he could not get a supplier to answer at the weekend.
        """))
    found = _concerns(parsed)
    assert set(found) == {"Ingrid Solberg", "Tomasz Nowak"}, found
    assert any("no real idea which clinics" in c for c in found["Ingrid Solberg"])
    assert any("could not get a supplier" in c for c in found["Tomasz Nowak"])
    assert not any("supplier" in c for c in found["Ingrid Solberg"])


def test_a_list_whose_items_do_not_each_open_with_a_different_persona_is_not_split_among_them(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "summary.md", """\
        # Summary

        ## Key Personas
        - **Ingrid Solberg:** A 61 year-old retired nurse who could not get a vet visit last month.
        - **Tomasz Nowak:** A 34 year-old baker.

        ## Key Scenarios
        - Ingrid books a vet visit.
        - Ingrid could not get a reply from the clinic.
        """))
    found = _concerns(parsed)
    assert not any("reply from the clinic" in c for c in found.get("Tomasz Nowak", []))
