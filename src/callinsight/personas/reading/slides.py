"""PowerPoint persona decks (.pptx) through python-pptx: marketing teams keep personas as slides, one slide per
persona (or a few), with boxes such as "Pain points" and "Goals" laid out side by side.

A slide's title is a heading; a text box whose first line is short and followed by more lines is a sub-heading over
them (a box titled "Frustrations" with its bullets); bullets keep their indent level; tables stay tables. Shapes are
read top to bottom, then left to right, as a reader scans a slide; speaker notes are not the persona and are left out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.inline import split_label, squash
from callinsight.personas.reading.office import append_item, furniture_key, is_field, lead_bold_runs, repeated_in_most
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
    slides = list(deck.slides)
    furniture = _repeated_boxes(slides)
    for slide in slides:
        shapes = [s for s in _reading_order(slide.shapes) if not _is_furniture(s, furniture)]
        title_shape = slide.shapes.title if slide.shapes.title is not None else _title_box(shapes)
        title = squash(title_shape.text_frame.text) if title_shape is not None and title_shape.has_text_frame else ""
        rest = [s for s in shapes if title_shape is None or s.shape_id != title_shape.shape_id]
        if _GENERIC_TITLE.match(title) and rest and (name := _title_box(rest)) is not None and not is_field(_box_text(name)):
            title = _box_text(name)  # "Customer persona" over a box "Dana Ortiz": the slide is Dana's
            rest = [s for s in rest if s.shape_id != name.shape_id]
        if title:
            flat.append(Section(title=title, level=_SLIDE_LEVEL))
        labelled = False
        for shape in rest:
            labelled = _read_shape(shape, flat, under_label=labelled)
    return nest(flat)


#: A slide title that says only that the slide is a persona ("Customer persona", "User profile 2").
_GENERIC_TITLE = re.compile(r"^\W*((customer|user|buyer|target)\s+)?(persona|profile|(?:페르소나|퍼소나)|고객 프로필)(\s*#?\s*(\d{1,2}|[a-z]))?\W*$", re.I)


_FOOTER_PLACEHOLDERS = frozenset({13, 15, 16})  # PP_PLACEHOLDER.SLIDE_NUMBER, FOOTER, DATE


def _box_text(shape: Any) -> str:
    return squash(shape.text_frame.text) if getattr(shape, "has_text_frame", False) and shape.has_text_frame else ""


def _repeated_boxes(slides: list[Any]) -> set[str]:
    """A one-line box that comes back on half the slides or more, numbers aside ("Acme Corp | Confidential", a slide
    number typed into a text box): the deck's furniture, not any persona's text."""
    groups = []
    for slide in slides:  # not a slide's title ("Customer persona" on every slide), nor a box titled by a field
        title = slide.shapes.title.shape_id if slide.shapes.title is not None else None
        texts = [(s, _one_line(s)) for s in slide.shapes if s.shape_id != title]
        groups.append({furniture_key(t) for _, t in texts if t and not is_field(t.rstrip(":"))})
    return repeated_in_most(groups)


def _one_line(shape: Any) -> str:
    """The text of a box that holds one line, else ""."""
    text = _box_text(shape)
    return text if text and "\n" not in shape.text_frame.text.strip() else ""


def _is_furniture(shape: Any, repeated: set[str]) -> bool:
    if getattr(shape, "is_placeholder", False) and int(shape.placeholder_format.type or 0) in _FOOTER_PLACEHOLDERS:
        return True  # the layout's footer, slide number and date
    text = _one_line(shape)
    return bool(text) and (furniture_key(text) in repeated or re.fullmatch(r"\d{1,3}", text) is not None)


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


def _read_shape(shape: Any, flat: list[Section], under_label: bool = False) -> bool:
    """Read one shape into ``flat``; True when it was a box holding only a field name ("Pain points"), whose content
    is the next box (``under_label``: that box's first line is no title of its own)."""
    if shape.shape_type is not None and int(shape.shape_type) == 6:  # MSO_SHAPE_TYPE.GROUP
        labelled = False
        for inner in _reading_order(shape.shapes):
            labelled = _read_shape(inner, flat, under_label=labelled)
        return labelled
    if getattr(shape, "has_table", False) and shape.has_table:
        rows = [[squash(cell.text) for cell in row.cells] for row in shape.table.rows]
        if rows:
            flat[-1].blocks.append(Table(header=rows[0], rows=rows[1:]))
        return False
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        return _read_text_frame(shape, flat, under_label)
    return False


def _read_text_frame(shape: Any, flat: list[Section], under_label: bool = False) -> bool:
    paragraphs = [(p, squash("".join(r.text for r in p.runs) or p.text)) for p in shape.text_frame.paragraphs]
    paragraphs = [(p, text) for p, text in paragraphs if text]
    if not paragraphs:
        return False
    first = paragraphs[0][1]
    if len(paragraphs) == 1 and is_field(first.rstrip(":").strip()):
        flat.append(Section(title=first.rstrip(":").strip(), level=_BOX_LEVEL))  # a box "Pain points" over the next box
        return True
    if len(paragraphs) > 1 and _short_line(first) and not under_label:
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
    return False


def _has_bullet(paragraph: Any) -> bool:
    """A bullet or number set on the paragraph itself (a text box's bullets, not a body placeholder's)."""
    ppr = paragraph._p.pPr
    return ppr is not None and any(child.tag.endswith(("}buChar", "}buAutoNum")) for child in ppr)
