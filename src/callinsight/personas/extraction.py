"""What finding the personas of one document gives: the personas, the parts skipped and why, and the bookkeeping the
rules share while they walk the tree (``extract.extract``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from callinsight.personas.evidence import (
    repeated_sub_headings,
)
from callinsight.personas.merging import merge_into, name_key
from callinsight.personas.model import PersonaDoc
from callinsight.personas.reading.tree import Section


@dataclass
class Skipped:
    title: str
    reason: str


@dataclass
class Extraction:
    personas: list[PersonaDoc] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    closest: str = ""  # when nothing is a persona: the most persona-like thing, for the error message
    told_more: list[Section] = field(default_factory=list)  # sections that told more of a persona found earlier
    unplaced: list[tuple[Section, list[Section], Skipped]] = field(default_factory=list)  # skipped as unrecognised
    templates: dict[tuple[int, int], set[str]] = field(default_factory=dict)  # repeated_sub_headings, once a section

    def repeated_sub_headings(self, section: Section) -> set[str]:
        """``evidence.repeated_sub_headings`` of a section, worked out once for all its grandchildren (a page with
        hundreds of sections asked it once per section)."""
        key = (id(section), sum(len(c.children) for c in section.children))
        if key not in self.templates:
            self.templates[key] = repeated_sub_headings(section)
        return self.templates[key]

    def tell_more(self, section: Section) -> None:
        if not self.told(section):
            self.told_more.append(section)

    def told(self, section: Section) -> bool:
        return any(t is section for t in self.told_more)


def add_or_merge(out: Extraction, persona: PersonaDoc) -> bool:
    """A second section with the same persona's name ("As an assessor, I need…" twice) adds to the first.
    True when the persona is new."""
    known = next((p for p in out.personas if name_key(p.name) == name_key(persona.name)), None)
    if known is None:
        out.personas.append(persona)
        return True
    merge_into(known, persona)
    return False
