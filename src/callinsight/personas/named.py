"""The owner's names for a document's personas (``personas import --persona-name``, ``[personas] persona_names``).

The importer finds personas by the shapes of the page; where it misses one, the owner knows better: they know who
their personas are. Given the names, the import keeps what the automatic search found under those names, and finds
each missing one where the page introduces it: the headings titled with it (all of them, merged), else the bold label,
table header or first cell that names it, else the paragraph or list item that opens with it, else the one that
mentions it alone. Its part of the page runs from there to where the next named persona starts. Personas found by
the automatic search under other names are skipped with a note: the owner said who the personas are.
"""

from __future__ import annotations

import copy
import dataclasses
from itertools import chain

from callinsight.personas.building import declares_persona_page, from_fields, from_narrative, from_page
from callinsight.personas.extraction import Extraction, Skipped
from callinsight.personas.merging import merge_into, name_key
from callinsight.personas.model import PersonaDoc, field_of
from callinsight.personas.named_spots import (
    MENTION,
    OPENING,
    Page,
    Spot,
    headings_of,
    mentions,
    norm_name,
    opening,
    others_of,
    read_page,
    spots_of,
    starts_in,
    titled_with,
    within,
)
from callinsight.personas.names import clean_name
from callinsight.personas.personadoc import ONLY_NAME_LABELS, label_key, persona_id_for
from callinsight.personas.reading.inline import split_label
from callinsight.personas.reading.tree import Block, Item, ItemList, Para, Section, Table, block_texts
from callinsight.personas.sentences import split_sentences
from callinsight.personas.vocab import PAGE_BACKGROUND, non_persona_reason

_OPENING_BLOCKS = 3  # a section that names its persona in its first blocks (after a quote, a diagram) is hers
_TITLE_WORDS = 6  # a list item this short with nothing nested is a title over the items after it
_FALLBACKS = 5  # spots tried, surest first, when a persona's surest one tells nothing about her
_PARENT_WORDS = 40  # a heading over a persona's name says at most a line itself ("Primary persona, in brief")
_TOLD_IN_NAME_CELL = 8  # a table row's first cell this long tells of the persona it names, besides naming her


def _part(spot: Spot, all_spots: list[Spot], name: str) -> tuple[Section, bool]:
    """The part of the page the spot opens, and whether it is a whole section of the page (then titled as the page
    titles it; else titled with the name)."""
    others = [s for s in all_spots if s is not spot]
    if spot.block is None or _opens(spot, others):
        section = _parent_if_first(spot, others) if spot.block is None else _owner_of_name_field(spot, others)
        part = copy.copy(section)
        # a sub-heading that another persona's spot is in belongs to that persona
        part.children = [c for c in section.children if not any(within(s, c) for s in others)]
        part.blocks = section.blocks[:next(iter(starts_in(section, others)), len(section.blocks))]
        if not part.blocks and not part.children and spot.block is None:
            _take_following(part, spot, others)
        elif spot.block is None and not part.children:
            _take_field_headings(part, spot, others)
        return part, True
    block = spot.block
    if isinstance(block, Table) and spot.cell is not None:
        return Section(name, spot.section.level + 1, blocks=_cell_part(block, spot, others)), False
    if isinstance(block, Table):
        return Section(name, spot.section.level + 1, blocks=_table_part(block, spot.row, spot.column)), False
    if isinstance(block, ItemList) and spot.item is not None:
        return Section(name, spot.section.level + 1, blocks=[ItemList(items=_items_of(block, spot, others))]), False
    blocks = spot.section.blocks
    index = next(i for i, b in enumerate(blocks) if b is block)
    end = next((i for i in starts_in(spot.section, others) if i > index), len(blocks))
    return Section(name, spot.section.level + 1, blocks=blocks[index:end]), False


