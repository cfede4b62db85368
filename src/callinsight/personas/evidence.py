"""What marks a section or a list item as a persona by its fields: the field labels a section names, labels
persona documents use (not the ones a manual shares), templates left unfilled, bullet personas, filled-in profile
cards; and what names the persona a section holds, or says it holds none (a case study's "Persona" part, a name in
bold quotes under an audience heading, a note on how the page's personas were made)."""

from __future__ import annotations

import re
from collections import Counter

from callinsight.personas.model import (
    CONCERN_SECTIONS,
    NUMBERED_PERSONA,
    canonical_section,
    field_of,
    korean_field,
    normalise_heading,
    trailing_section,
    unweighted,
)
from callinsight.personas.names import (
    GENDERED,
    ONLY_SAYS_PERSONA,
    PRONOUNS,
    clean_name,
    introduced_person,
    is_given_name,
    looks_like_a_name,
    names_container,
    names_people,
    only_numbers_a_persona,
)
from callinsight.personas.reading.inline import is_field_name, label_parts, split_label, without_asides
from callinsight.personas.reading.tree import Item, ItemList, Para, Section, Table
from callinsight.personas.vocab import (
    CONTENTS,
    FIRM_REASONS,
    PROFILE_DETAIL,
    RANK_WORDS,
    is_placeholder,
    non_persona_reason,
)

#: Fields that describe a page as much as a person: alone they do not make a section a persona.
_WEAK_FIELDS = frozenset({"background", "information_sources", "responsibilities"})


def field_labels(section: Section) -> list[tuple[str, str]]:
    """(field, label) a section names; an unrecognised bold label counts as ``other`` ("**Signals:** …")."""
    found = [(f, c.title) for c in section.children if (f := field_of(c.title))]
    for block in section.blocks:
        if isinstance(block, Para) and block.label:
            known = field_of(block.label, loose=len(block.label.split()) <= 4) or (
                trailing_section(block.label) if block.bold else None)
            if known or block.bold:
                found.append((known or "other", block.label))
        elif isinstance(block, ItemList):
            # (an item's label asked as a question names its field more loosely: "What's your main barrier …?")
            # (and a Korean label whose last noun is the field: "사용자가 겪는 불편함")
            found += [(f, item.label) for item in block.items if item.label and (f := canonical_section(item.label) or (
                field_of(item.label) if item.label.rstrip().endswith("?") else None) or (
                korean_field(item.label)))]
        elif isinstance(block, Table) and len(block.header) == 2:
            # (a row asked as a question, as an item's label may be: "| What are their biggest challenges? | … |")
            found += [(f, row[0]) for row in [block.header, *block.rows] if row and (f := canonical_section(row[0]) or (
                field_of(row[0]) if row[0].rstrip().endswith("?") else None))]
    return found


#: Headings a manual or a README shares with a persona: alone they do not make a section a persona.
_DOC_LABELS = frozenset({"requirements", "requirement", "limitations", "limitation", "constraints", "constraint", "제약", "제약 사항", "제약 조건", "problems", "common problems",
                         "goal", "objective", "summary",
                         "description", "overview", "background", "quote", "drivers", "values", "priorities",
                         "channels", "sources", "media", "job", "tasks", "workflows", "about", "profile", "influence"})


def persona_label(label: str) -> bool:
    """A field label as persona documents write it ("Pain points", "Goals/Needs"), not one a manual shares."""
    return is_field_name(label) and any(normalise_heading(p) not in _DOC_LABELS for p in label_parts(label))


#: "Svetlana — Relocating Professional / Family": one capitalised name, a dash, then who she is, as a roster titles its people.
_NAME_DASH_WHO = re.compile(r"^\W*[A-Z][a-z]{2,}\s+[—–]\s+[A-Z]")


def is_persona_by_fields(section: Section) -> bool:
    if field_of(unweighted(clean_name(section.title)), loose=False):
        return False  # "## Goals", "#### Critical pain points" are fields, not personas (but "Customer profile: Gym owner" names one)
    pairs = field_labels(section)
    labels = [f for f, _ in pairs]
    strong = {f for f in labels if f not in _WEAK_FIELDS and f != "other"}
    if strong and len(strong) < 3 and not names_people(section.title) and not _NAME_DASH_WHO.match(section.title) \
            and not introduces_its_name(section) \
            and not any(f in strong and persona_label(label) for f, label in pairs) \
            and (len(strong) == 2 or len(set(labels) - {"other"}) == 1):
        return False  # only headings a manual also uses ("Requirements", "Limitations", a long phrase)
    return bool(strong) or (len(set(labels)) >= 2 and any(f != "other" for f in labels)) or is_profile_card(section)


