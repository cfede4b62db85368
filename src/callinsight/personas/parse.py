"""Reading persona documents: any supported format -> the common tree (``personas.reading``) -> the
personas in it (``personas.extract``), plus what was skipped and why.

``parse_file`` returns the personas and raises ``InputError`` (file, reason) when the file is unusable
or holds nothing persona-like; the error names the closest thing found.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.errors import InputError
from callinsight.personas.extract import Skipped, extract
from callinsight.personas.lifting import heading_levels
from callinsight.personas.model import PersonaDoc
from callinsight.personas.named import keep_named
from callinsight.personas.reading import SCRIPT_SUFFIXES, SUFFIXES, extension, read_document

if TYPE_CHECKING:
    from callinsight.personas.config import PersonasConfig

__all__ = ["SUFFIXES", "OwnerHints", "ParsedDocument", "Skipped", "level_for", "parse_document", "parse_file"]


@dataclass
class ParsedDocument:
    path: str
    personas: list[PersonaDoc] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def parse_document(path: Path, level: int | None = None, names: Sequence[str] = ()) -> ParsedDocument:
    """Personas and skipped sections of one file. Raises ``InputError`` when it has no persona.
    ``level``: every heading of this level is one persona (the user said so), instead of finding them.
    ``names``: the owner's names for the file's personas: those are its personas (``named.keep_named``)."""
    tree = read_document(path)
    levels = heading_levels(tree)  # for the hint below, before the search reshapes the tree
    found = extract(copy.deepcopy(tree) if names else tree, str(path), path.stem, level)
    if names:
        found = keep_named(tree, found, list(names), str(path))
    empty = [p for p in found.personas if not p.has_content]
    personas = [p for p in found.personas if p not in empty]
    skipped = found.skipped + [Skipped(p.name, "persona without any content") for p in empty]
    if not personas:
        closest = found.closest or (f"'{empty[0].name}' (no content)" if empty else "nothing")
        counts = ", ".join(f"level {n}: {c}" for n, c in sorted(levels.items()))
        hint = (f"if every heading of one level is a persona, import with --persona-level N (headings here: {counts}); "
                if levels and level is None else "") + ("" if names else "if you know the personas' names, import with "
                "--persona-name NAME, once per persona; ") + "see docs/personas.md for the shapes callinsight reads"
        raise InputError(str(path), f"no persona found; closest: {closest}", hint=hint)
    seen: dict[str, int] = {}
    for doc in personas:  # two sections with one name ("## Ops" twice): both kept, the later one numbered
        seen[doc.persona_id] = seen.get(doc.persona_id, 0) + 1
        if seen[doc.persona_id] > 1:
            skipped.append(Skipped(doc.name, f"not skipped: stored as '{doc.persona_id}-{seen[doc.persona_id]}', a second "
                                             f"persona with the id '{doc.persona_id}' (give it a distinct name or `id`)"))
            doc.persona_id = f"{doc.persona_id}-{seen[doc.persona_id]}"
    return ParsedDocument(str(path), personas, skipped)


def parse_file(path: Path, level: int | None = None, names: Sequence[str] = ()) -> list[PersonaDoc]:
    """All personas in one file. Raises ``InputError`` when the file is unusable."""
    return parse_document(path, level, names).personas


def level_for(path: Path, levels: Mapping[str, int], level: int | None = None) -> int | None:
    """The heading level that holds one persona each in this file: ``level`` when given (the command line), else the
    first ``[personas] persona_levels`` pattern matching its name or path, else None (find them)."""
    if level is not None:
        return level
    return next((n for pattern, n in levels.items() if _matches(path, pattern)), None)


def _matches(path: Path, pattern: str) -> bool:
    return fnmatch(path.name, pattern) or fnmatch(str(path), pattern)


@dataclass(frozen=True)
class OwnerHints:
    """What the persona owner says of files the importer does not read right by itself: the heading level that holds
    one persona each, or the personas' names. Given on the command line (``--persona-level``, ``--persona-name``: for
    every file of that run) or in ``[personas] persona_levels`` / ``persona_names`` (per file-name pattern)."""

    levels: Mapping[str, int] = field(default_factory=dict)
    names: Mapping[str, Sequence[str]] = field(default_factory=dict)
    level: int | None = None
    persona_names: Sequence[str] = ()

    def level_for(self, path: Path) -> int | None:
        return level_for(path, self.levels, self.level)

    def names_for(self, path: Path) -> list[str]:
        """The owner's names for the file's personas: the command line's, else the first pattern's that matches."""
        if self.persona_names:
            return list(self.persona_names)
        return next((list(names) for pattern, names in self.names.items() if _matches(path, pattern)), [])

    def parse(self, path: Path) -> ParsedDocument:
        """``parse_document`` with what the owner says of this file."""
        return parse_document(path, self.level_for(path), self.names_for(path))

    @classmethod
    def of(cls, config: PersonasConfig, level: int | None = None, names: Sequence[str] = ()) -> OwnerHints:
        """What the owner says of the files: this run's command line over the ``[personas]`` settings."""
        return cls(levels=config.persona_levels, names=config.persona_names, level=level, persona_names=tuple(names))


#: Files without an extension that a folder of documents often holds besides them ("Frank Patel - founder" is read).
_NOT_DOCUMENTS = frozenset({"license", "licence", "copying", "notice", "authors", "contributors", "codeowners", "makefile",
                            "dockerfile", "containerfile", "procfile", "gemfile", "rakefile", "vagrantfile", "jenkinsfile", "owners"})


#: A folder's code is read only where the file's name says it holds personas ("personas.ts", "buyerProfiles.js"):
#: its other scripts (an HTML export's, a site's) are code, not persona documents.
_PERSONA_DATA = re.compile(r"persona|profile|audience|archetype|segment|(?:페르소나|퍼소나)", re.I)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Persona files among the paths (folders are searched recursively), sorted."""
    return scan_files(paths)[0]


def scan_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The persona files among the paths, and the scripts a folder scan leaves out (their names not saying they hold
    personas: what a dry run tells), each sorted; every folder walked once."""
    files: list[Path] = []
    left_out: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for p in _in_folder(path):
            if _code_of_no_persona(p):
                left_out.append(p)
            elif extension(p) in SUFFIXES or (not extension(p) and p.name.lower() not in _NOT_DOCUMENTS):
                files.append(p)
    return sorted(dict.fromkeys(files)), sorted(dict.fromkeys(left_out))


def _in_folder(folder: Path) -> Iterable[Path]:
    return (p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def _code_of_no_persona(path: Path) -> bool:
    return extension(path) in SCRIPT_SUFFIXES and not _PERSONA_DATA.search(path.stem)
