"""PowerPoint persona decks (.pptx) through python-pptx: marketing teams keep personas as slides, one slide per
persona (or a few), with boxes such as "Pain points" and "Goals" laid out side by side.

A slide's title is a heading; a text box whose first line is short and followed by more lines is a sub-heading over
them (a box titled "Frustrations" with its bullets); bullets keep their indent level; tables stay tables. Shapes are
read top to bottom, then left to right, as a reader scans a slide; speaker notes are not the persona and are left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.inline import split_label, squash
from callinsight.personas.reading.office import append_item, lead_bold_runs
from callinsight.personas.reading.tree import Item, Para, Section, Table, nest

_SLIDE_LEVEL = 2  # a deck's slides are siblings; a box's own title sits under its slide
_BOX_LEVEL = 3


def read_pptx(path: Path) -> Section:
    from pptx import Presentation

    try:
        deck = Presentation(str(path))
    except Exception as exc:  # python-pptx raises zipfile/KeyError/PackageNotFoundError for non-decks
        raise InputError(str(path), f"not a readable .pptx file: {exc}") from None
    flat = [Section(title="", level=0)]
    for slide in deck.slides:
        shapes = _reading_order(slide.shapes)
        title_shape = slide.shapes.title if slide.shapes.title is not None else _title_box(shapes)
        title = squash(title_shape.text_frame.text) if title_shape is not None and title_shape.has_text_frame else ""
        if title:
            flat.append(Section(title=title, level=_SLIDE_LEVEL))
        for shape in shapes:
            if shape is not title_shape:
                _read_shape(shape, flat)
    return nest(flat)


def _title_box(shapes: list[Any]) -> Any:
    """On a slide made from a blank layout, the top text box when it holds one short line ("Warehouse Wes") is the
    slide's title; None when the top text is anything else."""
    top = next((s for s in shapes if getattr(s, "has_text_frame", False) and s.has_text_frame and s.text_frame.text.strip()),
               None)
    if top is None:
        return None
    lines = [p for p in top.text_frame.paragraphs if p.text.strip()]
    text = squash(top.text_frame.text)
    return top if len(lines) == 1 and _short_line(text) and not text.endswith(":") else None


def _short_line(text: str) -> bool:
    """A line that can title what follows it: a few words, no sentence ending."""
    return len(text.split()) <= 6 and not text.endswith((".", "!", "?", ",", ";"))


def _reading_order(shapes: Any) -> list[Any]:
    return sorted(shapes, key=lambda s: ((s.top or 0) // 100_000, s.left or 0))  # rows of about 0.1 inch


def _read_shape(shape: Any, flat: list[Section]) -> None:
    if shape.shape_type is not None and int(shape.shape_type) == 6:  # MSO_SHAPE_TYPE.GROUP
        for inner in _reading_order(shape.shapes):
            _read_shape(inner, flat)
        return
    if getattr(shape, "has_table", False) and shape.has_table:
        rows = [[squash(cell.text) for cell in row.cells] for row in shape.table.rows]
        if rows:
            flat[-1].blocks.append(Table(header=rows[0], rows=rows[1:]))
        return
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        _read_text_frame(shape, flat)


def _read_text_frame(shape: Any, flat: list[Section]) -> None:
    paragraphs = [(p, squash("".join(r.text for r in p.runs) or p.text)) for p in shape.text_frame.paragraphs]
    paragraphs = [(p, text) for p, text in paragraphs if text]
    if not paragraphs:
        return
    first = paragraphs[0][1]
    if len(paragraphs) > 1 and _short_line(first):
        flat.append(Section(title=first.rstrip(":").strip(), level=_BOX_LEVEL))  # a box titled "Pain points"
        paragraphs = paragraphs[1:]
    in_body = shape.is_placeholder and shape.placeholder_format.type is not None and int(shape.placeholder_format.type) in (2, 7)
    for paragraph, text in paragraphs:
        bold = lead_bold_runs(paragraph.runs)
        label, rest = split_label(text, bold)
        bulleted = in_body or paragraph.level > 0 or _has_bullet(paragraph)
        if bulleted:
            append_item(flat[-1], Item(text=text, label=label, rest=rest, bold=bool(bold and label)), paragraph.level)
        else:
            flat[-1].blocks.append(Para(text=text, label=label, rest=rest, bold=bool(bold and label)))


def _has_bullet(paragraph: Any) -> bool:
    """A bullet or number set on the paragraph itself (a text box's bullets, not a body placeholder's)."""
    ppr = paragraph._p.pPr
    return ppr is not None and any(child.tag.endswith(("}buChar", "}buAutoNum")) for child in ppr)
