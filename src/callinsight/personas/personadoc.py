"""Building one ``PersonaDoc`` from the parts of the tree that belong to a persona.

Items of problem and need fields are documented concerns as written; prose elsewhere in the persona
(its introduction, background and unrecognised sections) is read sentence by sentence, and a sentence
that states a problem or a need becomes a concern too, so a narrative persona without labels still has
concerns to track.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from callinsight.personas.model import (
    ASKED,
    CONCERN_SECTIONS,
    NEGATIVE_MARKERS,
    STATED_HEADING,
    PersonaDoc,
    ascii_slug,
    canonical_section,
    field_about_someone,
    field_of,
    hangul_final,
    keyword_section,
    korean_field,
    slugify,
    their_main_field,
    trailing_section,
    unweighted,
)
from callinsight.personas.names import (
    GIVEN_NAME,
    HEADING_QUOTE,
    NAME_ITEM,
    clean_name,
    introduced_person,
    looks_like_a_name,
    names_container,
)
from callinsight.personas.reading.inline import label_parts, without_asides
from callinsight.personas.reading.tree import Item, ItemList, Para, Section, Table, list_texts
from callinsight.personas.sentences import prose_items, split_sentences
from callinsight.personas.tables import VALUE_HEADERS
from callinsight.personas.vocab import concern_kind, lead_in_kind

#: Fields whose prose is read for stated problems and needs (the rest say what a persona does or wants).
_MINED = frozenset({"background", "responsibilities", "day_in_life", "quotes"})  # prose about the person and their work, and their words
#: Where a concern found in prose is filed, by its kind, and how the dry run names its origin.
_STATED = {"pain_point": "pain_points", "need": "needs"}
_NEGATIVE_GROUP = re.compile(r"^(negative|anti-?|exclusionary|excluded|non-?target)\s*personas?\b|^who we don't sell to|^not a fit")
#: A heading that numbers personas instead of naming them, and the labels of the line that names one.
_NUMBERED_NAME = re.compile(r"^(?:(?:user|customer|buyer)\s+)?(?:persona|user|customer|profile|archetype|(?:페르소나|퍼소나)|사용자)(\s*#?\s*\d*|\s+[a-z])$|"
                            r"^(?:persona|user|customer|buyer)\s+(?:profile|card|sheet)$|"  # "Persona profile": no role
                            r"^Unnamed persona$|^\d{1,2}[.)]?$", re.I)  # "Persona 2", "Persona B", "페르소나 A", "### 1."
#: 'Vera "Every road has a better shortcut" Lindqvist': a nickname in quotes inside a name, no word of it to count.
_NICKNAME = re.compile(r"\s[\"“][^\"”]{1,40}[\"”]\s")
#: "Tuesday, March 14, 2017", "2017-03-14": a date, as a blog post is titled, never a persona's name.
_DATE_NAME = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+,?\s+\d{4}|"
                        r"\d{4}-\d{2}-\d{2})$", re.I)
#: "This is Erin Donnelly. She is …": the persona introduced by her full name.
_THIS_IS = re.compile(r"^(?:this is|meet)\s+(?-i:([A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2}))[.,!]", re.I)
#: "The persona at the centre of this case study is Walter.", "This study follows Walter, a persona standing in for …":
#: a sentence that names the page's persona.
_PERSONA_IS = re.compile(r"\b(?:the|our|my) (?:main |primary |central )?persona (?:[\w'’-]+ ){0,6}?(?:is|was|is called|was called|"
                         rf"is named|was named) (?-i:({GIVEN_NAME}))[.,;]|"
                         rf"(?:follows|meet|introduces?) (?-i:({GIVEN_NAME})), (?:a|our|the) persona\b", re.I)
#: A name that only says the page holds a persona ("Cafe Marketing Persona", "B2B Buyer Persona").
_NAMED_AUDIENCE = re.compile(r"^(?:our|the)\s+(?:(?:primary|main|core|key|ideal|target)\s+)?(?:user|persona|customer|buyer|"
                             r"audience)\s+(?:is|are)\s+(?:the\s+|an?\s+)?[\"“](?P<name>[^\"”]{3,60})[\"”]", re.I)
#: "The main person using the tool is a:", "Our users are:": a sentence that introduces whom the next line names.
_INTRODUCES = re.compile(r"\b(?:is|are)(?:\s+(?:an?|the))?\s*:\s*$", re.I)
_QUOTED = re.compile(r"^\s*[\"“].{3,60}[\"”]\s*$")
_PAGE_PERSONA = re.compile(r"\b(persona|(?:페르소나|퍼소나))$", re.I)
#: "한서윤(31세)", "Dana Ortiz (34)": the age written after a name.
_AGE_ASIDE = re.compile(r"\s*\(\s*\d{1,3}\s*(세|살|years? old|y/?o)?\s*\)")
#: Labels whose content is only the persona's name ("Full name", "Name (archetype)"), and those that may be a name
#: or a whole description ("Persona: college students who …").
ONLY_NAME_LABELS = frozenset({"name", "persona name", "full name", "이름", "성명"})
_NAME_LABELS = frozenset({"name", "persona name", "persona", "이름", "페르소나", "퍼소나"})
_ATTRIBUTE_KEYS = ("role", "company", "company_size", "industry", "tags", "owner", "updated", "last_reviewed", "roles", "age")
#: Unrecognised fields that cite outside facts about the world ("evidence", "references"): kept, never read for concerns.
_CITED = re.compile(r"\b(evidence|citations?|references?|sources?|further reading|bibliography|footnotes?)\b|"
                    # who the persona is not ("Out of scope (named anti-ICPs): …"): other people's troubles
                    r"\bout of scope\b|\banti-?(icps?|personas?)\b|\bnot a fit\b|\bwho (this|it) is not for\b", re.I)
#: An item of a goals field that is written as a need.
_NEED_ITEM = re.compile(r"^(?:(?:i|we|they|he|she)\s+)?(needs?|must|requires?|has to|have to)\b", re.I)
#: An item of a goals or motivations field that states a worry.
_WORRY_ITEM = re.compile(r"^(?:(?:i['’]?m|i am|we['’]?re|we are|they['’]?re|they are|is|are)\s+)?(concerned|worried|anxious|afraid|frustrated|"
                         r"fearful|nervous)\b", re.I)
#: A table column that answers the item in the first one: the seller's words, not the persona's.
_ANSWER_COLUMN = re.compile(r"\b(responses?|answers?|rebuttals?|replies|reply|counters?|handling|how (we|to) (help|respond|answer|handle|address)|"
                            r"our (answer|response|reply|solution)|solutions?|mitigations?|talking points?)\b|대응|답변|응대|해결", re.I)
#: A table's first column that only numbers or codes its rows ("#", "No.", "ID", "번호").
_ID_COLUMN = re.compile(r"^\W*(?:#|no\.?|nr\.?|id|ref|code|번호|순번)?\W*$", re.I)
#: A column of what the persona holds to be true, when the next one answers it: "| Belief walking in | Counter |".
_BELIEF_COLUMN = re.compile(r"\b(beliefs?|believes?|myths?|misconceptions?|assumptions?|claims?|what (he|she|they) (says?|thinks?)|"
                            r"(he|she|they)(['’]ll| will)? say|(we|you) hear)\b|오해|통념", re.I)
#: "| Refuses | Accepts |": the other side of a concern column, what the persona takes instead, is no detail of the concern.
_CONTRAST_COLUMN = re.compile(r"^\W*(?:what (?:he|she|they) )?(?:accepts?|welcomes?|embraces?|prefers?|instead|will accept)\W*$", re.I)
_QUOTE_START = ("\"", "“", "'", "‘", "「", "『")


def _labelled_cells(table: Table) -> list[tuple[str, str, list[str]]]:
    """The cells of a grid each of which is a field's label over its items ("Feels" ⏎ "Unsure when waiting alone" ⏎ …),
    as (label, field, items); [] unless every cell with text is one (two of them at least)."""
    cards: list[tuple[str, str, list[str]]] = []
    for cell in (c for row in [table.header, *table.rows] for c in row if c.strip()):
        label, *lines = [line.strip() for line in cell.split("\n") if line.strip()]
        if not lines or len(label.split()) > 4 or (canonical := _field(label.rstrip(":"))) is None:
            return []
        cards.append((label.rstrip(":"), canonical, lines))
    return cards if len(cards) >= 2 else []


def _cell_items(text: str, field: str | None) -> list[str]:
    """"| Churn triggers | Loading takes ages / Ads forced on you / Controls feel off |": a table's cell holds no list, so
    its writer parts a problem field's items with slashes, each a clause of its own (in a bullet, "view / edit" is one)."""
    parts = text.split(" / ")
    whole = all(p.count("(") == p.count(")") and p.count("“") == p.count("”") and p.count('"') % 2 == 0 for p in parts)
    # ("a wait (6 weeks / 4 months)", "“the gazette / the court portals”": one item whose aside or quote holds a slash)
    return parts if field in CONCERN_SECTIONS and len(parts) >= 2 and whole and all(len(p.split()) >= 3 for p in parts) \
        else [text]