def _items_of(block: ItemList, spot: Spot, others: list[Spot]) -> list[Item]:
    """The item that names the persona with what is nested in it; an item that is only a title ("- Doctors" ⏎
    "- Characteristics: …" ⏎ "- Needs and Goals: …", a list flattened by an export) with the items after it, up to
    the next persona's."""
    assert spot.item is not None
    index = next((i for i, item in enumerate(block.items) if item is spot.item), None)
    if index is None or spot.item.children or len(spot.item.text.split()) > _TITLE_WORDS:
        return [spot.item]
    starts = [i for i, item in enumerate(block.items) if any(s.item is item for s in others)]
    end = next((i for i in starts if i > index), len(block.items))
    return block.items[index:end]


def _take_following(part: Section, spot: Spot, others: list[Spot]) -> None:
    """A heading with the name and nothing under it, on a flat page ("Kirsty Hallam" ⏎ "Can't think straight before
    her coffee" ⏎ … ⏎ "Liam Prouse", every line a heading): the headings after it, up to the next persona's, are
    hers; the last persona takes as many as the one before her took."""
    if not spot.ancestors:
        return
    siblings = spot.ancestors[-1].children
    index = next(i for i, c in enumerate(siblings) if c is spot.section)
    starts = [i for i, c in enumerate(siblings) if any(within(s, c) for s in others)]
    before = [i for i in starts if i < index]
    end = next((i for i in starts if i > index), None)
    if end is None:
        end = index + 1 + (index - before[-1] - 1 if before else len(siblings))
    for sibling in siblings[index + 1:end]:
        if sibling.blocks or sibling.children:
            part.children.append(sibling)
        else:  # a line the page's reading took for a heading
            part.blocks.append(Para(sibling.title))


def _take_field_headings(part: Section, spot: Spot, others: list[Spot]) -> None:
    """"Elena" ⏎ her bio ⏎ "FRUSTRATIONS" ⏎ … ⏎ "NEEDS" ⏎ …, every line of a pasted page a heading of one level: the
    field headings right after her heading, up to another persona's or to a heading that is no field, are hers."""
    if not spot.ancestors:
        return
    siblings = spot.ancestors[-1].children
    index = next(i for i, c in enumerate(siblings) if c is spot.section)
    for sibling in siblings[index + 1:]:
        if any(within(s, sibling) for s in others) or field_of(sibling.title) is None:
            break
        part.children.append(sibling)


def _parent_if_first(spot: Spot, others: list[Spot]) -> Section:
    """A heading with the name first under a heading that says little itself and tells of no one else ("## Persona
    1: Territory Sales Rep" ⏎ "### Emily Zhao" ⏎ "### Bio" ⏎ "### Frustrations"): the parent heading is the persona,
    its other sub-headings her parts."""
    if len(spot.ancestors) < 2:
        return spot.section
    parent = spot.ancestors[-1]
    said = sum(len(t.split()) for b in parent.blocks for t in block_texts(b))
    if parent.children[0] is spot.section and said <= _PARENT_WORDS and not any(within(s, parent) for s in others):
        return parent
    return spot.section


def _owner_of_name_field(spot: Spot, others: list[Spot]) -> Section:
    """"## Persona 1 — The Private Giver" ⏎ "### Name (archetype)" ⏎ "**The Answerable Homecomer**": a name given as
    the content of a section titled as a name field is the name of the section that field is in."""
    if label_key(spot.section.title) in ONLY_NAME_LABELS and spot.ancestors and spot.ancestors[-1].title \
            and not any(within(s, spot.ancestors[-1]) for s in others):
        return spot.ancestors[-1]
    if spot.ancestors and (record := spot.ancestors[-1]).record and not record.title \
            and not any(within(s, record) for s in others):
        # "{ alt: 'Persona Dana's profile', desc: 'Store owner | Dana / 58', painpoints: [...] }": a data record with
        # no name key, named in one of its values, is hers whole
        return record
    return spot.section


