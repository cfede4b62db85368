"""Blocks inside a section that open personas of their own, lifted into sub-sections before the section is read:
a paragraph that is only a bold name, bold-named paragraphs about people, one-item lists naming a role over a
paragraph, paragraphs that introduce a person by name; and headings that only number a story or a role whose
persona's name sits in bold under it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from callinsight.personas.evidence import (
    introduces_its_name,
    is_persona_bullet,
    is_persona_by_fields,
    profile_card_name,
)
from callinsight.personas.flat_cards import profiled_names, split_named_runs
from callinsight.personas.model import DECLARED_PERSONA, NUMBERED_PERSONA, PERSONA_TAG, field_of, normalise_heading
from callinsight.personas.names import (
    GENDERED,
    NAME_LABEL,
    NOT_A_SUBJECT,
    PRONOUNS,
    clean_name,
    introduced_person,
    is_given_name,
    is_profile_heading,
    looks_like_a_name,
    names_container,
    names_people,
    opens_with_a_kind_of_person,
    says_word,
    word_count,
)
from callinsight.personas.reading.inline import OPENING_QUOTES, without_asides
from callinsight.personas.reading.tree import Item, ItemList, Para, Section
from callinsight.personas.vocab import ONLY_PERSONAS, PROFILE_DETAIL, non_persona_reason


def lift_pseudo_headings(section: Section) -> None:
    """In a section that is not a persona itself, a paragraph that is only a bold phrase ("**Dev**:") opens a
    sub-section; so does a bold name with a line about it when a list follows ("**Maker**: builds with it daily."),
    and so do the persona paragraphs, role lists and introduced people below. Headings that only number a story
    take its person's name first."""
    listed = _lists_personas(section)
    if listed:
        split_named_runs(section)
    told = _split_people_paragraphs(section) if listed else []
    titled = bold_persona_titles(section)
    if is_persona_by_fields(section) and not persona_paragraphs(section) and not ONLY_PERSONAS.match(section.title) \
            and not cards_by_bold_names(section) and not titled:
        return  # (a "Personas" heading over bold names and their fields is no persona itself: its names open theirs)
    if not titled:  # ("**Persona 1: …**" at the top of a section is the first of its personas, not its role's name)
        _name_the_role(section)
    blocks = section.blocks
    opens = [i for i, b in enumerate(blocks) if isinstance(b, Para) and b.bold and b.label and not field_of(b.label)
             and not non_persona_reason(b.label) and (
                 (not b.rest and len(b.label.split()) <= 6)
                 or (len(b.label.split()) <= 4 and b.label[:1].isupper() and i + 1 < len(blocks) and isinstance(blocks[i + 1], ItemList)))]
    declared = _declared_paragraphs(blocks)
    opens += _run_in_names(blocks) + profiled_names(blocks) + titled + list(declared)
    _name_numbered_stories(section)
    opens = _once_each(blocks, sorted({*opens, *persona_paragraphs(section), *names_over_prose(section),
                                       *_introduced_people(section), *told}))
    first = blocks[opens[0]] if opens else None
    if not opens or (len(opens) == 1 and isinstance(first, Para) and first.rest):  # one bold line with text is a note
        return
    kept: list = []
    lifted: list[Section] = []
    for i, block in enumerate(blocks):
        if i in opens and isinstance(block, Para) and block.label:
            lifted.append(Section(title=block.label, level=section.level + 1, pseudo=bool(block.rest)))
            if block.rest:
                lifted[-1].blocks.append(Para(text=block.rest))
        elif i in opens and isinstance(block, ItemList):
            lifted.append(Section(title=block.items[0].text, level=section.level + 1, pseudo=True))
        elif i in declared:  # "Primary ICP: Nora, 26, the achiever …." ⏎ her story (its declaration a part of it)
            lifted.append(Section(title=declared[i], level=section.level + 1, pseudo=True, blocks=[block]))
        elif i in opens and isinstance(block, Para):  # "Amina is a researcher …": the paragraph is her story
            who = introduced_person(block.text) or _INTRO_NAME.match(block.text).group(1)  # type: ignore[union-attr]
            lifted.append(Section(title=who, level=section.level + 1, pseudo=True, blocks=[block]))
        elif lifted:
            lifted[-1].blocks.append(block)
        else:
            kept.append(block)
    section.blocks = kept
    section.children = lifted + section.children


#: "Primary ICP: Nora, 26, the achiever stuck in the job spiral." opening a paragraph: who the persona is, then her story.
_DECLARED_LEAD = re.compile(r"^(?:(?:primary|secondary|tertiary|main|core|first|second|third)\s+)?(?:icp|persona|archetype)"
                            r"(?:\s*/\s*[^:.\n]{1,40})?\s*:\s*(?P<title>[A-Z][^.!?\n]{2,120}?)[.!?](?:\s|$)", re.I)


