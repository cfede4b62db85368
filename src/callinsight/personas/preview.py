"""``callinsight personas import --dry-run``: what each file would give, without touching the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from callinsight.errors import InputError
from callinsight.personas.extract import Skipped
from callinsight.personas.model import PersonaDoc
from callinsight.personas.parse import SUFFIXES, parse_document


@dataclass
class FilePreview:
    path: str
    personas: list[PersonaDoc] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    error: str | None = None  # why the file gives no persona


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Persona files among the paths (folders are searched recursively), sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
        else:
            files.append(path)
    return sorted(dict.fromkeys(files))


def preview_files(paths: Iterable[Path]) -> list[FilePreview]:
    out = []
    for path in collect_files(paths):
        try:
            parsed = parse_document(path)
        except InputError as exc:
            out.append(FilePreview(str(path), error=exc.reason))
            continue
        out.append(FilePreview(str(path), parsed.personas, parsed.skipped))
    return out
