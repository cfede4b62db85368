"""People a page introduces in its prose, and kinds of people it says are its personas, for a page where nothing
else looks like a persona.

A persona copied out of a slide, a PDF or a blog often keeps no heading and no field label: "Farah is a 58 year
old who cares for her mother …" ⏎ "Farah needs help …", or a list of "Tomas, 52 years old, drives a van, …". The
person the text introduces by name is the persona; what follows the introduction, up to the next person, is theirs.
"""

from __future__ import annotations

import re

from callinsight.personas.merging import name_key
from callinsight.personas.model import PersonaDoc, field_of
from callinsight.personas.names import GENDERED, NOT_A_SUBJECT, SENTENCE_BREAK, introduced_person, word_count
from callinsight.personas.personadoc import DocBuilder
from callinsight.personas.reading.tree import Item, ItemList, Para, Section, Table
from callinsight.personas.vocab import CONTAINER_WORDS, non_persona_reason

#: "Tomas, 52 years old, …", "Greta, Night Manager, 29 years old.", "Omar (42) runs …": a name and an age.
_NAME_AND_AGE = re.compile(r"^([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?)(?:, [^,.]{3,40})?(?:, | \()(?:aged )?"
                           r"(\d{2})(?:\)| years? old\b|-year-old\b|, )")
#: "김민지(32세, 직장인)는 …", "박지훈, 41세, …": a Korean name and an age.
_KOREAN_NAME_AND_AGE = re.compile(r"^([가-힣]{2,4})(?:씨)?\s*(?:\(|, ?)(\d{2})\s*(?:세|\))")  # "김민지(34)는 …" too
#: "Mele staffs the night desk", "Tavita drives a school bus": a given name, then a verb in the third person.
_DOING = re.compile(r"^([A-Z][a-z]{2,})(?: [A-Z][a-z]+)? (?!is\b|has\b|was\b)([a-z]{3,}s) (?:a|an|the|his|her|two|three|at|in|for)\b")


def introduces(text: str) -> str:
    """The person a paragraph or list item introduces in its first sentences, or "": "Tomas, 52 years old, …",
    "Mele staffs the night desk … she …", "We spoke to drivers. Tavita drives a school bus … he …"."""
    text = text.strip()
    for pattern in (_NAME_AND_AGE, _KOREAN_NAME_AND_AGE):
        if (match := pattern.match(text)) and match.group(1).split()[0].lower() not in NOT_A_SUBJECT:
            return match.group(1)
    if not GENDERED.search(text):
        return ""  # a person, not a product ("Requests is a library … their"): "he" or "she" in the text
    for start in [0, *(m.end() for m in SENTENCE_BREAK.finditer(text))][:2]:
        if person := introduced_person(text[start:]) or _someone_doing(text[start:]):
            return person
    return ""


def _someone_doing(text: str) -> str:
    match = _DOING.match(text)
    return match.group(1) if match and match.group(1).lower() not in NOT_A_SUBJECT and not match.group(2).endswith("ss") else ""


def introduced_people(root: Section, source: str) -> list[PersonaDoc]:
    """One persona per person the page introduces, each with the text from its introduction to the next person's
    (in a paragraph's own section, and the field headings right below it: "Needs" ⏎ "1. Carla needs …"). Only people
    the text says a problem or need of: a page that only mentions someone ("Alice signs the message") is no persona."""
    parts: dict[str, list[Part]] = {}
    _collect(root, parts, {})
    out = []
    for name, own in parts.items():
        builder = DocBuilder(name, source, {}, [])
        blocks: list[Para | ItemList | Table] = []  # read together, so that "Her worries:" ⏎ its list makes the items concerns
        for part in own:
            if isinstance(part, Section):
                builder.read_blocks(blocks)
                blocks = []
                builder.read_section(part, field_of(part.title))
            else:
                blocks.append(part)
        builder.read_blocks(blocks)
        doc = builder.finish()
        if doc.concerns:
            out.append(doc)
    return out


Part = Para | ItemList | Table | Section


