"""Persona files not saved as UTF-8 read as the same document: Korean Excel saves CSV in CP949, "Unicode text"
exports are UTF-16 with a BOM, older Korean tools write EUC-KR."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document

from .conftest import FIXTURES

KOREAN_CSV = (
    "이름,설명,고충,목표\n"
    "물류 담당 하윤,중견 제조사의 출고 담당자,출고 일정이 바뀌어도 고객에게 알릴 방법이 없다,출고 누락 없애기\n"
    "구매 담당 도현,사무용품 구매를 맡은 총무팀 직원,견적서를 받는 데 며칠씩 걸린다,구매 비용 줄이기\n"
)


def personas(path: Path) -> list[tuple[str, list[str]]]:
    return [(p.name, [c.text for c in p.concerns]) for p in parse_document(path).personas]


@pytest.mark.parametrize("encoding", ["cp949", "euc_kr", "utf-16"])
def test_a_korean_markdown_document_reads_the_same_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    source = FIXTURES / "formats" / "korean.md"
    saved = tmp_path / "korean.md"
    saved.write_bytes(source.read_text(encoding="utf-8").encode(encoding))
    assert personas(saved) == personas(source) != []


@pytest.mark.parametrize("encoding", ["cp949", "utf-8-sig", "utf-16"])
def test_a_korean_csv_saved_by_excel(tmp_path: Path, encoding: str) -> None:
    saved = tmp_path / "personas.csv"
    saved.write_bytes(KOREAN_CSV.encode(encoding))
    assert personas(saved) == [
        ("물류 담당 하윤", ["출고 일정이 바뀌어도 고객에게 알릴 방법이 없다"]),
        ("구매 담당 도현", ["견적서를 받는 데 며칠씩 걸린다"]),
    ]


def test_bytes_in_no_encoding_are_a_clear_error(tmp_path: Path) -> None:
    noise = tmp_path / "personas.md"
    noise.write_bytes(bytes(range(128, 256)) * 8 + b"\x00\x01\x02" * 50)
    with pytest.raises(InputError) as info:
        parse_document(noise)
    assert info.value.path.endswith("personas.md") and "encoding" in info.value.reason and "UTF-8" in (info.value.hint or "")