def _unbold(cell: str) -> str:
    return cell.strip().strip("*_").strip()


#: Labels whose value is the persona's name ("Name: Dana Ortiz", "이름: 윤채원").
NAME_LABEL_WORDS = frozenset({"name", "persona", "persona name", "이름", "페르소나", "퍼소나"})


def is_profile_card(section: Section) -> bool:
    """"Name: Dana Ortiz" ⏎ "Age: 34" ⏎ "Occupation: Florist" ⏎ notes: a filled-in profile card names a person and
    gives at least two facts of a profile, even when no field says what troubles her."""
    return bool(profile_card_name(section))


#: '👤 Primary Persona: "갓생 입문러"': the card's persona, ranked, in quotes, after an icon.
_RANK = re.compile(rf"^({RANK_WORDS})\s+(?=persona)")
_LABEL_MARKS = " \t*_👤🧑👩👨🙋"  # markup and a person icon around a label, not its words
_QUOTES = "\"“”'‘’「」"


def profile_card_name(section: Section) -> str:
    """The name a filled-in profile card gives (see :func:`is_profile_card`), or ""."""
    paragraphs = [(b.label, b.rest) if b.label else split_label(re.sub(r"^[^\w\"“]+", "", b.text), None)
                  for b in section.blocks if isinstance(b, Para)]  # ('👤 Primary Persona: "갓생 입문러"', its icon off)
    labelled = [(label, rest) for label, rest in paragraphs if label] + [
        (i.label, i.rest) for b in section.blocks if isinstance(b, ItemList) for i in b.items if i.label] + [
        (_unbold(row[0]), _unbold(row[1])) for b in section.blocks if isinstance(b, Table) and len(b.header) == 2
        for row in [b.header, *b.rows] if len(row) == 2]  # "| **이름** | 정하린 |": a card kept as a two-column table
    named = next((rest for label, rest in ((label, rest.strip().strip(_QUOTES)) for label, rest in labelled)
                  if _RANK.sub("", label.strip(_LABEL_MARKS).lower()) in NAME_LABEL_WORDS
                  and 0 < len(rest.split()) <= 5 and (looks_like_a_name(bare := without_asides(rest).strip()) or is_given_name(bare))
                  and not is_placeholder(rest)), "")  # ("Name: Theo": one word is a name when the label says so)
    facts = {label.strip().lower() for label, rest in labelled if PROFILE_DETAIL.match(label) and rest.strip()
             and not is_placeholder(rest)}
    if _AGE_ASIDE.search(named):  # "**이름:** 윤재호 (34세, 남성, 교대 근무자)": her age and job told with her name
        facts |= {"age", "occupation"} if "," in named else {"age"}
    # under a heading that only numbers a persona ("#### Persona-1" ⏎ "Name: Derek Thompson" ⏎ "Age: 32" ⏎ "Phone: …")
    # one fact is enough: the heading says a persona's card follows
    # (or only says one follows: "### 페르소나" ⏎ "- 이름 : Marlow" ⏎ "- 나이 : 31" ⏎ "- 계기 : …")
    return named if len(facts) >= (1 if only_numbers_a_persona(section.title) or ONLY_SAYS_PERSONA.match(section.title) else 2) else ""



def introduces_its_name(section: Section) -> bool:
    """"Rohan – the schoolchild" ⏎ "Rohan is 11 years old. His parents …": the first paragraph introduces the person
    the heading names."""
    first = next((b.text for b in section.blocks if isinstance(b, Para)), "")
    person, title = introduced_person(first), clean_name(section.title).split()
    return bool(person) and bool(title) and title[0] == person.split()[0]


def is_template(section: Section) -> bool:
    """Field labels with nothing but placeholders after them ("**Goals:** ...", "- Describe a pain point")."""
    values: list[str] = []
    for s in section.walk():
        for block in s.blocks:
            if isinstance(block, Para):
                values.append(block.rest if block.label else block.text)
            elif isinstance(block, ItemList):
                for item in block.items:
                    values += [item.rest if item.label else item.text, *item.flat()[1:]]
            else:
                return False
        if s is not section and not field_of(s.title):
            return False
    return bool(values) and all(is_placeholder(v) for v in values)


