"""Is a section a container of personas ("## Personas" over its roles), or one of the roles listed in one?"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from callinsight.personas.building import story_name
from callinsight.personas.evidence import dashed_bullets, is_persona_bullet, is_persona_by_fields
from callinsight.personas.lifting import names_over_prose, persona_paragraphs
from callinsight.personas.model import CONCERN_SECTIONS, DECLARED_PERSONA, NUMBERED_PERSONA, field_of
from callinsight.personas.names import (
    MEET_LINE,
    NAME_AND_AGE,
    ROLE_NOUN,
    clean_name,
    full_name_of,
    introduced_person,
    is_given_name,
    is_korean_full_name,
    is_topic_acronym,
    is_topic_phrase,
    looks_like_a_name,
    name_core,
    names_a_role_or_group,
    names_container,
    names_people,
    only_numbers_a_persona,
    says_word,
)
from callinsight.personas.narrative import is_narrative, is_trait_list
from callinsight.personas.reading.inline import OPENING_QUOTES, without_asides
from callinsight.personas.reading.tree import Item, ItemList, Para, Section, Table
from callinsight.personas.tables import table_records
from callinsight.personas.vocab import CONTAINER_WORDS, ONLY_PERSONAS, REQUIREMENT, is_placeholder, non_persona_reason

#: A page or heading that asks who its people are: "Who is OpenStreetMap?", "Who we serve", "Who uses the portal".
_WHO_ARE_THEY = re.compile(r"^\W*who (is|are|we serve|uses|use|needs|benefits|(it|this) (is|'s) for)\b|^\W*who\W*$|"
                           r"^\W*who we (design(ed)? for|buil[dt] for|tested as|wr[io]te for|interviewed|spoke to|talked to)\b", re.I)


def _name_and_age(item: Item) -> Item | None:
    """A bullet naming a person by name and age ("Pat, age 72", "김민지, 34세, 마케터"), with nested items about them, as
    that person's bullet."""
    match = NAME_AND_AGE.match(item.text.strip()) if not item.label else None
    if not match or sum(len(t.split()) for c in item.children for t in c.flat()) < 8:
        return None
    name = match["name"] + (f", {match['role'].strip()}" if match["role"] else "")
    return Item(text=item.text, label=name, rest="", children=item.children)


def _titled_cards(items: list[Item]) -> list[Item]:
    """"1. Ward manager" ⏎ "   - Goal: …" ⏎ "   - Main barrier: …": a list of two or more cards, each a short title over
    items that are all persona fields (a concern field among them, two fields in one card at least), as items labelled
    by their titles; [] otherwise (a feature over "Problem:" and "Solution:" is no card: "Solution" is no persona field)."""
    def fields_of(item: Item) -> list[str | None]:
        # a field's label ("- Pain points: …") or a field's name over its own items ("- 고민" ⏎ "  - …")
        return [field_of(c.label) if c.label else field_of(c.text) if c.children and len(c.text.split()) <= 4 else None
                for c in item.children]

    def is_card(item: Item, fields: list[str | None]) -> bool:
        text = item.text.strip().rstrip(":")
        return not item.label and 0 < len(text.split()) <= 8 and bool(text[:1].isupper() or re.match(r"[가-힣\d]", text)) \
            and not text.endswith((".", "!", "?")) and not non_persona_reason(text) and bool(fields) and None not in fields \
            and bool(set(fields) & set(CONCERN_SECTIONS))

    fields = [fields_of(i) for i in items]
    if len(items) < 2 or not all(map(is_card, items, fields)) or not any(len(set(f)) >= 2 for f in fields):
        return []
    return [Item(text=i.text, label=i.text.strip().rstrip(":"), rest="", children=i.children) for i in items]


#: A lead-in that speaks of people: "Our users:", "Teams who want …:", "Secondary personas:".
_ABOUT_PEOPLE = re.compile(r"\b(who|people|persons?|personas?|users?|customers?|audiences?|roles?|teams?|groups?|segments?)\b|"
                           r"사람|사용자|고객|(?:페르소나|퍼소나)", re.I)


#: A lead-in saying its list holds the product's parts: "FlatPal app features:", "Solution:", "주요 기능:".
_THINGS_LEAD = re.compile(r"\b(features?|solutions?|functions?|functionality|capabilities|modules?)\W*$|(기능|해결\s?방안|솔루션)\W*$",
                          re.I)


