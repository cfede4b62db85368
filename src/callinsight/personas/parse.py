"""Reading persona documents: Markdown (headings, optional YAML front matter, one or several personas
per page) and plain YAML.

Companies write personas in many shapes, so the parser works from structure rather than a template:
a heading that names a known section (see ``model.SECTION_SYNONYMS``) is a section; the nearest heading
above a group of sections that is not itself a section is the persona. Headings nobody recognises are
kept as profile text. Anything unusable raises ``InputError`` with the file and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.model import (
    NEGATIVE_MARKERS,
    PersonaDoc,
    canonical_section,
    keyword_section,
    slugify,
)
from callinsight.personas.phrases import content_words

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".txt")
YAML_SUFFIXES = (".yaml", ".yml")
SUFFIXES = MARKDOWN_SUFFIXES + YAML_SUFFIXES

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$")
_PSEUDO = re.compile(r"^\s*(?:\*\*|__)([^*_]{1,60}?)(:?)(?:\*\*|__)\s*(:?)\s*(.*)$|^\s*([A-Za-z][\w '&/-]{1,40}):\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(A-Z0-9])")
MIN_CONTENT_WORDS = 2  # a prose sentence with fewer words besides its framing is merged with a neighbour
_NEGATIVE_GROUP = re.compile(r"^(negative|anti-?|exclusionary|excluded|non-?target)\s*personas?\b|^who we don't sell to|^not a fit")


@dataclass
class _Node:
    level: int  # 0 = the page itself
    title: str
    lines: list[str] = field(default_factory=list)
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    section: str | None = None
    pseudo: bool = False  # a bold "**Pain points:**" label rather than a real heading

    def ancestors(self) -> list[_Node]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out

    def descendants(self) -> list[_Node]:
        out = []
        for child in self.children:
            out.append(child)
            out.extend(child.descendants())
        return out


def parse_file(path: Path) -> list[PersonaDoc]:
    """All personas in one file. Raises ``InputError`` when the file is unusable."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(str(path), f"unsupported file type '{suffix}' (expected {', '.join(SUFFIXES)})")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if not text.strip():
        raise InputError(str(path), "empty file")
    if "\x00" in text:
        raise InputError(str(path), "binary content, not a text document")
    docs = parse_yaml(text, path) if suffix in YAML_SUFFIXES else parse_markdown(text, path)
    ids = [d.persona_id for d in docs]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InputError(str(path), f"two personas share the id {', '.join(dupes)}", hint="give each a distinct name or `id`")
    return docs


# ---------------------------------------------------------------- YAML


def parse_yaml(text: str, path: Path) -> list[PersonaDoc]:
    data = _load_yaml(text, path, what="YAML")
    if isinstance(data, dict) and isinstance(data.get("personas"), list):
        entries = data["personas"]
    elif isinstance(data, list):
        entries = data
    elif isinstance(data, dict):
        entries = [data]
    else:
        raise InputError(str(path), f"expected a persona mapping or a list of personas, got {type(data).__name__}")
    docs = []
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise InputError(str(path), f"persona #{i} is a {type(entry).__name__}, not a mapping")
        docs.append(_persona_from_mapping(entry, path, where=f"persona #{i}"))
    if not docs:
        raise InputError(str(path), "no personas in the file")
    return docs


def _persona_from_mapping(entry: dict[str, Any], path: Path, where: str) -> PersonaDoc:
    name = _first_str(entry, ("name", "persona", "title"))
    if not name:
        raise InputError(str(path), f"{where} has no name (expected a `name:` key)")
    doc = PersonaDoc(name=name, persona_id=str(entry.get("id") or slugify(name)), source=str(path))
    doc.is_negative = _negative_flag(entry)
    for key, value in entry.items():
        key_s = str(key)
        if key_s.lower() in ("name", "persona", "title", "id", "negative", "type", "kind"):
            continue
        canonical = canonical_section(key_s.replace("_", " "))
        items = _items_from_value(value)
        if canonical:
            doc.sections.setdefault(canonical, []).extend(items)
            doc.headings.setdefault(canonical, key_s)
        elif not isinstance(value, (list, dict)) and len(str(value)) <= 80 and "\n" not in str(value):
            doc.attributes[key_s] = value
        elif items:
            doc.extra_sections[key_s] = "\n".join(items)
    if not doc.sections and not doc.extra_sections:
        raise InputError(str(path), f"{where} ('{name}') has no content")
    return doc