def _opens(spot: Spot, others: list[Spot]) -> bool:
    """The name opens its section ("## Team 1" ⏎ "- Name: Joe Bloggs" ⏎ "- Age: 24" …: in its first blocks) and no
    other persona is told in it: the whole section is hers."""
    blocks = spot.section.blocks[:_OPENING_BLOCKS]
    first = any(b is spot.block for b in blocks) and spot.row is None and spot.column is None and spot.cell is None
    if first and isinstance(spot.block, ItemList):
        first = any(spot.item is i for i in spot.block.items[:2])
    return first and not any(within(s, spot.section) for s in others)


def _cell_part(table: Table, spot: Spot, others: list[Spot]) -> list[Block]:
    """A persona told in a table cell, from the line that opens with her name to the next persona's: its "Label: …"
    lines as labelled paragraphs."""
    assert spot.cell is not None
    row, column, start = spot.cell
    lines = table.rows[row][column].split("\n")
    ends = [o.cell[2] for o in others if o.block is table and o.cell and o.cell[:2] == (row, column) and o.cell[2] > start]
    blocks: list[Block] = []
    for line in (line.strip().lstrip("-•* ") for line in lines[start:min(ends, default=len(lines))]):
        label, rest = split_label(line, None)
        if line:
            blocks.append(Para(line, label=label, rest=rest, bold=bool(label)))
    return blocks


def _table_part(table: Table, row: int | None, column: int | None) -> list[Block]:
    """A persona's row (named in its first cell) or column (named in its header) as labelled paragraphs; a row that
    only names her ("| **Client: Kendra Lum** | | |") with the rows after it, up to the next row that only names."""
    if row is not None:
        pairs = list(zip(table.header, table.rows[row], strict=False))[1:]
        if not any(cell.strip() for cell in table.rows[row][1:]):
            starts = [i for i, cells in enumerate(table.rows) if i > row and not any(cell.strip() for cell in cells[1:])]
            pairs = [pair for cells in table.rows[row + 1:min(starts, default=len(table.rows))]
                     for pair in zip(table.header, cells, strict=False)]
    else:
        assert column is not None
        pairs = [(cells[0], cells[column]) for cells in table.rows if len(cells) > column and cells]
    blocks: list[Block] = []
    if row is not None and len(table.rows[row][0].split()) >= _TOLD_IN_NAME_CELL:
        # "| **Growers** Nearby farms …, perhaps with weak internet. | …": the name's cell tells of them too
        blocks.append(Para(" ".join(table.rows[row][0].split())))
    for label, cell in pairs:
        lines = [line.strip() for line in cell.splitlines() if line.strip()]
        if not label.strip() or not lines:
            continue
        if len(lines) == 1:
            blocks.append(Para(f"{label}: {lines[0]}", label=label, rest=lines[0], bold=True))
        else:
            blocks += [Para(label, label=label, bold=True), ItemList(items=[Item(text=line) for line in lines])]
    return blocks


def _claim_found(personas: list[PersonaDoc], names: list[str]) -> dict[str, PersonaDoc]:
    """The found persona each name stands for: the one titled with it (and with no other name)."""
    claimed: dict[str, PersonaDoc] = {}
    for name in names:
        others = others_of(name, names)
        free = [p for p in personas if not any(p is c for c in claimed.values()) and not any(mentions(p.name, n) for n in others)]
        # the one whose title holds the whole name before one that holds a part ("AI 증강 시민기자", a segment, and
        # "AI 증강 시민기자 한도윤", the persona who stands for it)
        # and, of those that hold a part, the one that holds the most of it ("Rohit, the Ride-Hunting Participant"
        # before a role "Ride Participant" for "Persona 2 — Rohit, the Ride-Hunting Participant")
        wanted = set(norm_name(name).split())
        match = next((p for p in free if mentions(p.name, name)), None) or max(
            (p for p in free if titled_with(p.name, name)), key=lambda p: len(set(norm_name(p.name).split()) & wanted), default=None)
        if match is not None:
            claimed[name] = match
    return claimed


