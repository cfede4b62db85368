"""YAML front matter and YAML/JSON persona files; records become sections of the common tree."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.inline import squash
from callinsight.personas.reading.tree import Item, ItemList, Para, Section

NAME_KEYS = ("name", "persona", "label", "title", "role")
#: A one-key mapping under these keys is just a wrapped value (``- item: Lack of access``).
_WRAPPER_KEYS = ("item", "items", "text", "value", "values", "description", "desc", "point", "points", "list", "entries")
_TITLE_KEYS = ("title", "heading", "label", "name", "section", "field")
#: Keys under which a file lists its personas (``{personas: [...]}``, ``{"Personas": {...}}``).
#: Keys of lists of people beside a file's other data ("primary_personas", "secondaryUsers", "buyer_segments").
_PEOPLE_KEY = re.compile(r"persona|user|customer|buyer|audience|segment|profile|stakeholder|페르소나|퍼소나|사용자|고객", re.I)
_LIST_KEYS = ("personas", "persona", "items", "profiles", "users", "roles", "data", "페르소나", "퍼소나")


#: The first line of YAML front matter: a key ("title: …", "tags:", "'name': …").
_YAML_KEY = re.compile(r"^[\"']?[\w\s.-]{1,60}[\"']?\s*:(\s|$)")


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    lines = text.splitlines()
    if lines and lines[0].strip() == "+++":  # Hugo's TOML front matter
        return _toml_front_matter(lines, text, path)
    if not lines or lines[0].strip() != "---":
        return {}, text
    opening = next((line for line in lines[1:] if line.strip() and not line.startswith("#")), "")  # (past YAML comments)
    if not _YAML_KEY.match(opening):
        return {}, text  # "---" ⏎ "# 7. Target users": an excerpt opening with a rule, not front matter
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            data = load_yaml("\n".join(lines[1:i]), path, what="YAML front matter")
            if data is None:
                data = {}
            if not isinstance(data, dict):
                raise InputError(str(path), f"YAML front matter must be a mapping, got {type(data).__name__}")
            return data, "\n".join(lines[i + 1 :])
    raise InputError(str(path), "YAML front matter opened with '---' is never closed")


def _toml_front_matter(lines: list[str], text: str, path: Path) -> tuple[dict[str, Any], str]:
    import tomllib

    for i in range(1, len(lines)):
        if lines[i].strip() == "+++":
            try:
                return tomllib.loads("\n".join(lines[1:i])), "\n".join(lines[i + 1 :])
            except tomllib.TOMLDecodeError as exc:
                raise InputError(str(path), f"invalid TOML front matter: {exc}") from None
    raise InputError(str(path), "TOML front matter opened with '+++' is never closed")


def load_yaml(text: str, path: Path, what: str, documents: bool = False) -> Any:
    """The YAML value; with ``documents``, a file of several ``---``-separated documents is the list of them."""
    import yaml

    try:
        if documents:
            docs = [d for d in yaml.safe_load_all(text) if d is not None]
            return docs[0] if len(docs) == 1 else (docs or None)
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(str(path), f"invalid {what}{where}: {problem}") from None


def _lenient_json(text: str) -> Any:
    """JSON that json rejects but YAML's flow style reads the same way (trailing commas); None if YAML fails too."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict | list) else None


def read_data(text: str, path: Path, *, is_json: bool) -> Section:
    if is_json:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            data = _lenient_json(text)  # hand-edited JSON with a trailing comma is still the owner's personas
            if data is None:
                raise InputError(str(path), f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    else:
        data = load_yaml(text, path, what="YAML", documents=True)
    return data_tree(data, path)


def data_tree(data: Any, path: Path) -> Section:
    """Parsed YAML/JSON (or a script's data literals) as the common tree: one section per persona record."""
    data = snake_keys(data)
    entries = persona_entries(data)
    if entries == [data] and isinstance(data, dict) and not name_of(data) and len(data) > 2 and _catalogue(data):
        raise InputError(str(path), f"no persona found: {len(data)} keys that each hold one string (a message catalogue?), "
                                    "no record with a name or fields such as goals or pain points")
    if entries is None:
        raise InputError(str(path), f"expected a persona mapping or a list of personas, got {type(data).__name__}")
    root = Section(title="", level=0)
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise InputError(str(path), f"persona #{i} is a {type(entry).__name__}, not a mapping")
        root.children.append(record_section(entry, level=1))
    return root


_CAMEL = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)+$|^(?:[A-Z][a-z0-9]+){2,}$")  # painPoints, PainPoints; not "Name", "ICP"