def _korean_clauses(text: str) -> list[str]:
    """"밤늦게까지 DM에 답장함, 직원들이 영어 응대를 버거워함, 결제를 손으로 정리": Korean notes end each trouble in a
    noun form of its verb (-함, -음, -림: the syllable closes on ㅁ) and run several in one line with commas; each is
    one trouble. A list of nouns ("가격, 품질") or a clause whose verb goes on is one item."""
    parts = text.split(", ")
    if len(parts) < 2 or not all(len(p.split()) >= 2 and re.search(r"[가-힣]", p) for p in parts):
        return [text]
    return parts if all(_ends_in_noun_form(p) for p in parts[:-1]) else [text]


def _ends_in_noun_form(clause: str) -> bool:
    return hangul_final(clause.rstrip(" .")[-1:]) == 16  # the final consonant ㅁ


def persona_id_for(name: str) -> str:
    """Slug of the name (Hangul romanized); a name in another script without Latin letters gets a stable hash-based id."""
    return slugify(name) or _hashed_id(name)


def earlier_persona_id(name: str) -> str:
    """The id versions before Hangul was romanized gave this name: Hangul dropped, or a hash when nothing was left."""
    return ascii_slug(name) or _hashed_id(name)


def _hashed_id(name: str) -> str:
    return "persona-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


def _field(label: str) -> str | None:
    # a label asked as a question may be longer: "What's your main barrier to achieving this goal?"
    longest = 10 if ASKED.match(label) else 4
    return canonical_section(label) or their_main_field(label) or field_about_someone(label) or korean_field(label) or (
        keyword_section(label) if len(label.split()) <= longest else trailing_section(label))


#: "1. Scattered Information", "#1 — Multi-Staff Scheduling": a ranked problem's number before its title.
_NUMBER_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|#\d{1,2}(?:\s*[—–:-]|[.)])?)\s+")
#: "His top challenges are …", "Her biggest worries include …": a sentence that says what a field of the person holds.
_SAYS_ITS_FIELD = re.compile(r"^(?:his|her|their|my|our)\s+(?:(?:top|biggest|main|key|major|greatest|chief)\s+)?"
                             r"(?P<field>challenges|pain points|frustrations|problems|worries|concerns|fears|needs|struggles)\s+"
                             r"(?:are|include)\s*:?\s+(?P<rest>.+)$", re.I)
