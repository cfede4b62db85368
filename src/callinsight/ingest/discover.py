"""Finding recordings and fingerprinting them.

Two fingerprints, for two purposes:

- the *call id* is the sha256 of the audio content (first 16 hex digits, read in 1 MiB blocks), so a
  renamed or re-copied recording is recognised and not processed twice;
- the *content key* is a cheap size+mtime fingerprint of the recording and of its sidecar, used to
  remember inputs that failed: an unchanged bad file is not retried every night, while fixing the
  file or its sidecar (which changes size or mtime) makes the next run try again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callinsight.errors import InputError

SIDECAR_SUFFIX = ".json"
MANIFEST_NAME = "manifest.csv"
_BLOCK = 1 << 20


@dataclass(frozen=True)
class FoundFile:
    """A recording on disk, before it is hashed."""

    path: Path
    size_bytes: int
    mtime_ns: int
    sidecar: Path | None  # the sidecar that applies, if any (see ``find_sidecar``)
    manifest: Path | None = None  # the nearest manifest.csv between the file's folder and the root

    @property
    def content_key(self) -> str:
        """Size and mtime of the recording, its sidecar and its manifest (any change means retry)."""
        key = f"{self.size_bytes}:{self.mtime_ns}"
        for extra in (self.sidecar, self.manifest):
            if extra is None:
                continue
            try:
                st = extra.stat()
                key += f"+{st.st_size}:{st.st_mtime_ns}"
            except OSError:
                key += "+unreadable"
        return key


def find_recordings(root: Path, extensions: list[str]) -> Iterator[FoundFile]:
    """Audio files under ``root`` (recursively, sorted, hidden files and folders skipped)."""
    wanted = {"." + e.lower().lstrip(".") for e in extensions}
    root = root.resolve()
    manifests: dict[Path, Path | None] = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        parent = manifests.get(here.parent) if here != root else None
        manifests[here] = here / MANIFEST_NAME if MANIFEST_NAME in files else parent
        for name in sorted(files):
            path = Path(folder) / name
            if name.startswith(".") or path.suffix.lower() not in wanted:
                continue
            try:
                st = path.stat()
            except OSError:
                continue  # vanished between listing and stat (a copy in progress)
            yield FoundFile(path, st.st_size, st.st_mtime_ns, find_sidecar(path), manifests[here])


def find_sidecar(path: Path) -> Path | None:
    """``call.ogg.json`` wins over ``call.json``; the first names the recording exactly, the second
    is what many recorders write (and could be shared by ``call.ogg`` and ``call.wav``)."""
    for candidate in (path.with_name(path.name + SIDECAR_SUFFIX), path.with_suffix(SIDECAR_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def content_hash(path: Path) -> str:
    """The call id: first 16 hex digits of the sha256 of the file's bytes (streamed)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while block := f.read(_BLOCK):
                digest.update(block)
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from None
    return digest.hexdigest()[:16]


class HashCache:
    """Call ids of files already hashed, keyed by path with size and mtime, kept in a small JSON file
    next to the database, so that a nightly run over a large archive only stats unchanged files
    instead of reading them all again. Losing or corrupting the file only costs re-hashing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._ids: dict[str, list[Any]] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self._ids = {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 3}
        except (OSError, ValueError):
            pass

    def call_id(self, found: FoundFile) -> str:
        entry = self._ids.get(str(found.path))
        if entry is not None and entry[0] == found.size_bytes and entry[1] == found.mtime_ns:
            return str(entry[2])
        call_id = content_hash(found.path)
        self._ids[str(found.path)] = [found.size_bytes, found.mtime_ns, call_id]
        return call_id

    def save(self, keep: set[str]) -> None:
        """Write the cache, dropping files no longer present (``keep``: paths seen this run)."""
        data = {k: v for k, v in self._ids.items() if k in keep}
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.path)  # atomic: a kill leaves the old cache or the new one
        except OSError:
            pass  # a read-only folder only costs re-hashing next time
