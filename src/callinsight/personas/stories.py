"""User stories as personas: "As an enterprise operator, I need …" told by one role, and a heading that says
whose needs the list under it are ("As a service team, we need…")."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from callinsight.personas.model import PersonaDoc, field_of
from callinsight.personas.names import clean_name, names_people
from callinsight.personas.personadoc import DocBuilder
from callinsight.personas.reading.tree import Item, ItemList, Para, Section, list_texts
from callinsight.personas.vocab import USER_STORY

_STORY_NEED = frozenset({"need", "must", "require"})


def needs_of(title: str) -> str:
    """"As a service team, we need…", "As an assessor I need:": a heading that says whose needs the list under it
    are; who they are, or ""."""
    story = USER_STORY.match(title)
    return story["who"] if story and story["verb"].lower() in ("need", "want", "would like", "expect") else ""


def _story_items(section: Section) -> list[str]:
    return [item.text for block in section.blocks if isinstance(block, ItemList) for item in block.items]


def told_in_user_stories(section: Section) -> str:
    """The persona a section's user stories are told by ("As an enterprise operator, I need …"): the heading when it
    names people, else the role most of the stories give; "" when the section is not a list of one role's stories."""
    items = _story_items(section)
    roles = [m["who"].strip().lower() for t in items if (m := USER_STORY.match(t))]
    if len(roles) < 2 or 2 * len(roles) < len(items):
        return ""
    role, count = Counter(roles).most_common(1)[0]
    if 2 * count < len(roles):
        return ""
    title = clean_name(section.title)
    return title if title and names_people(title) else role[:1].upper() + role[1:]


def from_user_stories(section: Section, who: str, source: str, ancestors: list[Section]) -> PersonaDoc:
    b = DocBuilder(who, source, section.meta, ancestors, title=section.title)
    _add_stories(b, _story_items(section))
    return b.finish()


#: The purpose of a wish that is to be spared a problem: "… so I don't have to re-enter it", "… so that I can stop
#: chasing people", "… to avoid double bookings". Such a wish states a need, not only a feature wanted.
_SPARED = re.compile(r"\b(?:so(?: that)?|in order to|to)\b.{0,40}?\b(?:(?:do not|don['’]t|won['’]t|will not|no longer) "
                     r"(?:have|need) to|without having to|stop|avoid|prevent|never (?:again|have to))\b", re.I)


def _add_stories(b: DocBuilder, texts: list[str]) -> None:
    """User stories as needs ("I need", "I must", 필요, 해야, or a wish to be spared a problem: "…so I don't have to
    …"), or as goals when they tell what someone wants to do ("As an end user, I can request access …", "…하고
    싶다"); a text that is no story is left out."""
    for text in texts:
        story, korean = USER_STORY.match(text), KOREAN_STORY.match(text)
        if (story and (story["verb"].lower() in _STORY_NEED or _SPARED.search(text[story.end():]))) \
                or (korean and _KOREAN_NEED.search(korean["what"])):
            b.listed.append(("need", text))
        elif story or korean:
            b.doc.sections.setdefault("goals", []).append(text)


def from_needs_statement(section: Section, who: str, source: str, ancestors: list[Section]) -> PersonaDoc:
    b = DocBuilder(who[:1].upper() + who[1:], source, section.meta, ancestors, title=section.title)
    items = [i for block in section.blocks if isinstance(block, ItemList) for i in block.items]
    b.listed += [("need", t) for t in _unfielded(items)]
    b.read_blocks(section.blocks)
    return b.finish()


def _unfielded(items: list[Item]) -> list[str]:
    """The items' texts, nested ones too, but for a field's own item ("Pain points" ⏎ its items): that is a field,
    read as one."""
    texts: list[str] = []
    for item in items:
        if not (item.children and field_of(item.label or item.text)):
            texts += [item.text, *_unfielded(item.children)] if item.text else _unfielded(item.children)
    return texts


#: "As a **developer**, I want", "As a security analyst, I need to", "As a tester": a line that says whose needs the list
#: right after it are (a GOV.UK-style "Our users and their needs" section), with at most a few words after the verb.
_NEEDS_LEAD = re.compile(r"^\W*as an? (?P<who>[^,.:;!?]{2,60}?)\W*(?:,?\s*(?:i|we)\s+(?:need|want|would like|expect|require)\w*"
                         r"(?:\s+[\w'’-]+){0,3})?\s*[,:.]?\W*$", re.I)


def needs_lead_ins(section: Section) -> list[tuple[str, ItemList]]:
    """(who, their list) for each line of the section that introduces one role's needs as the list after it."""
    found: list[tuple[str, ItemList]] = []
    for block, after in pairwise(section.blocks):
        text = block.text if isinstance(block, Para) else ""
        if isinstance(after, ItemList) and len(text.split()) <= 12 and (m := _NEEDS_LEAD.match(text.replace("*", ""))):
            who = clean_name(m["who"])
            if who and len(who.split()) <= 6:
                found.append((who[:1].upper() + who[1:], after))
    return found


def from_needs_list(who: str, items: ItemList, section: Section, source: str, ancestors: list[Section]) -> PersonaDoc:
    b = DocBuilder(who, source, {}, [*ancestors, section])
    b.listed += [("need", t) for t in list_texts([items])]
    return b.finish()


#: A Korean user story: "상담원으로서, 나는 대기 중인 통화 수를 봐야 한다" (who, then what they need or want).
KOREAN_STORY = re.compile(r"^\W*(?P<who>[가-힣A-Za-z][가-힣A-Za-z ]{0,20}?)(?:으로서|로서)\s*,?\s*(?:나는|저는|우리는)?\s*(?P<what>\S.*)$")
_KOREAN_NEED = re.compile(r"필요|해야|야 한다|야 합니다")


def stories_by_role(section: Section) -> list[tuple[str, list[str]]]:
    """A catalogue of user stories told by several roles, as paragraphs or list items ("As a case worker, I need …"
    ⏎ "As a claimant, I need …"): (role, its stories) in the order the roles first come, when most of the section's
    lines are stories and at least two roles tell two or more between them; [] otherwise."""
    lines = [story for b in section.blocks if isinstance(b, Para) for story in _one_each(b.text)] + _story_items(section)
    told = [(m["who"].strip(), line) for line in lines if (m := USER_STORY.match(line) or KOREAN_STORY.match(line))]
    roles: dict[str, tuple[str, list[str]]] = {}
    for who, line in told:
        key = re.sub(r"\s+", " ", who.lower())
        roles.setdefault(key, (clean_name(who), []))[1].append(line)
    if len(roles) < 2 or len(told) < 3 or 2 * len(told) < len(lines):
        return []
    return [(who[:1].upper() + who[1:], stories) for who, stories in roles.values()]


#: Where the next user story starts inside a paragraph that holds several (a table's column of stories copied as
#: text: "As an applicant I want to … so I can … As an agent I want …").
_NEXT_STORY = re.compile(r"(?<=[a-z0-9.!?)’'\"])\s+(?=As an? [^,.:;]{2,60}?,? (?:I|we) (?:need|must|require|want|can|should|would like|expect)\b)")


def _one_each(text: str) -> list[str]:
    """A paragraph's user stories, one each, when it holds several; else the paragraph."""
    parts = _NEXT_STORY.split(text)
    return parts if len(parts) > 1 and USER_STORY.match(text) else [text]


def from_role_stories(who: str, stories: list[str], section: Section, source: str, ancestors: list[Section]) -> PersonaDoc:
    b = DocBuilder(who, source, {}, [*ancestors, section])
    _add_stories(b, stories)
    return b.finish()