#: "Fear → Confidence", "Anxiety → Hand-Held Ease": the arc of feelings the marketing walks a persona through, not a problem
#: ("Make files → open the PDF → print it → …" is a chore's steps, which may well be the problem)
_ARC = re.compile(r"^\W*[\w'’-]+(?:\s[\w'’-]+)?\s*(?:→|->|⇒|➜)\s*[^→>⇒➜\s]+(?:\s[^→>⇒➜\s]+){0,3}\W*$")
#: "(1) …, (2) … and (3) …": the marks that number the items of such a sentence.
_ENUMERATED = re.compile(r"(?:,?\s*(?:and|or)\s+|,\s*|^\s*)\(\d{1,2}\)\s*")


#: The label of a persona's picture ("Image Source:", "Photo:", "사진:"), left empty where the picture was.
_PICTURE_LABEL = re.compile(r"^\W*(?:(?:persona |profile )?(?:image|photo|picture|avatar|portrait|headshot|illustration)s?"
                            r"(?: (?:source|credit|credits|by|from))?|사진|이미지)\W*$", re.I)


class DocBuilder:
    def __init__(self, name: str, source: str, meta: dict[str, Any], ancestors: list[Section], title: str = "") -> None:
        name = name or "Unnamed persona"
        self.doc = PersonaDoc(name=name, persona_id=str(meta.get("id") or persona_id_for(name)), source=source)
        self.meta = meta
        self.ancestors = ancestors
        self.current: str | None = None  # canonical field being read
        self.cited = False  # the unrecognised field being read cites outside facts
        self.also: str | None = None  # a concern field named with the one being read ("Goals/Needs")
        self.wants_are_needs = False
        self.extra: str | None = None  # unrecognised field being read
        self.heading_field: str | None = None  # canonical field the heading being read names
        self.grouped = False  # the problem heading being read groups its problems under bold titles
        self.group: str | None = None  # the title of the group being read, said before each of its problems
        self.group_told = False  # a problem of the group has been read (else its title is the problem)
        self.label_items = False  # the list being read has label items over the items after each
        self.plain_fields = False  # a field was opened by a plain "Label: value" line: the lines after it are labelled alike
        self.said_inline = False  # the open field's value was one sentence on its label's own line
        self.narrative: list[str] = []  # sentences to read for stated problems and needs
        self.driven: set[str] = set()  # the motivations' sentences: read for stated problems only
        self.listed: list[tuple[str, str]] = []  # (kind, item) of lists a sentence introduces ("They need to:")
        self.intro: list[str] = []
        self.claimed: set[str] = set()  # prose already listed under a lead-in heading, not read again as a sentence
        self.title = title or name
        if quote := HEADING_QUOTE.search(self.title):  # '"Just make it work" — Ola': her words, kept as a quote
            self.doc.sections.setdefault("quotes", []).append(quote.group(0).strip(" :—–-"))
        self.opening: list[str] = []  # the first paragraphs as written, for "Negative persona — not a fit."
        self.first_bold = ""  # a first paragraph that is only a bold phrase ("**“The First-Time Maker”**")
        self.introduced = ""  # a bold phrase a sentence introduces ("The main user is a:" ⏎ "**Site Coordinator**")

    # -- reading

    def read_blocks(self, blocks: list[Any]) -> None:
        lead: str | None = None  # "They need to:" just before a list: its items are needs
        introducing = False
        for block in blocks:
            if isinstance(block, Para):
                if introducing and not self.introduced and block.bold and block.label and not block.rest.strip():
                    self.introduced = block.label  # whom the sentence before introduces, not a field's label
                    introducing = False
                    continue
                introducing = not block.label and bool(_INTRODUCES.search(block.text))  # (not "**Who they are:**")
                if not self.opening and block.bold and block.label and not block.rest.strip():
                    self.first_bold = block.label
                if len(self.opening) < 2:
                    self.opening.append(block.text)
                self._para(block)
                sentences = split_sentences(block.text)  # lead-ins ("They need to:") kept, unlike prose_items
                lead = lead_in_kind(sentences[-1]) if sentences and self.current in (None, *_MINED) else None
            elif isinstance(block, ItemList):
                introducing = False
                self.label_items = False
                if lead:
                    self.listed += [(lead, t) for item in block.items if not item.link_only for t in item.flat()]
                for item in block.items:
                    self._item(item)
                lead = None
            elif isinstance(block, Table):
                introducing = False
                self._table(block)
                lead = None

    def read_section(self, section: Section, canonical: str | None) -> None:
        saved = (self.current, self.extra, self.heading_field, self.grouped)
        self.heading_field = canonical
        self.grouped = canonical in CONCERN_SECTIONS and _groups_problems(section.blocks)
        if canonical:
            self._open(canonical, section.title)
        else:
            self._open_extra(section.title)
        self.read_blocks(section.blocks)
        for sub in section.children:
            if not canonical:  # "## Understanding the interaction" ⏎ "### Pain points": a field still, and other parts too
                field = canonical_section(sub.title, exact=True)
                if not field and not sub.children and (loose := field_of(sub.title)) in ("pain_points", "challenges"):
                    # "### Deep Psychological Profile" ⏎ "#### Unconscious Shame Sources" ⏎ her hidden worries (a need or an
                    # objection by a keyword alone is too loose here: "What Residents Care About", "Scenario 2: High-Risk …")
                    field = loose
                if not field and (kind := lead_in_kind(sub.title.strip().rstrip(":") + ":")):
                    # "#### We must not" ⏎ its list: a heading written as a lead-in makes its items concerns, each
                    # kept with the heading that gives it its sense ("We must not: use technical terms")
                    lead = sub.title.strip().rstrip(":")
                    items = list_texts(sub.blocks)
                    self.listed += [(kind, f"{lead}: {t}") for t in items]
                    self.claimed.update(re.sub(r"\s+", " ", t).strip().lower() for t in items)
                self.read_section(sub, field)
                continue
            if canonical not in CONCERN_SECTIONS and (field := canonical_section(sub.title)) in CONCERN_SECTIONS:
                self.read_section(sub, field)  # "## Buying behaviour" ⏎ "### Objections & concerns": a field of its own
                continue
            if (field := canonical_section(unweighted(sub.title), exact=True)) in CONCERN_SECTIONS:
                self.read_section(sub, field)  # "### Pain points" ⏎ "#### 🔴 Critical pain points" ⏎ a table: a part of the field
                continue
            lists = [b for b in sub.blocks if isinstance(b, ItemList)]
            if canonical in CONCERN_SECTIONS and not sub.children and sub.blocks and len(lists) == len(sub.blocks) \
                    and sum(len(b.items) for b in lists) >= 2:
                self.read_section(sub, canonical)  # "## Pain Points" ⏎ "### Daily problems" ⏎ a list: each item is one
                continue
            if canonical in CONCERN_SECTIONS and not sub.children and sub.blocks and isinstance(table := sub.blocks[0], Table) \
                    and len(table.header) == 2:
                self.read_section(sub, canonical)  # "### Pains" ⏎ "#### With competitors" ⏎ a table: each row is one
                continue
            # "#### Price" under "### Objections": the title is the item
            text = " ".join(t for b in sub.blocks for t in _texts(b))
            self._add_item(sub.title + (f": {text}" if text else ""))
        self._end_group()
        self.current, self.extra, self.heading_field, self.grouped = saved

    def read_prose(self, text: str) -> None:
        self._add_prose(text)

    def _para(self, p: Para) -> None:
        lead = p.text.strip().rstrip(":").strip("*_ ") if not p.label and p.text.strip().rstrip("*_ ").endswith(":") else ""
        if lead and len(lead.split()) <= 8 and (canonical := _field(lead)):
            self._open(canonical, lead)  # "*Pain points prior to the tool include:*" ⏎ a list: a field by its lead-in
            return
        if p.label and p.bold and _NUMBER_MARK.match(p.label) and (
                (self.current in CONCERN_SECTIONS and not self.extra) or self.heading_field in CONCERN_SECTIONS):
            # "### Key pain points" ⏎ "**1. Scattered Information**" ⏎ a quote about it: a problem's title, not a field
            # (also after "**Current workaround:**" under the first: the heading's field goes on)
            if self.heading_field in CONCERN_SECTIONS and (self.current != self.heading_field or self.extra):
                self._open(self.heading_field, self.doc.headings.get(self.heading_field, self.heading_field))
            title = _NUMBER_MARK.sub("", p.label).strip()
            self._add_item(f"{title}: {p.rest}" if p.rest else title)
            return
        if self.grouped and p.label and p.bold and canonical_section(p.label, exact=True) is None \
                and not _ANSWER_COLUMN.search(p.label) and (not p.rest or len(p.rest.split()) >= 3):
            # "## Frustrations" ⏎ "**Trust & Legitimacy:**" ⏎ her words ⏎ "**Rating confusion:**" ⏎ …: each bold title
            # names a group of the heading's problems (a keyword alone, "Financial Risk", files it nowhere else)
            if self.heading_field and (self.current != self.heading_field or self.extra):
                self._open(self.heading_field, self.doc.headings.get(self.heading_field, self.heading_field))
            self._end_group()
            if p.rest:  # (a bold sentence leads its paragraph as written: "**Much of it is on a phone.** She …")
                self._add_item(f"{p.label} {p.rest}" if p.label.rstrip().endswith((".", "!", "?")) else f"{p.label}: {p.rest}")
            else:  # its title goes with each problem told under it: "Trust & Legitimacy: “It looked like a scam”"
                self.group, self.group_told = p.label, False
            return
        if p.label and not p.rest and self.extra and _names_the_name(self.extra) and not p.text.strip().endswith((":", "：")):
            self._add_item(p.label)  # "### Name (archetype)" ⏎ "**The Reluctant Organiser**": the name, in bold
            return
        if p.label:
            canonical = _field(p.label)
            if canonical:
                self._open(canonical, p.label)
                self.plain_fields = self.plain_fields or (not p.bold and bool(p.rest))
                self.said_inline = not p.bold and len(prose_items(p.rest)) == 1  # "Worries: Missing the bus." alone
                if p.rest:
                    self._add_prose(p.rest)
                return
            if not p.rest and not p.bold and len(p.label.split()) >= 3 and self.heading_field in CONCERN_SECTIONS \
                    and self.current == self.heading_field and not self.extra:
                return  # "### Product needs" ⏎ "This could mean:" ⏎ a list: a lead-in to the heading's own items
            if not p.rest and _PICTURE_LABEL.match(p.label):
                return  # "Image Source:" with its picture gone: the story after it is no part of the picture
            if not p.rest:
                self._open_extra(p.label)
                return
            if len(p.rest.split()) <= 6 and not p.rest.endswith("."):
                self.doc.attributes[p.label] = p.rest  # "Age: 38", "Location: Albany, NY"
                return
            if not p.bold and not (self.plain_fields and len(p.label.split()) <= 4 and p.label[:1].isupper()):
                self._add_prose(p.text)  # "Mostly meetings: syncs, escalations, …" is a sentence, not a field
                return
            self._open_extra(p.label)  # "**How to win:** …" ends the field before it; kept as profile text
            self._add_prose(p.rest)
            return
        if self.said_inline and self.current and len(prose_items(p.text)) >= 2:
            # "Worries: Missing the bus." ⏎ "Kyle takes the bus … He …": a story after a field told on one line is his
            self._end_group()
            self.current = self.extra = None
        self._add_prose(p.text)

    def _item(self, item: Item) -> None:
        if item.label:
            # under a problem field, a label a keyword alone would file elsewhere ("**Orders reach us by every channel**")
            # is a problem's title, not another field; so is one that only opens with a field's name ("**Gains that
            # can't be proven**")
            in_problems = self.current in CONCERN_SECTIONS and not self.extra
            # (under the product's answer, "How Stepwise helps" ⏎ "**Difficulty scaling** - …" is a feature's name)
            exact = in_problems or (self.current == "messaging" and not self.extra)
            canonical = canonical_section(item.label, exact=True) if exact else _field(item.label)
            if (item.bold or canonical) and not item.rest and not item.children \
                    and (item.text.rstrip().endswith((":", "：")) or (item.bold and self.label_items)):
                # "- **니즈:**" ⏎ "- …" ⏎ "- …": a label item over the items after it, up to the list's next label
                # ("* __User Flow__" after "* __Pain Points:__" and its items; "- Key Pain Points:" plain too)
                self.label_items = True
                if canonical:
                    self._open(canonical, item.label)
                else:
                    self._open_extra(item.label)
                return
            if canonical:
                saved = (self.current, self.extra)
                self._open(canonical, item.label)
                if item.rest:
                    self._add_prose(item.rest)
                for child in item.children:
                    self._item_text(child)
                self.current, self.extra = saved
                return
            if not item.rest and item.children and in_problems:
                # "#### Pain points" ⏎ "1. **Prep takes too long**:" ⏎ "   - three hours a reel": one problem, told in detail
                details = "; ".join(t.rstrip(".;") for child in item.children for t in child.flat() if t)
                self._add_item(f"{item.label.rstrip(':')}: {details}")
                return
            if not item.rest and item.children:
                saved = (self.current, self.extra)
                self._open_extra(item.label)
                for child in item.children:
                    self._item_text(child)
                self.current, self.extra = saved
                return
        if self._asked(item):
            return
        lead = lead_in_kind(item.text.rstrip(": ") + ":") if not item.label and item.children and len(item.text.split()) <= 8 else None
        if lead and self.current in (None, *_MINED):  # "- What they don't know" ⏎ "  - How to …": the items are of that kind
            self.listed += [(lead, t) for child in item.children if not child.link_only for t in child.flat()]
        elif not item.link_only:  # a list of sources or further reading is not content
            self._add_item(item.text)
        for child in item.children:
            if child.text.startswith(_QUOTE_START):
                self.doc.sections.setdefault("quotes", []).append(child.text)
            else:
                self._item_text(child)

    def _asked(self, item: Item) -> bool:
        """"* What is their barrier to achieving this goal?" ⏎ "    * Unsure which glazes sell best": a card's question as a list
        item, answered in the items under it, read as that field; whether the item is one."""
        if item.label or not item.children or not item.text.rstrip().endswith("?") or not (asked := _field(item.text.strip())):
            return False
        saved = (self.current, self.extra)
        self._open(asked, item.text.strip())
        for child in item.children:
            self._item_text(child)
        self.current, self.extra = saved
        return True

    def _item_text(self, item: Item) -> None:
        if item.link_only or self._asked(item):
            return
        self._add_item(item.text)
        for child in item.children:
            self._item_text(child)

    def _table(self, table: Table) -> None:
        if cards := _labelled_cells(table):
            # an empathy map laid out as a grid: "Thinks" ⏎ its items in one cell, "Feels" ⏎ its items in the next, …
            saved = (self.current, self.extra)
            for label, card_field, lines in cards:
                self._open(card_field, label)
                for line in lines:
                    self._add_item(line.lstrip("-•* ").strip())
            self.current, self.extra = saved
            return
        # "| Need | Description |": a value column's header is no field of its own, though "Description" can name one
        described = len(table.header) == 2 and table.header[1].strip().lower() in VALUE_HEADERS
        columns = [(field, heading) for heading in table.header if (field := _field(heading)) is not None]
        if len(columns) == len(table.header) >= 2 and not described and not _labels_fields(table.rows):
            # "| Goals | Frustrations |" over rows of items: each column is its header's field
            saved = (self.current, self.extra)
            for i, (column_field, heading) in enumerate(columns):
                self._open(column_field, heading)
                for row in table.rows:
                    for line in (row[i] if i < len(row) else "").split("\n"):
                        self._add_item(line.lstrip("-•* ").strip())
            self.current, self.extra = saved
            return
        if len(table.header) > 2 and _ID_COLUMN.match(table.header[0]) and _field(table.header[1]):
            # "| # | Pain point | How we solve it |" ⏎ "| PP-01 | … | … |": the number only counts the rows
            table = Table(header=table.header[1:], rows=[r[1:] for r in table.rows])
        # (a row whose item happens to hold a field's word, "Handling exceptions with sign-off", among the others: items still)
        if (field := _field(table.header[0])) and not _labels_fields(table.rows) and (
                (len(table.header) == 2 and (described or not _field(table.header[1])))
                or (len(table.header) > 2 and field in CONCERN_SECTIONS)):
            self._field_column(table, field)
            return
        if len(table.header) >= 2 and _BELIEF_COLUMN.search(table.header[0]) and _ANSWER_COLUMN.search(table.header[1]):
            # "| Belief walking in | Counter |": what the persona believes, set against our answer, is an objection
            self._field_column(table, "objections")
            return
        rows = [table.header, *table.rows]
        if described and not _field(table.header[0]):
            rows = table.rows  # "| Field | Value |", "| 항목 | 내용 |": the header names the columns, it is no field
        if len(table.header) == 2 and self.current in CONCERN_SECTIONS and not self.extra \
                and not described and not any(_field(r[0]) for r in rows if len(r) == 2):
            # under a problem field, "| Roadmunk | Lots of features, but setup takes weeks. |": each row one problem (a
            # header row of column names, "| 대상 | 문제 |", is none)
            told = rows if len(table.header[1].split()) >= 4 else table.rows
            for label, value in (r for r in told if len(r) == 2 and r[1].strip()):
                self._add_item(f"{label.strip()}: {' '.join(value.split())}" if label.strip() else value)
            return
        if len(table.header) == 2:
            for label, value in (r for r in rows if len(r) == 2):
                canonical = _field(label)
                saved = (self.current, self.extra)
                self._open(canonical, label) if canonical else self._open_extra(label)
                for line in value.split("\n"):
                    for item in _cell_items(line.lstrip("-•* ").strip(), canonical):
                        self._add_item(item)
                self.current, self.extra = saved
        else:
            for row in table.rows:
                self._add_item(" · ".join(c for c in row if c))

    def _field_column(self, table: Table, field: str) -> None:
        """"| Objection | Response |", "| Need | Detail |", "| Objection | Real concern | How to address |": the first
        column holds the field's items. An answer to each ("Response", "How we help") is ours, not the persona's: kept
        as profile and never read for problems; the other columns tell more of the item ("Speed: wants answers in
        minutes")."""
        saved = (self.current, self.extra)
        answers = [i for i, h in enumerate(table.header) if i and (_ANSWER_COLUMN.search(h) or _CONTRAST_COLUMN.match(h))]
        details = [i for i in range(1, len(table.header)) if i not in answers]
        self._open(field, table.header[0])
        for row in (r for r in table.rows if r and r[0].strip()):
            told = " · ".join(" ".join(row[i].split()) for i in details if i < len(row) and row[i].strip())
            self._add_item(f"{row[0].strip()}: {told}" if told else row[0])
        for i in answers:
            said = [" ".join(r[i].split()) for r in table.rows if i < len(r) and r[i].strip()]
            if said:
                self.doc.extra_sections[_plain(table.header[i]) or table.header[i]] = "\n".join(said)
        self.current, self.extra = saved

    # -- state

    def _end_group(self) -> None:
        group, self.group = self.group, None
        if group and not self.group_told:  # a title with nothing told under it is the problem itself
            self._add_item(group)

    def _open(self, canonical: str, heading: str) -> None:
        self._end_group()
        self.current, self.extra, self.said_inline = canonical, None, False
        self.doc.headings.setdefault(canonical, _plain(heading))
        # "Goals/Needs", "Goals & pain points": an item that states a need or problem is a concern of the second field
        parts = [canonical_section(p, exact=True) for p in label_parts(_plain(heading))]
        self.also = next((p for p in parts if p in CONCERN_SECTIONS), None) if canonical not in CONCERN_SECTIONS else None
        # "Wants and needs": a want and a need are said alike ("low-cost testing"), so each item is a need
        self.wants_are_needs = self.also == "needs" and bool(re.search(r"\bwants?\b", heading, re.I))

    def _open_extra(self, title: str) -> None:
        self._end_group()
        self.current, self.extra, self.said_inline = None, _plain(title) or title, False
        # (a name states no problem; a "Persona:" label may introduce a whole description, which is read)
        self.cited = bool(_CITED.search(self.extra)) or label_key(self.extra) in ONLY_NAME_LABELS

    def _add_prose(self, text: str) -> None:
        # "**Pain points:** slow app • high fees • no support": a field's items written on one line, marked apart
        for part in re.split(r"\s+[•▪◦·]\s+", text) if self.current else [text]:
            sentences = [re.sub(r"\s+", " ", s).strip() for s in prose_items(part)]
            if self.current in CONCERN_SECTIONS and not self.extra:
                sentences = [clause for s in sentences for clause in _korean_clauses(s)]
            # a story told under Motivations ("… found the old tool too rigid …") may state a problem; a one-line
            # motive ("Looks for tools that take pressure off") states none
            story = self.current == "motivations" and len(sentences) >= 2
            for sentence in sentences:
                self._add_item(sentence)
                if story:
                    self.narrative.append(sentence)
                    self.driven.add(sentence)

    def _add_item(self, text: str) -> None:
        text = re.sub(r"\s+", " ", text).strip()
        if self.group and text and self.current == self.heading_field and not self.extra:
            text, self.group_told = f"{self.group}: {text}", True
        if not text or (self.current in CONCERN_SECTIONS and _NO_CONCERN.match(text)):
            return  # a stage's "**Pain Point:** None", a summary row's "Churn Risk | High": nothing to track
        moved = "needs" if self.current == "goals" and _NEED_ITEM.match(text) else \
            "pain_points" if self.current in ("goals", "motivations") and _WORRY_ITEM.match(text) else None
        if moved:  # "Needs secure backups" under Goals is a need; "Concerned about security" under Motivators, a worry
            self.doc.sections.setdefault(moved, []).append(text)
            self.doc.headings.setdefault(moved, self.doc.headings.get(self.current or "", ""))
            return
        if self.current and self.also and (concern_kind(text) or self.wants_are_needs):
            self.doc.sections.setdefault(self.also, []).append(text)
            self.doc.headings.setdefault(self.also, self.doc.headings.get(self.current, ""))
        elif self.current:
            self.doc.sections.setdefault(self.current, []).append(text)
            if self.current in _MINED:
                self.narrative.append(text)
        elif self.extra:
            previous = self.doc.extra_sections.get(self.extra)
            self.doc.extra_sections[self.extra] = f"{previous}\n{text}" if previous else text
            if not self.cited:
                self.narrative.append(text)
        else:
            self.intro.append(text)
            self.narrative.append(text)

    # -- result

    def finish(self) -> PersonaDoc:
        doc = self.doc
        named = next((v for k, v in doc.attributes.items() if _plain(k).lower() in _NAME_LABELS and isinstance(v, str)), "")
        # "### Patient Persona" ⏎ "| **Persona Name** | **Rebecca Smith** |": a name row kept with the profile
        named = named or next((v.strip() for k, v in doc.extra_sections.items() if _names_the_name(k)
                               and "\n" not in v.strip() and 0 < len(v.split()) <= 4), "")
        # "## Persona 1" ⏎ "### Basic information" ⏎ "- Name: Dana Ortiz"; a page named only as a persona ("Cafe
        # Marketing Persona", its file's name) ⏎ "- 예시:" ⏎ "  - 이름: 한서윤(31세)": the name in the text
        numbered = _NUMBERED_NAME.match(doc.name) is not None
        # ("Target Users and User Needs": a page over its users and more)
        if not named and any(names_container(part) for part in re.split(r"\s+(?:and|&)\s+", clean_name(doc.name), maxsplit=1)):
            # "## Primary Target Audience" ⏎ "**“The First-Time Maker”**", "The primary user is the “Tab Hoarder.”":
            # a heading over the audience, and the persona's name given in quotes or bold right below it
            said = _NAMED_AUDIENCE.match(self.opening[0]) if self.opening else None
            given = self.first_bold or (said["name"] if said else "") or self.introduced
            if given and (_QUOTED.match(given) or said or given == self.introduced) and looks_like_a_name(given):
                named, numbered = clean_name(given).rstrip(".").strip(), True
        dated = _DATE_NAME.match(doc.name) is not None  # a blog post's date over its text: the persona is named in it
        numbered = numbered or dated
        if not named and (numbered or _PAGE_PERSONA.search(doc.name)):
            naming = (NAME_ITEM, _THIS_IS) if dated else (NAME_ITEM,)
            named = next((_AGE_ASIDE.sub("", m.group(1)).strip() for items in [self.intro, *doc.sections.values(), *(
                v.splitlines() for v in doc.extra_sections.values())] for item in items for pattern in naming
                          if (m := pattern.match(item.strip())) and len(_NICKNAME.sub(" ", m.group(1)).split()) <= 4), "")
        if not named and numbered and self.opening and (person := introduced_person(self.opening[0])):
            named = person  # "Persona 1:" ⏎ "Renata is a 27-year-old doctoral candidate … She …": whom its text introduces
        if not named and not any(a.title for a in self.ancestors):  # a page that is one persona, named in a sentence of its text
            said = next((m for text in [*self.opening, *self.narrative] if (m := _PERSONA_IS.search(text))), None)
            if said and (given := said.group(1) or said.group(2)).lower() not in doc.name.lower():
                named, numbered = given, True
        named = named.strip().strip("\"'“”‘’").strip()  # '| **Name** | "Casey the Recruiter" |': the name, not its quotes
        named = re.sub(r",\s*\d{1,3}$", "", named)  # "**Name:** Samuel Adeyemi, 44": his name, without his age
        if named and numbered:  # "## Persona 2" ⏎ "**Name:** Hiro Tanaka": the name is in the text
            doc.name = named
            doc.persona_id = str(self.meta.get("id") or persona_id_for(named))
        elif named and named.lower() not in doc.name.lower() and len(named.split()) <= 4 and not self.meta.get("id"):
            # "### Graduate Student" ⏎ "**Name:** Jordan": both, as a reader says them; "# Persona: The Recruiter" ⏎
            # "Name: Casey the Recruiter": the name alone, which already says the title
            parts = re.split(r"\s+[-–—]\s+", clean_name(doc.name), maxsplit=1)
            if len(parts) == 2 and parts[0].lower() == named.split()[0].lower():
                # "### 2.1 Kadiatou - Secretary" ⏎ "| **Name** | Kadiatou Sylla |": her full name, then her role
                doc.name = f"{named} ({parts[1]})"
            else:
                doc.name = named if doc.name.lower() in named.lower() else f"{named} ({doc.name})"
            doc.persona_id = persona_id_for(doc.name)
        if self.intro:
            doc.sections.setdefault("background", [])[:0] = self.intro
        documented = {t.lower() for s in CONCERN_SECTIONS for t in doc.sections.get(s, [])}
        # A persona with labelled problem or need fields says what it needs there; its prose adds problems only.
        labelled = bool(documented)
        for sentence in self.narrative:
            if sentence.lower() in self.claimed:
                continue
            label, colon, rest = sentence.partition(": ")
            run_in = bool(colon) and len(label.split()) <= 3  # "Challenges: …" inside the prose
            said = _SAYS_ITS_FIELD.match(sentence) if not run_in else None
            if said:
                label, rest = said["field"], said["rest"]  # "Her top challenges are (1) …, (2) … and (3) …"
            if (run_in or said) and (field := field_of(label)) in CONCERN_SECTIONS and len(rest.split()) >= 3:
                # "… by phone. Challenges: the line is busy every morning.": a field's label inside the prose
                for text in [t.strip(" ,;") for t in _ENUMERATED.split(rest) if t.strip(" ,;")]:
                    if text.lower() not in documented:
                        doc.sections.setdefault(field, []).append(text)
                        doc.headings.setdefault(field, label)
                        documented.add(text.lower())
                continue
            kind = concern_kind(sentence) if not _ARC.match(sentence) else None
            if kind == "need" and (labelled or sentence in self.driven):  # what drives them is wanted, not lacking
                continue
            sentence = _unpaired_quotes_off(sentence)  # a quotation's last sentence keeps only its closing mark
            if kind and sentence.lower() not in documented and len(sentence.split()) >= 3:
                section = _STATED[kind]
                doc.sections.setdefault(section, []).append(sentence)
                doc.headings.setdefault(section, STATED_HEADING)
                documented.add(sentence.lower())
        for kind, text in self.listed:
            text = re.sub(r"\s+", " ", text).strip()
            if text and text.lower() not in documented:
                doc.sections.setdefault(_STATED[kind], []).append(text)
                doc.headings.setdefault(_STATED[kind], STATED_HEADING)
                documented.add(text.lower())
        for key in _ATTRIBUTE_KEYS:
            if key in self.meta and not isinstance(self.meta[key], dict):
                doc.attributes.setdefault(key, self.meta[key])
        doc.is_negative = (
            _negative_flag(self.meta)
            or _has_marker(self.title)
            or _has_marker(" ".join(self.opening))
            or any(_NEGATIVE_GROUP.search(_plain(a.title).lower()) for a in self.ancestors if a.title)
        )
        return doc


