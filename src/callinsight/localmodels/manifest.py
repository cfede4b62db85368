"""``models/manifest.json``: what is installed, from which package, with a sha256 and size per file."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from callinsight.errors import ModelError

MANIFEST = "manifest.json"


@dataclass
class FileEntry:
    sha256: str
    size: int


@dataclass
class ModelEntry:
    name: str
    kind: str
    package: str
    version: str
    installed_at: str
    files: dict[str, FileEntry] = field(default_factory=dict)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(models_dir: Path) -> dict[str, ModelEntry]:
    path = models_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {
            name: ModelEntry(
                **{k: v for k, v in entry.items() if k != "files"},
                files={rel: FileEntry(**f) for rel, f in entry["files"].items()},
            )
            for name, entry in raw["models"].items()
        }
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(
            f"model manifest {path} is corrupt: {exc}", hint="run `callinsight models install --force`"
        ) from None


def write_manifest(models_dir: Path, entries: dict[str, ModelEntry]) -> None:
    path = models_dir / MANIFEST
    payload = {"models": {name: asdict(entry) for name, entry in sorted(entries.items())}}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def scan_files(folder: Path, *, hash_files: bool = True) -> dict[str, FileEntry]:
    entries = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            entries[rel] = FileEntry(sha256_file(p) if hash_files else "", p.stat().st_size)
    return entries


def verify(folder: Path, entry: ModelEntry, *, full: bool) -> list[str]:
    """Problems with an installed model: missing files, wrong sizes, and (``full``) wrong checksums."""
    problems = []
    for rel, expected in entry.files.items():
        p = folder / rel
        if not p.is_file():
            problems.append(f"{rel} is missing")
        elif p.stat().st_size != expected.size:
            problems.append(f"{rel} has {p.stat().st_size} bytes, expected {expected.size}")
        elif full and sha256_file(p) != expected.sha256:
            problems.append(f"{rel} checksum does not match")
    return problems