_THEY_THEM = re.compile(r"\bthey\s*/\s*them\b|그들\s*/\s*그들", re.I)  # a person's stated pronouns


#: An arrow between two things: a route, a mapping or a step ("Infrastructure flags → IT", "Draft -> Review").
_MAPS_TO = re.compile(r"→|⇒|->|=>")


def is_persona_bullet(item: Item, declared: bool = False) -> bool:
    """``declared``: the list sits under a heading of personas ("### Personas"), so a bold name with a line about
    it is one of them whatever it names ("**Care team** - nurses, therapists and …")."""
    label = item.label or ""
    short = without_asides(label)
    # under a heading of personas a bold name may be a long team name ("Financial Services CISOs and Risk Teams")
    reason = non_persona_reason(label) if label else None
    if reason and reason not in FIRM_REASONS and names_people(label):
        reason = None  # "Jack, the Video Editor": a job that shares a word with a page section ("Videos")
    if not label or (field_of(label) and not names_people(label)) or reason \
            or len(short.split()) > (8 if declared and item.bold else 5):
        return False
    if not (label[:1].isupper() or re.match(r"[가-힣]", label)) or _MAPS_TO.search(label) or _CLOCK_TIME.search(label):
        # (nor "**Infrastructure flags → IT.**": a route from one thing to another, not a name; nor "**Morning triage
        # (8:15 AM):** Loads her queue …": a step of someone's day, by its time)
        return False
    words = len(item.rest.split()) + sum(len(t.split()) for c in item.children for t in c.flat())
    # a person: "**Ian** (he/him) is …", "Head of Engineering: owns …", a bold title over "Challenges: …";
    # not "**Encryption**: the library …"
    if any(c.label and persona_label(c.label) for c in item.children):
        return words >= 3
    if declared and item.bold:  # ("**A Meebook owner** who installs the app on the reader": who they are, told short)
        return words >= (4 if re.match(r"\W*(who|whose)\b", item.rest) else 8)
    if declared and _AGE_ASIDE.search(label):
        return words >= 3  # "정숙자 (52세, 여성): 남편과 사별 후 …", "Maria (34): …" under a heading of personas: a person
    if item.bold and item.text.startswith(label) and _AGE_ASIDE.match(item.text[len(label):].lstrip(" *_")):
        return words >= 3  # "**The Completionist** (17, sixth form): …": a bold name with an age after it is a person
    if item.bold and item.text.startswith(label) and (aside := _ROLE_ASIDE.match(item.text[len(label):].lstrip(" *_"))) \
            and names_people(aside["role"]):
        return words >= 3  # "**The Screen Doubter** (Teacher): …": a bold name with who they are in brackets
    # "they" alone is as often the readers or the users in general: a bullet needs "he"/"she" or "(they/them)"
    text = " ".join(item.flat())
    return words >= 8 and (names_people(label) or bool(GENDERED.search(text)) or bool(_THEY_THEM.search(text)))


#: A time of day: "8:15 AM", "(1:15 - 3:15 PM)", "9am", "14:30", "오전 9시".
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|(?:오전|오후)\s?\d{1,2}\s?시", re.I)


#: A role in brackets after a bold name: "(Teacher)", "(Parent)".
_ROLE_ASIDE = re.compile(r"\(\s*(?P<role>[^()\d]{2,30}?)\s*\)\s*[:—–-]")
#: An age in a name's aside: "(52세, 여성)", "(34)", "(age 41)", "(67 years old)".
_AGE_ASIDE = re.compile(r"\(\s*(?:age\s*)?\d{1,2}\s*(?:세|살|yo|y/o|years?(?: old)?)?\s*[,/)]", re.I)


#: ("“Night-School Nadia” – 38, studies after work …": a name in quotes too)
_DASHED = re.compile(r"^(?P<quote>[\"“‘])?(?P<name>[^\W\d_][^.!?:;]{1,50}?|\.\w[^.!?:;]{1,50}?)(?(quote)[\"”’])\s+[-–—]\s+(?P<rest>\S.*)$")