def _declared_paragraphs(blocks: list) -> dict[int, str]:
    """Two or more paragraphs that each open by declaring a persona ("Primary ICP: Nora, 26, …." ⏎ "Secondary ICP /
    the paying one: Marcus, 36, …."), each with that persona's title."""
    found = {i: m["title"].strip() for i, b in enumerate(blocks)
             if isinstance(b, Para) and not b.label and (m := _DECLARED_LEAD.match(b.text.strip()))}
    return found if len(found) >= 2 else {}


def bold_persona_titles(section: Section) -> list[int]:
    """"### 2.1 Primary Stakeholder: Patients" ⏎ "**Persona 1: Chronic Disease Patient**" ⏎ her details ⏎ "**Pain Points:**" ⏎
    …, "**Persona: Family Caregiver**": a persona's title alone on its line in bold, as a heading would be (whatever its
    length)."""
    return [i for i, b in enumerate(section.blocks) if isinstance(b, Para) and b.bold and b.label and not b.rest.strip()
            and (NUMBERED_PERSONA.match(b.label) or DECLARED_PERSONA.match(b.label))]


def _run_in_names(blocks: list) -> list[int]:
    """"**Sole traders** keep their own books …" ⏎ "**Bookkeepers** look after …": two or more paragraphs that each open
    with a bold name as the subject of their first sentence, one persona each."""
    found = [i for i, b in enumerate(blocks) if isinstance(b, Para) and b.bold and b.label and b.rest[:1].islower()
             and b.text.startswith(b.label) and len(b.label.split()) <= 4 and b.label[:1].isupper()
             and not field_of(b.label) and not non_persona_reason(b.label)
             and PRONOUNS.search(b.rest)]  # people ("They struggle …"), not a product ("**Requests** is a library")
    return found if len(found) >= 2 else []


def cards_by_bold_names(section: Section) -> bool:
    """"**Marisol Vega**" ⏎ … ⏎ "**Pain points:**" ⏎ … ⏎ "**Tobias Lind**" ⏎ … ⏎ "**Pain points:**": two or more bold names
    alone on their lines, and a bold field label that comes again for each (a Word file's cards without heading styles)."""
    bold = [b.label for b in section.blocks if isinstance(b, Para) and b.bold and b.label and not b.rest]
    fields = Counter(f for label in bold if (f := field_of(label)))
    names = [label for label in bold if not field_of(label) and len(label.split()) <= 6 and not non_persona_reason(label)]
    return len(names) >= 2 and any(n >= 2 for n in fields.values())


def _once_each(blocks: list, opens: list[int]) -> list[int]:
    """The paragraphs that open a person's story, without those that go on about someone already opened ("Diego
    Ramirez is a teacher …" ⏎ … ⏎ "Diego lives near the park …": more of his story, not a second Diego)."""
    seen: set[str] = set()
    kept = []
    for i in opens:
        block = blocks[i]
        who = "" if not isinstance(block, Para) or block.label else (
            introduced_person(block.text) or (m.group(1) if (m := _INTRO_NAME.match(block.text)) else ""))
        if who and who.split()[0] in seen:
            continue
        seen.update([who.split()[0]] if who else [])
        kept.append(i)
    return kept


def _name_the_role(section: Section) -> None:
    """"## Infrastructure SRE" ⏎ "**Kirsti**" ⏎ what she does: a bold name alone at the top of a role's section is
    the persona's name ("Kirsti (Infrastructure SRE)"), not a sub-heading."""
    first = section.blocks[0] if section.blocks else None
    if isinstance(first, Para) and first.bold and first.label and not first.rest and names_people(clean_name(section.title)) \
            and is_given_name(first.label.strip("_* ")):
        name = first.label.strip("_* ")
        section.blocks[0] = Para(text=f"Name: {name}", label="Name", rest=name)


_ROLE_SENTENCE = re.compile(r"^([A-Z][\w'’/&-]*(?: [\w'’/&-]+){0,3})\.\s+(\S.{20,})$", re.S)
#: "Principals are responsible for a school …": a paragraph whose subject is a group of people, in the plural.
_GROUP_SUBJECT = re.compile(r"^([A-Z][\w'’-]*(?: [A-Z]?[\w'’-]+){0,3}s) are (?!\w+ (personas|roles|users)\b)(\S.{20,})$", re.S)


