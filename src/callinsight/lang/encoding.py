"""Text files not saved as UTF-8: Korean Windows saves CSV and subtitles as CP949 (EUC-KR), "Unicode text"
exports are UTF-16. Persona documents and transcripts are both read through ``decode_text``."""

from __future__ import annotations

_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WIDE = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]


def decode_text(data: bytes) -> str | None:
    """The bytes as text: UTF-8 (with or without a BOM), else the encoding charset-normalizer finds, else None.
    UTF-16/32 only with a BOM: without one, a short CP949 text can pass for UTF-16 too."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    found = charset_normalizer.from_bytes(data, cp_exclusion=None if data.startswith(_UTF16_32_BOMS) else _WIDE).best()
    return None if found is None else str(found).lstrip("\ufeff")