#: A concern field's value that names no concern: its absence or a rating ("None", "N/A", "—", "High").
#: ("Pain Intensity | High (stuck)", "고충 강도 | 높음": a rating, with or without a word on it, is no concern)
_NO_CONCERN = re.compile(r"^\W*(?:none|n/?a|nil|nothing|tbd|tbc|yes|no|(?:very )?(?:high|low)|medium|moderate|minimal|minor|major|"
                         r"severe|critical|(?:매우 )?(?:높음|낮음)|보통|중간|없음)?\W*(?:\([^()]{0,40}\))?\W*$", re.I)


def _unpaired_quotes_off(sentence: str) -> str:
    """'Did something go wrong?"' -> 'Did something go wrong?': a sentence split out of a quotation loses the mark
    its other end kept."""
    if (sentence.count("\"") % 2) or sentence.count("“") != sentence.count("”"):
        return sentence.strip().strip("\"“”").strip()
    return sentence


def _groups_problems(blocks: list[Any]) -> bool:
    """The first bold label under a problem heading is no field's name and unnumbered: it titles a group of the
    heading's problems, and so do the labels after it. Under a numbered first title ("**1. Jams at peak hours**") the
    unnumbered labels are notes on each problem ("**Current workaround:**"), not problems."""
    first = next((b.label for b in blocks if isinstance(b, Para) and b.label and b.bold), None)
    return first is not None and not _NUMBER_MARK.match(first) and canonical_section(first, exact=True) is None


