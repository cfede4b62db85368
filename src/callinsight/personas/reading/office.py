"""Binary formats, each through its library (never regular expressions over the bytes): DOCX with
python-docx, XLSX with openpyxl; CSV with the standard library; and lines of text with the headings and tables a
format marks (``read_plain_lines``), which the PDF (pdf.py) and Hangul (hwp.py) readers share."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.inline import split_label, squash
from callinsight.personas.reading.plain import (
    HEADING_END,
    KOREAN_ITEM,
    NAME_LABELS,
    item_kind,
    outline_part_depth,
    uses_korean_outline,
)
from callinsight.personas.reading.tree import Item, ItemList, Para, Section, Table, nest

BULLET_CHARS = ("•", "●", "▪", "◦", "‣", "-", "*", "–", "·", "□", "○", "■", "◇", "◆", "▶", "❍", "―", "ㅇ", "ㆍ")  # □ ○ ― ㅇ ㆍ: Korean reports


def read_docx(path: Path) -> Section:
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for a file that is not a document
        raise InputError(str(path), f"not a readable .docx file: {exc}") from None
    flat = [Section(title="", level=0)]
    blocks = [b for block in document.iter_inner_content() for b in _with_text_boxes(block)]
    texts = [squash(b.text) if isinstance(b, Paragraph) else "" for b in blocks]
    korean_outline = uses_korean_outline(texts)  # a Korean report whose "1." / "가." parts are typed in body text
    title = _untitled_first_line(blocks, texts)
    for i, block in enumerate(blocks):
        if isinstance(block, DocxTable):
            rows = [[squash(cell.text) for cell in row.cells] for row in block.rows]
            if rows:
                flat[-1].blocks.append(Table(header=rows[0], rows=rows[1:]))
            continue
        if not isinstance(block, Paragraph):
            continue
        text = texts[i]
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        level = _heading_level(style) or (outline_part_depth(texts, i) if korean_outline else 0) or (1 if i == title else 0)
        if level:
            flat.append(Section(title=text, level=level))
            continue
        bold = lead_bold_runs(block.runs)
        typed = next((c for c in BULLET_CHARS if text.startswith(c + " ")), None)
        marked = KOREAN_ITEM.match(text) if not typed and re.search("[가-힣]", text) else None
        if typed:  # "• Tickets bounce" typed into a plain paragraph is a list item all the same
            text = text[len(typed):].strip()
        elif marked:  # so is "가. 부품 도착 지연" in a Korean report
            typed, text = marked.group(1), text[marked.end():].strip()
        label, rest = split_label(text, bold)
        if typed or "List" in style or (block._p.pPr is not None and block._p.pPr.numPr is not None):
            append_item(flat[-1], Item(text=text, label=label, rest=rest, bold=bool(bold and label)), _list_level(block))
        else:
            flat[-1].blocks.append(Para(text=text, label=label, rest=rest, bold=bool(bold and label)))
    return nest(flat)


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _with_text_boxes(block: Any) -> list[Any]:
    """A paragraph and then the paragraphs of the text boxes anchored in it (persona cards are often text boxes,
    which python-docx leaves out of a paragraph's text). Word writes each box twice, the second time as a fallback
    for old readers; that copy is skipped."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    if not isinstance(block, Paragraph):
        return [block]
    boxes = [box for box in block._p.iter(qn("w:txbxContent")) if not any(a.tag == _FALLBACK for a in box.iterancestors())]
    return [block, *(Paragraph(p, block._parent) for box in boxes for p in box.iterchildren(qn("w:p")))]


def _untitled_first_line(blocks: list[Any], texts: list[str]) -> int | None:
    """In a document with no heading style at all, the index of a first paragraph that reads as its title: short,
    plain (not bold, not a bullet, not a `Label:` line or a field name), without end punctuation ("정비소 사장 태오")."""
    from docx.text.paragraph import Paragraph

    paragraphs = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Paragraph) and texts[i]]
    if not paragraphs or any(_heading_level((b.style.name if b.style is not None else "") or "") for _, b in paragraphs):
        return None
    i, first = paragraphs[0]
    return i if not lead_bold_runs(first.runs) and reads_as_title(texts[i], max_words=12) else None


