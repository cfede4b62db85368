"""Personas kept as data in a Markdown page's code block (```` ```yaml ````, ```` ```json ````, ```` ```python ````,
```` ```ts ````): read as the YAML/JSON and script readers read whole files, and kept only where a mapping describes a
person, so that configuration examples, syntax examples and templates stay code."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.inline import split_label
from callinsight.personas.reading.tree import Section
from callinsight.personas.reading.yamlish import name_of, persona_entries, record_section, snake_keys

#: Keys that say a mapping describes a person ("name: 박말순 (가명)" ⏎ "age: 73" ⏎ "occupation: 전업주부").
_PERSON_KEYS = frozenset({"age", "occupation", "job_title", "gender", "나이", "연령", "직업", "성별"})
#: Languages of a code block that may hold personas as data (JSON is YAML); "" is a block with no language named.
_DATA_FENCES = frozenset({"", "yaml", "yml", "json", "jsonc"})
#: Languages of a code block whose literals may hold them (``Persona(name=…, pain_points=[…])``), read as script files are.
_SCRIPT_FENCES = {"python": ".py", "py": ".py", "javascript": ".js", "js": ".js", "jsx": ".jsx", "typescript": ".ts",
                  "ts": ".ts", "tsx": ".tsx"}
#: Fields too common in configuration ("description:", "tasks:") to tell a person's record from a tool's settings,
#: and keys that name a field only in a persona ("jobs:" of a CI workflow are not jobs to be done).
_WEAK_RECORD_FIELDS = frozenset({"background", "responsibilities"})
_CONFIG_KEYS = frozenset({"jobs", "job", "steps", "stages"})


def fenced_records(info: str, content: str, level: int) -> list[Section]:
    """Personas kept as data in a page's code block (```yaml ⏎ name: … ⏎ age: 73 ⏎ scenario: …), each a record
    section; [] for any other block. A mapping counts when it has a name and two of a persona's fields, or a person's
    keys (age, occupation) and a sentence about her, so that a configuration example ("name: CI" ⏎ "jobs: …") or a
    mapping shown as syntax ("name: Alice" ⏎ "age: 30") stays code."""
    lang = (info.split() or [""])[0].lower()
    if lang in _SCRIPT_FENCES:
        data = _script_data(content, _SCRIPT_FENCES[lang])
    elif lang in _DATA_FENCES:
        import yaml

        try:
            data = yaml.safe_load(content)
        except yaml.YAMLError:
            return []
    else:
        return []
    data = snake_keys(data)
    entries = persona_entries(data) if isinstance(data, dict | list) else None
    if not entries or not all(isinstance(e, dict) and _person_record(e) for e in entries):
        return []
    return [record_section(e, level) for e in entries]


#: Code blocks that name no language, or name plain text: where a card may be kept for its fixed width.
_TEXT_FENCES = frozenset({"", "text", "txt", "plaintext"})
#: A line of a card drawn with box characters: a border ("┌────┐", "+----+") or a framed line ("│ Age: 34 │").
_BORDER = re.compile(r"^\s*[┌└├╭╰╔╚╠+][─━═\-+┬┴┼╤╧]*[┐┘┤╮╯╗╝╣+]\s*$")
_ARROW = re.compile(r"[→←↑↓▶►➜⇒]|-->|->")
_FRAMED = re.compile(r"^\s*(?:[│┃║](?P<inner>[^│┃║]*)[│┃║]|\|(?P<ascii>[^|│┃║]*)\|)\s*$")


def drawn_card(info: str, content: str) -> list[str]:
    """The lines of a card drawn in a code block with box characters ("┌───┐" ⏎ "│ 👤 JAMIE WHITFIELD │" ⏎ "│ Age: 34
    | Account Director │" ⏎ "└───┘"), framed lines only; [] for any other block, and for a drawing of several boxes side
    by side (an empathy map's SAYS and THINKS columns), whose lines would mix."""
    if (info.split() or [""])[0].lower() not in _TEXT_FENCES:
        return []
    lines = [line for line in content.splitlines() if line.strip()]
    if not lines or not _BORDER.match(lines[0]) or not all(_BORDER.match(line) or _FRAMED.match(line) for line in lines):
        return []
    framed = [" ".join((m["inner"] if m["inner"] is not None else m["ascii"]).split())
              for line in lines if (m := _FRAMED.match(line))]
    if any(_ARROW.search(line) for line in framed):
        return []  # "Gather → Study → Act": a diagram of steps, not a card
    paragraphs: list[str] = []
    for line, before in zip(framed, ["", *framed], strict=False):
        # a sentence wrapped at the box's edge goes on; a blank line, a label ("Age: 34") or a finished sentence ends it
        if paragraphs and line and before and split_label(line, None)[0] is None and not before.endswith((".", "!", "?", ":")):
            paragraphs[-1] += " " + line
        elif line:
            paragraphs.append(line)
    return paragraphs


#: What only code has: braces, assignments, tags, a statement ended by a semicolon (prose has "…; he is …" mid-line), a
#: prompt, a comment, a keyword opening a line.
_CODE = re.compile(r"[{}<>=`]|;\s*$|^\s*(?:\$ |>>>|#|//|import |from \w+ import|def |class |function |return\b)", re.M)


def card_text(info: str, content: str, heading: str = "") -> str:
    """"```" ⏎ "기저질환: 당뇨(8년)" ⏎ "상황: 발목 골절" ⏎ "니즈:" ⏎ "- 알약이 아홉 가지" ⏎ "```": a persona's card kept in a
    code block with no language named, for its fixed width; its text, to be read as the page's own. "" for code, for a
    block with fewer than two "Label:" lines (bulleted or not) or none of a persona's fields, and for one that names its person (a
    record of its own, read by :func:`fenced_records`) unless the ``heading`` it sits under names her too ("## 페르소나
    1: 오병철 (51세)" ⏎ a prompt block with "- 이름: 오병철" ⏎ "- 두려움: …": her card, kept as a prompt)."""
    from callinsight.personas.evidence import NAME_LABEL_WORDS
    from callinsight.personas.model import canonical_section

    if (info.split() or [""])[0].lower() not in _TEXT_FENCES or _CODE.search(content):
        return ""
    pairs = [split_label(line.strip().lstrip("-*• "), None) for line in content.splitlines()]
    labels = [label.lower() for label, _ in pairs if label]
    names = [value.strip() for label, value in pairs if label and label.lower() in NAME_LABEL_WORDS]
    if len(labels) < 2 or not any(canonical_section(label) for label in labels) \
            or any(not name or name not in heading for name in names):
        return ""
    return content


#: A Markdown heading line, and a line only code has (a brace or a semicolon closing it, a prompt, an import, a tag).
_HEADING_LINE = re.compile(r"^#{1,6}\s+\S")
_CODE_LINE = re.compile(r"[{};]\s*$|^\s*(?:\$ |>>>|//|import |from \w+ import|def |class |function |return\b|</?\w+[ >])")


def pasted_document(info: str, content: str, page_lines: int) -> bool:
    """A whole Markdown document pasted into a code block with no language named ("```" ⏎ "# 기획서" ⏎ "## 문제 정의" ⏎
    … ⏎ "## 페르소나" ⏎ "### 향수 입문자" ⏎ …), most of the page (of ``page_lines``), to be read as the page's own part;
    not code, a folder tree, a sample of a tool's output in the middle of a page or a template shown as an example (a
    block named "markdown" shows one)."""
    if (info.split() or [""])[0].lower() not in _TEXT_FENCES:
        return False
    lines = [line for line in content.splitlines() if line.strip()]
    headings = [line for line in lines if _HEADING_LINE.match(line)]
    levels = {len(h) - len(h.lstrip("#")) for h in headings}
    return len(lines) >= 12 and 2 * len(content.splitlines()) >= page_lines and len(headings) >= 3 and len(levels) >= 2 \
        and not any(_CODE_LINE.search(line) for line in lines)


def indented_prose(content: str) -> str:
    """"## Pain Points:" ⏎ "    Omar runs into a real obstacle whenever …": paragraphs indented by habit (four spaces or a
    tab), which Markdown takes for an indented code block; their text, to be read as the page's own. "" for code: a
    block with code's marks (braces, assignments, a prompt, a comment), a line with no letters, or no line that reads
    as a sentence or a "Label: value" field ("npm run dev", a folder tree)."""
    import textwrap

    lines = [line.strip() for line in content.splitlines() if line.strip()]
    if not lines or _CODE.search(content) or not all(any(ch.isalpha() for ch in line) for line in lines):
        return ""
    joined = "".join(lines)
    wordy = sum(ch.isalpha() or ch.isspace() for ch in joined) >= 0.85 * len(joined)
    told = any(len(line.split()) >= 6 or split_label(line, None)[0] for line in lines)
    return textwrap.dedent(content.expandtabs(4)) if wordy and told else ""


def _script_data(content: str, suffix: str) -> list[Any]:
    """The records among a code block's literals (each assignment's value, a list's records one by one); [] for code
    that does not parse."""
    from callinsight.personas.reading.script import script_literals

    try:
        literals = script_literals(content, Path(f"block{suffix}"))
    except InputError:
        return []
    return [r for value in literals.values() for r in (value if isinstance(value, list) else [value])]


def _person_record(entry: dict[Any, Any]) -> bool:
    from callinsight.personas.model import canonical_section
    from callinsight.personas.vocab import is_placeholder

    if is_placeholder(name_of(entry)):  # Persona(name="Persona Name", goals=["Goal 1"]): the shape, not a persona
        return False
    keys = [str(k).lower().replace("_", " ").replace("-", " ") for k in entry]
    fields = {f for k in keys if k not in _CONFIG_KEYS and (f := canonical_section(k)) and f not in _WEAK_RECORD_FIELDS}
    # name: Alice ⏎ age: 30, the classic example of a mapping, is not yet a persona; a sentence about her makes it one
    told = any(isinstance(v, str) and len(v.split()) >= 8 for v in _strings(entry))
    return len(fields) >= 2 or (told and any(k.replace(" ", "_") in _PERSON_KEYS for k in keys))


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []
