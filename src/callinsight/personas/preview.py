"""``callinsight personas import --dry-run``: what each file would give, without touching the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from callinsight.errors import InputError
from callinsight.personas.extract import Skipped
from callinsight.personas.model import PersonaDoc
from callinsight.personas.names import looks_like_a_name
from callinsight.personas.parse import OwnerHints, parse_document, scan_files


@dataclass
class FilePreview:
    path: str
    personas: list[PersonaDoc] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    error: str | None = None  # why the file gives no persona
    hint: str | None = None  # what to try about it
    # a heading level that gives more personas than the importer found by itself: (level, their names)
    suggestion: tuple[int, list[str]] | None = None
    doubtful: bool = False  # nothing found, or one "persona" not named like one: naming the personas may help
    left_out: bool = False  # a folder's script whose name does not say it holds personas: not read


#: Why a folder's script is not read, as the dry run says it.
LEFT_OUT = "a script whose name does not say it holds personas (personas.ts, persona_data.py): not read; name it to read it"


def preview_files(paths: Iterable[Path], hints: OwnerHints | None = None) -> list[FilePreview]:
    """What each file would give; after them, the scripts a folder scan leaves out (``left_out``)."""
    hints = hints or OwnerHints()
    files, left_out = scan_files(paths)
    out = []
    for path in files:
        chosen = hints.level_for(path)
        named = hints.names_for(path)
        try:
            parsed = parse_document(path, chosen, named)
        except InputError as exc:
            preview = FilePreview(str(path), error=exc.reason, hint=exc.hint)
        else:
            preview = FilePreview(str(path), parsed.personas, parsed.skipped)
        # only where the importer plainly went wrong: nothing found, or one "persona" that is not named like one
        # ("Segment notes" holding the people as its sub-headings)
        if chosen is None and not named and (not preview.personas or (len(preview.personas) == 1 and not looks_like_a_name(preview.personas[0].name))):
            preview.doubtful = True
            preview.suggestion = _better_level(path, len(preview.personas))
        out.append(preview)
    return out + [FilePreview(str(path), left_out=True) for path in left_out]


def _better_level(path: Path, found: int) -> tuple[int, list[str]] | None:
    """The heading level whose headings, read as one persona each, give the most personas — if more than the
    importer found by itself: a suggestion the owner checks, never applied on its own."""
    best: tuple[int, list[str]] | None = None
    for n in range(1, 7):
        try:
            names = [p.name for p in parse_document(path, n).personas]
        except InputError:
            continue
        # headings that read as names or roles ("Dana Ortiz"), not a persona's own fields ("Fun facts")
        if sum(looks_like_a_name(name) for name in names) > max(found, len(best[1]) if best else 0, 1):
            best = (n, names)
    return best