def _collect(section: Section, parts: dict[str, list[Part]], names: dict[str, str]) -> None:
    current: str | None = None  # the person the section's last introducing paragraph is about
    for block in section.blocks:
        if isinstance(block, Para):
            if name := introduces(block.text):
                current = names.setdefault(name_key(name), name)
            if current:
                parts.setdefault(current, []).append(block)
        elif isinstance(block, ItemList):
            for item in block.items:
                owner = names.setdefault(name_key(name), name) if (name := introduces(item.text)) else current
                if owner:  # an item that introduces someone is theirs alone ("- Greta, 29 years old, …")
                    _add_item(parts.setdefault(owner, []), item)
        elif isinstance(block, Table) and current:  # her story ⏎ her empathy map laid out as a grid
            parts[current].append(block)
    for child in section.children:
        if current and not child.children and field_of(child.title):
            parts[current].append(child)
        else:
            _collect(child, parts, names)


#: Text that says the page sorts people into personas ("we have grouped … into a set of personas", "five customer types").
_DECLARES_GROUPS = re.compile(r"\bpersonas\b|\barchetypes\b|\b(types|kinds|groups|segments) of (customers?|shoppers?|buyers?|users?|clients?|"
                              r"owners|visitors|drivers|patients|travell?ers|guests|tenants|members|learners|readers)\b|"
                              r"\b(customer|shopper|buyer|user|client) types\b|"
                              # "sorts most shoppers into five main groups:", "3 separate groups of buyers"
                              r"\b(two|three|four|five|six|seven|eight|[2-9]) (main |distinct |separate |key |broad |core )?"
                              r"(groups|segments|types|kinds)\b|(?:페르소나|퍼소나)|유형", re.I)
_PLURAL_PRONOUN = re.compile(r"\b(they|their|them)\b|이들|그들", re.I)


def declared_groups(root: Section, source: str) -> list[PersonaDoc]:
    """"… we sorted the guests we meet most often into three personas." ⏎ "Laptop Campers" ⏎ "These guests arrive
    … they …" ⏎ "School-run Parents" ⏎ …: after text that says the page holds personas, short headings each over a
    paragraph about "they" are one persona each, when at least half of them state a problem or need."""
    def said(section: Section) -> str:
        return " ".join(b.text for b in section.blocks if isinstance(b, Para))

    for parent in root.walk():
        told = said(root) if parent is root else f"{said(root)} {said(parent)}"  # the page's opening counts everywhere
        groups = [c for c in parent.children if _a_group(c)]
        if not _DECLARES_GROUPS.search(told) or len(groups) < 2 or 2 * len(groups) < len(parent.children):
            continue
        docs = []
        for group in groups:
            builder = DocBuilder(group.title.strip(), source, {}, [])
            builder.read_blocks(group.blocks)
            docs.append(builder.finish())
        if 2 * sum(1 for d in docs if d.concerns) >= len(docs):
            return docs
    return []


def declared_list(section: Section) -> list[Item]:
    """"… sorts people into seven citizen personas, each …:" ⏎ "- Eager Climbers: young city dwellers …" ⏎ …: the
    labelled items of a list that a sentence saying the page holds personas introduces, one persona each."""
    for before, block in zip(section.blocks, section.blocks[1:], strict=False):
        if not (isinstance(before, Para) and isinstance(block, ItemList) and before.text.rstrip().endswith(":")
                and _DECLARES_GROUPS.search(before.text)):
            continue
        named = [i for i in block.items if i.label and word_count(i.label) <= 5 and len(i.rest.split()) >= 3
                 and not field_of(i.label) and not non_persona_reason(i.label)]
        if len(named) >= 2 and 2 * len(named) >= len(block.items):
            return named
    return []


def _a_group(section: Section) -> bool:
    title = section.title.strip()
    prose = " ".join(b.text for b in section.blocks if isinstance(b, Para))
    return not section.children and 0 < word_count(title) <= 4 and not title.endswith(("?", ":")) \
        and not field_of(title) and not non_persona_reason(title) and not CONTAINER_WORDS.search(title) \
        and len(prose.split()) >= 20 and bool(_PLURAL_PRONOUN.search(prose))


