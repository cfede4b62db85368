"""Persona cards whose structure was flattened or never marked with headings: names told apart from their fields
only by where they stand (pasted page text, bold names over field paragraphs)."""

from __future__ import annotations

from callinsight.personas.model import field_of
from callinsight.personas.names import is_given_name, is_profile_heading
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