def snake_keys(data: Any) -> Any:
    """Keys an app or a script wrote in camelCase ("personaName", "painPoints", "JobsToBeDone") as the words they are
    ("persona_name", "pain_points", "jobs_to_be_done"), so that they name fields as "pain_points" does."""
    if isinstance(data, list):
        return [snake_keys(v) for v in data]
    if not isinstance(data, dict):
        return data
    return {(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", k).lower() if isinstance(k, str) and _CAMEL.match(k) else k): snake_keys(v)
            for k, v in data.items()}


def persona_entries(data: Any) -> list[Any] | None:
    """The persona records of a YAML/JSON document, whatever wraps them.

    ``[{…}, …]``; ``{personas: [...]}`` (any key, any case, one level of wrapping); ``{Name: {fields}, …}``
    (a mapping of names to records: the key becomes the name); ``{group: [{…}, …], …}`` (lists of named records by
    group); or one record.
    """
    if isinstance(data, list):
        return _nested_people(data) or data
    if not isinstance(data, dict):
        return None
    if (people := people_records(data)) is not None:
        return people
    lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    wrapper = next((v for k, v in data.items() if str(k).lower() in _LIST_KEYS and isinstance(v, (list, dict))), None)
    if wrapper is not None:
        return persona_entries(wrapper)
    if len(lists) == 1 and not name_of(data):
        return lists[0]
    if len(lists) >= 2 and not name_of(data) and all(name_of(x) for v in lists for x in v):
        # {"banking": [{"title": "COO", …}, …], "insurance": […]}: personas grouped by segment, the group kept on each;
        # beside other data ("user_journey_stages": {…}), only lists whose keys say they hold people
        groups = {k: v for k, v in data.items() if any(v is x for x in lists)
                  and (len(lists) == len(data) or _PEOPLE_KEY.search(str(k)))}
        if groups:
            return [{**x, "group": str(k)} for k, v in groups.items() for x in v]
    if data and not name_of(data) and all(isinstance(v, dict) for v in data.values()) and not any(_is_field(k) for k in data) \
            and not _catalogue(data):
        return [_keyed_record(str(k), v) for k, v in data.items()]  # {"Dev": {...}, "Ops": {...}}
    return [data]


def _nested_people(entries: list[Any]) -> list[dict[Any, Any]]:
    """A portfolio's work items ("[{name: 'Tasknest', workItem: {…, personaData: {women: {name: 'Noa', painPoints: […]},
    men: {…}}}}]"), none with a persona's fields of its own, whose personas sit in a key that says so, deeper: those
    people, each with the fields of a persona. [] otherwise."""
    if not entries or any(not isinstance(e, dict) or any(_is_field(k) for k in e) for e in entries):
        return []
    found: list[dict[Any, Any]] = []
    queue: list[Any] = list(entries)
    while queue:
        node = queue.pop(0)
        for key, value in (node.items() if isinstance(node, dict) else []):
            records = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else []
            if _PEOPLE_KEY.search(str(key)) and records and all(
                    isinstance(r, dict) and name_of(r) and any(_is_field(k) for k in r) for r in records):
                found += records
            elif isinstance(value, (dict, list)):
                queue += value if isinstance(value, list) else [value]
    return found


def people_records(data: dict[Any, Any]) -> list[dict[Any, Any]] | None:
    """A page's records of people under a key that says so ("audiences:", "target_users:") beside the page's own
    title and purpose: the one such list whose records each have a name, one of them a persona's fields. None when
    the mapping has fields of its own ({name: Ada, pain_points: …, stakeholders: […]} is one persona)."""
    if any(_is_field(k) and v for k, v in data.items()):
        return None
    lists = [v for k, v in data.items() if _PEOPLE_KEY.search(str(k)) and isinstance(v, list) and v
             and all(isinstance(x, dict) and name_of(x) for x in v)]
    if len(lists) != 1 or not any(_is_field(k) for x in lists[0] for k in x if str(k).lower() not in NAME_KEYS):
        return None
    return lists[0]


def _keyed_record(key: str, record: dict[str, Any]) -> dict[str, Any]:
    """A record of a mapping of names to records, with the key as its name; but an identifier ("clinic_manager") over a
    record that names itself ({"title": "Clinic manager", …}) gives way to that name."""
    keyed = {str(k).lower(): k for k in record}
    own = next((record[keyed[k]] for k in ("name", "persona", "title") if k in keyed and isinstance(record[keyed[k]], str)), "")
    if own.strip() and re.fullmatch(r"[a-z0-9]+(?:[_-][a-z0-9]+)*", key):
        return {"name": own, **{k: v for k, v in record.items() if k != keyed.get("name")}}
    return {"name": key, **record}


def _catalogue(data: dict[Any, Any]) -> bool:
    """{"okButton": {"message": "OK"}, …}: keys that each wrap one string, none a persona field — not personas."""
    return all(isinstance(v, dict) and len(v) <= 1 and not any(_is_field(k) for k in v) for v in data.values())


def _is_field(key: Any) -> bool:
    from callinsight.personas.model import canonical_section

    return canonical_section(str(key).replace("_", " ").replace("-", " ")) is not None


def _titled_fields(value: Any) -> dict[str, Any]:
    """A list of {title/heading/label: <field name>, <items key>: …} mappings, as one mapping field -> items; {} otherwise."""
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        return {}
    out: dict[str, Any] = {}
    for v in value:
        keyed = {str(k).lower(): x for k, x in v.items()}
        title = next((keyed[k] for k in _TITLE_KEYS if isinstance(keyed.get(k), str)), None)
        if title is None or not _is_field(title):
            return {}
        body = [x for k, x in keyed.items() if k not in _TITLE_KEYS]
        out[title] = body[0] if len(body) == 1 else body
    return out


def name_of(entry: dict[str, Any]) -> str:
    """The record's name: the first name-like key (any case: ``Name``, ``PERSONA``, ``persona_name``)."""
    keyed = {str(k).lower().replace("_", " ").replace("-", " ").strip(): v for k, v in entry.items()}
    for key in (*NAME_KEYS, *(f"{k} name" for k in NAME_KEYS), "이름", "페르소나", "퍼소나"):
        value = keyed.get(key)
        if isinstance(value, str) and value.strip():
            return squash(value)
    return ""


def record_section(entry: dict[str, Any], level: int) -> Section:
    """One mapping -> a section: its name as the title, each key a sub-section (short scalars stay in meta)."""
    name = name_of(entry)
    section = Section(title=name, level=level, meta={str(k): v for k, v in entry.items()}, record=True)
    add_record_keys(section, entry, name, level)
    return section


def add_record_keys(section: Section, entry: dict[str, Any], name: str, level: int) -> None:
    """Each key of a mapping with content as a sub-section of ``section`` (a record, or a persona page's front matter)."""
    for key, value in entry.items():
        if isinstance(value, str) and squash(value) == name and name:
            continue
        if isinstance(value, dict) and any(_is_field(k) for k in value):
            add_record_keys(section, value, name, level)  # {profile: {pain_points: [...], needs: …}}: the fields, not the group
            continue
        titled = _titled_fields(value)
        if titled:  # sections: [{heading: Pain points, items: [...]}, …] (CMS and form exports)
            add_record_keys(section, titled, name, level)
            continue
        if _stages(value):  # timeline: [{title: Find the tool, pain_points: …}, …]: a journey's stages, each with fields
            for stage in value:
                add_record_keys(section, {k: v for k, v in stage.items() if str(k).lower() not in _TITLE_KEYS}, name, level)
            continue
        if isinstance(value, dict) and len(value) == 1 and str(next(iter(value))).lower() in _WRAPPER_KEYS:
            value = next(iter(value.values()))
        items = _items(value)
        if not items:
            continue
        title = str(key).replace("_", " ").replace("-", " ")
        child = Section(title=title, level=level + 1)
        if isinstance(value, (list, dict)) or len(items) > 1:
            child.blocks.append(ItemList(items=[Item(text=t) for t in items]))
        else:
            child.blocks.append(Para(text=items[0]))
        section.children.append(child)


def _stages(value: Any) -> bool:
    """Titled mappings with persona fields among their keys (provenance keys such as ``source`` are not fields here)."""
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value) \
        and all(any(str(k).lower() in _TITLE_KEYS for k in v) for v in value) \
        and any(_is_field(k) and str(k).lower() not in _CITATION_KEYS for v in value for k in v)