def _lead_in(block: object) -> str:
    """The sentence a list follows when it ends with a colon (a paragraph, or a one-item list: "● Our features:")."""
    if isinstance(block, Para):
        text = block.text
    elif isinstance(block, ItemList) and len(block.items) == 1 and not block.items[0].children:
        text = block.items[0].text
    else:
        return ""
    return text.strip() if text.strip().endswith((":", "：")) else ""


def persona_bullets(section: Section) -> list[Item]:
    title = section.title or str(section.meta.get("title", ""))
    declared = names_container(clean_name(title)) or bool(_WHO_ARE_THEY.match(title))
    found: list[Item] = []
    for block, lead in zip(section.blocks, [None, *section.blocks], strict=False):
        if isinstance(block, ItemList):
            if declared and found and isinstance(lead, Para) and not _ABOUT_PEOPLE.search(lead.text):
                declared = False  # "Who this is for" ⏎ its people ⏎ "Two versions are offered:" ⏎ a list of products
            if _THINGS_LEAD.search(_lead_in(lead)):
                continue  # "Solution:" ⏎ "● The app's features:" ⏎ "1. Headphones Nudge: the app pings Theo …": features
            if sum(bool(item.label and field_of(item.label, loose=False)) for item in block.items) >= 2:
                continue  # "- **역할**: …" ⏎ "- **페인 포인트**: …" ⏎ "- **행동 패턴**: …": one persona's card, not a list of people
            if cards := _titled_cards(block.items):
                found += cards
                continue
            aged = [a for item in block.items if (a := _name_and_age(item))]
            if aged:
                found += aged
                continue
            introduced = [Item(text=i.text, label=who, rest=i.text, children=i.children)
                          for i in block.items if not i.label and (who := introduced_person(i.text))]
            # a list of people the page calls its personas, not a persona's scenarios ("Martha is a new commissioner")
            if len(introduced) >= 2 and len(introduced) == len(block.items) and (declared or _PERSONA_LIST.search(title)):
                found += introduced  # "1. Megan is a year 11 pupil who …" ⏎ "2. Tyler is …": a list of people
                continue
            items = [item for item in block.items if is_persona_bullet(item, declared)]
            if len(items) >= 2 and not declared and all(item.term for item in block.items):
                # a definition list that shows itself a list of personas: its other terms are personas too
                items = [item for item in block.items if is_persona_bullet(item, True)]
            if not declared and 2 * len(items) <= len(block.items):
                # "1. **Awareness:** her accountant points out …" ⏎ … ⏎ "5. **Advocacy:** tells her contacts": a list
                # where only a few items read like people (a pronoun) is a list of something else, a journey's stages
                continue
            found += items
    return found


#: A heading that says its list is the personas themselves, not their users or customers in general.
_PERSONA_LIST = re.compile(r"\bpersonas?\b|\buser (types|roles)\b|\barchetypes\b|(?:페르소나|퍼소나)", re.I)
_NOT_A_NAME = re.compile(r"^\W*[\w-]+ing\b|\b(or|and)\W*$|,\s*$", re.I)
_PERSONAS_INCLUDE = re.compile(r"\bpersonas (include|are)\s*:\s*$|\b(our|the|these|following) personas\s*:\s*$|(?:페르소나|퍼소나)[^.]*:\s*$|"
                               r"\b(called|calling|call them|known as|name them) personas\s*:\s*$", re.I)
#: "The cloud admin, who is running a cluster.": a role and a clause about it, in a list the text calls its personas.
_APPOSITIVE_ITEM = re.compile(r"^(?:the |an? )?(?P<name>[^\W\d_][^,.:;!?]{1,40}?), (?:who|whose|that)\b(?P<rest>.+)$", re.I)


