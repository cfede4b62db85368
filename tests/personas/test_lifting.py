"""Flat headings of guessed (plain-text) documents lifted into personas. Synthetic sections only."""

from __future__ import annotations

from callinsight.personas.lifting import nest_flat_fields
from callinsight.personas.reading.tree import Item, ItemList, Para, Section


def _card(name: str) -> list[Section]:
    return [Section(name, 2, blocks=[Para("Age: 44", label="Age", rest="44")]),
            Section("Persona: photo", 2, blocks=[ItemList([Item("Need a table for six on Fridays")])]),
            Section("Eating habits", 2, blocks=[ItemList([Item("Eats out twice a week")])])]


def test_labels_that_come_back_under_every_card_belong_to_the_card_above_them() -> None:
    """"Persona: photo" and "Eating habits" under each of two cards are the cards' own labels (fields the vocabulary
    does not know): each card owns its own, and neither label is left at the cards' level to be read as a persona."""
    page = Section("Diners", 1, children=[*_card("Wendy Park"), *_card("Daniel Hassan")])
    nest_flat_fields(page, guessed=True)
    assert [c.title for c in page.children] == ["Wendy Park", "Daniel Hassan"]
    assert [c.title for c in page.children[1].children] == ["Persona: photo", "Eating habits"]
