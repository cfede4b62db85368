"""Parts of a page that say more about personas already found on it: a summary table naming them again, a
"Pain points" section with a bold bullet per persona, a "<name> Persona" section, cards run together under one
heading, an interview one of them speaks in."""

from __future__ import annotations

import re

from callinsight.personas.building import from_fields, from_narrative
from callinsight.personas.merging import merge_into, name_key
from callinsight.personas.model import PersonaDoc, field_of
from callinsight.personas.names import clean_name, is_given_name, names_container
from callinsight.personas.reading.tree import Block, Item, Para, Section
from callinsight.personas.vocab import RANK_WORDS

_GENERIC_NAME_WORDS = frozenset({"and", "or", "the", "of", "for", "a", "an", "users", "user", "workers", "members", "team",
                                 "staff", "people", "customers", "persona", "personas"})


def known_named(label: str, personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """Personas found so far that a shorter or longer name points at ("QC workers" → "Quality Control (QC) workers",
    "SRE" → "Site reliability engineer (SRE)"), sharing a word that is not just "workers" or "users"."""
    def words(name: str) -> set[str]:
        return set(re.findall(r"[^\W_]+", re.sub(r"[()]", " ", name.lower())))

    said = words(clean_name(label))
    return [p for p in personas if said and (w := words(p.name)) and (w <= said or said <= w) and (w & said) - _GENERIC_NAME_WORDS]


#: What opens a name before the given name: the document's code ("A1 — Rachel", "P2: Bea") or a title ("Dr. Samuel").
_CODE_OR_TITLE = re.compile(r"^(?:(?-i:[A-Z]{1,3})-?\d{1,3}\s*[—–:.-]\s*|(?:dr|mr|mrs|ms|prof)\.?\s+)+", re.I)


def same_given_name(label: str, personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """The one persona found above whose name opens with the given name a label opens with ("Shalini · OTT" in a
    summary table, after the card "Shalini, Dubbing Programme Lead"), or none."""
    def first_word(name: str) -> str:
        return re.split(r"[\s,·•(–—-]+", _CODE_OR_TITLE.sub("", name.strip()), maxsplit=1)[0]

    first = first_word(clean_name(label))
    if not is_given_name(first):
        return []
    same = [p for p in personas if first_word(p.name) == first]
    return same if len(same) == 1 else []


_FOR_SOMEONE = re.compile(r"^(?:(?:messaging|messages|copy|content|pitch) )?for\s+(?P<who>\S.*)$", re.I)


def written_for_known(title: str, personas: list[PersonaDoc]) -> bool:
    """"## Persona-Specific Messaging" ⏎ "### For Dr. Helen Okafor (Practice Owner)" ⏎ headlines for her: what the team
    tells one persona found above, not another persona."""
    if not (aimed := _FOR_SOMEONE.match(clean_name(title))):
        return False
    return len(known_named(aimed["who"], personas)) == 1 or bool(same_given_name(aimed["who"], personas))


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


_TIER = re.compile(rf"(?:the\s+)?(?:{RANK_WORDS}|target|ideal)", re.I)


def persona_a_heading_names(section: Section, personas: list[PersonaDoc]) -> PersonaDoc | None:
    """The one persona found above that a "<name> Persona" heading names ("Security Persona": "Security Team")."""
    said = re.sub(r"\s+(?:persona|profile)$", "", clean_name(section.title), flags=re.I)
    if said == clean_name(section.title) or not said or section.children or _TIER.fullmatch(said):
        return None  # ("Primary Persona" ⏎ "**Name**: Minjae": a tier, not the "Primary" users listed above)
    known = known_named(said, personas)
    return known[0] if len(known) == 1 else None


#: "Seeker-Specific Needs", "Builder pain points", "Needs of the provider", "학부모의 고충": whose field it is, and the field.
_WHOSE_FIELD = (re.compile(r"^(?P<who>[^:]{2,40}?)(?:[\s-]+(?:specific|related))?\s+(?P<field>[^\W\d]+(?: [^\W\d]+)?)$", re.I),
                re.compile(r"^(?P<field>[^\W\d]+(?: [^\W\d]+)?)\s+(?:of|for)\s+(?P<who>[^:]{2,40})$", re.I),
                re.compile(r"^(?P<who>[^\s:]{2,20})의\s+(?P<field>\S+(?: \S+)?)$"))


def field_of_known(section: Section, personas: list[PersonaDoc]) -> tuple[PersonaDoc, str] | None:
    """A field's heading outside any persona that names the one persona found above it is for ("## Accessibility" ⏎
    "### Seeker-Specific Needs" ⏎ its list, after "## Persona 1: The Seeker"): that persona, and the field's label."""
    from callinsight.personas.model import canonical_section

    if section.children:
        return None
    title = clean_name(section.title)
    for pattern in _WHOSE_FIELD:
        if (match := pattern.match(title)) and canonical_section(match["field"], exact=True) and not field_of(match["who"]) \
                and len(known := known_named(match["who"], personas)) == 1:
            return known[0], match["field"]
    return None


def cards_of_known(section: Section, ancestors: list[Section], personas: list[PersonaDoc], source: str) -> bool:
    """Cards run together under one heading, each opened by a bold line that names a persona found above (a summary
    table's rows, then "Persona deep-dives" ⏎ "**Nora**" ⏎ "**How to spot**" ⏎ … ⏎ "**Omar**" ⏎ …): each card is more
    of its persona, fields and all."""
    starts = [(i, known[0]) for i, b in enumerate(section.blocks) if isinstance(b, Para) and b.bold and b.label
              and not b.rest.strip() and not field_of(b.label) and len(known := known_named(b.label, personas)) == 1]
    if len(starts) < 2 or len({id(p) for _, p in starts}) < len(starts) or section.children:
        return False
    for (start, persona), end in zip(starts, [i for i, _ in starts[1:]] + [len(section.blocks)], strict=True):
        card = Section(persona.name, section.level + 1, section.blocks[start + 1:end])
        merge_into(persona, from_fields(card, persona.name, source, [*ancestors, section]))
    return True


def spoken_by_known(section: Section, ancestors: list[Section], personas: list[PersonaDoc], source: str) -> bool:
    """An interview written as turns ("**Interviewer:** …" ⏎ "**[Ines]** …"), one speaker a persona already found:
    her turns are more of her, and the section (a transcript, not a persona) is not imported."""
    turns = [(b.label, b.rest) for b in section.blocks if isinstance(b, Para) and b.label and b.rest.strip()]
    speakers = {name_key(label.strip("[]() ")) for label, _ in turns}
    if any(len(label.split()) > 3 or field_of(label) or names_container(clean_name(label)) for label, _ in turns):
        return False  # "**Persona:** …" ⏎ "**Story:** …": a persona's fields, not people speaking
    if section.children or len(turns) < 2 or len(turns) < len(section.blocks) / 2 or not 2 <= len(speakers) <= 3:
        return False
    for persona in personas:
        said: list[Block] = [Para(rest) for label, rest in turns if name_key(label.strip("[]() ")) == name_key(persona.name)]
        if said:
            merge_into(persona, from_narrative(Section(section.title, section.level, said), persona.name, source, ancestors))
            return True
    return False
