"""Personas in a section's own blocks: persona tables (one persona per row, or a summary adding to those found
above) and persona bullets (a bold name, a dash, a quoted label, "Meet Rosa")."""

from __future__ import annotations

import re

from callinsight.personas.building import (
    from_bullet,
    from_fields,
)
from callinsight.personas.containers import (
    listed_by_name,
    met_by_name,
    persona_bullets,
    persona_children,
    quoted_by_label,
    titled_by_run_in,
)
from callinsight.personas.evidence import aged_people, dashed_bullets, is_persona_by_fields
from callinsight.personas.extraction import Extraction, add_or_merge
from callinsight.personas.known import (
    attach_to_known,
    known_named,
    same_given_name,
)
from callinsight.personas.merging import merge_into, name_key
from callinsight.personas.model import CONCERN_SECTIONS, PersonaDoc, field_of
from callinsight.personas.names import (
    clean_name,
    names_container,
)
from callinsight.personas.reading.tree import Item, Section, Table
from callinsight.personas.tables import fields_across, is_key_value_card, table_records
from callinsight.personas.vocab import CONTAINER_WORDS

_PERSONA_COLUMN = re.compile(r"^\W*(?:(?:user|buyer|customer|target) )?(?:persona|(?:페르소나|퍼소나))(?: name| 이름|명)?\W*$", re.I)


def headed_persona_table(section: Section, page: Section, out: Extraction) -> bool:
    """A table of the section's own that holds one persona per row (its first column headed "Persona", or "Name" beside
    a concern's column: see :func:`_persona_column`), none of them found before or titling a section of the page
    ("## Overview" ⏎ "| Persona | Priority |" over "## Nora" ⏎ … is a summary of the personas the page details)."""
    tables = [b for b in section.blocks if isinstance(b, Table) and _persona_column(b.header)]
    if not tables:  # (most sections: the page's titles below are not worth reading)
        return False
    # (a section titled by a row's name that holds no persona fields, "### Dominic (Frozen)" ⏎ two ad hooks, details
    # nobody; the table is where the persona is told)
    titles = [s.title.lower() for s in page.walk() if s is not section and s.title and (s.children or is_persona_by_fields(s))]
    return any((records := table_records(b, section.level + 1))
               and not any(known_named(r.title, out.personas) or any(clean_name(r.title).lower() in t for t in titles)
                           for r in records) for b in tables)


_NUMBER_COLUMN = re.compile(r"^\W*(#|no\.?|n[ºo°]|번호|순번)?\W*$", re.I)


def _persona_column(header: list[str]) -> bool:
    """The table's first column (after a "#" column) is headed "Persona", or it is headed "Name" and another column
    holds a concern ("| # | Name | Tagline | Primary Pain |"): a row per persona."""
    heads = [h.strip() for h in header]
    while heads and _NUMBER_COLUMN.match(heads[0]) and len(heads) > 1:
        heads = heads[1:]
    if not heads:
        return False
    return bool(_PERSONA_COLUMN.match(heads[0])) or (heads[0].lower() in ("name", "이름") and any(
        field_of(h, loose=False) in CONCERN_SECTIONS for h in heads[1:]))


def has_persona_table(root: Section) -> bool:
    """A persona table anywhere on the page: then the page's own fields do not make it one persona."""
    return any(table_records(b, 1) for s in root.walk() for b in s.blocks if isinstance(b, Table))


def summarised(section: Section, ancestors: list[Section], out: Extraction, source: str) -> bool:
    """"## Conclusion" ⏎ "| Actor | Category | Needs |" ⏎ "| Dad | Finance | …": a table, in a section that is no
    persona, whose rows are the personas found above (each row names one of them), adds its fields to them."""
    tables = [b for b in section.blocks if isinstance(b, Table)]
    return any([_table_personas(t, section, ancestors, out, source, summary_only=True) for t in tables])


