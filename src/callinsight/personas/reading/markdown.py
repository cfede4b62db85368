"""Markdown (CommonMark, tables, definition lists) through markdown-it-py, with YAML front matter, inline HTML and
Hugo/Jekyll shortcodes, into the common tree."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from callinsight.personas.reading.fenced import card_text, drawn_card, fenced_records, indented_prose, pasted_document
from callinsight.personas.reading.inline import BARE_LABEL_LINE, is_field_name, split_label, squash, strip_templates
from callinsight.personas.reading.tree import Item, ItemList, Para, Section, Table, nest
from callinsight.personas.reading.yamlish import split_front_matter


def read_markdown(text: str, path: Path) -> Section:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.deflist import deflist_plugin

    front, body = split_front_matter(text, path)
    # definition lists (Pandoc, PHP Markdown Extra, MkDocs): "Amira Khan" ⏎ ":   completed a master's …"
    md = MarkdownIt("commonmark").enable("table").use(deflist_plugin)
    tokens = md.parse(_html_tables(_normalise_lines(_card_headings(_myst_directives(mermaid_mindmaps(strip_templates(body))))), md))
    root = Section(title="", level=0, meta=front)
    flat = [root]
    _Walker(tokens, flat, md).run()
    tree = nest(flat)
    tree.children[:0] = front_matter_records(front)
    return tree


def front_matter_records(front: dict[str, Any]) -> list[Section]:
    """Personas kept as records in a page's front matter ("personas:" ⏎ "  - name: Ingrid" ⏎ "    pain_points: […]"),
    each a section of its own; only a list of records that each have a name."""
    from callinsight.personas.reading.yamlish import name_of, people_records, record_section, snake_keys

    for key, value in front.items():
        if str(key).lower() in ("personas", "persona", "profiles", "user_personas", "페르소나", "퍼소나") and isinstance(value, list) \
                and value and all(isinstance(v, dict) for v in value):
            records = [snake_keys(v) for v in value]
            if all(map(name_of, records)):
                return [record_section(r, level=1) for r in records]
    # "audiences:" ⏎ "  - label: Go developer" ⏎ "    frustrations: […]": a landing page's spec names its readers
    return [record_section(r, level=1) for r in people_records(snake_keys(front)) or []]


_HTML_TABLE = re.compile(r"^[ \t]*<table\b.*?</table>[ \t]*$", re.I | re.S | re.M)


def _html_tables(body: str, md: Any) -> str:
    """An HTML table whose cells hold Markdown between blank lines (SAP's and other docs generators' style) is
    split by CommonMark into loose fragments; rendered whole, with no blank line left, it is one HTML block. A blank
    line after it ends that block: Notion exports put the next heading right under "</table>", and CommonMark reads
    every line up to the next blank one as more of the HTML."""
    if "<table" not in body.lower():
        return body
    return _HTML_TABLE.sub(lambda m: re.sub(r"\n\s*\n", "\n", md.render(m.group(0))).strip() + "\n", body)


_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
#: MyST/Sphinx directives that hold prose (Jupyter Book, MyST-MD): their body is Markdown and their argument a title.
_PROSE_DIRECTIVES = frozenset({"card", "grid-item-card", "grid-item", "admonition", "note", "tip", "hint", "important",
                               "warning", "caution", "attention", "seealso", "dropdown", "tab-item", "tab", "sidebar",
                               "topic", "epigraph", "pull-quote", "margin", "div", "aside"})
_DIRECTIVE_OPEN = re.compile(r"^\s{0,3}(`{3,}|~{3,}|:{3,})\{([\w-]+)[^}]*\}\s*(.*)$")
_DIRECTIVE_SYNTAX = re.compile(r"^\s{0,3}(:{3,}\s*$|:{3,}\{[\w-]+[^}]*\}.*$|\([\w-]+\)=\s*$)")  # grids, closers, targets


def _myst_directives(body: str) -> str:
    """MyST directives as plain Markdown: ```` ```{card} 😞 Frustrations ```` ⏎ items ⏎ ```` ``` ```` becomes a bold
    title over its items, as the page renders it. Code directives ({code-cell}, {math}, …) stay code; grid
    fences, option lines and reference targets are dropped."""
    if "{" not in body:
        return body
    out: list[str] = []
    closing: list[str] = []  # the fence that closes each open prose directive
    code_fence = ""
    for line in body.split("\n"):
        if code_fence:
            out.append(line)
            if line.strip() == code_fence:
                code_fence = ""
            continue
        opened = _DIRECTIVE_OPEN.match(line)
        if opened and opened.group(2) in _PROSE_DIRECTIVES:
            closing.append(opened.group(1))
            title = opened.group(3).strip()
            out += [f"**{title}**", ""] if title else [""]
            continue
        if closing and line.strip() == closing[-1]:
            closing.pop()
            out.append("")
            continue
        if opened and opened.group(1)[0] != ":":  # ```{code-cell}: code to the end of its fence
            code_fence = opened.group(1)
            out.append(line)
            continue
        if _DIRECTIVE_SYNTAX.match(line) or (closing and re.match(r"^\s*:[\w-]+:", line) and out and out[-1] == ""):
            continue
        out.append(line)
    return "\n".join(out)


_TIGHT_HEADING = re.compile(r"^(#{2,6})(?=[^\s#])")


_MINDMAP = re.compile(r"^[ \t]*(```|~~~)[ \t]*mermaid[ \t]*\n[ \t]*mindmap[ \t]*\n(.*?)^[ \t]*\1[ \t]*$", re.M | re.S)
#: A mindmap node's shape around its text: "((Developer))", "(Profile)", "[Goals]", "{{Needs}}", ")Cloud(", "))Bang((".
_NODE_SHAPE = re.compile(r"^(?:[\w-]+)?(\(\(|\(|\[|\{\{|\)\)|\))(.*?)(\)\)|\)|\]|\}\}|\(\(|\()$", re.S)


def mermaid_mindmaps(body: str) -> str:
    """A Mermaid mindmap of a persona (its root the persona, its branches fields, their leaves items) as the page
    draws it: a heading one level below the section it sits in, each branch a bold label over a list of its leaves.
    Icons and classes (``::icon(…)``, ``:::urgent``) are drawing, not text."""
    if "mindmap" not in body:
        return body
    out: list[str] = []
    level, last = 1, 0
    for match in [*_MINDMAP.finditer(body), None]:
        chunk = body[last:match.start() if match else len(body)]
        levels = re.findall(r"(?m)^(#{1,5})\s", chunk)
        level = len(levels[-1]) if levels else level
        out.append(chunk)
        if match is None:
            break
        out.append(_mindmap_markdown(match.group(2), level + 1))
        last = match.end()
    return "".join(out)


def _mindmap_markdown(source: str, heading_level: int) -> str:
    nodes: list[tuple[int, str]] = []
    for line in source.split("\n"):
        text = line.strip()
        if not text or text.startswith(("::icon", ":::", "%%")):
            continue
        text = re.sub(r"\s*:::[\w -]+$", "", text)
        shaped = _NODE_SHAPE.match(text)
        text = shaped.group(2) if shaped else text
        text = re.sub(r"\s*<br\s*/?>\s*", " ", text).strip().strip("\"'`").strip()
        if text:
            nodes.append((len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()), text))
    if not nodes:
        return ""
    indents = sorted({indent for indent, _ in nodes})
    lines = [f"{'#' * min(heading_level, 6)} {nodes[0][1]}", ""]
    for indent, text in nodes[1:]:
        depth = indents.index(indent)  # the root's depth is 0, a branch's 1, a leaf's 2 and deeper
        if depth <= 1:
            lines += ["", f"**{text}**", ""]
        else:
            lines.append(f"{'  ' * (depth - 2)}- {text}")
    return "\n".join(lines) + "\n"


#: "- ## Pain Points": a list item that is a heading, a card of MkDocs Material's "grid cards".
_CARD_HEADING = re.compile(r"^[-*+][ \t]+(#{1,6}[ \t]+\S.*)$")


def _card_headings(body: str) -> str:
    """MkDocs Material's grid of cards ("<div class="grid cards" markdown>" ⏎ "- ## Pain Points" ⏎ its indented list):
    each card that opens with a heading is that heading and what is indented under it, read as if at the margin
    (indented four spaces, the card's lists would be read as code). Code fences are left alone."""
    lines = body.split("\n")
    if not any(_CARD_HEADING.match(line) for line in lines):
        return body
    out: list[str] = []
    i, fenced = 0, False
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or not (m := _CARD_HEADING.match(line)):
            out.append(line)
            i += 1
            continue
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t"):
            end += 1
        card = lines[i + 1:end]
        indent = min((len(x) - len(x.lstrip()) for x in card if x.strip()), default=0)
        out += [m[1], *(x[indent:] if x.strip() else "" for x in card)]
        i = end
    return "\n".join(out)


#: A line that is only a ``<br>`` (spacing between sections) or a kramdown attribute list ("{:class="table"}"): in
#: CommonMark the ``<br>`` line would open an HTML block that swallows the heading and table after it.
_SPACER_LINE = re.compile(r"^\s*(<br\s*/?>|\{:[^{}]*\})\s*$", re.I)


def _normalise_lines(body: str) -> str:
    """"##What we heard" is a heading in older GitHub Markdown and in many real documents, though CommonMark
    wants a space; one ``#`` without a space stays text (a hashtag, "#1 priority"). A line that is only spacing
    (``_SPACER_LINE``) is a blank line. A bold label at the margin right under a list item ("- Spot slips early" ⏎
    "**Pain points:**") opens a new paragraph, as its writer meant, not the item's lazy continuation, which would
    file the list after it under the field before; so does a plain "Needs:" there when a list follows it. "-**Needs:**"
    is a list item, its space lost. Code fences are left alone."""
    lines = body.split("\n")
    fenced = False
    out: list[str] = []
    for at, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            under_item = bool(out) and bool(_LIST_ITEM_LINE.match(out[-1]))
            if under_item and (_BOLD_LABEL_LINE.match(line) or (
                    BARE_LABEL_LINE.match(line) and at + 1 < len(lines) and _LIST_ITEM_LINE.match(lines[at + 1]))):
                out.append("")
            line = "" if _SPACER_LINE.match(line) else _TIGHT_HEADING.sub(r"\1 ", _TIGHT_BOLD_ITEM.sub(r"\1 \2", line))
        out.append(line)
    return "\n".join(_named_lines_as_items(out))


#: "> Gordon - A 47-year-old branch manager …": a line that introduces a person by name, a dash and who they are.
_NAMED_LINE = re.compile(r"^(?P<quote>(?:>\s?)*)(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) [-–—] (?:An?|The) \S")


def _named_lines_as_items(lines: list[str]) -> list[str]:
    """"Gordon - A 47-year-old manager …" ⏎ "Nathan - A 21-year-old student …": a paragraph whose every line (two or
    more) introduces someone else so is the list of people its writer meant, not one paragraph of them all."""
    out = list(lines)
    at = 0
    while at < len(out):
        named: list[re.Match[str]] = []
        while at + len(named) < len(out) and (line := _NAMED_LINE.match(out[at + len(named)])):
            named.append(line)
        end = at + len(named)
        before = out[at - 1].strip(" >") if at else ""
        after = out[end].strip(" >") if end < len(out) else ""
        if len(named) >= 2 and len({m["name"] for m in named}) == len(named) and (not before or before.startswith("#")) \
                and not after:
            for i, m in enumerate(named, at):
                out[i] = f"{m['quote']}- {out[i][len(m['quote']):]}"
        at = max(end, at + 1)
    return out


#: "-**이름:** 윤재호": a list item whose marker lost its space before a bold label, as "##Heading" lost its own.
_TIGHT_BOLD_ITEM = re.compile(r"^(\s{0,8}-)(\*\*[^*\n]{1,60}?(?::\*\*|\*\*:))")
_BOLD_LABEL_LINE = re.compile(r"^(\*\*|__)[^*_\n]{1,60}?(:\1|\1:)")
_LIST_ITEM_LINE = re.compile(r"^\s{0,8}(?:[-*+]|\d{1,2}[.)])\s+\S")


#: A heading written as an anchor, its words joined by underscores ("Detailed_Persona", "Problem_Scenario").
_SNAKE_TITLE = re.compile(r"^[^\W\d_]+(?:_[^\W\d_]+)+$")


#: Heading attributes of Pandoc, kramdown and MkDocs' attr_list: "## Audience {#intro-personas}", "### Notes {-}".
_HEADING_ATTRIBUTES = re.compile(r"\s*\{\s*(?:[:#.-][^{}]*)?\}\s*$")


class _Walker:
    """One pass over markdown-it's token stream; lists and tables are built with small stacks."""

    def __init__(self, tokens: list[Any], flat: list[Section], md: Any) -> None:
        self.tokens = tokens
        self.md = md  # the page's parser, for a card kept in a code block
        self.flat = flat
        self.lists: list[ItemList] = []
        self.items: list[Item] = []
        self.term: Item | None = None  # a definition list's term still waiting for its definition
        self.term_depths: list[int] = []  # open items when each definition list opened
        self.toggles: set[int] = set()  # ids of the sections a <details> toggle opened
        self.offset = 0  # levels below the page's own: the headings of a document pasted in a code block
        self.page_lines = max((t.map[1] for t in tokens if t.map), default=0)

    @property
    def section(self) -> Section:
        return self.flat[-1]

    def run(self) -> None:
        i = 0
        toks = self.tokens
        while i < len(toks):
            tok = toks[i]
            kind = tok.type
            if kind == "heading_open" and self.items and self.items[-1].text:
                # "1. Data analyst:" ⏎ "   - Name: …" ⏎ "   #### Frustration: slow exports - …": a heading written inside an
                # item after its text is one more line of the item, not a section that would end the list
                text, bold = _inline(toks[i + 1])
                self._paragraph(text, bold)
                i += 3
                continue
            if kind == "heading_open":
                title, _ = _inline(toks[i + 1])
                title = _HEADING_ATTRIBUTES.sub("", squash(title))
                if _SNAKE_TITLE.match(title):  # "## Detailed_Persona", written as its anchor: its words
                    title = title.replace("_", " ")
                self.flat.append(Section(title=title, level=int(tok.tag[1]) + self.offset))
                i += 3
                continue
            if kind in ("bullet_list_open", "ordered_list_open"):
                self._open_list()
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self._close_list()
            elif kind == "dl_open":
                self._open_list()
                self.term_depths.append(len(self.items))
            elif kind == "dt_open":  # a term is an item labelled by it, like a bold name over a line about it
                del self.items[self.term_depths[-1]:]
                term = squash(_inline(toks[i + 1])[0]).rstrip(":：")
                self.term = Item(text=f"{term}:", label=term, bold=True, term=True)
                self.lists[-1].items.append(self.term)
                self.items.append(self.term)
                i += 3
                continue
            elif kind == "dl_close":
                del self.items[self.term_depths.pop():]
                self._close_list()
            elif kind == "list_item_open":
                item = Item(text="")
                self.lists[-1].items.append(item)
                self.items.append(item)
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "inline" and toks[i - 1].type == "paragraph_open":
                lines = _labelled_lines(tok, titled=bool(self.items) and not self.items[-1].text)
                if lines:  # "Age: 38⏎Goals: …⏎**Pain points:** …" on consecutive lines: one field per line
                    for text, bold in lines:
                        self._paragraph(text, bold)
                else:
                    text, bold = _inline(tok)
                    self._paragraph(text, bold, _link_only(tok))
            elif kind == "table_open":
                i = self._table(i)
                continue
            elif kind == "html_block":
                self._html(tok.content)
            elif kind == "fence" and pasted_document(tok.info, tok.content, self.page_lines):  # its headings under the one it sits in
                inner = _Walker(self.md.parse(tok.content), self.flat, self.md)
                inner.offset = self.offset + self.section.level
                inner.run()
            elif kind == "fence":  # personas kept as data in a code block: records under the section they sit in
                self.section.children += fenced_records(tok.info, tok.content, self.section.level + 1)
                for line in drawn_card(tok.info, tok.content):  # a profile card drawn with box characters: its text
                    self._paragraph(line, None)
                if card := card_text(tok.info, tok.content, self.section.title):  # a card of "Label: value" lines kept for its width
                    _Walker(self.md.parse(card), [self.section], self.md).run()
            elif kind == "code_block" and (prose := indented_prose(tok.content)):  # paragraphs indented by habit
                _Walker(self.md.parse(prose), [self.section], self.md).run()
            i += 1

    def _open_list(self) -> None:
        new = ItemList()
        if not self.items:  # a nested list hangs under the open item when it closes
            self.section.blocks.append(new)
        self.lists.append(new)

    def _close_list(self) -> None:
        done = self.lists.pop()
        if self.items:
            self.items[-1].children.extend(done.items)

    def _paragraph(self, text: str, bold: str | None, link_only: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        if self.items and self.items[-1] is self.term:  # the term's definition
            self.term.rest = squash(text)
            self.term.text = f"{self.term.label}: {self.term.rest}"
            self.term = None
            return
        if self.items and not self.items[-1].text:
            text = _TASK_BOX.sub("", text)  # "- [ ] Works offline": a task list's box is no part of the item
        label, rest = split_label(squash(text), bold)
        if self.items:
            item = self.items[-1]
            if not item.text:
                item.text, item.label, item.rest, item.link_only = squash(text), label, rest, link_only
                item.bold = bool(bold and label)
            else:  # a second paragraph inside one item: a nested item of its own
                item.children.append(Item(text=squash(text), label=label, rest=rest, bold=bool(bold and label)))
            return
        self.section.blocks.append(Para(text=squash(text), label=label, rest=rest, bold=bool(bold and label)))

    def _html(self, html: str) -> None:
        """A block of raw HTML (``<p><strong>Needs:</strong> …</p>``, ``<details><summary>…``) read as HTML."""
        from callinsight.personas.reading.html import read_fragment, summary_only, toggle_parent

        if (summary := summary_only(html)) is not None:  # "<details>" ⏎ "<summary>Dana</summary>" ⏎ Markdown ⏎ "</details>"
            self.flat.append(Section(title=summary, level=min(toggle_parent(self.flat, self.toggles).level + 1, 6)))
            self.toggles.add(id(self.flat[-1]))
            return
        top, sections = read_fragment(html, base_level=toggle_parent(self.flat, self.toggles).level)
        for block in top:
            if isinstance(block, Para):
                self._paragraph(block.text, block.label if block.bold else None)
            elif self.items and isinstance(block, ItemList):
                self.items[-1].children.extend(block.items)
            else:
                self.section.blocks.append(block)
        self.flat.extend(sections)

    def _table(self, i: int) -> int:
        header: list[str] = []
        rows: list[list[str]] = []
        row: list[str] = []
        raw: list[str] = []  # the cells as written, HTML and all
        toks = self.tokens
        while toks[i].type != "table_close":
            tok = toks[i]
            if tok.type == "tr_open":
                row = []
            elif tok.type == "inline":
                text, _ = _inline(tok)
                row.append("\n".join(squash(line) for line in text.split("\n") if squash(line)))
                raw.append(tok.content)
            elif tok.type == "tr_close":
                (rows.append(row) if header else header.extend(row))
            i += 1
        if _laid_out(raw):
            # "||<h1>Dana Ortiz</h1>||" ⏎ "|| <h3>Goals</h3> <p>- …<br> - …</p> | | <h3>Challenges</h3> …|": a page laid
            # out in a table, its cells read in turn as the HTML they hold
            self._html("".join(f"<div>{cell}</div>" for cell in raw if cell.strip()))
        else:
            self.section.blocks.append(Table(header=header, rows=rows))
        return i + 1


_CELL_HEADING = re.compile(r"<h[1-6][^>]*>([^<]{1,60})</h[1-6]>", re.I)


def _laid_out(cells: list[str]) -> bool:
    """Table cells that hold HTML headings of a persona's fields: a page laid out in a table, as an HTML one is
    (``html.lays_out_a_persona``)."""
    from callinsight.personas.reading.html import lays_out_a_persona

    return lays_out_a_persona([title for cell in cells for title in _CELL_HEADING.findall(cell)])


_TASK_BOX = re.compile(r"^\s*\[[ xX]\]\s+")


def _link_only(tok: Any) -> bool:
    """Is every word of the inline inside a link? (a list of sources under "Pain points" is not a pain point)"""
    depth, outside, inside = 0, "", ""
    for child in tok.children or []:
        if child.type == "link_open":
            depth += 1
        elif child.type == "link_close":
            depth -= 1
        elif child.type == "text":
            if depth:
                inside += child.content
            else:
                outside += child.content
    return bool(inside.strip()) and not outside.strip(" .,;:-–—")


_CARD_MARKER = re.compile(r"^\W*(?:user |customer |buyer )?(?:persona|profile|(?:페르소나|퍼소나))\W*$", re.I)


def _labelled_lines(tok: Any, titled: bool = False) -> list[tuple[str, str | None]]:
    """A paragraph whose lines each open with a label, split into one (text, bold) per label; [] otherwise.

    A line without a label continues the one before it (a value wrapped onto a second line). ``titled``: the paragraph
    opens a list item, whose first line may be a short title without a label over the labelled lines ("1) Ward
    manager" ⏎ "Goal: …" ⏎ "Main barrier: …": a card, its title the item and its fields nested items).
    """
    from types import SimpleNamespace

    lines: list[list[Any]] = [[]]
    for child in tok.children or []:
        if child.type in ("softbreak", "hardbreak"):
            lines.append([])
        else:
            lines[-1].append(child)
    if len(lines) < 2:
        return []
    groups: list[tuple[str, str | None]] = []
    title = 0  # 1 once the first line is a card's title
    lead = ""  # prose lines before the first bold label ("Speaks only Hindi. …" ⏎ "**Needs:** …" ⏎ "**Goals:** …")
    for children in lines:
        text, bold = _inline(SimpleNamespace(children=children))
        label, _ = split_label(squash(text), bold)
        if not groups and not title and (not text.strip() or _CARD_MARKER.match(text)):
            continue  # "![photo]" ⏎ "!!!Persona!!!" ⏎ "Name: Theo" ⏎ "Age: 31": an image and a template's marker over the card
        wrapped = not bold and groups and text.strip()[:1].islower()  # "… in constant fear of⏎losing his nest egg: he …"
        if label and lead and bold and not groups and lead.rstrip("*_ ").endswith((".", "!", "?", ":", ")")):
            # (not a sentence wrapped onto a line that opens in bold: "Because she⏎**has limited time**, she …")
            groups += [(lead, None), (text, bold)]
        elif label and (bold or text.strip() != label) and not wrapped and (groups or not lead):
            groups.append((text, bold))
        elif groups:
            groups[-1] = (f"{groups[-1][0]} {text}", groups[-1][1])
        elif titled and 0 < len(text.split()) <= 8 and not text.rstrip().endswith((".", "!", "?", ":")):
            groups.append((text, None))
            title = 1
        elif not titled and text.strip():
            lead = f"{lead} {text}".strip()
        else:
            return []
    return groups if len(groups) >= 2 + title else []


def _inline(tok: Any) -> tuple[str, str | None]:
    """Plain text of an inline token, and its leading bold phrase if it opens with one.

    Inline HTML is dropped except ``<br>`` and list items and paragraphs, which keep the lines of a table cell apart; images are
    dropped; links keep their words.
    """
    parts: list[str] = []
    bold: list[str] | None = None
    bold_done = False
    depth_strong = 0
    em: list[str] | None = None  # a leading emphasised phrase: "*The Problem.* Dad gets annoyed …"
    em_state = 0  # 0 not yet, 1 inside, 2 closed
    skip_image = 0
    for child in tok.children or []:
        t = child.type
        if t == "image":
            skip_image += 1
            continue
        if t == "em_open" and em_state == 0 and bold is None and not re.search(r"\w", "".join(parts)):
            em, em_state = [], 1
            continue
        if t == "em_close" and em_state == 1:
            em_state = 2
            continue
        if t == "strong_open":
            depth_strong += 1
            if not bold_done and bold is None and not re.search(r"\w", "".join(parts)):
                parts.clear()  # "👩‍⚖️ **Lawyers** …", "😤 **Frustrations**": a symbol before the bold name is decoration
                bold = []
            continue
        if t == "strong_close":
            depth_strong -= 1
            if bold is not None:
                bold_done = True
            continue
        if t in ("text", "code_inline"):
            piece = child.content
        elif t == "softbreak":
            piece = " "
        elif t == "hardbreak":
            piece = "\n"
        elif t == "html_inline":
            # "<br>", and the items of an HTML list written in a table cell ("<ul><li>…</li><li>…</li></ul>")
            piece = "\n" if re.match(r"<(br|li|/li|p|/p)\b", child.content.lower()) else ""
        else:
            continue
        parts.append(piece)
        if bold is not None and not bold_done and depth_strong:
            bold.append(piece)
        if em is not None and em_state == 1:
            em.append(piece)
    text = "".join(parts)
    lead = "".join(bold).strip() if bold else None
    if not lead and em_state == 2 and em is not None:
        lead = _emphasised_label("".join(em).strip(), text)
    return text, (lead or None)


def _emphasised_label(phrase: str, text: str) -> str | None:
    """An emphasised phrase opening a paragraph is its label when it names a field ("*Frustrations:* …") or is a
    short title ending in a stop ("*The Solution.* …"); an emphasised quote or a whole emphasised line is not."""
    rest = text.strip()[len(phrase):] if text.strip().startswith(phrase) else ""
    if not phrase or not re.search(r"\w", rest) or len(phrase.split()) > 4:
        return None
    return phrase if is_field_name(phrase.rstrip(".:")) or phrase.endswith((".", ":")) else None