#: A Markdown list written inside a YAML string (``pain_points: |`` ⏎ ``* Lots of back and forth``).
_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(.*\S)\s*$")


def _list_lines(text: str) -> list[str]:
    """The items of a string that is a Markdown list (every non-blank line a list item); [] for any other string."""
    lines = [line for line in text.splitlines() if line.strip()]
    items = [m.group(1) for line in lines if (m := _LIST_LINE.match(line))]
    return items if items and len(items) == len(lines) else []


#: Keys of a nested record that cite where a statement comes from: provenance, not what the persona says.
_CITATION_KEYS = frozenset({"url", "uri", "link", "href", "source", "sources", "citation", "reference", "doi"})


#: The key of a listed mapping that says what the item is; its other keys rate or explain it.
_LEAD_KEYS = ("issue", "problem", "pain", "pain_point", "need", "goal", "objection", "concern", "challenge", "barrier",
              "statement", "text", "description", "title", "name", "summary")
_ITEM_TITLE_KEYS = ("title", "name", "label", "heading", "category", "topic", "area", "theme")


def _lead(record: dict[Any, Any]) -> str:
    """``- issue: Vendor records disagree`` ⏎ ``frequency: Often`` ⏎ ``severity: High``: the item is its issue; the
    rest only rate it (short values). "" when the mapping is not one item told with its ratings."""
    keyed = {str(k).lower(): v for k, v in record.items()}
    lead_key = next((k for k in _LEAD_KEYS if isinstance(keyed.get(k), str) and keyed[k].strip()), None)
    others = {k: v for k, v in keyed.items() if k != lead_key}
    if lead_key is None or not others or not all(isinstance(v, (str, int, float)) and len(str(v).split()) <= 8 for v in others.values()):
        return ""
    lead = keyed[lead_key]
    # {category: Scenario modelling, description: Tools that …}: the item under its title, as a label line says it
    title = next((others[k] for k in _ITEM_TITLE_KEYS if isinstance(others.get(k), str) and others[k].strip()), "")
    return squash(f"{title}: {lead}" if title and lead[:1] not in "\"“'‘" else lead)


def _items(value: Any) -> list[str]:
    if value is None or isinstance(value, bool):
        return []  # "churn: true", "task_completion: false": a flag of a test run, no text to track
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend([lead] if isinstance(v, dict) and (lead := _lead(v)) else _items(v))
        return out
    if isinstance(value, dict):
        if len(value) == 1 and str(next(iter(value))).lower() in _WRAPPER_KEYS:
            return _items(next(iter(value.values())))
        return [f"{k}: {'; '.join(_items(v))}" for k, v in value.items()
                if _items(v) and str(k).lower() not in _CITATION_KEYS]
    if isinstance(value, str) and (listed := _list_lines(value)):
        return [squash(t) for t in listed]
    text = squash(str(value))
    return [text] if text else []
