"""Building one persona from a section with fields, a bullet with a bold name, or a story."""

from __future__ import annotations

from callinsight.personas.model import PersonaDoc, field_of
from callinsight.personas.names import clean_name, names_container, sentence_subject
from callinsight.personas.personadoc import DocBuilder
from callinsight.personas.reading.tree import Item, ItemList, Section


def from_fields(section: Section, name: str, source: str, ancestors: list[Section], title: str = "") -> PersonaDoc:
    b = DocBuilder(clean_name(name), source, section.meta, ancestors, title=title or name)
    _keep_sentence_heading(b, title)
    b.read_blocks(section.blocks)
    for child in section.children:
        b.read_section(child, field_of(child.title))
    return b.finish()


def from_bullet(item: Item, source: str, ancestors: list[Section]) -> PersonaDoc:
    b = DocBuilder(clean_name(item.label or ""), source, {}, ancestors)
    b.read_prose(item.text)  # "Chihiro (they/them) is …": the name keeps the first sentence readable
    for child in item.children:
        b.read_blocks([ItemList(items=[child])])
    return b.finish()


def nested_containers(section: Section) -> list[Section]:
    """Sub-sections of a persona that are headings over more personas, not parts of this one."""
    return [c for c in section.children if c.children and names_container(clean_name(c.title))]


def from_narrative(section: Section, name: str, source: str, ancestors: list[Section],
                    nested: list[Section] | None = None) -> PersonaDoc:
    """``nested``: sub-sections that hold more personas (``nested_containers``), left out of this one."""
    b = DocBuilder(name, source, section.meta, ancestors, title=section.title)
    _keep_sentence_heading(b, section.title)
    b.read_blocks(section.blocks)
    skip = nested_containers(section) if nested is None else nested
    for child in [c for c in section.children if c not in skip]:
        b.read_section(child, field_of(child.title))
    return b.finish()


def _keep_sentence_heading(b: DocBuilder, title: str) -> None:
    if title and sentence_subject(title):  # "Trevor is 18 years old": the heading says who he is
        b.doc.attributes["summary"] = title


def story_name(title: str) -> str:
    """A story's persona name: the subject of a sentence heading ("Trevor is 18 years old"), else the heading."""
    return sentence_subject(title) or clean_name(title)


def meta_name(section: Section) -> str:
    for key in ("name", "persona", "title"):
        value = section.meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""