def _label_role_sentences(section: Section) -> None:
    """"## Tentative personas" ⏎ "Developers. Most concerned about security …" ⏎ "Project managers. …": under a heading
    of personas, paragraphs that each open with a role as a sentence of its own are one persona each, as if bold."""
    if not _lists_personas(section):
        return
    found = [(i, m) for i, b in enumerate(section.blocks) if isinstance(b, Para) and not b.label
             and (m := _ROLE_SENTENCE.match(b.text) or _GROUP_SUBJECT.match(b.text))]
    people = sum(names_people(m.group(1)) for _, m in found)
    if people < 2 or 2 * people < len(found):  # most of them name people ("Interventionists" beside "Principals")
        return
    for i, m in found:  # "Principals are responsible for …": the sentence stays whole, it is about them
        rest = m.group(2) if m.re is _ROLE_SENTENCE else m.string
        section.blocks[i] = Para(text=m.string, label=m.group(1), rest=rest, bold=True)


def _introduced_people(section: Section) -> list[int]:
    """"## Profiles" ⏎ "Amina is a researcher … She …" ⏎ "Joshua is an engineer … He …": under a heading of personas,
    paragraphs that each introduce a person by name are one persona each (also when one paragraph introduces them
    all, sentence after sentence); under another heading, when they introduce three people or more."""
    named = {i: person for i, b in enumerate(section.blocks)
             if isinstance(b, Para) and not b.label and (person := introduced_person(b.text))}
    opens, people = list(named), {person.split()[0] for person in named.values()}
    # under any heading, three people or more introduced paragraph after paragraph are personas too
    return opens if len(opens) >= 2 and (_lists_personas(section) or len(people) >= 3) else []


def _split_people_paragraphs(section: Section) -> list[int]:
    """"Maria is a case worker …; she … Tom is a claimant who … Aisha manages …": a paragraph whose sentences
    introduce two or more people by name is split before each of them; the indices of their paragraphs."""
    from callinsight.personas.sentences import split_sentences

    blocks: list = []
    told: list[int] = []
    for block in section.blocks:
        sentences = split_sentences(block.text) if isinstance(block, Para) and not block.label else []
        # (not "… his partner, Andrea, … Andrea is a manager …": someone the paragraph named as another's kin or friend)
        opens = [i for i, s in enumerate(sentences) if (m := _INTRO_NAME.match(s)) and is_given_name(m.group(1))
                 and m.group(1).split()[0].lower() not in NOT_A_SUBJECT
                 and not re.search(_RELATION + re.escape(m.group(1)) + r"(?!\w)", " ".join(sentences[:i]))]
        names = {_INTRO_NAME.match(sentences[i]).group(1) for i in opens}  # type: ignore[union-attr]
        if len(names) < 2 or len(names) != len(opens):
            blocks.append(block)
            continue
        if opens[0]:
            blocks.append(Para(text=" ".join(sentences[:opens[0]])))  # "We built it around three people."
        for a, b in zip(opens, [*opens[1:], len(sentences)], strict=True):
            told.append(len(blocks))
            blocks.append(Para(text=" ".join(sentences[a:b])))
    section.blocks = blocks
    return told


#: Someone named as a persona's kin or friend ("his partner, Andrea", "her daughter Lily"): not a persona of her own.
_RELATION = (r"\b(?:his|her|their|my|our)\s+(?:\w+\s+)?(?:partner|wife|husband|spouse|girlfriend|boyfriend|fianc[eé]e?|"
             r"daughter|son|child|mother|father|mum|mom|dad|sister|brother|friend|colleague|boss|neighbou?r|flatmate|roommate|"
             r"grandmother|grandfather|grandson|granddaughter|niece|nephew|aunt|uncle|cousin)s?,?\s+")
#: "Tom is a claimant …", "Aisha manages the office …": a sentence that opens with a given name and a verb.
_INTRO_NAME = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:is|was|works|manages|runs|leads|uses|has|lives|teaches|studies)\b")


def _name_numbered_stories(section: Section) -> None:
    """"#### 1." ⏎ "Ally is an undergraduate … They …": a heading that only numbers a story takes the name the story
    opens with."""
    for child in section.children:
        if re.fullmatch(r"\W*\d*\W*", child.title) and not child.children and child.blocks and isinstance(child.blocks[0], Para) \
                and (name := introduced_person(child.blocks[0].text)):
            child.title, child.pseudo = name, True


def names_over_prose(section: Section) -> list[int]:
    """"# Personas" ⏎ "- Business Owner" ⏎ "> The business owner has …": under a heading of personas, one-item lists
    that name a role, each followed by a paragraph about it."""
    if not _lists_personas(section):
        return []
    blocks = section.blocks
    opens = [i for i, b in enumerate(blocks[:-1]) if isinstance(b, ItemList) and len(b.items) == 1 and not b.items[0].children
             and not b.items[0].label and ((len(b.items[0].text.split()) <= 5 and looks_like_a_name(b.items[0].text))
                                           or (len(b.items[0].text.split()) <= 10 and opens_with_a_kind_of_person(b.items[0].text)))
             and not non_persona_reason(b.items[0].text) and isinstance(nxt := blocks[i + 1], Para) and not nxt.label
             and len(nxt.text.split()) >= 8]
    return opens if len(opens) >= 2 else []