def _table_personas(table: Table, section: Section, ancestors: list[Section], out: Extraction, source: str,
                    summary_only: bool = False) -> bool:
    """A table's rows as personas; when most rows name one persona found above ("## Persona summary": the same
    people again), those rows add to them instead. ``summary_only``: only that. Whether any row was added to one."""
    records = table_records(table, section.level + 1, personas_here=names_container(clean_name(section.title)))
    # (one persona found twice so far, "1. **The Operator Champion**" in a page's opening list and later its own
    # section, is one: the two are merged afterwards, and the rows go to the section's)
    known = [_by_name(known_named(r.title, out.personas) or same_given_name(r.title, out.personas)) for r in records]
    if not any(known) and len(records) == len(out.personas) > 1 and _numbered_in_order([r.title for r in records]):
        known = [[p] for p in out.personas]  # "| 01 - 고령 민원인 | …" after ten personas: the first of them, the second, …
    summary = 2 * sum(len(k) == 1 for k in known) >= len(records) > 0
    merged = False
    for record, same in zip(records, known, strict=True):
        if summary and len(same) == 1:
            merge_into(same[0], from_fields(record, record.title, source, [*ancestors, section]))
            merged = True
        elif not summary_only:
            out.personas.append(from_fields(record, record.title, source, [*ancestors, section]))
    if merged:
        out.tell_more(section)
    return merged


def _by_name(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """The personas, one per name: the last told (its own section, after a list that introduced it)."""
    return list({name_key(p.name): p for p in personas}.values())


_ORDINAL = re.compile(r"^\W*(?:(?:persona|페르소나|퍼소나)\s*)?#?(?:0*(?P<number>\d{1,2})(?!\d)|(?-i:(?P<letter>[A-Z]))(?=\s*[-–—.:)·]))", re.I)


def _numbered_in_order(titles: list[str]) -> bool:
    """Titles numbered 1, 2, 3 … or lettered A, B, C … in order ("01 - 고령 민원인", "Persona 2", "B — FinOps analyst")."""
    return [_ordinal(t) for t in titles] == list(range(1, len(titles) + 1))


def _ordinal(title: str) -> int:
    if not (m := _ORDINAL.match(title)):
        return 0
    return int(m["number"]) if m["number"] else ord(m["letter"]) - ord("A") + 1


def personas_in_blocks(section: Section, ancestors: list[Section], out: Extraction, source: str) -> None:
    """Persona tables and persona bullets directly in a section's blocks."""
    card: PersonaDoc | None = None  # the persona of the last key/value card table ("| Name: | Mateo |")
    for block in section.blocks:
        if isinstance(block, Table):
            before = len(out.personas)
            _table_personas(block, section, ancestors, out, source)
            if len(out.personas) == before + 1 and is_key_value_card(block):
                card = out.personas[-1]
            elif len(out.personas) == before and card is not None and (fields := fields_across(block, section.level + 1)):
                # "| Background | Frustrations |" ⏎ its cells, right below the card: more of that persona
                merge_into(card, from_fields(fields, card.name, source, [*ancestors, section]))
            else:
                card = None
    bullets = [b for b in persona_bullets(section) if not _attached(b, section, out)]
    if not bullets and names_container(clean_name(section.title)) and not persona_children(section):
        # "# Personas" ⏎ "* System Administrator - can manage everything": a name, a dash, who they are
        dashed = dashed_bullets(section)
        bullets = dashed if len(dashed) >= 2 else []
    bullets = bullets or aged_people(section)  # "## The Key Persona" ⏎ "- Gordon - A 47-year-old …" ⏎ "- Nathan - A 21-…"
    if len(named := listed_by_name(section)) > len(bullets):  # "## Personas" ⏎ "1. Vendor writing a checkup" ⏎ …
        bullets = named
    if len(quoted := quoted_by_label(section)) > len(bullets):  # "Ambitious go-getter: “Right now I'm …”" ⏎ …
        bullets = quoted
    if len(met := met_by_name(section)) > len(bullets):  # "Meet Rosa:" ⏎ "- No car" ⏎ …
        bullets = met
    if len(titled := titled_by_run_in(section)) > len(bullets):  # "Several kinds of people …:" ⏎ "- The Browser. …"
        bullets = titled
    if any(names_container(clean_name(item.label or "")) for item in bullets):
        bullets = []  # "- **Human personas** — who uses the screen" ⏎ "- **System contexts** — …": the page's parts, not people
    if len(bullets) >= 2 or (bullets and (CONTAINER_WORDS.search(section.title) or bullets is met)):
        for item in bullets:
            if not add_or_merge(out, from_bullet(item, source, [*ancestors, section])):
                out.tell_more(section)  # "**Users**: …" under each of several stages: one persona, told per stage


def _attached(item: Item, section: Section, out: Extraction) -> bool:
    if not attach_to_known(item, section, out.personas):
        return False
    out.tell_more(section)
    return True