def listed_by_name(section: Section) -> list[Item]:
    """"## Personas" ⏎ "1. Cluster admin installing the tool" ⏎ "2. Vendor writing a checkup", or "* _End User_: A person
    who …": a list of short names (a short line after each at most) under a heading of personas, as items labelled
    by the name; or a list after a line that says so ("The project's personas include:"). Only when most of them
    name people (or the heading or line says they are the personas), and never a list of links, fields or activities."""
    lists = [(i, b) for i, b in enumerate(section.blocks) if isinstance(b, ItemList)]
    if not lists:
        return []
    # the list right under the heading, or the first one a line introduces as the personas
    said = next((b for i, b in lists if i and isinstance(lead := section.blocks[i - 1], Para) and _PERSONAS_INCLUDE.search(lead.text)), None)
    if said is None and not _PERSONA_LIST.search(section.title):
        return []
    block = said if said is not None else lists[0][1]
    if not 2 <= len(block.items) <= 12:
        return []
    items = block.items
    if said is not None and not any(i.label or i.children for i in items) \
            and sum(bool(_APPOSITIVE_ITEM.match(i.text)) for i in items) >= max(2, len(items) - 1):
        # "… which we have been calling personas:" ⏎ "* The cloud admin, who …" ⏎ "* The consumer of an app. This is …"
        named = [_appositive(i) for i in items]
        return [i for i in named if i is not None] if all(named) else []
    if any(i.link_only or _long_children(i) or i.bold or (i.label and (field_of(i.label) or len(i.rest.split()) > 25))
           or (not i.label and len(i.text.split()) > 8) for i in items):
        return []
    names = [i.label or i.text.rstrip(".;") for i in items]
    if any(_NOT_A_NAME.search(n) or non_persona_reason(n) for n in names):
        return []  # "Monitoring or" ⏎ "Bug-tracing": activities, not people
    if said is not None or ONLY_PERSONAS.match(section.title) or 2 * sum(names_people(n) for n in names) > len(names):
        return [Item(text=i.text, label=name, rest=i.rest or i.text) for i, name in zip(items, names, strict=True)]
    return []


def quoted_by_label(section: Section) -> list[Item]:
    """"Confident and self-reliant: “I rarely need anything from government …”" ⏎ "Ambitious go-getter: “…”": three or
    more paragraphs, most of the section's, each a short name and that person's words in quotation marks: one persona
    each (a mindset, an archetype), as items labelled by the name."""
    paras = [b for b in section.blocks if isinstance(b, Para)]
    quoted = [p for p in paras if p.label and p.rest.lstrip().startswith(OPENING_QUOTES) and 0 < len(p.label.split()) <= 5
              and p.label[:1].isupper() and not field_of(p.label) and not non_persona_reason(p.label)]
    if len(quoted) < 3 or 2 * len(quoted) < len(paras):
        return []
    said = [p.rest.strip().strip("“”\"「」『』").strip() for p in quoted]  # the words, without their quotation marks
    if 2 * sum(bool(_FIRST_PERSON.search(words)) for words in said) < len(said):
        return []  # "Current: “Every Door, Handled”" ⏎ "Optimized: “…”": a page's headlines, not people speaking
    return [Item(text=words, label=p.label, rest=words) for p, words in zip(quoted, said, strict=True)]


#: Words a person says of themselves ("I rarely need …", "my", "we"; "저는", "내가", "우리").
_FIRST_PERSON = re.compile(r"\b(i|i['’](m|ve|d|ll)|me|my|mine|myself|we|we['’](re|ve|d|ll)|us|our|ours)\b|"
                           r"(?<![가-힣])(나|저|내|제|우리)(는|가|도|의|를|한테|에게)?(?![가-힣])", re.I)


def met_by_name(section: Section) -> list[Item]:
    """"Meet Rosa:" ⏎ "- Full-time carer for her children" ⏎ "- No car": a line that introduces a person by name over
    the list of what is true of them, one persona each, as items labelled by the name."""
    blocks = section.blocks
    return [Item(text=met["name"], label=met["name"], children=list(after.items))
            for block, after in itertools.pairwise(blocks)
            if isinstance(block, Para) and isinstance(after, ItemList) and (met := MEET_LINE.match(block.text))]


#: "Several kinds of people use a wiki:", "… sorted travellers into six separate 'tribes':": a line over the kinds of
#: people the page goes on to describe one by one.
_KINDS_INCLUDE = re.compile(r"\b(kinds|types|sorts|groups|tribes|segments|categories|archetypes) of (people|users|customers|guests|"
                            r"visitors|travell?ers|buyers|shoppers|readers|learners|patients|members|clients)\b[^.]*:\s*$|"
                            r"\b(two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2}) (separate |distinct |main |key )?"
                            r"['‘\"“]?(kinds|types|groups|tribes|segments|categories|archetypes)\b[^.]*:\s*$", re.I)