def persona_paragraphs(section: Section) -> list[int]:
    """"**Priya** is a wet-lab biologist … She …", "**Policy Maker**: people who …": paragraphs that each open with
    a bold name and tell about that person, one persona each. Under a heading of personas half of the names naming
    people will do ("**Trainer**", "**Policy Maker**"); elsewhere every one must read as a person."""
    _label_role_sentences(section)  # idempotent: it runs when the section is first asked about, lifted or not
    candidates = [(i, Item(text=b.text, label=b.label, rest=b.rest, bold=True)) for i, b in enumerate(section.blocks)
                  if isinstance(b, Para) and b.bold and b.label and len(b.rest.split()) >= 8]
    if not candidates:  # "Siobhan, your CEO: Siobhan has run the company …": a plain label whose text introduces her
        declared = _lists_personas(section)
        introduced = [(i, Item(text=b.text, label=b.label, rest=b.rest)) for i, b in enumerate(section.blocks)
                      if isinstance(b, Para) and b.label and len(b.rest.split()) >= 8 and _introduces_label(b.label, b.rest, declared)]
        return [i for i, _ in introduced] if len(introduced) >= 2 else _named_after_saying_so(section)
    if len(candidates) < 2:
        return []
    people = [i for i, item in candidates if is_persona_bullet(item)]
    declared = _lists_personas(section)
    if declared and 2 * len(people) >= len(candidates) and all(is_persona_bullet(item, declared) for _, item in candidates):
        return [i for i, _ in candidates]
    return [i for i, _ in candidates] if len(people) == len(candidates) else []


#: A sentence that says the personas follow: "… sorted those wants into four “diner personas”", "세 가지 페르소나로 나눴다".
_SAYS_PERSONAS_FOLLOW = re.compile(r"\b(two|three|four|five|six|seven|eight|\d)\b[^.:]{0,30}\bpersonas\b|[두세네다섯]\s?(가지|개의?)\s?(?:페르소나|퍼소나)", re.I)


_THIS_GROUP = re.compile(r"\b(this|these|those) (group|segment|\w+s)\b", re.I)  # "This group will not …"


def _named_after_saying_so(section: Section) -> list[int]:
    """"… sorted those wants into four “diner personas”." ⏎ "The curbside regular: This group …" ⏎ "The hygiene-first
    guest: …": after a paragraph that says how many personas follow, two or more paragraphs each a short name and a
    text about it, one persona each."""
    said = next((i for i, b in enumerate(section.blocks) if isinstance(b, Para) and not b.label
                 and _SAYS_PERSONAS_FOLLOW.search(b.text)), None)
    if said is None:
        return []
    named = [i for i, b in enumerate(section.blocks) if i > said and isinstance(b, Para) and b.label and len(b.rest.split()) >= 8
             and 0 < len(b.label.split()) <= 5 and b.label[:1].isupper() and not field_of(b.label) and not non_persona_reason(b.label)
             and (PRONOUNS.search(b.rest) or _THIS_GROUP.search(b.rest))]  # about people, not "Survey notes: …"
    return named if len(named) >= 2 else []


def _introduces_label(label: str, text: str, declared: bool = False) -> bool:
    """"Kyle, an Engineer" over "Kyle builds … him": the text goes on about the person the label names first; under
    a heading of personas, about any name in the label ("Worn-out Winston: … Winston sleeps badly … he …")."""
    if not GENDERED.search(text):
        return False
    name = label.split()[0].strip(",;")
    if is_given_name(name) and text.startswith(f"{name} "):
        return True
    names = [w.strip(",;") for w in label.split()[1:4]] if declared else []
    return any(is_given_name(w) and says_word(text, w) for w in names)


def _lists_personas(section: Section) -> bool:
    """Its heading (or, for the page, its front matter title) says it holds personas: "Profiles", "Our users"."""
    return names_container(clean_name(section.title or str(section.meta.get("title", ""))))


def title_among_its_kind(root: Section) -> None:
    """"Early Commuters" ⏎ their story ⏎ "Weekend Commuters" ⏎ … ⏎ "Hesitant Commuters" ⏎ …: in page text, the first
    line read as the page's title is the first of the headings of its kind (same last word, as many words), not
    above them: it becomes their sibling."""
    if not root.guessed or len(root.children) != 1 or not root.children[0].blocks:
        return
    top = root.children[0]
    words = top.title.split()
    kind = [c for c in top.children if (w := c.title.split()) and words and w[-1].lower() == words[-1].lower()
            and word_count(c.title) == word_count(top.title)]
    if len(kind) >= 2 and 2 * len(kind) >= len(top.children) and not _field_heading(top.title):
        level = top.children[0].level
        root.children = [replace(top, level=level, children=[]), *top.children]


