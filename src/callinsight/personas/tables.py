"""Persona tables: one persona per row (a name or segment column next to field columns), per column
(the first column holds field labels, the header names the personas), or per column of a marked matrix
(needs down the first column, personas across, an X where a need is theirs)."""

from __future__ import annotations

import re

from callinsight.personas.model import CONCERN_SECTIONS, canonical_section, field_of
from callinsight.personas.reading.tree import Section, Table
from callinsight.personas.vocab import ID_COLUMNS, PROFILE_DETAIL

#: Column headers of a key/value table, never a persona's name.
VALUE_HEADERS = frozenset({"value", "values", "detail", "details", "description", "answer", "notes", "content", "text",
                            "example", "examples", "내용", "값", "설명",
                            # a data dictionary's columns ("| Field | Type | Purpose |"): a schema, not people
                            "type", "data type", "purpose", "format", "default", "required", "meaning", "타입", "형식", "용도"})
#: A first column whose header says the rows are kinds of people ("Segment", "User type", "Audience").
_GROUP_COLUMN = re.compile(r"\b(segments?|audiences?|user|users|user types?|types?|archetypes?|customers?|job titles?|"
                           r"positions?|personas?|roles?|buyers?|profiles?)\b|구분|유형|타입|직무|고객|유저|사용자|세그먼트|^\W*대상\W*$", re.I)
_NAME_COLUMNS = ("name", "persona", "persona name", "title", "role", "who", "actor", "이름", "페르소나", "퍼소나")
#: A name column whose header says the rows are personas: no field column is needed to believe it.
_EXPLICIT_COLUMNS = ("persona", "personas", "persona name", "user type", "user types", "페르소나", "퍼소나", "사용자 유형")
_PERSON_COLUMNS = ("name", "persona", "persona name", "이름", "페르소나", "퍼소나")  # preferred over a title or role column
#: A first column of ids ("| ID | …"): under a heading of personas, each id is a persona's short name (not "#", whose
#: cells are row numbers, nor a key/value table's "Key" or "Ref").
_CODE_COLUMNS = ID_COLUMNS - {"#", "key", "ref"}
_ROLE_COLUMNS = ("title", "role", "job title", "position", "job", "직무", "역할", "직함")
#: "Leyla, the super user", "Jo - the first-timer": a given name and what kind of user she is, a row's person.
_NAME_AND_EPITHET = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*[,—–-]\s*(?:the|an?)\s+\w")


def _long_format(table: Table, level: int) -> list[Section]:
    """"| Persona | Attribute | Value |" with a row per fact ("Ingrid | Pain point | Doses come in three units"): one
    persona per name of the first column, each attribute a field with the values given for it; [] for any other table."""
    from callinsight.personas.reading.yamlish import record_section

    header = [h.strip().lower() for h in table.header]
    rows = [r for r in table.rows if len(r) >= 3 and r[0].strip()]
    if len(header) != 3 or header[1] not in ("attribute", "field", "property", "key", "항목", "속성") \
            or header[2] not in VALUE_HEADERS or len({r[0].strip() for r in rows}) >= len(rows):
        return []
    people: dict[str, dict[str, list[str]]] = {}
    for name, attribute, value in (r[:3] for r in rows):
        cell = _cell(value)
        people.setdefault(name.strip(), {}).setdefault(attribute.strip(), []).extend([cell] if isinstance(cell, str) else cell)
    return [record_section({"name": name, **{k: v[0] if len(v) == 1 else v for k, v in facts.items()}}, level)
            for name, facts in people.items()]


