"""YAML front matter and YAML/JSON persona files; records become sections of the common tree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.inline import squash
from callinsight.personas.reading.tree import Item, ItemList, Para, Section

NAME_KEYS = ("name", "persona", "title", "label", "role")
#: A one-key mapping under these keys is just a wrapped value (``- item: Lack of access``).
_WRAPPER_KEYS = ("item", "text", "value", "description", "desc", "point")


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            data = load_yaml("\n".join(lines[1:i]), path, what="YAML front matter")
            if data is None:
                data = {}
            if not isinstance(data, dict):
                raise InputError(str(path), f"YAML front matter must be a mapping, got {type(data).__name__}")
            return data, "\n".join(lines[i + 1 :])
    raise InputError(str(path), "YAML front matter opened with '---' is never closed")


def load_yaml(text: str, path: Path, what: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(str(path), f"invalid {what}{where}: {problem}") from None


def read_data(text: str, path: Path, *, is_json: bool) -> Section:
    if is_json:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    else:
        data = load_yaml(text, path, what="YAML")
    if isinstance(data, dict) and isinstance(data.get("personas"), list):
        entries = data["personas"]
    elif isinstance(data, list):
        entries = data
    elif isinstance(data, dict):
        entries = [data]
    else:
        raise InputError(str(path), f"expected a persona mapping or a list of personas, got {type(data).__name__}")
    root = Section(title="", level=0)
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise InputError(str(path), f"persona #{i} is a {type(entry).__name__}, not a mapping")
        root.children.append(record_section(entry, level=1))
    return root


def record_section(entry: dict[str, Any], level: int) -> Section:
    """One mapping -> a section: its name as the title, each key a sub-section (short scalars stay in meta)."""
    name = next((squash(str(entry[k])) for k in NAME_KEYS if isinstance(entry.get(k), str) and entry[k].strip()), "")
    section = Section(title=name, level=level, meta={str(k): v for k, v in entry.items()}, record=True)
    for key, value in entry.items():
        if str(key).lower() in NAME_KEYS and value == entry.get(key) and isinstance(value, str) and squash(value) == name:
            continue
        items = _items(value)
        if not items:
            continue
        title = str(key).replace("_", " ").replace("-", " ")
        child = Section(title=title, level=level + 1)
        if isinstance(value, (list, dict)):
            child.blocks.append(ItemList(items=[Item(text=t) for t in items]))
        else:
            child.blocks.append(Para(text=items[0]))
        section.children.append(child)
    return section


def _items(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(_items(v))
        return out
    if isinstance(value, dict):
        if len(value) == 1 and str(next(iter(value))).lower() in _WRAPPER_KEYS:
            return _items(next(iter(value.values())))
        return [f"{k}: {'; '.join(_items(v))}" for k, v in value.items() if _items(v)]
    text = squash(str(value))
    return [text] if text else []