def nest_flat_fields(section: Section, guessed: bool = False) -> None:
    """"## Dana Ortiz" ⏎ "## Goals" ⏎ "## Pain points" ⏎ "## Ken Adams" ⏎ …, or pasted text where every short line is a
    heading ("Tom Harris" ⏎ "About Tom" ⏎ "Tom's task"): a heading with nothing under it, followed at its own level by
    field headings or headings about it, owns them. Authors who give every heading one style write personas this
    way. Where the headings were ``guessed`` from plain text, a name over a paragraph owns fields too, and, once it
    has one, the other headings up to the next persona's (``_owned``)."""
    kept: list[Section] = []
    children = _names_over_roles(section.children)
    repeated = _card_labels(children) if guessed else frozenset()
    field_left = False  # a field heading left at this level ("## Background" of "# Persona: Tom"): one persona's page
    i = 0
    while i < len(children):
        head = children[i]
        kept.append(head)
        i += 1
        # in guessed headings a name may follow a how-to's field-like heading ("Gathering personal information")
        free = not field_left or (guessed and (looks_like_a_name(head.title) or _carded(head)))
        owned = _owned(children, i, head, guessed, repeated) if free and not head.children and _may_own(head, guessed) \
            and normalise_heading(head.title) not in repeated else 0
        more = _more_fields(children, i, head) if free and not owned and not guessed else 0
        if owned:
            head.children = [_at_level(s, head.level + 1) for s in children[i:i + owned]]
            i += owned
        elif more:
            head.children += [_at_level(s, head.level + 1) for s in children[i:i + more]]
            i += more
        elif _field_heading(head.title):
            field_left = True
    section.children = kept
    for child in section.children:
        nest_flat_fields(child, guessed)


def _more_fields(children: list[Section], start: int, head: Section) -> int:
    """"## Persona #1: Jordan" ⏎ "I go by Jordan …" ⏎ "### Needs" ⏎ "## Values" ⏎ "## Fears" ⏎ "# Persona #2: Casey": a
    persona whose sub-headings are all fields, followed at its own level by more fields it lacks, up to the next
    heading that is not one: the author went up a level by mistake, and they are hers."""
    fields = {_field_heading(c.title) or _profile_detail(c.title) for c in head.children}
    if not head.children or None in fields or not head.blocks or not _can_own_fields(head.title) or \
            not (NUMBERED_PERSONA.match(head.title) or DECLARED_PERSONA.match(head.title) or introduces_its_name(head)):
        return 0
    n = 0
    while start + n < len(children) and not children[start + n].children \
            and (field := _field_heading(title := children[start + n].title) or _profile_detail(title)) and field not in fields:
        fields.add(field)
        n += 1
    return n


def _profile_detail(title: str) -> str | None:
    """"Comfort with Technology:", "Age": a heading of one of a card's details, none of the fields."""
    return normalise_heading(title) if PROFILE_DETAIL.match(title) else None


def _names_over_roles(children: list[Section]) -> list[Section]:
    """"## Nora" ⏎ "## Second Grade Student" ⏎ "- Needs: …": a given name with nothing under it, right over a heading
    of who she is that holds her fields, is one persona ("Nora, Second Grade Student")."""
    out: list[Section] = []
    for child in children:
        head = out[-1] if out else None
        if head is not None and not head.blocks and not head.children and is_given_name(head.title.strip()) \
                and not names_container(head.title) and not non_persona_reason(head.title) and not _field_heading(head.title) \
                and (child.blocks or child.children) and names_people(child.title) and not is_given_name(child.title) \
                and not _field_heading(child.title) and not re.search(r"[-–—,:]", child.title):  # not "Dana - Nurse"
            out[-1] = replace(child, title=f"{head.title.strip()}, {child.title.strip()}")
            continue
        out.append(child)
    return out


def _may_own(head: Section, guessed: bool) -> bool:
    """A heading with nothing under it or over a filled-in profile card, or, in guessed headings, a role or a person over a line or a paragraph about
    them ("Jordan Hayes: Outreach Champion" ⏎ "Serves as …"; "Homeowner Henry" ⏎ "Customer persona #1")."""
    if profile_card_name(head) and not _field_heading(head.title) and not non_persona_reason(head.title):
        return True  # "### Target persona: makers" ⏎ "| **Name** | Jisoo (29) |" ⏎ … ⏎ "### Pain points": her card
    if not guessed and _details_card(head):  # (guessed headings have their own test of a card, _carded)
        return True  # "#### Carlos" ⏎ "Age: 52" ⏎ "Occupation: Shop owner" ⏎ "#### Bio" ⏎ "#### Frustrations": his card
    if not _can_own_fields(head.title):
        return False
    if not head.blocks:
        return True
    # a role, or the person the paragraph introduces; not any title-case heading ("Main Points" over its list)
    return guessed and (names_people(without_asides(clean_name(head.title))) or introduces_its_name(head) or _carded(head)
                        or _NICKNAMED.match(head.title.strip()) is not None)


