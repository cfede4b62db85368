"""Persona cards whose structure was flattened or never marked with headings: names told apart from their fields
only by where they stand (pasted page text, bold names over field paragraphs)."""

from __future__ import annotations

import re
from dataclasses import replace

from callinsight.personas.model import field_of
from callinsight.personas.names import NOT_A_SUBJECT, introduced_person, is_given_name, is_profile_heading
from callinsight.personas.reading.tree import Item, ItemList, Para, Section
from callinsight.personas.vocab import non_persona_reason


def split_named_runs(section: Section) -> None:
    """"## Guest personas" ⏎ "- Regular guests" ⏎ "- Expectations: …" ⏎ "- Handling: …" ⏎ "- Business guests" ⏎
    "- Expectations: …": a list flattened from pasted text (one list, or lists one after another), where short names
    without a label each come before the labelled items of the same fields: one persona each, its items hers."""
    blocks = section.blocks
    first = next((i for i, b in enumerate(blocks) if isinstance(b, ItemList)), None)
    if first is None:
        return
    last = first
    while last + 1 < len(blocks) and isinstance(blocks[last + 1], ItemList):
        last += 1
    runs: list[tuple[Item, list[Item]]] = []
    for item in (i for b in blocks[first:last + 1] for i in b.items):  # type: ignore[union-attr]
        if _bare_name(item):
            runs.append((item, []))
        elif runs and item.label:
            runs[-1][1].append(item)
        else:
            return
    labels = [frozenset(field_of(i.label or "") for i in items) - {None} for _, items in runs]
    if len(runs) >= 2 and all(labels) and len(set(labels)) == 1:
        people = [Section(title=name.text, level=section.level + 1, blocks=[ItemList(items=items)]) for name, items in runs]
        section.blocks = blocks[:first] + blocks[last + 1:]
        section.children = people + section.children


def _bare_name(item: Item) -> bool:
    """"Regular Guests": a short item without a label, end stop or items of its own that names no field."""
    text = item.text.strip()
    return not item.label and not item.children and 0 < len(text.split()) <= 5 and text[:1].isupper() \
        and not text.endswith((".", ":", "!", "?")) and not field_of(text) and not non_persona_reason(text)


def profiled_names(blocks: list) -> list[int]:
    """"**Priya**: 20, female, sophomore." ⏎ "*Quote*: …" ⏎ "*Goals*: …" ⏎ "**Tomasz**: 28, …": two or more bold names,
    each with a short line about the person, right over a paragraph labelled with a field: one persona each."""
    found = [i for i, b in enumerate(blocks[:-1]) if isinstance(b, Para) and b.bold and b.label and b.rest
             and is_given_name(b.label.strip()) and len(b.rest.split()) <= 15 and not field_of(b.label)
             and not non_persona_reason(b.label) and isinstance(after := blocks[i + 1], Para) and after.label
             and (field_of(after.label) or is_profile_heading(after.label))]
    return found if len(found) >= 2 else []


#: "Who are you? (Employee)", "What's your main goal?": a question standing as a paragraph, an aside after it.
_QUESTION = re.compile(r"^(?P<q>[^?\n]{3,80}\?(?:\s*[^?\n]{3,120}\?){0,3})\s*(?:\((?P<aside>[^()\n]{1,40})\))?\s*$")
#: "I am Luis, and …", "Olivia here, a mum …": an answer in which someone names herself.
_SELF_NAMED = re.compile(r"^\W*(?:I am|I'm|I’m|My name is)\s+(?P<said>[A-Z][a-z]+)|^\W*(?P<here>[A-Z][a-z]+) here\b")


def split_by_repeated_questions(section: Section) -> None:
    """"Who are you? (Employee)" ⏎ "* I am Luis, …" ⏎ "What's your main goal?" ⏎ "* …" ⏎ "Who are you? (Customer)" ⏎
    "* Olivia here, …": a questionnaire answered once per persona, each card opened by the same question and
    answered in lists; one persona per card, named by whom the first answer names and the question's aside, and
    each question the label of the answers under it."""
    for child in section.children:
        split_by_repeated_questions(child)
    blocks = _questions_out_of_lists(section.blocks)
    asked = [(i, m) for i, b in enumerate(blocks) if isinstance(b, Para) and (m := _QUESTION.match(b.text.strip()))]
    if len(asked) < 4:
        return
    keys = [m["q"].replace("’", "'").lower() for _, m in asked]
    opens = [i for (i, _), key in zip(asked, keys, strict=True) if key == keys[0]]
    questions = {i: m for i, m in asked}
    if len(opens) < 2 or len(asked) < 2 * len(opens) or any(
            not (isinstance(b, ItemList) or i in questions) for i, b in enumerate(blocks) if i >= opens[0]) \
            or any(not (i + 1 < len(blocks) and isinstance(blocks[i + 1], ItemList)) for i in questions):
        return  # (each card asks more than who they are, and every question is answered in a list)
    cards: list[Section] = []
    for n, start in enumerate(opens):
        answers = blocks[start + 1]
        first = answers.items[0].text if isinstance(answers, ItemList) and answers.items else ""
        who = _SELF_NAMED.match(first)
        name, aside = (who["said"] or who["here"]) if who else introduced_person(first), questions[start]["aside"] or ""
        title = f"{name} ({aside})" if name and aside else name or aside
        if not title:
            return
        end = opens[n + 1] if n + 1 < len(opens) else len(blocks)
        card = [Para(text=questions[i]["q"], label=questions[i]["q"], bold=True) if i in questions else b
                for i, b in enumerate(blocks[start:end], start)]
        cards.append(Section(title=title, level=section.level + 1, blocks=card))
    section.blocks = blocks[:opens[0]]
    section.children = cards + section.children


