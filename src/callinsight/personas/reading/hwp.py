"""Hangul (HWP 5 and HWPX) persona documents, the word processor of Korean public bodies and many companies, read
through python-hwpx. Headings come from the outline styles (개요 N, Heading N); without them the paragraphs are
read as a text's lines are. Korean reports nest bullets by glyph (□, then ○, then -, then ·), not by indentation."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.inline import squash
from callinsight.personas.reading.office import Heading, cell_text, read_plain_lines
from callinsight.personas.reading.tree import Section, Table

_OUTLINE_STYLE = re.compile(r"^(?:개요|outline|heading|제목)\s*(\d{1,2})$", re.IGNORECASE)


def read_hwp(path: Path) -> Section:
    from hwpx import HwpxDocument

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # its notes on converting HWP 5 go to conversion_report, not to our user
            document = HwpxDocument.open(str(path))
    except Exception as exc:  # python-hwpx raises its own and zipfile/XML errors for a file that is not a document
        raise InputError(str(path), f"not a readable Hangul (.hwp/.hwpx) file: {exc}") from None
    levels = {key: _outline_level(style) for key, style in document.styles.items()}
    lines: list[str | Heading | Table] = []
    for paragraph in document.paragraphs:
        for table in paragraph.tables:
            lines.append(_table(table))
        text = squash(paragraph.text or "")
        level = levels.get(str(paragraph.style_id_ref), 0)
        lines.append(Heading(text=text, level=level) if text and level else text)
    return read_plain_lines(lines, nest_by_glyph=True)


def _outline_level(style: Any) -> int:
    for name in (getattr(style, "name", ""), getattr(style, "eng_name", "")):
        if m := _OUTLINE_STYLE.match((name or "").strip()):
            return int(m.group(1))
    return 0


def _table(table: Any) -> Table:
    rows = [[cell_text(cell.text or "") for cell in row.cells] for row in table.rows]
    rows = [row for row in rows if any(row)]
    return Table(header=rows[0] if rows else [], rows=rows[1:])