#: "The Browser. Nothing will get them to add content …": a run-in title, closed by a full stop, before its sentences.
_RUN_IN_TITLE = re.compile(r"^(?P<name>(?:The |An? )?[A-Z][\w'’-]*(?: [A-Z&][\w'’-]*){0,3})\.\s+(?P<rest>[A-Z“\"(].{10,})$")


def titled_by_run_in(section: Section) -> list[Item]:
    """"Several kinds of people use a wiki:" ⏎ "- The Browser. Nothing will get them to …" ⏎ "- The Author. …", as list
    items or paragraphs: after a line that says kinds of people follow, two or more in a row, each opening with a
    short capitalised title and a full stop, are one persona each, as items labelled by the title."""
    blocks = section.blocks
    for i, lead in enumerate(blocks[:-1]):
        if not (isinstance(lead, Para) and _KINDS_INCLUDE.search(lead.text)):
            continue
        after = blocks[i + 1]
        texts = [item.text for item in after.items] if isinstance(after, ItemList) else []
        for block in blocks[i + 1:] if not texts else []:  # or the paragraphs in a row that open with a title
            if not (isinstance(block, Para) and _RUN_IN_TITLE.match(block.text)):
                break
            texts.append(block.text)
        titled = [m for t in texts if (m := _RUN_IN_TITLE.match(t)) and not non_persona_reason(m["name"])]
        if len(titled) >= 2 and len(titled) == len(texts):
            return [Item(text=m.group(0), label=m["name"], rest=m["rest"]) for m in titled]
    return []


def _long_children(item: Item) -> bool:
    """Nested items other than a few short names ("Token holder" ⏎ "  - Existing investor"): not a list of names."""
    return any(c.children or c.label or len(c.text.split()) > 4 for c in item.children)


def _appositive(item: Item) -> Item | None:
    """The item labelled by its role: before ", who …", or a short first sentence ("The consumer of an app.")."""
    match = _APPOSITIVE_ITEM.match(item.text) or _SHORT_FIRST_SENTENCE.match(item.text)
    if match is None:
        return None
    name = match["name"].strip()
    return Item(text=item.text, label=name[:1].upper() + name[1:], rest=item.text)


_SHORT_FIRST_SENTENCE = re.compile(r"^(?:the |an? )?(?P<name>[^\W\d_](?:[^.!?:;,]|\s){1,50}?)\.\s+\S", re.I)


def persona_children(section: Section, ignore: list[Section] | None = None) -> bool:
    """Does a sub-section (not a field) hold personas? Then this section is a container, not a persona."""
    ignored = {id(c) for c in ignore or []}  # by identity: equal sections compare field by field, and slowly
    children = [c for c in section.children if id(c) not in ignored]
    # ("## Who" ⏎ "- **A retired teacher with a tablet** who …" ⏎ …: a field's word over a list of people holds them)
    fields = [c for c in children if field_of(c.title, loose=False) and not persona_children(c)
              and not (_WHO_ARE_THEY.match(c.title) and len(persona_bullets(c)) >= 2)]
    if any(field_of(c.title, loose=False) in CONCERN_SECTIONS for c in fields):
        # "## Target: Harbour Trust" ⏎ "### Pain Points" ⏎ … ⏎ "### Roles Within Harbour Trust" ⏎ "**Ward lead**: …": the
        # people inside the organisation the section profiles are a part of its profile, not personas beside it
        children = [c for c in children if not _inside_the_section(section, c)]
    field_ids = {id(c) for c in fields}
    holding = (c for c in children if id(c) not in field_ids and _holds_a_persona(section, c))
    first = next(holding, None)
    if first is not None and (given := full_name_of(first.title).split(" ")[0]):
        # "### Rin Okoye | Solo Developer" ⏎ … ⏎ "### How AMK Serves Rin": a part named after her is hers, not a persona
        holding = (c for c in holding if not says_word(c.title, given))
    if first is not None and fields and is_persona_by_fields(first) and not persona_children(first) \
            and not names_container(clean_name(first.title)) and next(holding, None) is None \
            and not any(names_container(clean_name(c.title)) and not c.blocks for c in children) \
            and not _announced(children, first):  # not "## PERSONAS" ⏎ "## HAROLD", nor "## Persona" ⏎ "## Harold"
        # "## Rosa" ⏎ "### Pain points" ⏎ "### Understanding the rider" ⏎ "#### Frustrations": beside fields of the
        # section's own, one sub-section with fields is a part of the same persona
        return False
    return first is not None


