"""Where a persona's name stands on a page, for the owner's names (``named``): every heading, label, opening and
mention that can introduce a persona, in document order, and how surely each one does."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from callinsight.personas.reading.tree import Block, Item, ItemList, Para, Section, Table

HEADING, LABEL, OPENING, MENTION = range(4)  # how surely a spot introduces its persona, surest first
#: A line of a table cell that tells of a persona opens with her name ("최유진(33세, 임신 27주, …)").
_CELL_OPENING = 3
_OPENING_WORDS = 12  # "Dana is a data analyst at …": the name within a paragraph's first words
_TYPO_SIMILARITY = 88  # a heading or label spelled a little differently from the owner's name ("Dana Whitfeild")


@lru_cache(maxsize=8192)  # mentions() asks for every spot's text once per name and once per other name
def norm_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return re.sub(r"[\W_]+", " ", text).strip()


def mentions(text: str, name: str) -> bool:
    """``name`` stands in ``text`` as whole words (a plural or possessive allowed; Korean particles after a Hangul
    name too: "민지는")."""
    wanted = norm_name(name)
    if not wanted:
        return False
    # Chinese and Japanese write no spaces between words, Korean writes particles onto them: no boundary there
    start = "" if _ideographic(wanted[0]) else r"(?<!\w)"
    # (a Korean particle after a Latin name too: "학생 J는")
    end = "" if _ideographic(wanted[-1]) or _hangul(wanted[-1]) else r"(?:e?s)?(?![^\W\uac00-\ud7a3])"
    return bool(re.search(rf"{start}{re.escape(wanted)}{end}", norm_name(text)))


def _ideographic(char: str) -> bool:
    return "\u3040" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def titled_with(title: str, name: str) -> bool:
    """A heading or label that names the persona: it holds the name, is all of it ("Dana" for "Dana Whitfield"),
    or is the name with a typo."""
    if mentions(title, name):
        return True
    words, wanted = norm_name(title).split(), norm_name(name).split()
    if words and len(wanted) > 1 and set(words) < set(wanted) and any(len(w) > 2 for w in words):
        return True
    return len(norm_name(name)) >= 5 and fuzz.ratio(norm_name(title), norm_name(name)) >= _TYPO_SIMILARITY


@dataclass
class Spot:
    rank: int
    order: int
    section: Section  # the section it stands in: its heading, or the one whose blocks hold it
    ancestors: list[Section]
    block: Block | None = None  # the paragraph, list or table (None: the heading itself)
    item: Item | None = None
    row: int | None = None  # a table row named in its first cell
    column: int | None = None  # a table column named in its header
    cell: tuple[int, int, int] | None = None  # (row, column, line) of a line in a table cell that opens with the name


@dataclass
class Page:
    """Every spot of the page where a name can stand, in document order."""

    spots: list[tuple[Spot, str]] = field(default_factory=list)  # (spot, the text it names someone with)

    def add(self, text: str, rank: int, section: Section, ancestors: list[Section], block: Block | None = None,
            item: Item | None = None, row: int | None = None, column: int | None = None,
            cell: tuple[int, int, int] | None = None) -> None:
        if text.strip():
            self.spots.append((Spot(rank, len(self.spots), section, ancestors, block, item, row, column, cell), text))


def opening(text: str, words: int = _OPENING_WORDS) -> str:
    """The text's first words, where a name that opens it stands."""
    return " ".join(text.split()[:words])


def _items(items: list[Item]) -> Iterator[Item]:
    for item in items:
        yield item
        yield from _items(item.children)


def read_page(root: Section) -> Page:
    page = Page()

    def walk(section: Section, ancestors: list[Section]) -> None:
        if section is not root:
            page.add(section.title, HEADING, section, ancestors)
        for block in section.blocks:
            if isinstance(block, Para):
                if block.label:
                    page.add(block.label, LABEL, section, ancestors, block=block)
                page.add(opening(block.text), OPENING, section, ancestors, block=block)
                page.add(block.text, MENTION, section, ancestors, block=block)
            elif isinstance(block, ItemList):
                for item in _items(block.items):
                    if item.link_only:  # a table of contents' link is not where a persona is told
                        continue
                    if item.label:
                        page.add(item.label, LABEL, section, ancestors, block=block, item=item)
                    page.add(opening(item.text), OPENING, section, ancestors, block=block, item=item)
                    page.add(" ".join(item.flat()), MENTION, section, ancestors, block=block, item=item)
            elif isinstance(block, Table):
                for column, header in enumerate(block.header):
                    page.add(header, LABEL, section, ancestors, block=block, column=column)
                for row, cells in enumerate(block.rows):
                    if cells:
                        page.add(cells[0], LABEL, section, ancestors, block=block, row=row)
                    for column, cell in list(enumerate(cells))[1:]:  # "| 고객 | 이수정(31세, …) ⏎ - Pain Point: … |"
                        for line, text in enumerate(cell.split("\n")):
                            page.add(opening(text, _CELL_OPENING), OPENING, section, ancestors, block=block,
                                     cell=(row, column, line))
        for child in section.children:
            walk(child, [*ancestors, section])

    walk(root, [])
    return page


def spots_of(page: Page, names: list[str]) -> dict[str, list[list[Spot]]]:
    """Each name's spots, surest first, in the groups a persona is read from: every heading titled with it (merged),
    then each label and each opening on its own, then every mention together. A spot naming another of the owner's
    personas too ("Dana and Omar") introduces neither."""
    found: dict[str, list[list[Spot]]] = {}
    for name in names:
        others = others_of(name, names)
        hits = [spot for spot, text in page.spots
                if (titled_with(text, name) if spot.rank in (HEADING, LABEL) else mentions(text, name))
                and not any(mentions(text, other) for other in others)]
        groups = [_outermost([s for s in hits if s.rank == HEADING])]
        groups += [[s] for s in sorted(hits, key=lambda s: (s.rank, s.order)) if s.rank in (LABEL, OPENING)]
        groups.append([s for s in hits if s.rank == MENTION])
        if groups := [g for g in groups if g]:
            found[name] = groups
    return found


def others_of(name: str, names: list[str]) -> list[str]:
    """The owner's other names, less those this one holds ("Dana" in "Dana Junior"): a text naming one of them is not
    hers alone."""
    return [n for n in names if n != name and not mentions(name, n)]


def within(spot: Spot, section: Section) -> bool:
    """The spot stands in the section or below it."""
    return spot.section is section or section in spot.ancestors


def starts_in(section: Section, others: list[Spot]) -> list[int]:
    """The indexes of the section's blocks where another persona's part starts, in order."""
    return sorted(i for s in others if s.section is section and s.block is not None
                  for i, b in enumerate(section.blocks) if b is s.block)


def _outermost(headings: list[Spot]) -> list[Spot]:
    """Headings titled with the name, without those inside another of them (its parts, read with it)."""
    return [s for s in headings if not any(o.section in s.ancestors for o in headings if o is not s)]


def headings_of(spots: dict[str, list[list[Spot]]], name: str) -> list[Section]:
    """The headings titled with her name."""
    return [s.section for s in spots.get(name, [[]])[0] if s.rank == HEADING]