def table_records(table: Table, level: int, personas_here: bool = False) -> list[Section]:
    """Persona tables: one persona per column (first column holds field labels) or per row (a name column).
    ``personas_here``: the table's heading says it lists personas ("## Legal Personas"), so a name column is enough."""
    from callinsight.personas.reading.yamlish import record_section

    header, body = [h.strip() for h in table.header], table.rows
    if not any(header) and len(body) >= 2:  # an empty header row with the real one as the first body row
        header, body = [c.strip() for c in body[0]], body[1:]
    table = Table(header=header, rows=body)
    if matrix := _marked_matrix(table, level):
        return matrix
    if long := _long_format(table, level):
        return long
    if record := _key_value_record(table, level):
        return [record]
    if len(header) >= 2 and table.rows:
        first_col = [r[0] for r in table.rows if r]
        labels_down = sum(1 for c in first_col if field_of(c) or len(c.split()) <= 4)
        fields_down = sum(1 for c in first_col if field_of(c) or PROFILE_DETAIL.match(c.strip(" *_")))  # ("Age", "연령대" too)
        names_across = [h for h in header[1:] if h]
        # one persona per column: the first column holds field labels ("Pain points", "Age"), the header names
        # the personas; its corner cell says anything ("", "Field", "Dimension", "Persona") but never a field
        exact_down = sum(1 for c in first_col if canonical_section(c, exact=True))
        corner_ok = not header[0] or header[0].lower() in ("field", "attribute") or (
            header[0].lower() in ("persona", "name") and 2 * exact_down >= len(first_col)) or (
            header[0].lower() not in ("persona", "name") and not field_of(header[0]) and 2 * fields_down >= len(first_col))
        if corner_ok and labels_down == len(first_col) and fields_down and names_across \
                and not any(field_of(h, loose=False) or h.lower() in VALUE_HEADERS for h in names_across):
            records = []
            for j, name in enumerate(header[1:], 1):
                if name:
                    entry = {r[0]: _cell(r[j]) for r in table.rows if len(r) > j and r[0]}
                    records.append(record_section({"name": name, **entry}, level))
            return records
        if len(header) == 2 and header[0] and not header[1] and _titled_card(header[0], first_col, fields_down):
            # "|Allotment holder||" ⏎ "Who are they?|…" ⏎ "What is their main barrier …?|…": the header names the card
            return [record_section({"name": header[0], **{r[0]: _cell(r[1]) for r in table.rows if len(r) > 1 and r[0]}}, level)]
        lowered = [h.lower() for h in header]
        name_col = next((i for i, h in enumerate(lowered) if h in _PERSON_COLUMNS), None)
        name_col = name_col if name_col is not None else next((i for i, h in enumerate(lowered) if h in _NAME_COLUMNS), None)
        if name_col is None:  # "Occupational Title", "Job role", "Persona name"
            name_col = next((i for i, h in enumerate(lowered) if h.split()[-1:] in (["title"], ["role"], ["name"])), None)
        if not header[0] and len(first_col) >= 2 and all(_NAME_AND_EPITHET.match(c) for c in first_col):
            name_col = 0  # "| | Who | Their test |" ⏎ "| **Leyla, the super user** | 34, … |": the rows name the people
        if name_col is None and _GROUP_COLUMN.search(lowered[0]) and all(len(c.split()) <= 8 for c in first_col):
            name_col = 0  # "| Segment | Goals | Worries |": the first column names the rows
        if name_col is None and personas_here and lowered[0] in _CODE_COLUMNS and all(len(c.split()) <= 6 for c in first_col):
            name_col = 0  # "### 페르소나 요약" ⏎ "| ID | 특징 | 페인포인트 |" ⏎ "| **Solo-Grower** | …": the ids name them
        explicit = name_col is not None and (lowered[name_col] in _EXPLICIT_COLUMNS or personas_here) and len(table.rows) >= 2 \
            and all(len(r[name_col].split()) <= 6 for r in table.rows if len(r) > name_col)
        if name_col is not None and (explicit or any(field_of(h) for i, h in enumerate(header) if i != name_col)):
            role_col = next((i for i, h in enumerate(lowered) if i != name_col and h in _ROLE_COLUMNS), None)
            return [
                record_section({**{header[i]: _cell(c) for i, c in enumerate(row) if i != name_col and i < len(header)},
                                "name": name}, level)
                for row in table.rows if (name := _row_name(row, name_col, role_col))
            ]
    return []


def _titled_card(title: str, labels: list[str], fields: int) -> bool:
    """A header cell over an empty one that titles a card: a short title that is no field, over at least two field
    labels, one of them of troubles."""
    return len(title.split()) <= 6 and not field_of(title, loose=False) and fields >= 2 \
        and any(field_of(label) in CONCERN_SECTIONS for label in labels)


_MARK = re.compile(r"^(x|✓|✔|✔️|✅|☑|yes|y|●|•|◉|\*|\+)$", re.I)


