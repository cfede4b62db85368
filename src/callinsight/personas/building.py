"""Building one persona from a section with fields, a bullet with a bold name, or a story."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from callinsight.personas.model import CONCERN_SECTIONS, NUMBERED_PERSONA, PersonaDoc, field_of
from callinsight.personas.names import (
    GIVEN_NAME,
    NOT_A_SUBJECT,
    SENTENCE_BREAK,
    clean_name,
    full_name_of,
    introduced_person,
    is_given_name,
    names_container,
    names_people,
    says_word,
    sentence_subject,
)
from callinsight.personas.personadoc import DocBuilder
from callinsight.personas.reading.tree import Item, ItemList, Para, Section
from callinsight.personas.reading.yamlish import add_record_keys
from callinsight.personas.vocab import FIRM_REASONS, RANK_WORDS, non_persona_reason

#: A heading that says what the page holds, not who: "Patient Persona", "An example", "Sample persona".
_GENERIC_NAME = re.compile(r"^((\w+ ){0,2}(persona|profile)( #?\d{1,2})?|(an? )?(example|sample)( (persona|user|customer))?)$", re.I)
#: "Corey - Looking for local options for his back pain": a given name, a dash, the persona's tagline.
_NAME_AND_TAGLINE = re.compile(rf"^({GIVEN_NAME}) [-–—] \S")
#: A page's title that ends by saying it holds a persona: "Drawing Up Your Ideal Gym Member Persona".
_PAGE_TITLE = re.compile(r"^([\w'’-]+ ){3,6}(persona|profile)$", re.I)


def person_behind(name: str, section: Section) -> str:
    """The person a generically named section is about ("# Patient Persona" ⏎ "Corey - Looking for …", "## An
    example" ⏎ "Gary runs a small firm …"): their name, else the heading's."""
    generic = not name.strip() or bool(_GENERIC_NAME.match(name.strip()))  # ("Persona 1:" leaves no name at all)
    if not generic and not _PAGE_TITLE.match(name.strip()):
        return name
    for text in [b.text for b in section.blocks if isinstance(b, Para)][:3]:  # after a line or two about the page
        if generic and (person := ((tagged.group(1) if (tagged := _NAME_AND_TAGLINE.match(text)) else "")
                                   or introduced_person(text))):
            return person
        # "# Drawing Up Your Ideal Gym Member Persona" ⏎ "Picture someone new. Malik is 38 and … He …": a page's title over
        # the story of the person a sentence introduces
        for start in [m.end() for m in SENTENCE_BREAK.finditer(text)][:2]:
            if person := introduced_person(text[start:]):
                return person
    return _worked_example(section.text()) or name


def _worked_example(text: str) -> str:
    """A guide's worked example ("Example: "Tomasz, Operations Manager at …"" … "Tomasz's goal is …" … "Tomasz's
    pain points: …"): the one person the page names with a role and then keeps naming, possessives included."""
    possessive = Counter(re.findall(r"(?<![\w.])([A-Z][a-z]{2,})['’]s\b", text))
    people = [who for who, n in possessive.items() if n >= 2 and len(re.findall(rf"(?<!\w){who}(?!\w)", text)) >= 4
              and who.lower() not in NOT_A_SUBJECT
              and any(names_people(role) for role in re.findall(rf"(?<!\w){who}, (?:an? |the )?([A-Z][\w -]{{2,40}}?)(?= at\b| in\b| of\b|[,.;\"”])", text))]
    return people[0] if len(people) == 1 else ""


def from_fields(section: Section, name: str, source: str, ancestors: list[Section], title: str = "") -> PersonaDoc:
    b = DocBuilder(person_behind(clean_name(name), section), source, section.meta, ancestors, title=title or name)
    _keep_sentence_heading(b, title)
    b.read_blocks(section.blocks)
    for child in section.children:
        b.read_section(child, field_of(child.title))
    doc = b.finish()
    doc.from_record = section.record
    return doc


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
    b = DocBuilder(person_behind(name, section), source, section.meta, ancestors, title=section.title)
    _keep_sentence_heading(b, section.title)
    b.read_blocks(section.blocks)
    skip = nested_containers(section) if nested is None else nested
    for child in [c for c in section.children if c not in skip]:
        b.read_section(child, field_of(child.title))
    return b.finish()


def _keep_sentence_heading(b: DocBuilder, title: str) -> None:
    if title and sentence_subject(title):  # "Trevor is 18 years old": the heading says who he is
        b.doc.attributes["summary"] = title


#: A heading that ranks a persona without naming it: "Primary Persona", "Secondary persona", "핵심 페르소나".
_RANK_ONLY = re.compile(rf"^\W*(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]?\s+)?(?:(?:{RANK_WORDS})\s+(?:user\s+persona|persona|user|customer)"
                        r"|(?:주요|핵심|메인|서브|보조)\s?(?:페르소나|퍼소나))(?:\s*\([^()]{1,20}\))?\W*$", re.I)
#: A line opening with a given name and an age: "Nurul, 25 - the friend who …", "Dana (41), …".
_NAME_AND_AGE_LINE = re.compile(r"^\W*(?P<name>[A-Z][\w'’-]+)\s*(?:,\s*|\(\s*)\d{1,2}\b")


def person_of_the_role(section: Section, role: str) -> str:
    """"## Persona 1: Parent" ⏎ "Daniel" ⏎ "34 year old male …" (or ⏎ "Hannah is a 25 year old …"): the role's person,
    named with it ("Daniel (Parent)"), so that a later "### Daniel" scenario is hers; the role alone when the first
    paragraph names no one. Under a heading that only ranks a persona, the name below it (:func:`_name_under_a_rank`)."""
    ranked = _RANK_ONLY.match(section.title) is not None
    if ranked and (name := _name_under_a_rank(section)):
        return name
    if not (names_people(role) or NUMBERED_PERSONA.match(section.title) or ranked):
        return role
    # "## Persona 1: The Vibecoder" ⏎ "### Rin Okoye | Solo Developer" ⏎ her card ⏎ "### Goals" ⏎ …: named in a part
    if section.children and not field_of(section.children[0].title) and (person := full_name_of(section.children[0].title)) \
            and _said_as_a_name(person.split()[0], section.text().replace(section.children[0].title, "", 1)):
        return f"{person} ({role})" if person.lower() not in role.lower() else role
    paras = [b.text.strip() for b in section.blocks if isinstance(b, Para) and b.text.strip()]
    if not paras:
        return role
    first, words = paras[0], paras[0].split()
    # a line with only her name, which the story below says again ("Daniel became a dad …"), is no field's label
    bare = len(words) <= 2 and is_given_name(words[0]) and not names_people(first) and not field_of(first) \
        and not non_persona_reason(first) and says_word(" ".join(paras[1:]), words[0])
    # "## Executive Sponsor" ⏎ "Denise - Vice President of Technology" ⏎ "Denise works with …": she, with her job title
    dashed = _GIVEN_DASH_TITLE.match(first) if len(words) <= 10 and not first.endswith((".", "!", "?")) else None
    if dashed and is_given_name(dashed["given"]) and says_word(section.text().replace(first, "", 1), dashed["given"]):
        person = dashed["given"]
    else:
        person = first if bare else introduced_person(" ".join(paras))
    return f"{person} ({role})" if person and person.lower() not in role.lower() else role


_GIVEN_DASH_TITLE = re.compile(r"^(?P<given>[A-Z][a-z]+) [-–—] [A-Z]")


def _name_under_a_rank(section: Section) -> str:
    """"## Primary Persona" ⏎ "### AI Video Creator" ⏎ its card ⏎ "### Psychographics" ⏎ …: its first part's title;
    "## Primary User" ⏎ "**Nurul, 25 - the friend who …**": the name before the age; "### 3.1 Primary Persona (최우선)"
    ⏎ "**[공유형 커플/부부]**" ⏎ her fields: the bold line; else ""."""
    if section.children and (part := section.children[0]).blocks and not field_of(part.title) \
            and non_persona_reason(part.title) not in FIRM_REASONS and len(part.title.split()) <= 6:
        return clean_name(part.title)  # ("AI Video Creator" shares a word with a page's "Videos": a firm reason only)
    lead = next((b for b in section.blocks if isinstance(b, Para)), None)
    if lead is None:
        return ""
    if (aged := _NAME_AND_AGE_LINE.match(lead.text)) and is_given_name(aged["name"]):
        return aged["name"]
    if lead is section.blocks[0] and lead.bold and lead.label and not lead.rest and len(lead.label.split()) <= 6 \
            and not lead.label.rstrip().endswith((".", "!", "?")):
        return lead.label.strip("[]【】 ")
    return ""


def _said_as_a_name(word: str, text: str) -> bool:
    """Her first name said again below, and never in lower case, as a person's is ("Rin learned to code …"): not
    "### Basic Demographics" or "##### Documentation Content" over a part ("documentation written for …")."""
    return says_word(text, word) and not says_word(text, word.lower())


def story_name(title: str) -> str:
    """A story's persona name: the subject of a sentence heading ("Trevor is 18 years old"), else the heading."""
    return sentence_subject(title) or clean_name(title)


#: Front-matter keys that name a page's kind: ``layout: persona`` (Jekyll, Eleventy), ``type: persona`` (Hugo).
_PAGE_KIND_KEYS = ("layout", "type", "kind", "template", "archetype")
_ONE_PERSONA = re.compile(r"(?<![a-z])persona(?![a-z])", re.I)  # "persona", "persona-page"; not an index of "personas"


def declares_persona_page(meta: dict[str, Any]) -> bool:
    """``layout: persona`` in the front matter, or front matter that is itself one persona's record: a name and two
    or more of a persona's fields with content, a goal or a problem among them (``name:`` ⏎ ``goals:`` ⏎
    ``pain_points:``); a post's ``title``, ``summary`` and ``tags`` are not."""
    if any(isinstance(meta.get(k), str) and _ONE_PERSONA.search(meta[k]) for k in _PAGE_KIND_KEYS):
        return True
    if not isinstance(meta.get("name"), str):
        return False
    fields = {field_of(str(k).replace("_", " "), loose=False) for k, v in meta.items() if isinstance(v, (list, dict)) and v}
    return len(fields - {None}) >= 2 and bool(fields & {*CONCERN_SECTIONS, "goals"})


def from_page(root: Section, name: str, source: str) -> PersonaDoc:
    """A page its front matter declares to be one persona: the front matter's fields (``pain_points``, a ``timeline``
    of stages with fields) and every section of the body are parts of it, whatever their headings."""
    front = Section(title=name, level=0)
    add_record_keys(front, {k: v for k, v in root.meta.items() if isinstance(v, (list, dict)) or field_of(str(k).replace("_", " "))},
                    name, 0)
    page = Section(title=name, level=0, meta=root.meta, blocks=root.blocks, children=front.children + root.children)
    return from_fields(page, name, source, [])


def meta_name(section: Section) -> str:
    for key in ("name", "persona", "title"):
        value = section.meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""
