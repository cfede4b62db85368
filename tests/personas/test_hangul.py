"""Hangul word-processor persona documents (.hwpx and HWP 5 .hwp), the format Korean public bodies and many Korean
companies write in. No licensed real one exists in reach, so these are written with python-hwpx at test time."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.personas.parse import parse_document

from .office_files import write_hangul

STYLED: list[str | tuple[str, str] | list[list[str]]] = [
    ("개요 1", "고객 페르소나"),
    ("개요 2", "정비소 사장 태오"),
    "부품 주문과 예약 전화를 혼자 받는 동네 정비소 사장이다.",
    "고충",
    "□ 부품 도착일을 전화로 일일이 확인해야 한다",
    "○ 주말에는 거래처가 전화를 받지 않는다",
    "□ 예약 변경이 문자와 전화로 흩어져 들어온다",
    "목표: 예약 확인 전화를 하루 열 통 이하로 줄이기",
    ("개요 2", "보험사 보상 담당 유나"),
    [["항목", "내용"], ["고충", "수리 견적서 양식이 정비소마다 다르다"], ["목표", "보상 처리 기간 단축"]],
    ("개요 2", "자주 묻는 질문"),
    "도입하는 데 얼마나 걸리나요? 하루면 됩니다.",
]


def found(path: Path) -> list[tuple[str, list[str]]]:
    return [(p.name, [c.text for c in p.concerns]) for p in parse_document(path).personas]


@pytest.mark.parametrize("suffix", [".hwpx", ".hwp"])
def test_outline_headings_glyph_bullets_and_a_table(tmp_path: Path, suffix: str) -> None:
    parsed = parse_document(write_hangul(tmp_path / f"personas{suffix}", STYLED))
    assert [(p.name, [c.text for c in p.concerns]) for p in parsed.personas] == [
        ("정비소 사장 태오", ["부품 도착일을 전화로 일일이 확인해야 한다", "주말에는 거래처가 전화를 받지 않는다",
                         "예약 변경이 문자와 전화로 흩어져 들어온다"]),
        ("보험사 보상 담당 유나", ["수리 견적서 양식이 정비소마다 다르다"]),
    ]
    assert parsed.personas[0].sections["goals"] == ["예약 확인 전화를 하루 열 통 이하로 줄이기"]
    assert parsed.personas[1].extra_sections == {}  # "| 항목 | 내용 |" names the columns; it is no field
    assert [s.reason for s in parsed.skipped] == ["FAQ"]


def test_without_outline_styles_lines_standing_as_headings_make_the_structure(tmp_path: Path) -> None:
    """Many Hangul documents use no heading styles at all: a short line above its content is the heading, a field
    name ("고충") belongs to the heading above it, and a name after content is that heading's sibling."""
    plain = [p[1] if isinstance(p, tuple) else p for p in STYLED[1:9] if not isinstance(p, list)]
    plain += ["손해사정 업무를 맡은 보험사 직원이다.", "고충", "□ 수리 견적서 양식이 정비소마다 다르다"]
    assert found(write_hangul(tmp_path / "personas.hwpx", plain)) == [
        ("정비소 사장 태오", ["부품 도착일을 전화로 일일이 확인해야 한다", "주말에는 거래처가 전화를 받지 않는다",
                         "예약 변경이 문자와 전화로 흩어져 들어온다"]),
        ("보험사 보상 담당 유나", ["수리 견적서 양식이 정비소마다 다르다"]),
    ]


def test_a_file_without_extension_is_known_as_hangul(tmp_path: Path) -> None:
    source = write_hangul(tmp_path / "personas.hwpx", STYLED)
    bare = tmp_path / "고객 페르소나"
    bare.write_bytes(source.read_bytes())
    assert found(bare) == found(source)



def test_korean_item_markers_nest_by_their_kind(tmp_path: Path) -> None:
    """"가. …" items under "□ 고충", and circled numbers under those: the kind of marker gives the depth."""
    parsed = parse_document(write_hangul(tmp_path / "markers.hwpx", [
        ("개요 1", "고객 페르소나"),
        ("개요 2", "편의점 점주 민호"),
        "고충",
        "가. 발주 마감 시간이 지점마다 달라 헷갈린다",
        "① 본사 공지가 늦게 온다",
        "나. 야간 아르바이트생 교육에 시간이 많이 든다",
    ]))
    (minho,) = parsed.personas
    assert [c.text for c in minho.concerns] == [
        "발주 마감 시간이 지점마다 달라 헷갈린다", "본사 공지가 늦게 온다", "야간 아르바이트생 교육에 시간이 많이 든다",
    ]