def _rename(persona: PersonaDoc, name: str) -> None:
    """A found persona under the name the owner gives her."""
    if persona.persona_id == persona_id_for(persona.name):  # an id the file gives stays
        persona.persona_id = persona_id_for(name)
    persona.name = name


def _found_as(parts: list[tuple[Spot, Section, bool]], unclaimed: list[PersonaDoc], names: list[str]) -> PersonaDoc | None:
    """The persona the automatic search found under the title of the section that is this one's part."""
    titles = [part.title for _spot, part, whole in parts if whole and part.title]
    matches = [p for p in unclaimed if any(name_key(p.name) == name_key(clean_name(t)) or mentions(t, p.name) for t in titles)
               and not any(titled_with(p.name, n) for n in names)]
    return matches[0] if len(matches) == 1 else None


def keep_named(root: Section, found: Extraction, names: list[str], source: str) -> Extraction:
    """The personas the owner named: found ones kept under their names, missing ones looked for in ``root`` (the page
    as read, before the automatic search reshaped it); the others skipped."""
    names = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    # one found with nothing under it (a table row that only names her) is no persona: hers is read from the page
    found = dataclasses.replace(found, personas=[p for p in found.personas if p.has_content])
    out = Extraction(skipped=list(found.skipped))
    if len(names) == 1 and declares_persona_page(root.meta):  # "type: persona" and no name but the owner's: the page is hers
        out.personas = [from_page(root, names[0], source)]
        return out
    claimed = _claim_found(found.personas, names)
    page = read_page(root)
    spots = spots_of(page, names)
    # every name's surest spots, so that a missing persona's part ends where another's starts
    all_spots = [s for groups in spots.values() for s in groups[0]]
    parts = {name: [(spot, *_part(spot, all_spots, name)) for spot in spots[name][0]] if name in spots else []
             for name in names}
    for name in [n for n in names if n not in claimed]:
        # the automatic search read that part already, under the page's title for it
        if (twin := _found_as(parts[name], _unclaimed(found, claimed), names)) is not None:
            claimed[name] = twin
    for name in [n for n in names if n not in claimed]:
        theirs = [h for other in others_of(name, names) for h in headings_of(spots, other)]
        if (teller := _telling(name, _unclaimed(found, claimed), names, headings_of(spots, name), theirs)) is not None:
            claimed[name] = teller
            if len(names) == 1 and len(found.personas) == 1 and not mentions(teller.name, name):
                # the owner's one persona, found under a line the page does not title her with ("Driving is no longer
                # possible for her, …"): the page is about her, all of it
                merge_into(teller, _whole_page(root, name, source, out))
    for name, persona in claimed.items():
        persona.found_at = "found by the import itself" + ("" if persona.name == name else f", as '{persona.name}'")
        if not titled_with(persona.name, name):
            _rename(persona, name)
    kept = list(claimed.values())
    told = _roll_call(page, [n for n in names if n not in spots], names)
    for name in [n for n in names if n not in claimed]:
        built = _read_missing(name, parts[name], spots.get(name, [])[1:], all_spots, told.get(name, []), source)
        if built is None:
            out.skipped.append(Skipped(name, "named by the owner but not found in the document"))
            continue
        _add_later_chapters(built, name, spots.get(name, []), parts[name], names, source)
        for persona in claimed.values():  # what the page tells under her name is hers, not a found neighbour's
            _give_up(persona, built)
        for persona in kept:  # nor that of a missing one read before her, where it names her alone
            if not any(persona is c for c in claimed.values()):
                _give_up(persona, built, named=name, own=persona.name)
                _give_up(built, persona, named=persona.name, own=name)
        kept.append(built)
    order = {id(p): i for i, p in enumerate(found.personas)}
    out.personas = sorted(kept, key=lambda p: order.get(id(p), len(order)))
    out.skipped += [Skipped(p.name, "not among the personas the owner named") for p in found.personas
                    if not any(p is k for k in kept)]
    if not out.personas:
        out.closest = f"none of the names given ({', '.join(names)}) stands in it"
    return out


