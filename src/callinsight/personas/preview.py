"""``callinsight personas import --dry-run``: what each file would give, without touching the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from callinsight.errors import InputError
from callinsight.personas.extract import Skipped
from callinsight.personas.model import PersonaDoc
from callinsight.personas.parse import collect_files, level_for, parse_document


@dataclass
class FilePreview:
    path: str
    personas: list[PersonaDoc] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    error: str | None = None  # why the file gives no persona


def preview_files(paths: Iterable[Path], levels: dict[str, int] | None = None, level: int | None = None) -> list[FilePreview]:
    out = []
    for path in collect_files(paths):
        try:
            parsed = parse_document(path, level_for(path, levels or {}, level))
        except InputError as exc:
            out.append(FilePreview(str(path), error=f"{exc.reason}\n           hint: {exc.hint}" if exc.hint else exc.reason))
            continue
        out.append(FilePreview(str(path), parsed.personas, parsed.skipped))
    return out
