"""Is a section the story of one named person ("Berna" ⏎ "Berna works as a clerk … She …")?"""

from __future__ import annotations

import re

from callinsight.personas.evidence import is_persona_by_fields
from callinsight.personas.model import field_of
from callinsight.personas.names import (
    GENDERED,
    NAME_AND_AGE,
    NAME_LABEL,
    clean_name,
    is_given_name,
    is_korean_full_name,
    is_topic_acronym,
    looks_like_a_name,
    name_core,
    names_container,
    names_people,
    prose_is_about,
    sentence_subject,
)
from callinsight.personas.reading.inline import without_asides
from callinsight.personas.reading.tree import ItemList, Para, Section
from callinsight.personas.vocab import CONTAINER_WORDS

_DECLARES_PERSONAS = re.compile(r"\bpersonas?\b|(?:페르소나|퍼소나)|\buser types?\b|\b(learner|user|customer) profiles?\b|\barchetypes?\b|"
                                r"\btypes of (users?|customers?)\b", re.I)


def declares_personas(section: Section, ancestors: list[Section]) -> bool:
    """Does the page say it is about personas: its title or front matter, a heading above, or a sub-heading
    of this section ("About the persona")?"""
    titles = [section.title, *(c.title for c in section.children), *(a.title for a in ancestors)]
    titles += [str(s.meta.get("title", "")) for s in [section, *ancestors]]
    return any(_DECLARES_PERSONAS.search(t) for t in titles if t)


_WIKI_WORD = re.compile(r"(?:[A-Z][a-z]+){2,4}")
_OPENS_WITH_HIM_OR_HER = re.compile(r"^\W*(she|he)\b", re.I)


_MEET = re.compile(r"^\W*(?:meet|introducing)\s", re.I)  # "Meet Aroha.": a heading that introduces someone


def is_narrative(section: Section, name: str, ancestors: list[Section]) -> bool:
    """A section titled with a name that its prose is about: "Berna" … "Berna works as a clerk … She …"."""
    if " — " in name or " – " in name:  # "Aisha — Third-Year PhD Student (Materials Chemistry)": the name before the dash
        name = re.split(r" [—–] ", name, maxsplit=1)[0]
    appositive = re.match(r"^([^,]{2,40}), ((?:a|an|the|our|someone|who)\b)?", name)
    if appositive and len(appositive.group(1).split()) <= 3 and (
            appositive.group(2) or all(w[:1].isupper() for w in appositive.group(1).split())):
        name = appositive.group(1)  # "Alia, a researcher with … and …", "Yun, retiree with low vision, …": the name
    aside = re.search(r"\s*\(([^()]*)\)\s*$", name)  # "The Validator (the person who checks the data)"
    said_a_person = bool(aside and names_people(aside.group(1)))
    if aside and (len(name.split()) > 6 or said_a_person):
        name = name[:aside.start()]
    if re.search(r"\s-\s*[\"“][^\"”]{3,40}[\"”]\s*$", section.title) and " - " in name:
        name = name.split(" - ", 1)[0]  # 'Dr. Kate Lowe - "The Committed Mentor"': the name, then her epithet in quotes
    if not name or len(name.split()) > 6 or CONTAINER_WORDS.search(name):
        return False
    words = [w.strip(",;:()") for w in name.split()]  # "Mimi, the non-profit deputy director" is "Mimi" in her story
    words = [w for w in words if w]
    if len(words) == 1 and _WIKI_WORD.fullmatch(words[0]):  # "OwenOfficeManager", a wiki's page name: "Owen" in prose
        words = re.findall(r"[A-Z][a-z]+", words[0])
    if not words:
        return False
    # its own paragraphs, and those of sub-sections that are fields of it ("Key tasks", "Your toolbox" under "Ruth")
    parts = [section] + [c for c in section.children if not is_persona_by_fields(c) and not c.record]
    prose = " ".join(b.text for part in parts for s in ([part] if part is section else part.walk())
                     for b in s.blocks if isinstance(b, Para))
    if sentence_subject(section.title) == name:  # "Trevor is 18 years old" ⏎ "He lives with …": the heading opens the story
        prose = f"{section.title}. {prose}"
    if is_topic_acronym(name) and not re.match(rf"{re.escape(name)} (is|was|has|works)\b", prose):
        return False  # "RBAC", "API": an acronym is a topic, not a person ("CTO" is; so is "DJ is a sysadmin … she")
    if (appositive or _MEET.match(section.title)) and is_given_name(name) and _OPENS_WITH_HIM_OR_HER.match(prose):
        return True  # "Aroha, the Weekend Trader" (or "Meet Aroha.") ⏎ "She's in her forties, …": the heading's person
    text = section.text()
    if _MEET.match(section.title) and is_given_name(name) and not section.children \
            and GENDERED.search(text) and len(text.split()) >= 12:
        return True  # "Meet Megan" ⏎ her quote ⏎ "- Likes to post her new buys …": a card introduced by her name
    if section.blocks and isinstance(section.blocks[0], Para) and NAME_AND_AGE.match(section.blocks[0].text.strip()) \
            and GENDERED.search(text) and looks_like_a_name(section.title) and not section.title.rstrip().endswith("s") \
            and not names_container(clean_name(section.title)):
        return True  # "## Impact Learner" ⏎ "Eduardo Ferreira age 61" ⏎ "- He spent 28 years …": the role's person
    label, colon, rest = section.title.partition(":")  # "이름: 윤채원", "Name: Rachel": the heading says who it is
    labelled = bool(colon and rest.strip() and NAME_LABEL.match(label))
    return prose_is_about(name, words, prose, said_a_person or labelled or declares_personas(section, ancestors))


