"""A Korean report's outline (1. / 가. / 1) marks, ㅇ bullets, "주요 고충", "기본 정보") and personas headed only by
a number or letter whose name is in their basic information. Synthetic documents only."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.personas.names import names_container
from callinsight.personas.parse import parse_document
from callinsight.personas.reading.plain import as_markdown
from callinsight.personas.vocab import concern_kind

from .conftest import parse_text as parse

_REPORT = """
    고객 페르소나 정의

    1. 페르소나 A

    가. 기본 정보
    ㅇ 이름: 한지우
    ㅇ 직무: 구매 담당

    나. 주요 고충
    ㅇ 견적서를 업체마다 다른 양식으로 받는다
    ㅇ 승인 요청이 메일에 묻힌다

    2. 페르소나 B

    가. 기본 정보
    ㅇ 이름: 정하늘

    나. 주요 고충
    ㅇ 주문 내역을 매번 전화로 확인한다
    """


def test_a_korean_report_outline_gives_its_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "페르소나.txt", _REPORT)
    assert found == {"한지우": ["견적서를 업체마다 다른 양식으로 받는다", "승인 요청이 메일에 묻힌다"],
                     "정하늘": ["주문 내역을 매번 전화로 확인한다"]}


def test_the_outline_marks_are_heading_depths() -> None:
    import textwrap

    lines = as_markdown(textwrap.dedent(_REPORT).strip()).splitlines()
    assert "## 1. 페르소나 A" in lines and "### 가. 기본 정보" in lines and "- 이름: 한지우" in lines


def test_numbered_lines_stay_a_list_without_hangul_lettered_marks(tmp_path: Path) -> None:
    """"1." alone is not a heading in a text that does not use "가." marks: an English numbered list stays one."""
    assert as_markdown("Steps\n\n1. Open the form\n\n2. Sign it").splitlines()[2] == "1. Open the form"


@pytest.mark.parametrize("title", ["Persona A", "Persona 2", "페르소나 B", "1. 페르소나 A", "Profile #3"])
def test_one_numbered_persona_is_no_container(title: str) -> None:
    assert not names_container(title)


@pytest.mark.parametrize("title", ["Personas", "Profiles", "Our personas", "페르소나"])
def test_headings_about_personas_are_containers(title: str) -> None:
    assert names_container(title)


def test_a_lettered_persona_takes_the_name_in_its_text(tmp_path: Path) -> None:
    found = parse(tmp_path, "buyers.md", """
        # Buyer personas

        ## Persona A

        **Name:** Lena Park

        ### Pain points
        - The printer queue jams every Monday

        ## Persona 2

        ### Basic information
        - Name: Omar Haddad
        - Role: Courier

        ### Pain points
        - The app logs him out
        """)
    assert found == {"Lena Park": ["The printer queue jams every Monday"], "Omar Haddad": ["The app logs him out"]}


def test_a_role_title_keeps_its_name_line_as_before(tmp_path: Path) -> None:
    """Only a numbered heading takes the name from a list item; a role heading keeps its title."""
    found = parse(tmp_path, "roles.md", """
        ## Office manager

        ### Basic information
        - Name: Lena Park

        ### Pain points
        - The printer queue jams every Monday
        """)
    assert list(found) == ["Office manager"]


def test_taking_too_long_is_a_problem_in_korean() -> None:
    assert concern_kind("그는 매달 정산 자료를 모으는 데 시간이 너무 많이 걸린다.") == "pain_point"
    assert concern_kind("배송 조회가 오래 걸려서 고객에게 답을 못 준다.") == "pain_point"


def test_a_hangul_report_typed_without_outline_styles(tmp_path: Path) -> None:
    """The same report in a .hwpx whose parts are typed as "1." and "가." in body style, not 개요 styles."""
    import textwrap

    from callinsight.personas.parse import parse_document

    from .office_files import write_hangul

    lines = [line for line in textwrap.dedent(_REPORT).strip().splitlines() if line.strip()]
    parsed = parse_document(write_hangul(tmp_path / "페르소나.hwpx", lines))
    assert {p.name: [c.text for c in p.concerns] for p in parsed.personas} == {
        "한지우": ["견적서를 업체마다 다른 양식으로 받는다", "승인 요청이 메일에 묻힌다"],
        "정하늘": ["주문 내역을 매번 전화로 확인한다"]}


@pytest.mark.parametrize("name", ["고충.txt", "고충.hwpx"])
def test_a_run_of_lettered_noun_phrases_stays_a_list(tmp_path: Path, name: str) -> None:
    """개조식 items are often noun phrases: "가. 부품 도착 지연" ⏎ "나. 예약 변경 누락" under 고충 are its items."""
    import textwrap

    from callinsight.personas.parse import parse_document

    from .office_files import write_hangul

    text = textwrap.dedent("""
        정비소 사장 태오

        고충
        가. 부품 도착 지연
        나. 예약 변경 누락
        다. 주말 거래처 연락 두절
        """).strip()
    path = tmp_path / name
    if name.endswith(".hwpx"):
        write_hangul(path, text.splitlines())
    else:
        path.write_text(text, encoding="utf-8")
    (taeo,) = parse_document(path).personas
    assert [c.text for c in taeo.concerns] == ["부품 도착 지연", "예약 변경 누락", "주말 거래처 연락 두절"]


def test_a_word_report_typed_without_heading_styles(tmp_path: Path) -> None:
    """The report in a .docx whose every line is a body paragraph: parts by their marks, "가." items under 고충."""
    import textwrap

    import docx

    from callinsight.personas.parse import parse_document

    document = docx.Document()
    for line in textwrap.dedent(_REPORT).strip().splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    document.add_paragraph("3. 페르소나 C")
    document.add_paragraph("가. 기본 정보")
    document.add_paragraph("ㅇ 이름: 오세린")
    document.add_paragraph("나. 고충")
    document.add_paragraph("1) 야간 배송 누락")
    document.add_paragraph("2) 반품 접수 지연")
    document.save(str(tmp_path / "페르소나.docx"))
    parsed = parse_document(tmp_path / "페르소나.docx")
    assert {p.name: [c.text for c in p.concerns] for p in parsed.personas} == {
        "한지우": ["견적서를 업체마다 다른 양식으로 받는다", "승인 요청이 메일에 묻힌다"],
        "정하늘": ["주문 내역을 매번 전화로 확인한다"],
        "오세린": ["야간 배송 누락", "반품 접수 지연"]}


def test_a_word_page_without_heading_styles_is_titled_by_its_short_first_line(tmp_path: Path) -> None:
    import docx

    from callinsight.personas.parse import parse_document

    document = docx.Document()
    for line in ["정비소 사장 태오", "고충", "가. 부품 도착 지연", "나. 예약 변경 누락"]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "taeo.docx"))
    (taeo,) = parse_document(tmp_path / "taeo.docx").personas
    assert taeo.name == "정비소 사장 태오" and [c.text for c in taeo.concerns] == ["부품 도착 지연", "예약 변경 누락"]


def test_a_first_line_that_is_a_sentence_or_a_field_is_no_title(tmp_path: Path) -> None:
    import docx

    from callinsight.personas.parse import parse_document

    document = docx.Document()
    for line in ["Pain points", "Parts arrive late", "Bookings change by text message"]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "workshop-owner.docx"))
    (owner,) = parse_document(tmp_path / "workshop-owner.docx").personas
    assert owner.name == "Workshop Owner"


@pytest.mark.parametrize("first, second", [("Persona A: Student Sam", "Persona B: Worker Wu"),
                                           ("👤 페르소나 A: 대학생 이하은", "👤 페르소나 B: 직장인 문태양")])
def test_personas_lettered_instead_of_numbered_are_named_by_what_follows(tmp_path: Path, first: str, second: str) -> None:
    path = tmp_path / "lettered.md"
    path.write_text(f"### {first}\n\n**Pain points**\n- Exams clash with shifts\n\n### {second}\n\n**Pain points**\n"
                    "- No time to study\n", encoding="utf-8")
    names = [p.name for p in parse_document(path).personas]
    assert names == [first.split(": ", 1)[1], second.split(": ", 1)[1]]


def test_korean_cards_titled_by_a_bracketed_persona_number(tmp_path: Path) -> None:
    path = tmp_path / "cards.txt"
    path.write_text("[페르소나 1] 박지훈\n• 나이: 41세, 팀장\n• 고민: 팀원들의 업무 현황을 한눈에 볼 수 없다\n\n"
                    "[페르소나 2] 최서윤\n• 나이: 29세, 디자이너\n• 고민: 피드백이 여러 채널로 와서 놓친다\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"박지훈": ["팀원들의 업무 현황을 한눈에 볼 수 없다"], "최서윤": ["피드백이 여러 채널로 와서 놓친다"]}


def test_a_korean_story_introducing_someone_by_name_and_age_in_brackets(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("우리의 고객\n\n김민지(34)는 서울에 사는 마케터다. 매주 광고 보고서를 만드는 데 시간이 너무 오래 걸린다.\n",
                    encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"김민지": ["매주 광고 보고서를 만드는 데 시간이 너무 오래 걸린다."]}


def test_a_field_name_marked_as_a_section_heads_the_items_under_it(tmp_path: Path) -> None:
    path = tmp_path / "card.txt"
    path.write_text("페르소나: 이도현 (33세, 개발자)\n\n■ 배경\n스타트업에서 백엔드를 맡고 있다.\n\n■ 고충\n"
                    "- 배포할 때마다 설정 파일을 손으로 고친다\n- 새벽 장애 알림의 원인을 찾기 어렵다\n\n■ 목표\n- 배포 자동화\n",
                    encoding="utf-8")
    [persona] = parse_document(path).personas
    assert [c.text for c in persona.concerns] == ["배포할 때마다 설정 파일을 손으로 고친다", "새벽 장애 알림의 원인을 찾기 어렵다"]


def test_a_list_of_cards_whose_fields_are_names_over_their_own_items(tmp_path: Path) -> None:
    path = tmp_path / "targets.md"
    path.write_text("# 타깃 고객\n\n- 1인 가구 직장인 (28세, 정민호)\n  - 고민\n    - 퇴근 후 장을 볼 시간이 없다\n  - 니즈\n"
                    "    - 소량 포장\n- 은퇴한 부부 (65세, 윤영자)\n  - 고민\n    - 앱 글씨가 작아서 주문이 어렵다\n", encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"1인 가구 직장인 (28세, 정민호)": ["퇴근 후 장을 볼 시간이 없다", "소량 포장"],
                     "은퇴한 부부 (65세, 윤영자)": ["앱 글씨가 작아서 주문이 어렵다"]}


@pytest.mark.parametrize("title", ["사용자 페르소나 정의서 v2 — “박순자 어르신”", "Persona definition – “Grandma Ilse”"])
def test_a_page_titled_with_one_quoted_persona_is_that_persona_with_its_sections_as_parts(tmp_path: Path, title: str) -> None:
    path = tmp_path / "definition.md"
    path.write_text(f"# {title}\n\n## 1. 한 줄 정의\n\n혼자 사는 어르신. 복지 혜택을 어디에 물어야 할지 몰라서 한 번도 신청하지 못했다.\n\n"
                    "## 2. 설계 약속\n\n1. **지역**: 동네 기준을 기본값으로 보여 준다.\n2. **화면**: 큰 글자와 큰 버튼을 쓴다.\n",
                    encoding="utf-8")
    [persona] = parse_document(path).personas
    assert persona.name == title.split("“")[1].rstrip("”")
