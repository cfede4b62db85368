"""A persona renamed in its document keeps its id, so its versions, mapped calls and drift history stay one persona.

An id is the slug of the name, so a new name gives a new id. When one import finds, in the same file, a persona id
with no history and a stored persona that the file no longer defines, the two are one persona renamed if the names
hold one another ("Warehouse Wes" -> "Warehouse lead Wes"), if the stored name is the new name (renamed earlier,
kept its old id), or if at least half of the stored persona's concerns are still there word for word (an owner who
gave "Persona A" its real name). Pairs are one to one, strongest first; anything else is a new persona, and the
stored one is retired as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

VERSION_SUFFIX = re.compile(r"\.v(\d+)$")  # "olivia.v3.md": a version `personas suggest --write` wrote
_SAME_NAME, _NAMES_NEST = 3.0, 2.0
_MIN_SHARED = 0.5


@dataclass(frozen=True)
class Candidate:
    persona_id: str
    name: str
    source: str
    concerns: frozenset[str]


def file_family(source: str) -> Path:
    """``team.v2.md`` and ``team.md`` are one document (``personas suggest --write`` writes the ``.vN`` files)."""
    path = Path(source)
    return path.with_name(VERSION_SUFFIX.sub("", path.stem) + path.suffix)


def norm_concern(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", name.casefold()))


def likeness(new: Candidate, old: Candidate) -> float:
    """How surely ``new`` is ``old`` renamed: 0 when it is not."""
    if new.name == old.name:
        return _SAME_NAME
    a, b = _words(new.name), _words(old.name)
    shared = len(new.concerns & old.concerns) / len(old.concerns) if old.concerns else 0.0
    if a and b and (a <= b or b <= a):
        return _NAMES_NEST + shared
    return shared if shared >= _MIN_SHARED else 0.0


def renames(new: list[Candidate], old: list[Candidate]) -> dict[str, str]:
    """new persona id -> the stored id it continues, for candidates of the same file family."""
    scored = sorted(((likeness(n, o), n.persona_id, o.persona_id) for n in new for o in old
                     if file_family(n.source) == file_family(o.source)), reverse=True)
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for score, new_id, old_id in scored:
        if score > 0 and new_id not in pairs and old_id not in taken:
            pairs[new_id] = old_id
            taken.add(old_id)
    return pairs
