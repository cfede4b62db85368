"""Parts of a page that say more about personas already found on it: a summary table naming them again, or a
"Pain points" section with a bold bullet per persona."""

from __future__ import annotations

import re

from callinsight.personas.model import PersonaDoc, field_of
from callinsight.personas.names import clean_name
from callinsight.personas.reading.tree import Item, Section

_GENERIC_NAME_WORDS = frozenset({"and", "or", "the", "of", "for", "a", "an", "users", "user", "workers", "members", "team",
                                 "staff", "people", "customers", "persona", "personas"})


def known_named(label: str, personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """Personas found so far that a shorter or longer name points at ("QC workers" → "Quality Control (QC) workers",
    "SRE" → "Site reliability engineer (SRE)"), sharing a word that is not just "workers" or "users"."""
    def words(name: str) -> set[str]:
        return set(re.findall(r"[^\W_]+", re.sub(r"[()]", " ", name.lower())))

    said = words(clean_name(label))
    return [p for p in personas if said and (w := words(p.name)) and (w <= said or said <= w) and (w & said) - _GENERIC_NAME_WORDS]


def attach_to_known(item: Item, section: Section, personas: list[PersonaDoc]) -> bool:
    """Under a field heading outside any persona ("### Pain points" after "### Primary user roles"), a bold bullet
    naming personas found above ("**QC workers**", "**State eligibility and inquiry workers**") gives its items to
    them instead of being a persona of its own."""
    kind = field_of(section.title, loose=False)
    label = clean_name(item.label or "")
    if not kind or not label or not item.children:
        return False
    known = known_named(label, personas)
    if not known:
        return False
    items = [t for child in item.children for t in child.flat()]
    for persona in known:
        have = persona.sections.setdefault(kind, [])
        have += [t for t in items if t not in have]
        persona.headings.setdefault(kind, section.title)
    return True