def _details_card(head: Section) -> bool:
    """A name over nothing but two or more lines of a person's details ("Age: 52", "Hometown: Chicago")."""
    title = clean_name(head.title)
    labels = [b.label for b in head.blocks if isinstance(b, Para)] + [
        i.label for b in head.blocks if isinstance(b, ItemList) for i in b.items]
    # a person's name, first name first ("Basic Demographics" over the same lines is a part of a card)
    return bool(title) and is_given_name(title.split()[0]) and not _field_heading(title) and len(labels) >= 2 \
        and all(label and PROFILE_DETAIL.match(label) for label in labels)


#: "Ines, “The Night Owl”", "Sam 'the Skeptic'": a given name and the nickname the persona goes by, in quotation marks.
_NICKNAMED = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?,?\s+[“\"‘'](?:[Tt]he|[Aa]n?)\s+\w")


def _carded(head: Section) -> bool:
    """A card's tag ("Primary Persona") under the name, or its quotation over nothing but a list of details ("HAROLD
    GRANT" ⏎ "“I keep looking for …”" ⏎ "- Age: 69"); a quotation over a story is a persona of its own."""
    first = head.blocks[0] if head.blocks else None
    if isinstance(first, ItemList) and first.items and looks_like_a_name(head.title):
        # "Harold Briggs" ⏎ "• Age: 81" ⏎ "• Status: Widower": the card's details as a list
        label = first.items[0].label or ""
        return PROFILE_DETAIL.match(label) is not None and not field_of(label)
    if not isinstance(first, Para):
        return False
    quoted = first.text.startswith(OPENING_QUOTES) and not any(isinstance(b, Para) for b in head.blocks[1:]) \
        and (head.title.isupper() or looks_like_a_name(head.title))  # not "Likely to say" ⏎ its quotation
    # or the card's details: "Farhan Suresh" ⏎ "Age:34 years old" ⏎ "Location:Netherlands"
    detailed = PROFILE_DETAIL.match(first.text.split(":", 1)[0]) is not None and ":" in first.text and looks_like_a_name(head.title)
    return quoted or detailed or PERSONA_TAG.match(first.text) is not None


def _card_labels(children: list[Section]) -> frozenset[str]:
    """Headings that come back under every card of a page ("핵심 특성", "Eating Habits", "추천 메뉴 전략"): a card's own
    labels, fields the vocabulary does not know; never a person's name or a field it does."""
    counts = Counter(normalise_heading(c.title) for c in children)
    return frozenset(key for key, n in counts.items() if n >= 2 and key and not _field_heading(key)
                     and not names_people(key))


def _owned(children: list[Section], start: int, head: Section, guessed: bool, repeated: frozenset[str] = frozenset()) -> int:
    """How many headings after ``start`` are ``head``'s: its field headings and the headings about it, and, in
    guessed headings once it has a field, any other heading ("Preferred Channels") up to the next persona's: one
    whose following heading repeats a field this one already has ("Landscaper Lucy" ⏎ "Background"), or a name over
    fields of its own."""
    seen: set[str] = set()
    n = 0
    while start + n < len(children):
        title = children[start + n].title
        field = _field_heading(title) or (key if (key := normalise_heading(title)) in repeated else None)
        if field:
            if field in seen:
                break
            seen.add(field)
        elif seen and (looks_like_a_name(title) or names_people(title)) \
                and any(normalise_heading(c.title) in seen for c in children[start + n + 1:start + n + 4]):
            break  # the next card's name ("Daniel Hassan" ⏎ "Living: …" ⏎ "Persona: 照片")
        elif not _belongs_to(title, head.title):
            after = _fields_after(children, start + n + 1, repeated)
            # before its first field, a card may hold a heading of its own ("Attribute Detail" over its table's rows)
            card_part = guessed and not seen and len(after) >= 2 and not names_people(title)
            if not guessed or (not seen and not card_part) or non_persona_reason(title) or names_container(title) \
                    or (after and after[0] in seen) or (len(after) >= 2 and looks_like_a_name(title) and not card_part):
                break
        n += 1
    return n if seen else 0


def _fields_after(children: list[Section], start: int, repeated: frozenset[str] = frozenset()) -> list[str]:
    """The fields (or a card's ``repeated`` labels) of the run of field headings from ``start``."""
    fields: list[str] = []
    for child in children[start:]:
        if not fields and _PERSONA_NUMBER.match(child.title) and not _field_heading(child.title):  # not "PROFILE"
            continue  # "Courier Carl" ⏎ "Buyer persona 2" ⏎ "Background": his number, then his fields
        if not (field := _field_heading(child.title) or (key if (key := normalise_heading(child.title)) in repeated else None)):
            break
        fields.append(field)
    return fields