def _questions_out_of_lists(blocks: list) -> list:
    """"- Founder" ⏎ "- Who is the user?" ⏎ "  - Joe is …" ⏎ "- What are potential pain points?" ⏎ "  - …": a template's
    questions asked as list items, each answered in the items under it, as questions standing over their answers
    (a short item between cards, "- Founder", "- 2nd", left out: the card is named by its answers). Unchanged unless
    a list asks four or more questions so."""
    out: list = []
    for block in blocks:
        items = block.items if isinstance(block, ItemList) else []
        asked = [i for i in items if i.children and _QUESTION.match(i.text.strip())]
        if len(asked) < 4 or any(i.children or len(i.text.split()) > 5 for i in items if i not in asked):
            out.append(block)
            continue
        for item in asked:  # (the questions and their answers; the short items between cards dropped)
            out += [Para(text=item.text.strip()), ItemList(items=item.children)]
    return out


#: A heading whose section holds only the persona's name ("## 1. Persona Name" ⏎ "Pema, Year 1 Student").
_NAME_HEADING = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:user\s+)?persona(?:['’]s)?\s+name|name\s+of\s+(?:the\s+)?persona|"
                           r"(?:페르소나|퍼소나)\s*이름)\W*$", re.I)


def split_by_name_headings(section: Section) -> None:
    """"## 1. Persona Name" ⏎ "Pema, Year 1 Student" ⏎ "## 2. User Type" ⏎ … ⏎ "## 5. Pain Points" ⏎ … ⏎ "## 2. Persona
    Name" ⏎ "Hana, …": a template filled in once per persona with every part a heading of one level; each run of
    headings opened by the name heading is one persona, named by the name it holds, the headings after it its parts."""
    for child in section.children:
        split_by_name_headings(child)
    children = section.children
    names = {i: text for i, c in enumerate(children) if _NAME_HEADING.match(c.title) and not c.children
             and len(c.blocks) == 1 and isinstance(name := c.blocks[0], Para) and 0 < len((text := name.text.strip()).split()) <= 8}
    opens = list(names)
    if len(opens) < 2 or any(children[i].level != children[opens[0]].level for i in range(opens[0], len(children))):
        return
    cards = [Section(title=names[start], level=children[start].level,
                     children=[replace(c, level=c.level + 1) for c in children[start + 1:end]])
             for start, end in zip(opens, [*opens[1:], len(children)], strict=True)]
    section.children = children[:opens[0]] + cards


#: "Her Story", "His Concerns", "Their Goals": a part of a persona headed by the pronoun of the person it is about.
_PRONOUN_PART = re.compile(r"^\W*(?:her|his|their)\s+(?P<part>[\w -]{3,30}?)\W*$", re.I)
_STORY = re.compile(r"^(?:story|background|bio|biography|profile|life)$", re.I)


def split_by_pronoun_parts(section: Section) -> None:
    """"Her Story" ⏎ "Tess is every charity's …" ⏎ "Her Concerns" ⏎ … ⏎ "His Story" ⏎ "Marco always signs up …" ⏎ …:
    parts headed by a pronoun and no name, one run per person, each opened by a story that introduces them; each run
    is a persona named by its story."""
    for child in section.children:
        split_by_pronoun_parts(child)
    children = section.children
    headed = [(i, m["part"]) for i, c in enumerate(children) if not c.children and (m := _PRONOUN_PART.match(c.title))]
    parts = [i for i, part in headed if _STORY.match(part) or field_of(part)]
    opens = [i for i, part in headed if _STORY.match(part)]
    if len(opens) < 2 or parts[0] != opens[0] or parts != list(range(opens[0], parts[-1] + 1)):
        return
    names = [_story_subject(next((b.text for b in children[i].blocks if isinstance(b, Para)), "")) for i in opens]
    if not all(names) or len(set(names)) < len(names):
        return
    for end in opens[1:]:  # "I want to pitch in …" closing a run: the motto over the next person's story
        last = children[end - 1]
        if last.blocks and isinstance(said := last.blocks[-1], Para) and _FIRST_PERSON_LINE.match(said.text.strip()):
            last.blocks.pop()
            children[end].blocks.insert(0, said)
    cards = [Section(title=name, level=children[start].level,
                     children=[replace(c, level=c.level + 1) for c in children[start:end]])
             for name, start, end in zip(names, opens, [*opens[1:], parts[-1] + 1], strict=True)]
    section.children = children[:opens[0]] + cards + children[parts[-1] + 1:]


_FIRST_PERSON_LINE = re.compile(r"^[\"“]?I\b[^.!?]*[.!?][\"”]?$")


def _story_subject(text: str) -> str:
    """"Tess is …", "Marco always signs up … Marco is ready …", "Priya’s devoted …": the given name a story opens with
    and names again (or introduces, "Glen is a fixer …"), else ""."""
    if who := introduced_person(text):
        return who
    opening = re.match(r"([A-Z][a-z]+)(?:['’]s)?\b", text)
    if not opening or not is_given_name(opening[1]) or opening[1].lower() in NOT_A_SUBJECT:
        return ""
    return opening[1] if len(re.findall(rf"(?<!\w){opening[1]}(?!\w)", text)) >= 2 else ""