def _marked_matrix(table: Table, level: int) -> list[Section]:
    """"| Need | Users | Ops |" ⏎ "| Stable releases | X | |": a field down the first column, the personas across,
    a mark where a row applies to a persona. Each column is a persona; its marked rows are its items of that field."""
    from callinsight.personas.reading.yamlish import record_section

    header, rows = table.header, [r for r in table.rows if r and r[0].strip()]
    names = [h for h in header[1:] if h]
    field = field_of(header[0], loose=False) if header[0] else None
    cells = [c.strip() for r in rows for c in r[1:len(header)] if c.strip()]
    if not field or len(names) < 2 or len(rows) < 2 or not cells or not all(_MARK.match(c) for c in cells) \
            or any(len(n.split()) > 4 or field_of(n, loose=False) for n in names):
        return []
    records = []
    for j, name in enumerate(header[1:], 1):
        marked = [r[0].strip() for r in rows if len(r) > j and _MARK.match(r[j].strip())]
        if name and marked:
            records.append(record_section({"name": name, header[0]: marked}, level))
    return records


def is_key_value_card(table: Table) -> bool:
    """Two columns, every first cell a label with its colon: one persona's card (``_key_value_record``)."""
    rows = [table.header, *table.rows]
    return len(table.header) == 2 and len(rows) >= 3 and all(len(r) == 2 and r[0].strip().endswith(":") for r in rows)


def fields_across(table: Table, level: int) -> Section | None:
    """"| Background | Frustrations |" ⏎ a row of cells: a table whose header is field names and whose body is their
    values, no name column: the fields of a persona told above it, as a section."""
    from callinsight.personas.reading.yamlish import record_section

    known = sum(1 for h in table.header if h.strip() and field_of(h.strip()))
    if not table.rows or not all(h.strip() for h in table.header) or 2 * known < len(table.header):
        return None  # (a misspelt label beside a known one is still a field: "| Background | Frusturations |")
    entries: dict[str, list[str]] = {}
    for row in table.rows:
        for header, cell in zip(table.header, row, strict=False):
            value = _cell(cell)
            entries.setdefault(header.strip(), []).extend(value if isinstance(value, list) else [value] if value else [])
    return record_section({"name": "", **entries}, level)


def _key_value_record(table: Table, level: int) -> Section | None:
    """"| Persona Type: | Student |" ⏎ "| Name: | Mateo |" ⏎ "| Age: | 20 |": two columns, every first cell a label
    (with its colon), is one persona's card: its "Name:" row names it."""
    from callinsight.personas.reading.yamlish import record_section

    if not is_key_value_card(table):
        return None
    rows = [table.header, *table.rows]
    entries = {r[0].strip().rstrip(":").strip(): _cell(r[1]) for r in rows}
    name = next((v for k, v in entries.items() if k.lower() in _PERSON_COLUMNS and isinstance(v, str) and v), None)
    # a name is capitalised (or in a script without case): "name: | the function name" is an API's parameter
    return record_section({**entries, "name": name}, level) if name and (name[:1].isupper() or not name[:1].isascii()) else None


def _row_name(row: list[str], name_col: int, role_col: int | None) -> str:
    """A first name alone takes its role ("Hunter", "City Provider" -> "Hunter (City Provider)"); a row without a
    name goes by its role."""
    name = row[name_col].strip() if len(row) > name_col else ""
    role = row[role_col].strip() if role_col is not None and len(row) > role_col else ""
    if name and len(name.split()) == 1 and role and role.lower() not in name.lower() and len(role.split()) <= 6:
        return f"{name} ({role})"
    return name or (role if len(role.split()) <= 8 else "")


def _cell(text: str) -> str | list[str]:
    """A table cell: its lines ("- 15-500 employees<br />- Raised …", "1. Offline payments<br>2. …") as items, bullet
    marks and item numbers dropped."""
    lines = [line.strip().lstrip("-•*").strip() for line in text.split("\n")]
    if lines and re.match(r"^1[.)]\s", lines[0]):  # a numbered list, not a cell that opens with a number
        lines = [re.sub(r"^\d{1,2}[.)]\s+", "", line) for line in lines]
    lines = [line for line in lines if line]
    return lines if len(lines) > 1 else (lines[0] if lines else "")