def _read_missing(name: str, surest: list[tuple[Spot, Section, bool]], groups: list[list[Spot]],
                  all_spots: list[Spot], told: list[str], source: str) -> PersonaDoc | None:
    """A persona the automatic search missed: read from her surest spots, else from the next ones while those tell
    nothing about her, else from the sentences a roll call gives her; with no field or stated need anywhere, her surest
    part is kept as profile text (the owner said she is a persona)."""
    first: PersonaDoc | None = None
    later = ([(spot, *_part(spot, all_spots, name)) for spot in group] for group in groups[:_FALLBACKS - 1])  # read lazily
    for parts in chain([surest] if surest else [], later):
        built = _built(name, parts, source)
        built.found_at = "read from " + "; ".join(_where(spot, part, whole) for spot, part, whole in parts)
        if _tells_of(built, name):
            return built
        if first is None:
            first = built
            text = "\n".join(part.text().replace(part.title, "", 1).strip() for _spot, part, _whole in parts).strip()
            if text:
                first.extra_sections["profile"] = text
    if told:
        persona = from_fields(Section(name, 1, blocks=[Para(" ".join(told))]), name, source, [], name)
        persona.found_at = f"read from the {len(told)} sentence(s) naming this persona in paragraphs telling of several"
        return persona
    return first


def _where(spot: Spot, part: Section, whole: bool) -> str:
    """Where a part was read, for the owner: "the section 'Persona 1: Night Pharmacist'", "a table row", …."""
    if whole:
        return f"the section '{part.title}'" if part.title else "a data record" if part.record else "the whole page"
    if spot.row is not None:
        return "a table row"
    if spot.column is not None:
        return "a table column"
    if spot.item is not None:
        return f"a list item and {len(part.blocks[0].items) - 1} after it" if isinstance(part.blocks[0], ItemList) \
            and len(part.blocks[0].items) > 1 else "a list item"
    return f"a paragraph and {len(part.blocks) - 1} block(s) after it" if len(part.blocks) > 1 else "a paragraph"


#: A paragraph that tells of a persona opens with her name ("Persona 1: Kayla's social chair …", "Kayla attends …").
_CHAPTER_OPENING = 4


def _add_later_chapters(persona: PersonaDoc, name: str, groups: list[list[Spot]],
                        read: list[tuple[Spot, Section, bool]], names: list[str], source: str) -> None:
    """"## Profiles" ⏎ "Persona 1:" ⏎ "* Name: Kayla" … then "## Narrative" ⏎ "Persona 1: Kayla's social chair …": a
    paragraph in another part of the page that opens with her name, and names no other persona, is more of her story."""
    others = others_of(name, names)
    for spot in (s for group in groups for s in group if s.rank == OPENING and (isinstance(s.block, Para) or s.item is not None)):
        para = spot.item if spot.item is not None else spot.block  # ("- Problem statement: Harriet Cole ⏎ I am …" too)
        assert isinstance(para, (Para, Item))
        if any(within(spot, part) or spot.section is part for _s, part, _w in read) or any(mentions(para.text, o) for o in others):
            continue
        told = para.rest if para.label else para.text  # ("Persona 1:" only points to her)
        if not mentions(opening(told, _CHAPTER_OPENING), name):
            continue
        chapter = Section(name, spot.section.level + 1, blocks=[Para(told)])
        merge_into(persona, from_narrative(chapter, name, source, spot.ancestors))


def _tells_of(persona: PersonaDoc, name: str) -> bool:
    """Her part says more than her name ("Persona 1: Motivated Teacher" ⏎ "Jenny Gladstone", a contents list laid out
    as headings, tells nothing of her)."""
    return bool(persona.extra_sections) or any(norm_name(item) != norm_name(name) for items in persona.sections.values() for item in items)


def _built(name: str, parts: list[tuple[Spot, Section, bool]], source: str) -> PersonaDoc:
    """A persona the automatic search missed, read from its parts of the page."""
    persona = from_fields(parts[0][1], name, source, parts[0][0].ancestors, name)
    for spot, part, _whole in parts[1:]:
        merge_into(persona, from_fields(part, name, source, spot.ancestors, name))
    return persona