def _add_item(blocks: list[Part], item: Item) -> None:
    if blocks and isinstance(blocks[-1], ItemList):
        blocks[-1].items.append(item)
    else:
        blocks.append(ItemList(items=[item]))


#: A heading or lead-in that says who a service is for: "타겟", "대상 고객", "Target audience", "Who it's for",
#: "이런 분들께 추천합니다", "We built this for people who:".
_FOR_WHOM = re.compile(r"타겟|타깃|대상|추천(합니다|해요|드려요|드립니다)|권해 드|이런 분|이런 사람|위한 서비스|"
                       r"\btarget(ed)?\b|\baudience\b|\bwho (it|this) is for\b|\bwho (it['’]s|this['’]s) for\b|"
                       r"\b(built|made|designed) for\b|\bideal for\b|\bperfect for\b", re.I)
#: A list item that describes a kind of person: "빈 캠핑장을 찾기 어려운 사람", "People who lose track of their receipts".
_PERSON_KIND = re.compile(r"(?<![가-힣])[가-힣 ,]{4,}(?:사람|분|이용자|사용자|고객|유저|학생|직장인|초년생|가구|부모|어르신|주부|"
                          r"여행객|구직자|취준생|환자|보호자)들?(?:입니다|이에요|예요)?\s*[.。!]?$|"
                          r"^(?:people|anyone|those|someone|users|customers|parents|students|travell?ers) who\b", re.I)
#: "1) ", "2. ", "③ " before a kind of person in a numbered run of lines.
_LINE_NUMBER = re.compile(r"^[^\w가-힣]*(?:(?:\d{1,2}[.)]|[①-⑩])\s*)?")  # (and any bullet or emoji before: "🎯 ", "▶ ")


def people_it_is_for(root: Section, source: str) -> list[PersonaDoc]:
    """"#### 타겟" ⏎ "- 캠핑 장비가 너무 많아서 짐을 꾸리기 힘든 사람" ⏎ "- 빈 캠핑장을 찾기 어려운 사람", or "We made it for:" ⏎
    "- People who lose track of receipts" ⏎ …: under a heading or lead-in that says who the service is for, a list (or
    a run of lines) of two or more kinds of person is one persona each, named by its line (its trouble, if it states
    one, its concern). Asked of the page as read, before the search lifts short bold lines into headings."""
    for section in root.walk():
        for start, lines in _runs(section):
            before = section.blocks[start - 1] if start else None
            said = f"{section.title} {before.text}" if isinstance(before, Para) else section.title
            kinds = [line for line in lines if _a_kind_of_person(line)]
            if _FOR_WHOM.search(said) and len(kinds) >= 2 and len(kinds) == len(lines):
                return [_kind_of_person(line, source) for line in kinds]
    return []


def _runs(section: Section) -> list[tuple[int, list[str]]]:
    """The section's lists, and its runs of two or more paragraphs that each describe a kind of person, each with the
    index of its first block and its lines (numbers off)."""
    runs: list[tuple[int, list[str]]] = []
    paras: list[str] = []
    for i, block in enumerate([*section.blocks, None]):
        if isinstance(block, Para) and _a_kind_of_person(line := _LINE_NUMBER.sub("", block.text.strip())):
            paras.append(line)
            continue
        if len(paras) >= 2:
            runs.append((i - len(paras), paras))
        paras = []
        if isinstance(block, ItemList) and not any(item.children for item in block.items):
            runs.append((i, [item.text.strip() for item in block.items]))
    return runs


def _a_kind_of_person(line: str) -> bool:
    return len(line) <= 120 and _PERSON_KIND.search(line) is not None  # (a line, not a paragraph: short, and quick to ask)


def _kind_of_person(line: str, source: str) -> PersonaDoc:
    line = _LINE_NUMBER.sub("", line.strip())
    name = re.sub(r"(?:입니다|이에요|예요)?\s*[.。!]?$", "", line)
    builder = DocBuilder(name, source, {}, [])
    builder.read_blocks([ItemList(items=[Item(text=line.strip())])])
    return builder.finish()