#: "Persona", "User persona", "페르소나": an empty heading over the one persona of a page, as a case study announces her.
_ONE_PERSONA_HEADING = re.compile(r"^\W*(?:(?:user|customer|buyer|target|primary|our|the)\s+)?(?:persona|페르소나|퍼소나)\W*$", re.I)


def _announced(children: list[Section], child: Section) -> bool:
    """Is ``child`` right after an empty heading that says a persona follows ("## Persona" ⏎ "## Kwabena Asante")?"""
    at = next((i for i, c in enumerate(children) if c is child), 0)
    before = children[at - 1] if at else None
    return before is not None and not before.blocks and not before.children and _ONE_PERSONA_HEADING.match(before.title) is not None \
        and looks_like_a_name(clean_name(child.title))


#: "Relationship with the founder", "Her relationship to the vendor": how the persona above deals with someone.
_RELATIONSHIP = re.compile(r"^\W*(?:(?:his|her|their|the)\s+)?relationships?\s+(?:with|to)\b", re.I)

#: "User Roles Within Harbour Trust", "Stakeholders at the clinic": who works inside an organisation named there.
_INSIDE = re.compile(r"\b(?:roles?|users?|people|teams?|stakeholders|members|staff)\s+(?:within|inside|in|at)\s+(?:the\s+)?(?P<org>\w.*?)\W*$", re.I)


def _inside_the_section(section: Section, child: Section) -> bool:
    """Does ``child`` list the people inside the organisation that ``section``'s own title names?"""
    match = _INSIDE.search(child.title)
    return match is not None and says_word(section.title.lower(), match["org"].lower())


#: "Relationship to Other Personas", "Related roles": a persona page's links to the others, not a list of its personas.
_ABOUT_OTHERS = re.compile(r"\b(other|related)\s+(personas|roles|users|stakeholders)\b|\brelationships?\b|다른 (페르소나|퍼소나)", re.I)


def _holds_a_persona(section: Section, child: Section) -> bool:
    if _MORE_OF_THE_PERSONA.search(child.title) or _RELATIONSHIP.match(child.title):
        # "Bringing the persona to life", "More about this persona": the same persona, told on; "Relationship with the
        # vendor" ⏎ "Expects:" ⏎ …: how the persona above relates to someone, not a persona of its own
        return False
    if non_persona_reason(child.title) == REQUIREMENT:
        return False  # "### 1. Elena Marsh" ⏎ her fields ⏎ "#### Use Case 2: Stock forecast" ⏎ "- **Value**: …": her use case
    if NUMBERED_PERSONA.match(section.title) and not only_numbers_a_persona(section.title) \
            and not NUMBERED_PERSONA.match(child.title) and not is_persona_by_fields(child) and not child.record:
        # "## Persona 1: The Operator — "Dana"" ⏎ "### Behavioral Traits" ⏎ "- **Batch processor.** Dislikes …": the
        # heading names one persona; bold traits in her parts are hers, not people of their own
        return False
    if is_persona_by_fields(child) or persona_children(child) or child.record or persona_paragraphs(child) \
            or names_over_prose(child) or len(persona_bullets(child)) >= 2 or listed_by_name(child):  # "## Use cases" ⏎ "### A scenario" ⏎ its actors
        return True
    if (_ONE_PERSONA_HEADING.match(section.title) or names_container(clean_name(section.title))) \
            and is_trait_list(child) and _opens_with_a_name(child.title) \
            and sum(is_trait_list(c) and _opens_with_a_name(c.title) for c in section.children) >= 2:
        # "## Persona" ⏎ "### Lee Su-yeon — Parent" ⏎ "- Spends hours …" ⏎ "- Fears that …" ⏎ "### Lee Jun-seo — Child" ⏎ …:
        # people's traits, each under a name, under a heading of personas
        return True
    if names_container(clean_name(child.title)) and not _ABOUT_OTHERS.search(child.title) and (len(dashed_bullets(child)) >= 2 or any(
            len(table_records(b, child.level + 1, personas_here=True)) >= 2 for b in child.blocks if isinstance(b, Table))):
        # "## 3. Primary Personas" ⏎ "1. “Night-School Nadia” – 38, studies …", "## 타깃 사용자" ⏎ "| 페르소나 | 특징 | 니즈 |":
        # a product spec's personas, in its one part about them
        return True

    if names_container(clean_name(child.title)) and any(listed_under_a_container(g, [section, child]) for g in child.children):
        return True  # "## Personas" ⏎ "### Application developer" ⏎ a paragraph: a page that lists personas
    if (DECLARED_PERSONA.match(child.title) or only_numbers_a_persona(child.title)) and len(child.text().split()) >= 12:
        return True  # "## Persona: Designer" ⏎ a paragraph about the designer; "## Persona 2" ⏎ a list about them
    # "# Persona 1" ⏎ "## PhD student Taylor Smith" ⏎ her story: the heading only numbers her
    return only_numbers_a_persona(section.title) and is_narrative(child, story_name(child.title), [section])


