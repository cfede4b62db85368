"""PDF persona documents through pypdf (text only): lines of every page without the page's running header, footer
and number, read as lines of text (``office.read_plain_lines``); persona cards exported one a page are headed by
their first lines."""

from __future__ import annotations

import re
from pathlib import Path

from callinsight.errors import InputError
from callinsight.personas.reading.inline import split_label
from callinsight.personas.reading.office import (
    Heading,
    furniture_key,
    is_field,
    read_plain_lines,
    reads_as_title,
    repeated_in_most,
)
from callinsight.personas.reading.tree import Section, Table


def read_pdf(path: Path) -> Section:
    """PDF has text, not structure: lines are grouped into paragraphs, bullet lines into items, and a
    short line without end punctuation followed by text into a heading (the layout most exports keep)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as exc:
        raise InputError(str(path), f"not a readable PDF: {exc}") from None
    kept = without_page_furniture(pages)
    if _one_card_a_page(kept):  # each page's first line heads it, and none is the document's title
        headed: list[str | Heading | Table] = []
        for page in kept:
            headed += [Heading(text=page[0].strip(), level=2), *page[1:]]
        return read_plain_lines(headed)
    return read_plain_lines([line for page in kept for line in page])


def _one_card_a_page(pages: list[list[str]]) -> bool:
    """Persona cards exported to PDF: two pages or more, each a distinct title over field lines."""
    firsts = [page[0].strip() for page in pages if page]
    return len(pages) >= 2 and len(firsts) == len(pages) and len(set(firsts)) == len(firsts) \
        and all(reads_as_title(first, max_words=8) for first in firsts) \
        and all(any(is_field(x.strip().rstrip(":")) or split_label(x.strip(), None)[0] for x in page[1:]) for page in pages)


#: "Page 3", "3", "3 / 10", "Page 3 of 10", "- 3 -", "3쪽": a page number alone on its line.
_PAGE_NUMBER = re.compile(r"^\W*(page|p\.|페이지)?\s*\d{1,4}\s*((/|of|쪽|페이지)\s*\d{0,4})?\W*$", re.I)


def without_page_furniture(pages: list[str]) -> list[list[str]]:
    """Each page's lines without its running header and footer: a line among the first or last three of a page that
    comes back (numbers aside) at the edge of at least half the pages, and a page number; the header is kept once, at
    the top of the first page, as the title. Left in, "Acme Corp — Confidential" became a heading that took the rest
    of a persona away from it."""
    lines = [[line for line in page.splitlines() if line.strip()] for page in pages]

    def content(line: str) -> bool:  # a field or a `Label:` line at the top of every one-persona page is content
        text = line.strip().lstrip("-•*· ").strip()
        return text.endswith(":") or is_field(text) or split_label(text, None)[0] is not None

    repeated = repeated_in_most([{furniture_key(x) for x in page[:3] + page[-3:] if not content(x)} for page in lines])
    out = []
    for n, page in enumerate(lines):
        top = set(range(min(3, len(page)))) if n else set()  # the first page's running header is the document's title
        edge = top | set(range(max(0, len(page) - 3), len(page)))
        out.append([x for i, x in enumerate(page) if not (i in edge and (furniture_key(x) in repeated or _PAGE_NUMBER.match(x)))])
    return out
