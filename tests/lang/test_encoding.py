"""Which bytes become which text: UTF-8 first, then the encoding the bytes show; damaged UTF-8 is not re-read as
another encoding (that would turn every accented or Hangul letter into mojibake)."""

from __future__ import annotations

import pytest

from callinsight.lang.encoding import decode_text

KOREAN = "상담원: 무엇을 도와드릴까요?\n고객: 지난달 요금이 두 번 청구됐어요.\n" * 10
GERMAN = "Ärger über die Wartezeit, die Bestätigung fehlt, und der Rückruf kam nie.\n"
FRENCH = "Les frais de livraison sont élevés et la crème brûlée arrive froide.\n"


@pytest.mark.parametrize("text, encoding", [
    (KOREAN, "utf-8"), (KOREAN, "utf-8-sig"), (KOREAN, "cp949"), (KOREAN, "euc_kr"), (KOREAN, "utf-16"),
    (GERMAN, "cp1252"), (FRENCH, "latin-1"),
])
def test_text_reads_back_as_written(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize("text", [KOREAN, GERMAN * 5])
def test_utf8_with_a_broken_byte_is_no_text(text: str) -> None:
    damaged = bytearray(text.encode("utf-8"))
    damaged[len(damaged) // 2] = 0xFF
    assert decode_text(bytes(damaged)) is None


def test_bytes_of_no_encoding_are_no_text() -> None:
    assert decode_text(bytes(range(128, 256)) * 8 + b"\x00\x01\x02" * 50) is None
