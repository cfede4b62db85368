"""The JSON transcript format: one conversation per ``.json`` file, or one per line in ``.jsonl``.

See ``docs/import.md`` for the format. Each conversation is checked on its own, so one bad line of a
JSON Lines file fails that line only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from callinsight.importer.common import (
    ImportOptions,
    build_transcript,
    parse_clock,
    parse_started_at,
    read_text,
    stable_id,
)
from callinsight.importer.errors import TranscriptFormatError
from callinsight.importer.roles import normalize_role
from callinsight.records import CallMetadata, Transcript, Utterance

_TOP_KEYS = {"id", "call_id", "started_at", "metadata", "utterances", "language", "duration_s", "duration"}
_TEXT_KEYS = ("direction", "kind", "agent", "account", "persona", "language")


def parse_json_file(path: Path, opts: ImportOptions) -> Iterator[Transcript | TranscriptFormatError]:
    try:
        raw, text = read_text(path)
    except TranscriptFormatError as exc:
        yield exc
        return
    if path.suffix.lower() == ".jsonl":
        yield from _json_lines(path, text, opts)
        return
    if not text.strip():
        yield TranscriptFormatError(str(path), "empty file")
        return
    try:
        data = json.loads(text)
    except RecursionError:  # "[[[[…]]]]" nested thousands deep: one bad file, not a crashed batch
        yield TranscriptFormatError(str(path), "invalid JSON: nested too deeply")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one per line: JSON Lines in a .json file
            yield from _json_lines(path, text, opts)
        else:
            yield TranscriptFormatError(str(path), f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    if isinstance(data, list):  # a list of conversations is accepted too
        for i, item in enumerate(data):
            yield _safe(item, f"{path}[{i}]", json.dumps(item, sort_keys=True).encode(), opts)
    else:
        yield _safe(data, str(path), raw, opts)


def _json_lines(path: Path, text: str, opts: ImportOptions) -> Iterator[Transcript | TranscriptFormatError]:
    seen_any = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{path}:{lineno}"
        try:
            data = json.loads(line)
        except RecursionError:
            yield TranscriptFormatError(where, "invalid JSON: nested too deeply")
            continue
        except json.JSONDecodeError as exc:
            yield TranscriptFormatError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield _safe(data, where, line.strip().encode(), opts)
    if not seen_any:
        yield TranscriptFormatError(str(path), "empty file")


def _safe(data: Any, where: str, content: bytes, opts: ImportOptions) -> Transcript | TranscriptFormatError:
    try:
        return parse_conversation(data, where, content, opts)
    except TranscriptFormatError as exc:
        return exc


def parse_conversation(data: Any, where: str, content: bytes, opts: ImportOptions) -> Transcript:
    """One conversation object; ``content`` gives the id when the object has none."""
    if not isinstance(data, dict):
        raise TranscriptFormatError(where, f"expected a JSON object (a conversation), got {_kind(data)}")
    call_id = data.get("id", data.get("call_id"))
    if call_id is None or call_id == "":
        call_id = stable_id(content)
    elif isinstance(call_id, (str, int)) and not isinstance(call_id, bool):
        call_id = str(call_id).strip()
    else:
        raise TranscriptFormatError(where, f"'id' must be a string or a number, got {_kind(call_id)}")
    meta = data.get("metadata")
    meta = {} if meta is None else meta
    if not isinstance(meta, dict):
        raise TranscriptFormatError(where, f"'metadata' must be an object, got {_kind(meta)}")
    metadata = _metadata(data, meta, where, opts)
    utterances = _utterances(data.get("utterances"), where)
    duration = data.get("duration_s", data.get("duration"))
    if duration is not None and (isinstance(duration, bool) or not isinstance(duration, (int, float)) or duration < 0):
        raise TranscriptFormatError(where, f"'duration_s' must be a number of seconds, got {duration!r}")
    language = data.get("language")
    if language is not None and not isinstance(language, str):
        raise TranscriptFormatError(where, f"'language' must be a string, got {_kind(language)}")
    known = any(u.role != "unknown" for u in utterances)
    return build_transcript(
        call_id=call_id,
        source_path=where,
        metadata=metadata,
        utterances=utterances,
        language=language,
        duration_s=float(duration) if duration is not None else None,
        role_confidence=1.0 if known else None,
    )


def _metadata(data: dict[str, Any], meta: dict[str, Any], where: str, opts: ImportOptions) -> CallMetadata:
    values: dict[str, Any] = {}
    for key in _TEXT_KEYS:
        value = meta.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise TranscriptFormatError(where, f"metadata.{key} must be a string, got {_kind(value)}")
        values[key] = str(value) if value is not None and value != "" else None
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, (list, tuple)) or not all(isinstance(t, str) for t in tags):
        raise TranscriptFormatError(where, "metadata.tags must be a list of strings")
    started = parse_started_at(data.get("started_at", meta.get("started_at")), where, opts.timezone)
    extra = {k: v for k, v in meta.items() if k not in (*_TEXT_KEYS, "tags", "started_at")}
    extra.update({k: v for k, v in data.items() if k not in _TOP_KEYS})
    return CallMetadata(
        started_at=started,
        direction=values["direction"],
        kind=values["kind"],
        agent=values["agent"],
        account=values["account"],
        persona=values["persona"],
        language=values["language"],
        tags=tuple(tags),
        extra=extra,
        source="import",
    )


def _utterances(items: Any, where: str) -> list[Utterance]:
    if items is None:
        raise TranscriptFormatError(where, "missing 'utterances'")
    if not isinstance(items, list) or not items:
        raise TranscriptFormatError(where, "'utterances' must be a non-empty list")
    out = []
    for i, item in enumerate(items):
        at = f"utterance {i}"
        if not isinstance(item, dict):
            raise TranscriptFormatError(where, f"{at}: expected an object, got {_kind(item)}")
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise TranscriptFormatError(where, f"{at}: missing text")
        role = normalize_role(item.get("role"))
        if role is None:
            raise TranscriptFormatError(
                where, f"{at}: unknown role {item.get('role')!r} (use agent, customer or unknown, or a synonym)"
            )
        start = _seconds(item.get("start", item.get("start_s")), where, f"{at}: start")
        end = _seconds(item.get("end", item.get("end_s")), where, f"{at}: end")
        if start is not None and end is not None and end < start:
            raise TranscriptFormatError(where, f"{at}: bad timestamp: end {end} is before start {start}")
        lang = item.get("language")
        out.append(
            Utterance(
                seq=i,
                role=role,
                start_s=start,
                end_s=end,
                text=" ".join(text.split()),
                language=lang if isinstance(lang, str) else None,
            )
        )
    return out


def _seconds(value: Any, where: str, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise TranscriptFormatError(where, f"{what}: bad timestamp {value!r}")
    if isinstance(value, (int, float)):
        seconds: float | None = float(value)
    elif isinstance(value, str):
        seconds = parse_clock(value)
        if seconds is None:
            try:
                seconds = float(value)
            except ValueError:
                seconds = None
    else:
        seconds = None
    if seconds is None or seconds < 0 or seconds != seconds:  # NaN is not a time either
        raise TranscriptFormatError(where, f"{what}: bad timestamp {value!r} (seconds, or HH:MM:SS.mmm)")
    return seconds


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", type(None): "null", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )
