"""A call's metadata, from (highest precedence first): its sidecar JSON, the folder's ``manifest.csv``,
a timestamp in its file name, its modification time.

Each documented key is taken from the highest source that has it; unknown keys are kept in ``extra``.
A sidecar that is empty or not a JSON object, or a documented value that cannot be understood, makes
the call fail with that reason instead of being stored with silently wrong metadata; the call is tried
again once the sidecar changes (its size and mtime are part of the failure's content key).
"""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from callinsight.errors import ConfigError, InputError
from callinsight.records import METADATA_KEYS, CallMetadata

DIRECTIONS = ("inbound", "outbound")

# 2026-09-14T10-22-05, 2026-09-14_10:22:05, 20260914T102205, 20260914-102205 …
_STAMP = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})[T_ -]?(\d{2})[-:h]?(\d{2})[-:m]?(\d{2})(?!\d)")
_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def zone(name: str) -> tzinfo:
    try:
        return UTC if name.upper() == "UTC" else ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"ingest.timezone: unknown time zone '{name}'", hint="use an IANA name such as Europe/Berlin") from None


class ManifestCache:
    """Parsed ``manifest.csv`` files, read once per run: manifest path -> {file key -> row}."""

    def __init__(self) -> None:
        self._rows: dict[Path, dict[str, dict[str, str]] | InputError] = {}

    def row_for(self, manifest: Path, recording: Path) -> dict[str, str] | None:
        if manifest not in self._rows:
            try:
                self._rows[manifest] = _read_manifest(manifest)
            except InputError as exc:
                self._rows[manifest] = exc
        rows = self._rows[manifest]
        if isinstance(rows, InputError):
            raise rows
        rel = recording.relative_to(manifest.parent).as_posix()
        return rows.get(rel) or rows.get(recording.name)


def _read_manifest(path: Path) -> dict[str, dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except PermissionError:
        raise InputError(str(path), "manifest: permission denied") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"manifest: cannot read: {exc}") from None
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
        raise InputError(str(path), "manifest: no 'file' column")
    rows: dict[str, dict[str, str]] = {}
    for row in reader:
        clean = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
        name = clean.pop("file", "")
        if name:
            rows[Path(name).as_posix().removeprefix("./")] = {k: v for k, v in clean.items() if v != ""}
    return rows


def read_sidecar(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "sidecar: permission denied") from None
    except OSError as exc:
        raise InputError(str(path), f"sidecar: cannot read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise InputError(str(path), "sidecar: empty file (0 bytes)" if not raw else "sidecar: empty")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"sidecar: invalid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(str(path), f"sidecar: expected a JSON object, got {type(data).__name__}")
    return data


def timestamp_from_name(name: str, tz: tzinfo) -> datetime | None:
    for pattern in (_STAMP, _DATE):
        for match in pattern.finditer(name):
            try:
                parts = [int(g) for g in match.groups()] + [0, 0, 0]  # a date alone means midnight
                return datetime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], tzinfo=tz)
            except ValueError:
                continue  # 20261399… is a number, not a date
    return None


def build_metadata(
    recording: Path,
    *,
    mtime_ns: int,
    sidecar: Path | None,
    manifest: Path | None,
    manifests: ManifestCache,
    tz: tzinfo,
) -> CallMetadata:
    """Merge the four sources; raise ``InputError`` (naming the file at fault) on bad metadata."""
    layers: list[tuple[str, Path, dict[str, Any]]] = []
    if manifest is not None:
        row = manifests.row_for(manifest, recording)
        if row:
            layers.append(("manifest", manifest, row))
    if sidecar is not None:
        layers.append(("sidecar", sidecar, read_sidecar(sidecar)))

    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    started_source = "mtime"
    started: datetime | None = datetime.fromtimestamp(mtime_ns / 1e9, tz=UTC)
    stamp = timestamp_from_name(recording.name, tz)
    if stamp is not None:
        started, started_source = stamp, "filename"
    for source, origin, data in layers:  # lowest precedence first: later layers override
        for key, value in data.items():
            if value is None or value == "":
                continue
            if key == "started_at":
                started, started_source = _parse_time(value, tz, origin, source), source
            elif key in METADATA_KEYS:
                values[key] = _parse_value(key, value, origin, source)
            else:
                extra[key] = value
    return CallMetadata(
        started_at=started,
        direction=values.get("direction"),
        kind=values.get("kind"),
        agent=values.get("agent"),
        account=values.get("account"),
        persona=values.get("persona"),
        language=values.get("language"),
        tags=values.get("tags", ()),
        extra=extra,
        source=started_source,
    )


def _parse_time(value: Any, tz: tzinfo, origin: Path, source: str) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)
    raise InputError(str(origin), f"{source}: started_at {value!r} is not an ISO 8601 time")


def _parse_value(key: str, value: Any, origin: Path, source: str) -> Any:
    if key == "tags":
        if isinstance(value, str):
            return tuple(t.strip() for t in re.split(r"[;,|]", value) if t.strip())
        if isinstance(value, list) and all(isinstance(t, (str, int, float)) for t in value):
            return tuple(str(t) for t in value)
        raise InputError(str(origin), f"{source}: tags must be a list of strings or a ';'-separated string")
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise InputError(str(origin), f"{source}: {key} must be a string, got {type(value).__name__}")
    text = str(value).strip()
    if key in ("direction", "kind", "language"):
        text = text.lower()
    if key == "direction" and text not in DIRECTIONS:
        raise InputError(str(origin), f"{source}: direction {value!r} is not one of {', '.join(DIRECTIONS)}")
    return text