#: "Adores writing code", "Can't stand being interrupted", "Has 11 engineers to keep in step": a trait written with a
#: verb in the third person, the subject (the person in the heading) left out.
#: A frequency word may lead it ("Rarely bothers with a helmet", "Often skips lunch", "Once lost a whole day's work").
_THIRD_PERSON_TRAIT = re.compile(r"^(?:(?:Rarely|Seldom|Often|Frequently|Usually|Always|Never|Sometimes|Regularly|Occasionally|"
                                 r"Mostly|Still|Also|Once|Barely|Hardly|Constantly)\s+(?:[a-z]+[^s\W]s|[a-z]+ed)\b|"
                                 r"[A-Z][a-z]+[^s\W]s|Is|Has|Does|Can['’]?t|Cannot|Doesn['’]t|Isn['’]t|Won['’]t)\b")


def is_trait_list(section: Section) -> bool:
    """"## Mark the Coder" ⏎ "- Adores writing code" ⏎ "- Can't stand losing hours on paperwork" ⏎ …: a person's
    traits as a bare list under their name, no fields, about "him" or "her" (a product's features are "it")."""
    if section.children or any(isinstance(b, Para) and len(b.text.split()) > 25 for b in section.blocks):
        return False
    items = [i for b in section.blocks if isinstance(b, ItemList) for i in b.items]
    name = without_asides(clean_name(section.title))  # "New user (0-1 edits)"
    if len(items) < 3 or any(i.label and field_of(i.label) for i in items) or CONTAINER_WORDS.search(name) \
            or not (looks_like_a_name(name) or names_people(name)):
        return False
    if is_korean_full_name(name_core(name)):
        # "### 이수연 — 학부모" ⏎ "- 차를 몰 일이 잦음" ⏎ "- 마음을 졸임": her traits noted as nouns, as Korean notes are
        return 2 * sum(_noted_as_a_noun(i.text) for i in items) >= len(items)
    traits = sum(bool(_THIRD_PERSON_TRAIT.match(i.text)) for i in items)
    listed = " ".join(i.text for i in items)
    # "# Valeria Ruiz" ⏎ "- 22 years." ⏎ "- Architecture Student." ⏎ …: a person's profile, her age among its lines
    aged = looks_like_a_name(name) and any(_AGE_LINE.match(i.text) for i in items)
    return (2 * traits >= len(items) or aged) and bool(GENDERED.search(listed))


def _noted_as_a_noun(text: str) -> bool:
    """"잦음", "졸임", "탐", "생활": a Korean note ending in a verb made a noun (final ㅁ) or in a bare noun of doing."""
    last = text.rstrip(" .。")[-1:]
    return bool(last) and "가" <= last <= "힣" and ((ord(last) - 0xAC00) % 28 == 16 or text.rstrip(" .").endswith(("생활", "중")))


#: A line that only gives an age ("22 years.", "Age 41", "30 y/o", "34세").
_AGE_LINE = re.compile(r"^\W*(?:age[:\s]\s*)?\d{1,2}\s*(?:years?(?: old)?|yrs?|y/?o|세|살)?\W*$", re.I)