def _roll_call(page: Page, missing: list[str], names: list[str]) -> dict[str, list[str]]:
    """Names told only in paragraphs that tell of several personas in turn ("We begin with Richard, the CTO, … Next we
    follow Jim, … Jim provisions …"): each sentence naming one of them, and the sentences after it up to one that
    names another, are that one's."""
    told: dict[str, list[str]] = {}
    if not missing:
        return told
    for spot, text in page.spots:
        if spot.rank != MENTION or not any(mentions(text, n) for n in missing):
            continue
        current: str | None = None
        for sentence in split_sentences(text):
            named = [n for n in names if mentions(sentence, n)]
            if named:
                current = named[0] if len(named) == 1 else None
            if current in missing:
                told.setdefault(current, []).append(sentence)
    return told


def _give_up(persona: PersonaDoc, to: PersonaDoc, named: str = "", own: str = "") -> None:
    """Items a found persona took from the part of the page that names another ("**Tomas** …" then Ines's table, both
    read as his); with ``named``, only those that name the other (``named``) and not her (``own``)."""
    theirs = {item for items in to.sections.values() for item in items
              if not named or (mentions(item, named) and not mentions(item, own))}
    left = {k: kept for k, items in persona.sections.items() if (kept := [i for i in items if i not in theirs])}
    if left or persona.extra_sections:  # a persona all of whose text another one's part holds stays as it was
        persona.sections = left
        persona.headings = {k: v for k, v in persona.headings.items() if k in left}


def _whole_page(root: Section, name: str, source: str, out: Extraction) -> PersonaDoc:
    """The page read as the one persona's, without the parts that are never a persona's (contents, references, FAQ;
    her background stays); what was skipped and is read now is no longer said to be skipped."""
    page = copy.copy(root)
    page.children = [c for c in root.children if non_persona_reason(c.title) in (None, PAGE_BACKGROUND)]
    read = {s.title for c in page.children for s in c.walk()}
    out.skipped = [s for s in out.skipped if s.title not in read]
    return from_page(page, name, source)


def _read_within(persona: PersonaDoc, section: Section) -> bool:
    """Some of what a found persona tells stands in the section."""
    text = norm_name(section.text())
    return any(norm_name(item) in text for items in persona.sections.values() for item in items)


def _unclaimed(found: Extraction, claimed: dict[str, PersonaDoc]) -> list[PersonaDoc]:
    """Found personas no name has claimed yet."""
    return [p for p in found.personas if not any(p is c for c in claimed.values())]


def _told(persona: PersonaDoc) -> str:
    """What a found persona says of who it is: its attributes ("Name: Joe Bloggs") and profile text."""
    return "\n".join([*(f"{k}: {v}" for k, v in persona.attributes.items()), *persona.extra_sections.values(),
                      *(i for items in persona.sections.values() for i in items)])


def _telling(name: str, unclaimed: list[PersonaDoc], names: list[str], mine: list[Section], theirs: list[Section]) -> PersonaDoc | None:
    """The one found persona left that tells of that name and of no other the owner gave ("- Name: Joe Bloggs" in a
    card titled "Team 1"), unless it was read under another persona's heading and not under one of hers ("#### Keisha"
    ⏎ her fields, while the persona that mentions her was read under "#### Priya"); or, when the owner names one
    persona and the search found one, that one."""
    if len(names) == 1 and len(unclaimed) == 1:
        return unclaimed[0]
    others = others_of(name, names)
    telling = [p for p in unclaimed if not any(titled_with(p.name, n) for n in names)
               and mentions(_told(p), name) and not any(mentions(_told(p), n) for n in others)
               and (any(_read_within(p, h) for h in mine) or not any(_read_within(p, h) for h in theirs))]
    return telling[0] if len(telling) == 1 else None
