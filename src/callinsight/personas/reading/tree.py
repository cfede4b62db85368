"""The intermediate document tree every reader produces and the persona extractor reads.

Kept deliberately small: what a persona document is made of, whatever the format it came in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Para:
    """A paragraph. ``label`` is a leading bold (or ``Label:``) phrase, ``rest`` the text after it."""

    text: str
    label: str | None = None
    rest: str = ""
    bold: bool = False  # the label was bold (a plain "Word:" prefix may just be prose)


@dataclass
class Item:
    """A list item, with the same optional leading label, and its nested items."""

    text: str
    label: str | None = None
    rest: str = ""
    children: list[Item] = field(default_factory=list)
    link_only: bool = False  # the whole item is a link (a list of sources), not content
    bold: bool = False
    term: bool = False  # a definition list's term ("Amira Khan") with its definition as the rest

    def flat(self) -> list[str]:
        """Its text and every nested item's text, in order."""
        out = [self.text] if self.text else []
        for child in self.children:
            out.extend(child.flat())
        return out


@dataclass
class ItemList:
    items: list[Item] = field(default_factory=list)


def list_texts(blocks: list[Any]) -> list[str]:
    """Every item's text (nested ones too, in order) of the lists among ``blocks``."""
    return [t for block in blocks if isinstance(block, ItemList) for t in block_texts(block)]


@dataclass
class Table:
    """Cells as plain text; a cell holding several lines (``<br>``) keeps them as lines."""

    header: list[str]
    rows: list[list[str]]


Block = Para | ItemList | Table


@dataclass
class Section:
    """A heading (level 0 for the document itself) with its blocks and its sub-sections."""

    title: str
    level: int
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # front matter, or the keys of a YAML/JSON record
    record: bool = False  # one item of a YAML/JSON list or one table row/column: a persona by construction
    pseudo: bool = False  # opened by a bold name with a line about it ("**Maker**: …"), not by a heading
    guessed: bool = False  # (the document) its headings were guessed from plain text or PDF lines: levels mean little

    def walk(self) -> list[Section]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out

    def text(self) -> str:
        """All text of the section and below, for messages and checks."""
        parts = [self.title]
        for block in self.blocks:
            parts.extend(block_texts(block))
        for child in self.children:
            parts.append(child.text())
        return "\n".join(p for p in parts if p)


def block_texts(block: Block) -> list[str]:
    if isinstance(block, Para):
        return [block.text]
    if isinstance(block, ItemList):
        return [t for item in block.items for t in item.flat()]
    return [" ".join(row) for row in [block.header, *block.rows]]


def nest(flat: list[Section]) -> Section:
    """Sections read in document order (level 0 first) -> a tree by heading level."""
    root = flat[0]
    stack = [root]
    for section in flat[1:]:
        while len(stack) > 1 and stack[-1].level >= section.level:
            stack.pop()
        stack[-1].children.append(section)
        stack.append(section)
    return root
