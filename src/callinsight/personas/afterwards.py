"""Passes over a whole page once its sections were visited: a section skipped on its own that is more of a persona
found later, a sibling of a persona's kind, a one-persona page named for the person its text introduces, and, when
nothing was found, the closest thing for the error message."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from callinsight.personas.building import (
    from_fields,
    from_narrative,
    story_name,
)
from callinsight.personas.evidence import (
    PERSONA_WORD,
    field_labels,
)
from callinsight.personas.extraction import Extraction
from callinsight.personas.merging import merge_into, name_key
from callinsight.personas.model import field_of
from callinsight.personas.names import (
    ROLE_NOUN,
    clean_name,
    introduced_person,
    is_given_name,
    looks_like_a_name,
    name_core,
    names_container,
    names_people,
    says_word,
)
from callinsight.personas.personadoc import persona_id_for
from callinsight.personas.reading.inline import without_asides
from callinsight.personas.reading.tree import ItemList, Para, Section, Table


def named_for_its_person(out: Extraction, root: Section) -> None:
    """A page found to be one persona under a title that names no one ("Planning ahead for fair lettings"), whose
    text introduces one person ("Take Jean, a 76-year-old widow …"): the persona is Jean, as a reader would call her."""
    # (a title with the word persona, "Milestone 3: Persona and Scenario", names the page, never the person)
    if len(out.personas) != 1 or (looks_like_a_name(name := out.personas[0].name) and not PERSONA_WORD.search(name)) \
            or names_people(name) or len(name.split()) < 3 or ROLE_NOUN.search(name):
        return  # ("Enumerator", "Maarten (mapping campaigns)": a role or a person already)
    people = {p for s in root.walk() for b in s.blocks if isinstance(b, Para) and (p := introduced_person(b.text))}
    if len(people) != 1:
        return
    person, text = people.pop(), root.text()

    def told(word: str) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))

    # ("Luis, The Onlooker" ⏎ … "Mark, who runs the shop next to Luis, …": the page is about Luis, whom Mark meets)
    if person.split()[0].lower() not in name.lower() and told(person.split()[0]) > told(name.split()[0].strip(",")):
        persona = out.personas[0]
        persona.name = person
        persona.persona_id = persona_id_for(persona.name)


def told_before(out: Extraction, source: str) -> None:
    """"## The field mapper (collecting data)" with a line and a list, and further down "## The Field Mapper (The
    person who collects data)" as a persona: the earlier section, skipped on its own, is more of that persona."""
    def key(name: str) -> str:
        return name_key(without_asides(clean_name(name)))

    repeated = Counter(key(section.title) for section, _, _ in out.unplaced)  # a sub-heading under every persona
    for section, ancestors, skipped in out.unplaced:
        persona = next((p for p in out.personas if key(p.name) == key(section.title)), None)
        if persona is not None and skipped in out.skipped and key(section.title) and repeated[key(section.title)] == 1:
            merge_into(persona, from_narrative(section, persona.name, source, ancestors))
            out.skipped.remove(skipped)


#: The fields a section of its own tells of the one persona; not its "needs" or "challenges", which a page also says of
#: the product ("성능 요구 사항": performance requirements; "보강 과제": the writer's own tasks).
_TROUBLES = ("pain_points", "objections")
_TRAILING_ASIDE = re.compile(r"\((?:the |their |his |her )?([^()]{3,40})\)\s*$", re.I)


def troubles_of_the_one(out: Extraction, source: str) -> None:
    """A page of one persona ("### Persona: Mara — dispatcher") whose troubles are told in a section of their own
    further on ("## 2. Does it hurt?" ⏎ "### Specific pain points"): a section skipped on its own whose title names
    its pain points or objections (or says so in its aside: "Their current workflow (the pain)") holds that persona's."""
    if len(out.personas) != 1:
        return
    persona = out.personas[0]
    for section, ancestors, skipped in list(out.unplaced):
        if skipped not in out.skipped or section.children:
            continue
        aside = m[1] if (m := _TRAILING_ASIDE.search(section.title)) else ""  # "Their current workflow (the pain)"
        told = section if field_of(section.title) in _TROUBLES else replace(section, title=aside) \
            if field_of(aside) in _TROUBLES else None  # (read as its aside says)
        if told is not None:
            holder = Section(title=persona.name, level=max(section.level - 1, 0), children=[told])
            merge_into(persona, from_fields(holder, persona.name, source, ancestors))
            out.skipped.remove(skipped)