def reads_as_title(text: str, max_words: int) -> bool:
    """A line that can title what follows it: short, no sentence end, not a typed bullet, a `Label:` line or a field."""
    return 0 < len(text.split()) <= max_words and not HEADING_END.search(text) \
        and not any(text.startswith(c + " ") for c in BULLET_CHARS) and split_label(text, None)[0] is None and not is_field(text)


def furniture_key(text: str) -> str:
    """A line as page or slide furniture is compared: lower case, numbers aside ("Page 3" is "page #")."""
    return re.sub(r"\d+", "#", text.strip().lower())


def repeated_in_most(groups: list[set[str]]) -> set[str]:
    """The keys found in half of the groups or more (two at least): what every page or slide repeats."""
    counts = Counter(key for group in groups for key in group)
    return {key for key, n in counts.items() if len(groups) >= 2 and n >= max(2, len(groups) / 2)}


def _heading_level(style: str) -> int:
    if style == "Title":
        return 1
    m = re.match(r"Heading (\d)", style)
    return int(m.group(1)) if m else 0


def lead_bold_runs(runs: Any) -> str | None:
    """The bold words a paragraph opens with (python-docx and python-pptx runs alike), or None."""
    parts: list[str] = []
    for run in runs:
        if not run.text.strip() and not parts:
            continue
        if run.font.bold:
            parts.append(run.text)
        else:
            break
    return "".join(parts).strip() or None


def _list_level(paragraph: Any) -> int:
    num = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    if num is not None and num.ilvl is not None:
        return int(num.ilvl.val)
    m = re.search(r"(\d)$", paragraph.style.name or "")
    return int(m.group(1)) - 1 if m else 0


def append_item(section: Section, item: Item, depth: int) -> None:
    """A list item at its indent level, under the last item one level up (a new list when the section has none open)."""
    last = section.blocks[-1] if section.blocks else None
    if not isinstance(last, ItemList):
        last = ItemList()
        section.blocks.append(last)
    items = last.items
    while depth > 0 and items:
        items = items[-1].children
        depth -= 1
    items.append(item)


@dataclass
class Heading:
    """A line its document marks as a heading (a Hangul outline style), at its level."""

    text: str
    level: int


def read_plain_lines(lines: Sequence[str | Heading | Table], *, nest_by_glyph: bool = False) -> Section:
    """Lines of text (with any headings and tables the format marks) as the tree. With ``nest_by_glyph`` (Hangul
    reports) a list nests by which glyph its items use, in the order the glyphs first appear (□ then ○ then -), and a
    heading's level follows from what came before it (``_level``) instead of "the first is the title"."""
    flat = [Section(title="", level=0)]
    paragraph: list[str] = []
    glyphs: list[str] = []
    # a Korean report typed without outline styles: short "1. …" and "가. …" lines titling content are its parts
    texts = [x if isinstance(x, str) else "" for x in lines]
    korean_outline = uses_korean_outline(texts)

    def flush() -> None:
        if paragraph:
            text = squash(" ".join(paragraph))
            label, rest = split_label(text, None)
            flat[-1].blocks.append(Para(text=text, label=label, rest=rest))
            paragraph.clear()

    for i, raw in enumerate(lines):
        if isinstance(raw, (Heading, Table)):
            flush()
            glyphs.clear()
            if isinstance(raw, Table):
                flat[-1].blocks.append(raw)
            else:
                flat.append(Section(title=raw.text, level=raw.level))
            continue
        line = raw.strip()
        if not line:
            flush()
            continue
        if korean_outline and (depth := outline_part_depth(texts, i)):
            flush()
            glyphs.clear()
            flat.append(Section(title=line, level=depth))
            continue
        bullet = next((c for c in BULLET_CHARS if line.startswith(c + " ") or (c not in "-*" and line.startswith(c))), None)
        korean = KOREAN_ITEM.match(line) if nest_by_glyph and not bullet else None
        if bullet or korean or re.match(r"^\d{1,2}[.)]\s", line):
            flush()
            if korean:  # "가. …", "① …", "(1) …": the kind of marker, not its number, says how deep the item is
                bullet, text = item_kind(korean.group(1)), squash(line[korean.end():])
            else:
                text = squash(line[len(bullet):] if bullet else re.sub(r"^\d{1,2}[.)]\s", "", line))
            label, rest = split_label(text, None)
            depth = 0
            if nest_by_glyph and bullet:
                if bullet not in glyphs:
                    glyphs.append(bullet)
                depth = glyphs.index(bullet)
            append_item(flat[-1], Item(text=text, label=label, rest=rest), depth)
            continue
        glyphs.clear()
        label, rest = split_label(squash(line), None)
        if label and rest and label.lower() in NAME_LABELS:
            flush()  # "Persona: Courier Cai" opens a persona
            flat.append(Section(title=rest, level=2 if len(flat) > 1 else 1))
            continue
        if label and (is_field(label) or (rest and len(label.split()) <= 3)):
            flush()  # "Pain points:", "Goals: open a third shop", "Age: 38": a field line, never a heading
            flat[-1].blocks.append(Para(text=squash(line), label=label, rest=rest))
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        nxt = following.strip() if isinstance(following, str) else ""
        # PDF text rarely keeps blank lines: a heading may directly follow a finished sentence
        if _looks_like_heading(line, nxt) and (not paragraph or paragraph[-1].endswith((".", "!", "?", ":")) or line.endswith(":")):
            flush()
            title = line.rstrip(":")
            flat.append(Section(title=title, level=_level(flat, title) if nest_by_glyph else 2 if len(flat) > 1 else 1))
            continue
        paragraph.append(line)
    flush()
    root = nest(flat)
    root.guessed = True
    return root