def dashed_bullet(item: Item) -> Item | None:
    """"System Administrator - can manage all of it" as a bullet persona: a short name, a dash, a line about them."""
    match = _DASHED.match(item.text) if not item.label else None
    if not match or len(match["name"].split()) > 5 or len(match["rest"].split()) < 3 or non_persona_reason(match["name"]):
        return None
    return Item(text=item.text, label=match["name"].strip(), rest=match["rest"], children=item.children)


def dashed_bullets(section: Section) -> list[Item]:
    """The section's dashed bullets ("* System Administrator - can manage all of it") as persona bullets, but for
    those of a list a field's label introduces ("Pain points:" ⏎ "1. Intimidation - …")."""
    lists = [block for before, block in zip([None, *section.blocks], section.blocks, strict=False)
             if isinstance(block, ItemList) and not (isinstance(before, Para) and before.label and not before.rest
                                                     and field_of(before.label))]
    return [d for block in lists for i in block.items if (d := dashed_bullet(i))]


#: "A 21-year-old student who …", "An 80-year-old widow": a line that says who someone is by their age.
_AGED = re.compile(r"^(?:an?|the)\s+\d{1,3}[- ]years?[- ]old\b", re.I)


def aged_people(section: Section) -> list[Item]:
    """"- Gordon - A 47-year-old branch manager …" ⏎ "- Nathan - A 21-year-old student …": dashed bullets, two or more,
    each a name and the person's age, whatever the heading over them calls them ("The Key Persona")."""
    people = [i for i in dashed_bullets(section) if _AGED.match(i.rest)]
    return people if len(people) >= 2 else []


def labelled_parts(section: Section) -> int:
    """Bold labels (or labelled sub-headings) directly in a section: "**Who**:", "**Depends on**:"."""
    labels = {b.label.lower() for b in section.blocks if isinstance(b, Para) and b.label and b.bold}
    labels |= {i.label.lower() for b in section.blocks if isinstance(b, ItemList) for i in b.items if i.label}
    return len(labels) + sum(1 for c in section.children if field_of(c.title))


def repeated_sub_headings(section: Section) -> set[str]:
    """Titles that head a sub-section of two or more of this section's sub-sections: the page's template for
    each of them ("#### Builder" ⏎ "##### Documentation Content", and the same under every other role)."""
    seen = Counter(t for child in section.children for t in {clean_name(g.title).lower() for g in child.children})
    return {t for t, n in seen.items() if n >= 2 and t}


def parts_its_siblings_share(section: Section, parent: Section) -> list[Section]:
    """The sub-sections of a numbered persona ("## Persona 1: "Breakpoint Bea"") that another numbered persona beside it
    has too, once pronouns and each one's own name are set aside ("### What She Really Wants", "### What He Really
    Wants"; "### Marketing Message for Bea", "… for Owen"): parts of a template each persona repeats, never personas."""
    def shape(title: str, name: str) -> str:
        text = PRONOUNS.sub("_", clean_name(title).lower())
        for word in re.findall(r"\w{2,}", name.lower()):
            text = re.sub(rf"\b{re.escape(word)}\b", "_", text)
        return text

    def parts(persona: Section) -> dict[str, Section]:
        name = clean_name(persona.title)
        return {shape(c.title, name): c for c in persona.children}

    siblings = [s for s in parent.children if s is not section and NUMBERED_PERSONA.match(s.title)]
    if not NUMBERED_PERSONA.match(section.title) or not siblings:
        return []
    theirs = {t for s in siblings for t in parts(s)}
    return [c for t, c in parts(section).items() if t in theirs]


_PERSONA_PART = re.compile(r"^(?:(?:the|our|user|customer|primary|example)\s+)?(?:persona|(?:페르소나|퍼소나))$", re.I)


def persona_part(section: Section) -> tuple[Section, str] | None:
    """The one sub-section titled "Persona" of a page's parts, if it introduces a person by name in its first words."""
    parts = [c for c in section.children if _PERSONA_PART.match(clean_name(c.title))]
    if len(parts) != 1 or parts[0].children or len(section.children) < 3:
        return None
    first = next((b.text for b in parts[0].blocks if isinstance(b, Para)), "")
    person = introduced_person(first)
    return (parts[0], person) if person else None


