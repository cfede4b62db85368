"""Text files not saved as UTF-8: Korean Windows saves CSV and subtitles as CP949 (EUC-KR), "Unicode text"
exports are UTF-16. Persona documents and transcripts are both read through ``decode_text``."""

from __future__ import annotations

_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WIDE = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
_PREFERRED = ("cp949", "euc_kr", "cp1252", "latin_1")


def decode_text(data: bytes) -> str | None:
    """The bytes as text: UTF-8 (with or without a BOM), else the encoding charset-normalizer finds, else None.
    UTF-16/32 only with a BOM: without one, a short CP949 text can pass for UTF-16 too."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    wide_bom = data.startswith(_UTF16_32_BOMS)
    if not wide_bom and _damaged_utf8(data):
        return None  # UTF-8 with a broken byte: another encoding would turn every accented or Hangul letter to mojibake
    import charset_normalizer

    results = charset_normalizer.from_bytes(data, cp_exclusion=None if wide_bom else _WIDE)
    found = results.best()
    if found is None:
        return None
    # single-byte code pages often tie ("crème" is as clean in cp1250's "crčme"): prefer the common ones
    tied = [r for r in results if r.chaos <= found.chaos + 0.01]
    found = next((r for enc in _PREFERRED for r in tied if enc in r.could_be_from_charset), found)
    return str(found).lstrip("\ufeff")


def _damaged_utf8(data: bytes) -> bool:
    """More well-formed UTF-8 letters beyond ASCII than broken bytes: UTF-8 text with damage, not another encoding
    (a CP949 or Latin-1 text is almost all broken bytes when read as UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    letters = sum(1 for ch in text if ord(ch) > 127) - broken
    return letters > broken