#: "Nora, the campus research developer": a name and who she is, whatever field a word of it names ("research").
_NAME_APPOSITIVE = re.compile(r"^[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]*)?, (?:the |an? )?\w")


def _field_heading(title: str) -> str | None:
    return None if _NAME_APPOSITIVE.match(title.strip()) else field_of(title)


def _can_own_fields(title: str) -> bool:
    title = without_asides(clean_name(title))  # "Anjali Menon, Relations Manager (the sponsor)"
    return 0 < word_count(title) <= 6 and not _field_heading(title) and not non_persona_reason(title) \
        and not names_container(title) and not title.endswith(("?", ":")) and not _PERSONA_NUMBER.match(title)


#: "Customer persona #1" under "Homeowner Henry": the persona's number, not another persona.
_PERSONA_NUMBER = re.compile(r"^\W*(?:(?:user|customer|buyer|learner|primary|secondary)\s+)?(?:persona|profile|archetype|(?:페르소나|퍼소나))\s*#?\s*\d*\W*$", re.I)


def _belongs_to(title: str, owner: str) -> bool:
    """A field heading ("Goals", "About Tom"), the persona's number, or a heading that names the owner by its first
    word ("Tom's task")."""
    if _field_heading(title) or _PERSONA_NUMBER.match(title) or is_profile_heading(title):
        return True
    words = clean_name(owner).split()
    if not words:  # a card under a bare "Persona": no name of its own to be named by
        return False
    first = re.escape(words[0])
    return len(title.split()) <= 6 and first[:1].isupper() and bool(re.search(rf"\b{first}(['’]s)?\b", title))


#: "Dana's frustrations", "아끼던 화분을 시들게 만든 이화분 씨의 고민": a person's name and one of their fields in one heading.
_POSSESSIVE_FIELD = re.compile(r"^(?P<name>[A-Z][a-z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})['’]s (?P<field>[^:]{3,40})$")
_KOREAN_POSSESSIVE_FIELD = re.compile(r"^(?:.*\s)?(?P<name>[가-힣]{2,4})\s?(?:씨|님)의\s*(?P<field>.{1,20})$")


def split_possessive_fields(section: Section, ancestors: tuple[str, ...] = ()) -> None:
    """A heading naming a person and a field ("Dana's frustrations") is that person with that field, and the next
    such headings of the same person are more of their fields ("Dana's goals"); not where a heading above already
    names them ("Gwen Lloyd" ⏎ "Gwen's task": a field of that persona)."""
    kept: list[Section] = []
    opened: Section | None = None
    for child in section.children:
        match = _POSSESSIVE_FIELD.match(child.title.strip()) or _KOREAN_POSSESSIVE_FIELD.match(child.title.strip())
        name = match.group("name") if match else ""
        continuing = opened is not None and opened.title == name
        if not match or not field_of(match.group("field")) or name.split()[0].lower() in NOT_A_SUBJECT \
                or (not continuing and _named_in(name, [*ancestors, section.title, *(k.title for k in kept)])):
            kept.append(child)
            opened = None
            continue
        field = _at_level(Section(title=match.group("field"), level=child.level, blocks=child.blocks,
                                  children=child.children), child.level + 1)
        if opened is not None and opened.title == name:
            opened.children.append(field)
        else:
            opened = Section(title=name, level=child.level, children=[field])
            kept.append(opened)
    section.children = kept
    for child in section.children:
        split_possessive_fields(child, (*ancestors, section.title))


def _named_in(name: str, titles: list[str]) -> bool:
    first = re.escape(name.split()[0])
    return any(re.search(rf"(?<!\w){first}(?!\w)", title) for title in titles)


def _at_level(section: Section, level: int) -> Section:
    shift = level - section.level
    for part in section.walk():
        part.level += shift
    return section