def label_key(label: str) -> str:
    """"Name (archetype):" -> "name": a label as the name lists above compare it."""
    return _plain(without_asides(label)).lower()


def _names_the_name(label: str) -> bool:
    """"Name", "Persona name", "Name (archetype)", "이름": a label whose content is the persona's name."""
    return label_key(label) in _NAME_LABELS


def _labels_fields(rows: list[list[str]]) -> bool:
    """Do the rows' first cells label fields? Not when only a few of many do: an item may hold a field's word
    ("Handling exceptions with sign-off", "A due date on every task") among items that are not labels."""
    labelled = sum(1 for r in rows if r and _labels_a_field(r[0]))
    return labelled > 0 and 2 * labelled >= max(len(rows) - 1, 1)


def _labels_a_field(cell: str) -> bool:
    """A table's first cell that is a field's label ("Goals", "Pain points"), not an item quoted or said in a sentence
    ("“Who says this will work here?”")."""
    cell = cell.strip()
    return len(cell.split()) <= 5 and not cell.startswith(_QUOTE_START) and _field(cell) is not None


def apply_front_matter(doc: PersonaDoc, meta: dict[str, Any]) -> None:
    """Front matter of a file that holds one persona: its ``name``/``id``, attributes and negative flag."""
    name = next((meta[k].strip() for k in ("name", "persona") if isinstance(meta.get(k), str) and meta[k].strip()), "")
    if name:
        doc.name = name
    if meta.get("id") or name:
        doc.persona_id = str(meta.get("id") or persona_id_for(name))
    for key in _ATTRIBUTE_KEYS:
        if key in meta and not isinstance(meta[key], dict):
            doc.attributes.setdefault(key, meta[key])
    doc.is_negative = doc.is_negative or _negative_flag(meta)


def _texts(block: Any) -> list[str]:
    if isinstance(block, Para):
        return [block.text]
    if isinstance(block, ItemList):
        return [t for item in block.items for t in item.flat()]
    return []


def _plain(title: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s&'/,.()-]", "", title)).strip()


def _negative_flag(data: dict[str, Any]) -> bool:
    if data.get("negative") is True:
        return True
    for key in ("type", "kind", "fit"):
        value = data.get(key)
        if isinstance(value, str) and _has_marker(value + " persona" if value.lower() == "negative" else value):
            return True
    tags = data.get("tags")
    return isinstance(tags, list) and any(str(t).lower() in ("negative", "anti-persona", "negative-persona") for t in tags)


def _has_marker(text: str) -> bool:
    lowered = text.lower().replace("’", "'")
    return any(marker in lowered for marker in NEGATIVE_MARKERS)