def _opens_with_a_name(title: str) -> bool:
    """"Lee Su-yeon — Parent", "이수연 — 학부모": a person's name first (not "User Journey", "Daily routine")."""
    core = name_core(without_asides(clean_name(title)))
    words = core.split()
    return bool(words) and not field_of(core) and not non_persona_reason(core) and (is_korean_full_name(core) or (
        len(words) <= 3 and is_given_name(words[0]) and not names_a_role_or_group(words[0]) and not names_a_role_or_group(core)))


def roles_below(section: Section, ancestors: list[Section]) -> bool:
    """"## Knative Build" ⏎ a line about it ⏎ "### Developer", "### Language operator" on a page of personas: the
    section groups roles, each a persona; its own line is an introduction, not a story."""
    if sum(names_people(clean_name(c.title)) and listed_under_a_container(c, [*ancestors, section]) for c in section.children) >= 2:
        return True
    # "# Security Model" ⏎ its story ⏎ "## User types" ⏎ "### Deployment Managers", "### DAG Authors": the roles sit deeper
    return any(c.children and CONTAINER_CONTEXT.search(c.title) and roles_below(c, [*ancestors, section]) for c in section.children)


_MORE_OF_THE_PERSONA = re.compile(r"\b(the|this|our|that) persona\b|\b이 (?:페르소나|퍼소나)", re.I)


CONTAINER_CONTEXT = re.compile(rf"{CONTAINER_WORDS.pattern}|\b(user|customer|member|stakeholder) (types|groups|classes|categories)\b|"
                                r"\b(types|kinds|groups|classes) of (users?|customers?|buyers?|people|members?|stakeholders?)\b|"
                                # an ideal customer profile by kind of organisation: "Organization types", "Target companies"
                                r"\b(organi[sz]ation|company|business|account) (types|profiles|segments)\b|"
                                r"\b(types|kinds) of (organi[sz]ations|companies|businesses|teams)\b|\btarget (organi[sz]ations|companies|accounts)\b|"
                                # a page that asks who its users are: "Who can use the platform?", "Who is it for?"
                                r"^\W*who (can|could|should|will|would|may|might) (use|benefit)\b|^\W*who (is|are) (it|this|\w+) for\b",
                                re.I)


#: An introduction that says the roles below are the page's personas.
_INTRO_NAMES_PERSONAS = re.compile(r"\b(user|buyer|customer|our|the|these|following|key|main) personas\b|\bpersonas (such as|like|are|include)\b|"
                                   r"(?:페르소나|퍼소나)", re.I)


