"""Resolving a configured model (a name under ``models/`` or any local path) and checking it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from callinsight.errors import ModelError
from callinsight.localmodels.catalog import CATALOG
from callinsight.localmodels.manifest import read_manifest, verify

FIX = "run `callinsight models install`"

#: Files that make a folder a model of each kind, for models users bring themselves.
_MARKERS = {
    "whisper": ("model.bin", "config.json"),
    "embedder": ("modules.json",),
    "spacy": ("config.cfg", "meta.json"),
    "use": ("sp.model", "weights.npz"),
    "kiwi": ("sj.morph", "default.dict"),
}


@dataclass(frozen=True)
class InstalledModel:
    name: str
    kind: str
    path: Path
    package: str
    version: str
    files: int
    size_bytes: int
    problems: tuple[str, ...]


def resolve(models_dir: Path, kind: str, value: str) -> Path:
    """The folder of a configured model, checked cheaply (files present, sizes right)."""
    looks_like_path = "/" in value or value.startswith(".") or value.startswith("~")
    if looks_like_path:
        path = Path(value).expanduser()
        if not path.is_dir():
            raise ModelError(f"{kind} model folder {path} does not exist", hint="fix `models` in callinsight.toml")
        _check_markers(kind, path)
        return path
    manifest = read_manifest(models_dir)
    entry = manifest.get(value)
    folder = models_dir / value
    if entry is None:
        if folder.is_dir():  # a model folder the user dropped in by hand
            _check_markers(kind, folder)
            return folder
        known = ", ".join(s.name for s in CATALOG if s.kind == kind)
        raise ModelError(f"{kind} model '{value}' is not installed in {models_dir}", hint=f"{FIX} (known: {known})")
    if entry.kind != kind:
        raise ModelError(f"model '{value}' is a {entry.kind} model, not a {kind} model", hint="fix `models` in callinsight.toml")
    problems = verify(folder, entry, full=False)
    if problems:
        raise ModelError(f"model '{value}' is corrupt: {problems[0]}", hint=f"{FIX} --force")
    return folder


def _check_markers(kind: str, path: Path) -> None:
    missing = [m for m in _MARKERS.get(kind, ()) if not (path / m).exists()]
    if missing:
        raise ModelError(f"{path} is not a {kind} model folder (no {', '.join(missing)})", hint="fix `models` in callinsight.toml")


def list_models(models_dir: Path, *, full: bool = True) -> list[InstalledModel]:
    """Installed models with verification problems (``full`` recomputes every checksum)."""
    out = []
    for name, entry in sorted(read_manifest(models_dir).items()):
        folder = models_dir / name
        out.append(
            InstalledModel(
                name=name,
                kind=entry.kind,
                path=folder,
                package=entry.package,
                version=entry.version,
                files=len(entry.files),
                size_bytes=sum(f.size for f in entry.files.values()),
                problems=tuple(verify(folder, entry, full=full)),
            )
        )
    return out