def _items_from_value(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(_items_from_value(v) if isinstance(v, (list, dict)) else [_clean(str(v))])
        return [o for o in out if o]
    if isinstance(value, dict):
        return [f"{k}: {_clean(str(v))}" if not isinstance(v, (list, dict)) else f"{k}: {'; '.join(_items_from_value(v))}" for k, v in value.items()]
    return _items_from_lines(str(value).splitlines())


# ---------------------------------------------------------------- Markdown


def parse_markdown(text: str, path: Path) -> list[PersonaDoc]:
    front, body = _split_front_matter(text, path)
    root = _outline(body)
    nodes = root.descendants()
    for node in nodes:
        node.section = canonical_section(node.title)
    section_nodes = [n for n in nodes if n.section]
    if section_nodes:
        persona_nodes = _persona_nodes(section_nodes, root)
    else:
        persona_nodes = _persona_nodes_without_sections(root, front)
    if not persona_nodes:
        raise InputError(
            str(path),
            "no persona found: no section headings such as Goals, Pain points or Objections, and no `name` in front matter",
            hint="see docs/personas.md for the shapes callinsight reads",
        )
    docs = []
    for pnode in persona_nodes:
        # Looser matching only below a persona, so a persona called "Decision-maker Dan" stays a persona.
        for child in pnode.children:
            if child.section is None and child not in persona_nodes:
                child.section = keyword_section(child.title)
        docs.append(_persona_from_node(pnode, front if len(persona_nodes) == 1 else {}, path, persona_nodes))
    return docs


def _split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            data = _load_yaml("\n".join(lines[1:i]), path, what="YAML front matter")
            if data is None:
                data = {}
            if not isinstance(data, dict):
                raise InputError(str(path), f"YAML front matter must be a mapping, got {type(data).__name__}")
            return data, "\n".join(lines[i + 1 :])
    raise InputError(str(path), "YAML front matter opened with '---' is never closed")


def _load_yaml(text: str, path: Path, what: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(str(path), f"invalid {what}{where}: {problem}") from None


def _outline(body: str) -> _Node:
    """Headings as a tree; bold "**Pain points:**" lines count as headings one level below the last one."""
    root = _Node(0, "")
    current = root
    in_code = False
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code:
            continue
        level, title, rest, pseudo = _heading(line, lines[i + 1] if i + 1 < len(lines) else "", current)
        if level == -1:  # the underline of a setext heading
            continue
        if level:
            parent = current
            while parent.level >= level:
                parent = parent.parent or root
            node = _Node(level, title, parent=parent, pseudo=pseudo)
            parent.children.append(node)
            current = node
            if rest:
                node.lines.append(rest)
        else:
            current.lines.append(line)
    return root


def _heading(line: str, next_line: str, current: _Node) -> tuple[int, str, str, bool]:
    """(level, title, text after a bold label, pseudo) when the line is a heading; level 0 otherwise."""
    m = _ATX.match(line)
    if m:
        return len(m.group(1)), m.group(2).strip(), "", False
    if line.strip() and re.fullmatch(r"\s*(=+|-{3,})\s*", next_line) and not _BULLET.match(line):
        return (1 if "=" in next_line else 2), line.strip(), "", False
    if re.fullmatch(r"\s*(=+|-{3,})\s*", line) and current.lines == [] and current.level:
        return -1, "", "", False
    m = _PSEUDO.match(line)
    if m:
        label = (m.group(1) or m.group(5) or "").strip().rstrip(":")
        bold_label = bool(m.group(1)) and bool(m.group(2) or m.group(3)) and len(label.split()) <= 6
        known = canonical_section(label) or (keyword_section(label) and current.level and not m.group(5))
        # "**Who:** ..." ends the label before it even when nobody knows the word: kept as profile text
        if known or (bold_label and current.level):
            # a label's siblings are the labels before it; its parent is the heading above them
            level = current.level if current.pseudo else current.level + 1
            return level, label, (m.group(4) or "").strip(), True
    return 0, "", "", False


def _persona_nodes(section_nodes: list[_Node], root: _Node) -> list[_Node]:
    found: list[_Node] = []
    for node in section_nodes:
        owner = next((a for a in node.ancestors() if not a.section), root)
        if any(a.section for a in node.ancestors() if a.level > owner.level):
            continue  # a section inside another section belongs to that one
        if owner not in found:
            found.append(owner)
    # A page heading above several personas is not itself a persona.
    return [n for n in found if not any(other in n.descendants() for other in found if other is not n)] or found


def _persona_nodes_without_sections(root: _Node, front: dict[str, Any]) -> list[_Node]:
    """No exact section names: a single persona whose headings are phrases ("What frustrates her")."""
    top = root.children
    if len(top) == 1:
        candidate = top[0]
    elif _first_str(front, ("name", "persona", "title")):
        candidate = root
    else:
        return []
    if any(keyword_section(c.title) for c in candidate.children) or (candidate is root and root.lines):
        return [candidate]
    return []


def _persona_from_node(pnode: _Node, front: dict[str, Any], path: Path, persona_nodes: list[_Node]) -> PersonaDoc:
    name = _first_str(front, ("name", "persona", "title")) or _persona_name(pnode.title) or _name_from_stem(path)
    doc = PersonaDoc(name=name, persona_id=str(front.get("id") or slugify(name)), source=str(path))
    intro = _paragraph_text(pnode.lines)
    if intro:
        doc.sections.setdefault("background", []).extend(_items_from_lines(pnode.lines))
    doc.is_negative = (
        _negative_flag(front)
        or _has_marker(pnode.title)
        or _has_marker(" ".join(intro.split("\n\n")[:2]))
        or any(_NEGATIVE_GROUP.search(_plain(a.title).lower()) for a in pnode.ancestors() if a.level)
    )
    for key in ("role", "company", "company_size", "industry", "tags", "owner", "updated", "last_reviewed"):
        if key in front:
            doc.attributes[key] = front[key]
    for child in pnode.children:
        if child in persona_nodes:
            continue
        _add_node(doc, child)
    if not doc.sections and not doc.extra_sections:
        raise InputError(str(path), f"persona '{name}' has no content")
    return doc


def _add_node(doc: PersonaDoc, node: _Node) -> None:
    if node.section:
        items = _items_from_lines(node.lines)
        for sub in node.descendants():  # "#### Price" under "### Objections": the title is the item
            sub_text = " ".join(_items_from_lines(sub.lines))
            items.append(_clean(sub.title) + (f": {sub_text}" if sub_text else ""))
        doc.sections.setdefault(node.section, []).extend(i for i in items if i)
        doc.headings.setdefault(node.section, _plain(node.title))
    else:
        text = "\n".join(node.lines).strip()
        for sub in node.descendants():
            text += f"\n{_plain(sub.title)}\n" + "\n".join(sub.lines).strip()
        if text.strip():
            doc.extra_sections[_plain(node.title)] = text.strip()


def _items_from_lines(lines: list[str]) -> list[str]:
    """Bullets become items; prose paragraphs are split into sentences."""
    items: list[str] = []
    paragraph: list[str] = []
    last_was_bullet = False

    def flush() -> None:
        if paragraph:
            sentences = [_clean(s) for s in _SENTENCE_END.split(" ".join(paragraph))]
            items.extend(_merge_framing(s for s in sentences if s and not s.endswith(":")))
            paragraph.clear()

    for line in lines:
        if line.strip().startswith(("|", "<!--", "![")):
            continue
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            items.append(_clean(bullet.group(1)))
            last_was_bullet = True
        elif not line.strip():
            flush()
            last_was_bullet = False
        elif last_was_bullet and line.startswith((" ", "\t")):
            items[-1] = _clean(items[-1] + " " + line.strip())  # a bullet's continuation line
        else:
            paragraph.append(line.strip().lstrip(">").strip())
            last_was_bullet = False
    flush()
    return [i for i in items if i]


def _merge_framing(sentences: Iterable[str]) -> list[str]:
    """A prose sentence that only frames ("Reporting is the second challenge.") is not a concern on its
    own: it is joined to the next sentence, which says what the challenge is (or to the previous one
    when it ends the paragraph)."""
    out: list[str] = []
    pending = ""
    for sentence in sentences:
        if len(content_words(sentence)) < MIN_CONTENT_WORDS:
            pending = f"{pending} {sentence}".strip()
            continue
        out.append(f"{pending} {sentence}".strip())
        pending = ""
    if pending:
        if out:
            out[-1] = f"{out[-1]} {pending}"
        else:
            out.append(pending)  # a one-sentence paragraph is kept as it is: nothing to merge it with
    return out


def _paragraph_text(lines: list[str]) -> str:
    return "\n".join(lines).strip()


def _clean(text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _plain(title: str) -> str:
    return _clean(re.sub(r"[^\w\s&'/,.()-]", "", title)).strip()


def _persona_name(title: str) -> str:
    name = _clean(title)
    # "Persona 2: Ops Olivia", "Negative persona - Bargain Hunter", "Meet Decision-maker Dan"
    name = re.sub(r"^(?:(?:negative|anti-?|buyer|user|customer)\s+)?persona\s*\d*\s*[:—–-]\s*", "", name, flags=re.I)
    name = re.sub(r"^(?:meet|introducing)\s+", "", name, flags=re.I)
    return _plain(name).strip(" -—–:")


def _name_from_stem(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().title()


def _first_str(data: dict[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _negative_flag(data: dict[str, Any]) -> bool:
    if data.get("negative") is True:
        return True
    for key in ("type", "kind", "fit"):
        value = data.get(key)
        if isinstance(value, str) and _has_marker(value + " persona" if value.lower() == "negative" else value):
            return True
    tags = data.get("tags")
    return isinstance(tags, list) and any(str(t).lower() in ("negative", "anti-persona", "negative-persona") for t in tags)


def _has_marker(text: str) -> bool:
    lowered = text.lower().replace("’", "'")
    return any(marker in lowered for marker in NEGATIVE_MARKERS)