def listed_under_a_container(section: Section, ancestors: list[Section]) -> bool:
    """A short-titled section with some text, directly under a heading (or a page title) that says it lists
    personas, roles or user types, is one of them even without fields or a story that repeats its name."""
    title = clean_name(section.title)
    if not title or len(title.split()) > 8 or re.search(r"persona|(?:페르소나|퍼소나)", title, re.I) or field_of(title, loose=False) \
            or (non_persona_reason(title) and not ROLE_NOUN.search(title)) or is_placeholder(title) \
            or persona_children(section) or is_topic_acronym(title):
        return False
    nearest = parent = next((a for a in reversed(ancestors) if a.title or a.meta.get("title")), None)
    heading = parent.title or str(parent.meta.get("title", "")) if parent else ""
    if (not heading or not CONTAINER_CONTEXT.search(heading)) and names_people(title):
        # "# Typical users" ⏎ "## Content from the app team" ⏎ "#### Data entry officer": a role further down the page
        parent = next((a for a in reversed(ancestors) if CONTAINER_CONTEXT.search(a.title or str(a.meta.get("title", "")))), parent)
        heading = parent.title or str(parent.meta.get("title", "")) if parent else ""
    if (not heading or not CONTAINER_CONTEXT.search(heading)) and names_people(title) and nearest is not None \
            and _INTRO_NAMES_PERSONAS.search(" ".join(b.text for b in nearest.blocks if isinstance(b, Para))):
        parent, heading = nearest, "personas"  # "Tasks" ⏎ "… based on the user personas such as …" ⏎ "### Batch user"
    if not heading or not CONTAINER_CONTEXT.search(heading):
        return False
    core = without_asides(title)  # "Providing help (i.e. referrers, providers)": the title before its aside
    if parent is not None and (parent.level == 0 or len(core.split()) >= 5) and is_topic_phrase(title):
        return False  # a page titled "Personas …" also has its own topics ("Creating equal access for everyone")
    if parent is not None and not names_people(title) and any(
            NUMBERED_PERSONA.match(s.title) or is_persona_by_fields(s) or persona_paragraphs(s) or any(c.pseudo for c in s.children)
            or (s.children and names_container(clean_name(s.title)))  # ("## 1. User Personas" ⏎ its personas, "## 3. Vibe Search")
            for s in parent.children if s is not section):
        return False  # beside personas that show themselves ("Profile 1: …", fields, a section of them), a plain section is the page's own
    if any(not _own_kind(m.group(2), title) for m in _ABOUT_THE_PERSONAS.finditer(
            re.sub(r"https?://\S+", "", section.text().replace(section.title, "", 1)))):
        return False  # "Which of these personas seems familiar?", "… for all roles": about them, not one of them
    words = sum(len(b.text.split()) if isinstance(b, Para) else sum(len(t.split()) for i in b.items for t in i.flat())
                for s in section.walk() for b in s.blocks if isinstance(b, Para | ItemList))
    return words >= 8


_ABOUT_THE_PERSONAS = re.compile(r"\b(these|the|all|other|our|each|every|which|a|your)( \w+)? (personas?|roles|profiles|segments|archetypes|user types)\b|"
                                 r"()(?:페르소나|퍼소나)", re.I)


def _own_kind(word: str | None, title: str) -> bool:
    """"The developer personas for build …" under "Developer": the text names its own kind, not the page's personas."""
    stem = (word or "").strip().lower().rstrip("s")
    return len(stem) >= 4 and any(w.lower().rstrip("s") == stem for w in re.findall(r"\w+", title))


#: An introduction that says the headings after it are what it announces ("… are listed below:", "아래와 같다").
_ANNOUNCES = re.compile(r"(:|\bbelow\b.*|\bfollowing\b.*|아래.*)\s*$", re.I)


def adopt_announced(section: Section) -> None:
    """"## User work roles" ⏎ "Each role is described below:" ⏎ "## Property manager" ⏎ … ⏎ "## Property owner" ⏎ …: a
    heading of roles or personas over nothing but an introduction that announces what follows, at the level of the
    headings that follow, owns the short ones after it (two at least, the first naming people, up to the first heading
    that is numbered, long, a field or no persona)."""
    kept: list[Section] = []
    children = section.children
    i = 0
    while i < len(children):
        head = children[i]
        kept.append(head)
        i += 1
        texts = [b.text for b in head.blocks if isinstance(b, Para)]
        if head.children or not names_container(clean_name(head.title)) or len(texts) != len(head.blocks) \
                or not (texts and _ANNOUNCES.search(texts[-1])):
            continue
        owned = 0
        while i + owned < len(children) and (c := children[i + owned]).level == head.level and not c.children \
                and (names_people(c.title) if not owned else len(c.title.split()) <= 5 and not re.search(r"\d", c.title)) \
                and not non_persona_reason(c.title) and not field_of(c.title, loose=False):
            owned += 1
        if owned >= 2:
            head.children = [replace(c, level=head.level + 1) for c in children[i:i + owned]]
            i += owned
    section.children = kept
    for child in section.children:
        adopt_announced(child)
