"""One persona told in several places of a document ("The Night Nurse", later "I am a night nurse"): merged."""

from __future__ import annotations

import re

from callinsight.personas.model import PersonaDoc


def merge_same_names(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"#### The Python software user" and later "### I am a Python software user": one persona told twice.
    (The same heading twice stays two personas; parse numbers the second.)"""
    merged: list[PersonaDoc] = []
    by_name: dict[str, PersonaDoc] = {}
    for persona in personas:
        key = name_key(persona.name)
        known = by_name.get(key)
        if known is not None and known.name != persona.name:
            merge_into(known, persona)
            continue
        by_name.setdefault(key, persona)
        merged.append(persona)
    return merged


def name_key(name: str) -> str:
    """"The Night Nurse", "night nurse": one persona's name, however a heading writes it."""
    return re.sub(r"^(the|a|an)\s+", "", name.lower()).strip()


def merge_into(known: PersonaDoc, more: PersonaDoc) -> None:
    for name, items in more.sections.items():
        have = known.sections.setdefault(name, [])
        have += [i for i in items if i not in have]
        if name in more.headings:
            known.headings.setdefault(name, more.headings[name])
    for title, text in more.extra_sections.items():
        known.extra_sections.setdefault(title, text)
