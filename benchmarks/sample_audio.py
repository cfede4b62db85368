"""Shared by the benchmarks: which recordings to run on (the bundled samples, else the test fixtures)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDERS = (REPO / "recordings" / "samples", REPO / "tests" / "fixtures" / "audio")


def pick_recordings(folder: Path | None, limit: int, *, stereo_only: bool = False) -> list[Path]:
    """Up to ``limit`` readable recordings from ``folder`` (or the first default folder that has some)."""
    from callinsight.ingest.config import IngestConfig
    from callinsight.ingest.discover import find_recordings
    from callinsight.transcribe.audio import probe

    for candidate in [folder] if folder else DEFAULT_FOLDERS:
        if not candidate.is_dir():
            continue
        found = []
        for f in find_recordings(candidate, IngestConfig().extensions):
            try:
                channels = probe(f.path).channels
            except Exception:  # a sample still being written: skip it
                continue
            if channels == 2 or not stereo_only:
                found.append(f.path)
            if len(found) == limit:
                break
        if found:
            return found
    kind = "stereo recordings" if stereo_only else "recordings"
    raise SystemExit(f"no {kind} found: pass --audio DIR")