def _level(flat: list[Section], title: str) -> int:
    """A heading's level where the format gives none: a field ("고충", "Pain points") belongs to the heading above;
    another heading is the sibling of the last one that had content of its own, or under it if it had none (a
    title)."""
    headings = [s for s in flat[1:] if not is_field(s.title)]
    if not headings:
        return 2 if is_field(title) and len(flat) > 1 else 1
    last = headings[-1]
    if is_field(title):
        return last.level + 1
    had_content = bool(last.blocks) or flat[-1] is not last
    return last.level if had_content else last.level + 1


def is_field(label: str) -> bool:
    from callinsight.personas.model import canonical_section

    return canonical_section(label) is not None


def _looks_like_heading(line: str, nxt: str) -> bool:
    words = line.split()
    capital = line[0].isupper() or (line[0].isalpha() and not line[0].islower())  # Hangul has no case
    return 0 < len(words) <= 6 and not line.endswith((".", ",", ";", "?", "!")) and bool(nxt) and capital


def cell_text(text: str) -> str:
    """A table cell's text, one line per line it holds, blank lines dropped."""
    return "\n".join(squash(line) for line in text.splitlines() if line.strip())


def read_csv(text: str) -> Section:
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = [[cell_text(c) for c in row] for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    root = Section(title="", level=0)
    root.blocks += _table_blocks(rows)
    return root


def _table_blocks(rows: list[list[str]]) -> list[Para | Table]:
    """A sheet's rows as a table, its header the first row of two cells or more: a title row or two above it ("Customer
    personas 2026", a note) is a paragraph, not the header."""
    titles = 0
    while titles < min(3, len(rows) - 1) and sum(1 for c in rows[titles] if c) == 1:
        titles += 1
    if titles and not any(sum(1 for c in row if c) >= 2 for row in rows[titles:]):
        titles = 0  # a one-column sheet: every row is one cell
    paras: list[Para | Table] = [Para(text=next(c for c in row if c)) for row in rows[:titles]]
    return paras + ([Table(header=rows[titles], rows=rows[titles + 1:])] if rows[titles:] else [])


def read_xlsx(path: Path) -> Section:
    import openpyxl

    try:
        book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile/KeyError/InvalidFileException for non-workbooks
        raise InputError(str(path), f"not a readable .xlsx file: {exc}") from None
    root = Section(title="", level=0)
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows(values_only=True):
            cells = ["" if v is None else cell_text(str(v)) for v in row]
            if any(cells):
                rows.append(cells)
        if rows:
            section = Section(title=str(sheet.title), level=1)
            section.blocks += _table_blocks(rows)
            root.children.append(section)
    book.close()
    if len(root.children) == 1:  # one sheet: its title is the workbook's tab name, not a heading anyone wrote
        root.blocks, root.children = root.children[0].blocks, []
    return root