def troubles_told_of_one_named(out: Extraction, source: str) -> None:
    """"### Lee Su-yeon — Parent" ⏎ … ⏎ "### Lee Jun-seo — Child" ⏎ … ⏎ "## Persona's Main Concerns" ⏎ "Behind the wheel,
    Lee Su-yeon gets tense …": a section skipped on its own whose title names pain points or objections, written as
    prose that names one of several personas found and no other, holds that persona's troubles; its prose ends where
    the writer turns to what they built ("Starting from these worries, we built …:" over a list)."""
    if len(out.personas) < 2:
        return
    shared = Counter(key for p in out.personas for key in _keys_of(p.name))  # "Lee" of "Lee Su-yeon" and "Lee Jun-seo"
    keys_of = [(p, {key for key in _keys_of(p.name) if shared[key] == 1}) for p in out.personas]
    for section, ancestors, skipped in list(out.unplaced):
        if skipped not in out.skipped or section.children or field_of(section.title) not in _TROUBLES:
            continue
        told: list[Para] = []
        for block, after in zip(section.blocks, [*section.blocks[1:], None], strict=True):
            if not isinstance(block, Para) or block.text.rstrip().endswith(":") or isinstance(after, ItemList):
                break  # (a paragraph right over a list introduces it: "이런 불안에서 출발해 … 설계했습니다.")
            told.append(block)
        text = " ".join(b.text for b in told)
        named = [p for p, keys in keys_of if any(_says_name(text, key) for key in keys)]
        if len(named) != 1 or not told:
            continue
        holder = Section(title=named[0].name, level=max(section.level - 1, 0),
                         children=[Section(section.title, section.level, list(told))])
        merge_into(named[0], from_fields(holder, named[0].name, source, ancestors))
        out.skipped.remove(skipped)


def _says_name(text: str, key: str) -> bool:
    """A Korean name takes its particle without a space ("이수연은"): no word boundary after it."""
    return says_word(text, key) or (bool(re.fullmatch(r"[가-힣]{2,4}", key)) and re.search(rf"(?<![가-힣]){key}", text) is not None)


def _keys_of(name: str) -> set[str]:
    """The words prose calls a persona by: its name without role or aside ("Lee Su-yeon" of "Lee Su-yeon — Parent"),
    and a given name that opens it ("Tess" of "Tess Moreau")."""
    core = name_core(without_asides(clean_name(name)))
    first = core.split()[0] if core.split() else ""
    return {k for k in (core, first if first != core and is_given_name(first) else "") if len(k) >= 2}


def kin_of_personas(out: Extraction, source: str) -> None:
    """"## The No Nonsense Buyer" (a persona: its prose says so) ⏎ "## The Constant Buyer" (its prose never repeats the
    name): a section skipped on its own whose title names people with the same last word as a sibling persona is one of
    its kind."""
    names = {name_key(p.name) for p in out.personas}
    for section, ancestors, skipped in list(out.unplaced):
        words = clean_name(section.title).split()
        if skipped not in out.skipped or not ancestors or not words or not names_people(section.title) \
                or len(section.text().split()) < 12 or field_of(section.title, loose=False):
            continue
        kin = [s for s in ancestors[-1].children if s is not section and s.level == section.level
               and clean_name(s.title).split()[-1:] == words[-1:] and name_key(story_name(s.title)) in names]
        if kin:
            out.personas.append(from_narrative(section, clean_name(section.title), source, ancestors))
            out.skipped.remove(skipped)


def closest(root: Section, out: Extraction) -> str:
    best = ""
    for section in root.walk():
        labels = [f for f, _ in field_labels(section)]
        if labels and section.title:
            why = "its title names a group or a field, not a persona" if names_container(clean_name(section.title)) \
                or field_of(section.title) else "too few of a persona's fields (pain points, goals, needs…) to tell it is one"
            return f"section '{section.title}' has fields ({', '.join(sorted(set(labels)))}) but {why}"
    if out.skipped:
        s = out.skipped[0]
        best = f"section '{s.title}' ({s.reason})"
    if best:
        return best
    titles = [s.title for s in root.walk() if s.title]
    if titles:
        return f"headings {', '.join(repr(t) for t in titles[:3])} name no persona"
    table = next((b for s in root.walk() for b in s.blocks if isinstance(b, Table)), None)
    if table is not None:
        return (f"a table with columns {', '.join(repr(h) for h in table.header[:4])}: no column names personas "
                "(Name, Persona, Segment) next to field columns (Pain points, Goals), and no row holds field labels")
    paras = sum(1 for s in root.walk() for b in s.blocks if isinstance(b, Para | ItemList))
    return f"{paras} paragraph(s) or list(s) without headings, field labels or a named person" if paras else "no text"