def split_by_name_labels(section: Section) -> None:
    """"Persona: Dana Ortiz" ⏎ "Role: …" ⏎ "Pain points: …" ⏎ "Persona: Ken Adams" ⏎ …, as lines or as list items
    ("■ 페르소나 A: 김민지" ⏎ "- 고충: …"): where two or more `Label:` lines or items name a persona, each opens one,
    with the lines and items after it up to the next."""
    units: list[Para | Item] = []
    for block in section.blocks:
        units.extend(block.items if isinstance(block, ItemList) else [block] if isinstance(block, Para) else [])
    opens = [u for u in units if u.label and u.rest and ((NAME_LABEL.match(u.label) and len(u.rest.split()) <= 8) or _who_is(u))]
    recurring: set[str] = set()
    if len(opens) < 2:
        opens, recurring = _repeated_openers(units)
    if len(opens) >= 2 and all(isinstance(b, Para | ItemList) for b in section.blocks):
        kept: list[Para | ItemList] = []
        lifted: list[Section] = []
        # "Name: Clara." opening each of several cards says a persona follows, as "Persona: Clara." does; not where two
        # labels open the same card ("Name: Ingrid" ⏎ … ⏎ "Persona: Everyman", the lines of one card's details)
        declared = not recurring and len({(o.label or "").strip().lower() for o in opens}) == 1
        for unit in units:
            if any(unit is o for o in opens):
                title = f"Persona: {unit.rest}" if declared and not DECLARED_PERSONA.match(unit.rest) else unit.rest
                lifted.append(Section(title=title, level=section.level + 1))
                unit_children = unit.children if isinstance(unit, Item) else []
                if unit_children:
                    lifted[-1].blocks.append(ItemList(items=list(unit_children)))
                continue
            target = lifted[-1].blocks if lifted else kept
            if isinstance(unit, Para) and (unit.label or "").strip().lower() in recurring:
                unit = replace(unit, bold=True)  # a label in a run of cards is a label, though plain ("Attitude: …")
            if isinstance(unit, Item):
                if target and isinstance(target[-1], ItemList):
                    target[-1].items.append(unit)
                else:
                    target.append(ItemList(items=[unit]))
            else:
                target.append(unit)
        section.blocks = list(kept)
        section.children = lifted + section.children  # the lines come before any sub-heading, as in the document
    for child in section.children:
        split_by_name_labels(child)


def _who_is(unit: Para | Item) -> bool:
    """"**Who:** Oskar": a "Who" label over a given name names the card's person."""
    return (unit.label or "").strip(" *_:").lower() == "who" and 0 < len(unit.rest.split()) <= 3 \
        and is_given_name(unit.rest.split()[0])


def _repeated_openers(units: list[Para | Item]) -> tuple[list[Para | Item], set[str]]:
    """"Descriptor: College student …" ⏎ "Needs: …" ⏎ "Attitude: …" ⏎ "Descriptor: Curious teenager …" ⏎ "Needs: …":
    cards flattened into one run of labelled lines, each opened by the same label, one that names no field, and
    repeating the labels of the others: the opening lines, one per card, and the labels of them all."""
    labelled = [u for u in units if u.label]
    if not labelled or field_of(opener := labelled[0].label or "") or is_profile_heading(opener):
        return [], set()
    run = units[units.index(labelled[0]):]
    if any(not isinstance(u, Para) or not u.label for u in run):
        return [], set()  # (a list of "Say:" / "Don't say:" lines, a name line over each card: not a run of cards)
    keys = [(u.label or "").strip().lower() for u in run]
    opens = [u for u, k in zip(run, keys, strict=True) if k == keys[0]]
    if len(opens) < 2 or any(not u.rest or len(u.rest.split()) > 25 for u in opens):
        return [], set()
    cards: list[set[str]] = []
    for key in keys:
        if key == keys[0]:
            cards.append(set())
        else:
            cards[-1].add(key)
    shared = set.intersection(*cards[:-1]) if len(cards) > 2 else cards[0] & cards[1]
    if any(len(card) < 2 for card in cards[:-1]) or not cards[-1] or not shared:
        return [], set()
    return opens, set.union(*cards)


def _bold_title(block: object) -> str:
    """The title of a paragraph that is only a bold phrase of six words at most ("**Dana Ortiz**", LaTeX
    "\\textbf{Dana}"), or ""."""
    if isinstance(block, Para) and block.bold and block.label and not block.rest and len(block.label.split()) <= 6:
        return block.label.strip()
    return ""


def bold_titles_as_headings(section: Section) -> None:
    """For ``--persona-level``: a paragraph that is only a bold phrase opens a sub-section one level below its
    section, as a reader sees it, so the level the hint counts is one the owner can name; the blocks after it, up to
    the next such paragraph, are its content."""
    for child in section.children:
        bold_titles_as_headings(child)
    blocks = section.blocks
    first = next((i for i, b in enumerate(blocks) if _bold_title(b)), None)
    if first is None:
        return
    lifted: list[Section] = []
    for block in blocks[first:]:
        if title := _bold_title(block):
            lifted.append(Section(title=title, level=section.level + 1))
        else:
            lifted[-1].blocks.append(block)
    section.blocks = blocks[:first]
    section.children[:0] = lifted


def heading_levels(root: Section) -> Counter[int]:
    """How many headings of each level the document has as ``--persona-level`` reads it (its bold titles counted as
    ``bold_titles_as_headings`` lifts them), from the tree as read, which it leaves as it is."""
    levels: Counter[int] = Counter()
    for section in root.walk():
        if section.title and section.level and not section.record:
            levels[section.level] += 1
        levels[section.level + 1] += sum(1 for b in section.blocks if _bold_title(b))
    return +levels  # (levels with no heading dropped)