def quoted_bold_name(section: Section) -> str:
    """"## Primary Target Audience" ⏎ "**“The Weekend Potter”**" ⏎ fields: the name in bold quotes right below the
    heading, when fields follow it (a quoted slogan over prose is no persona)."""
    first = section.blocks[0] if section.blocks else None
    if not (isinstance(first, Para) and first.bold and first.label and not first.rest.strip()
            and re.match(r"^\s*[\"“].{3,60}[\"”]\s*$", first.label)
            and (looks_like_a_name(first.label) or re.search(r"[가-힣]", first.label))):  # '**"LLM 기능을 … 팀"**'
        return ""
    fields = {f for f, _ in field_labels(section)} - {"other"}
    return clean_name(first.label).rstrip(".").strip() if fields else ""


#: "The Food Desert Shopper personas were drafted while …", "These personas came out of …": a page's note on its personas.
_ABOUT_THE_PERSONAS = re.compile(r"^(?:the|these|our|all|both|this set of|the following)\b[^.]{0,60}?\b(?:personas|persona set)\b"
                                 r"(?: below| here| that follow)? (?:were|are|was|came|come|have been|grew|draw|rest|build)\b", re.I)


def about_the_personas(section: Section) -> bool:
    """A section with no parts of its own whose first paragraph opens by saying how the page's personas were made."""
    first = next((b.text for b in section.blocks if isinstance(b, Para)), "")
    return not section.children and bool(_ABOUT_THE_PERSONAS.match(first.strip()))


def only_contents(section: Section) -> bool:
    """"## Team: C" ⏎ "Table of Contents" ⏎ "- [Product Definition](#product-definition)" ⏎ …: a section holding nothing but
    a list of links (and a line saying what the list is) is the page's table of contents, whatever its title."""
    items = [i for b in section.blocks if isinstance(b, ItemList) for i in b.items]
    paras = [b for b in section.blocks if isinstance(b, Para)]
    return not section.children and len(items) >= 3 and all(i.link_only for i in items) \
        and all(non_persona_reason(p.text) == CONTENTS for p in paras)


def fields_in_its_parts(section: Section, parts: set[str]) -> bool:
    """"## Primary ICP: Small IT firms" ⏎ "### Firmographics" ⏎ "### Psychographic Profile" ⏎ "**Pain Points:** …", the same
    sub-headings under "## Secondary ICP: …" (``parts``: the sub-headings its siblings repeat): the fields lie in parts
    of a template each profile repeats, and those parts are never personas of their own, so the profile holding them
    is the persona."""
    if not section.children or field_labels(section):
        return False
    # (two fields at least: a manual's "History" part with one "Value:" line is no persona's profile)
    holding = [c for c in section.children if is_persona_by_fields(c) and len({f for f, _ in field_labels(c)} - {"other"}) >= 2]
    return bool(holding) and all(not c.children and clean_name(c.title).lower() in parts
                                 and not names_people(clean_name(c.title)) for c in holding)


#: A title that says its section holds personas ("User Personas", "타깃 페르소나"): looked into, never the one audience.
PERSONA_WORD = re.compile(r"persona|페르소나|퍼소나", re.I)
#: "Raymond - Managing Principal Persona", "Clinic Owner Persona": a heading that calls itself one persona.
_ONE_PERSONA_TITLE = re.compile(r"^(?!.*\bpersonas\b).{2,80}?\s+persona\W*$", re.I)
#: "Quillmark ICP", "Acme Ideal Customer Profile": a page about the one customer a product is for.
_ICP_WORD = re.compile(r"\bicps?\b|ideal customer profile", re.I)
_ONE_ICP_TITLE = re.compile(r"^(?!.*\bicps\b).{2,60}?\s+(?:icp|ideal customer profile)\W*$", re.I)


def the_pages_one_persona(section: Section, ancestors: list[Section]) -> bool:
    """The page's one top heading calls itself a persona (or the product's ICP) and holds a persona's fields of its
    own (an ICP's may sit in its parts: "## Core pull" ⏎ "Limitations:" ⏎ …): the page is that persona, whatever its
    parts look like (none of them is titled as a persona)."""
    if len(ancestors) != 1 or ancestors[0].children != [section] or names_container(clean_name(section.title)) \
            or any(PERSONA_WORD.search(s.title) or _ICP_WORD.search(s.title) for s in section.walk() if s is not section):
        return False
    if _ONE_ICP_TITLE.match(section.title):
        return any(f in CONCERN_SECTIONS for s in section.walk() for f, _ in field_labels(s))
    return bool(_ONE_PERSONA_TITLE.match(section.title)) and is_persona_by_fields(section)
