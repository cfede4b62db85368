"""HTML exports (Notion, Confluence, Google Docs "save as web page") through BeautifulSoup with lxml's
parser, into the common tree. lxml repairs HTML as browsers do (an unclosed ``<dd>`` ends at the next
``<dt>``); the standard-library parser nests everything after it inside it."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from callinsight.personas.reading.inline import split_label, squash
from callinsight.personas.reading.plain import GLYPH_BULLET
from callinsight.personas.reading.tree import Block, Item, ItemList, Para, Section, Table, nest

_SKIP = {"script", "style", "nav", "footer", "template", "noscript", "svg", "img", "figure", "head"}
_CONTAINERS = {"div", "section", "article", "main", "body", "html", "header", "details", "summary", "span", "blockquote", "aside", "center"}


def _text(tag: Any) -> str:
    """A tag's words on one line: its inline parts joined by spaces ("<strong>Needs</strong> to…"), but no space left
    before the punctuation that followed an inline tag ("capabilities</strong>, but" is "capabilities, but")."""
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", squash(tag.get_text(" ")))


_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?)\]])(?=\s|$)")


def read_html(text: str, path: Path) -> Section:
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():  # an XHTML export reads well as HTML; the user is not to see bs4's advice
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return read_soup(BeautifulSoup(text, "lxml"))


def read_soup(soup: Any) -> Section:
    """A page already parsed by BeautifulSoup (one a caller has trimmed first) as the common tree."""
    flat = [Section(title="", level=0)]
    _walk(soup.body or soup, flat)
    return nest(flat)


def read_fragment(text: str, base_level: int = 0) -> tuple[list[Block], list[Section]]:
    """HTML inside another format (a Markdown HTML block): its leading blocks, and the sections its headings open
    (a toggle's one level below ``base_level``, the level of the heading the fragment sits under)."""
    from bs4 import BeautifulSoup

    flat = [Section(title="", level=base_level)]
    _walk(BeautifulSoup(text, "lxml"), flat)
    return flat[0].blocks, flat[1:]


_SUMMARY_ONLY = re.compile(r"^\s*<details\b[^>]*>\s*<summary\b[^>]*>(.*?)</summary>\s*$", re.S | re.I)


def summary_only(html: str) -> str | None:
    """``<details><summary>Dana Ortiz</summary>`` with what it folds written after it (Markdown in a README): the
    summary's text, or None."""
    from bs4 import BeautifulSoup

    match = _SUMMARY_ONLY.match(html)
    return (_text(BeautifulSoup(match.group(1), "lxml")) or None) if match else None


def _walk(node: Any, flat: list[Section], toggles: set[int] | None = None) -> None:
    """``toggles``: the ids of the sections toggles opened (a toggle after a toggle is its sibling)."""
    from bs4 import NavigableString, Tag

    toggles = set() if toggles is None else toggles
    for child in node.children:
        if isinstance(child, NavigableString):
            text = squash(str(child))
            if text and child.__class__.__name__ == "NavigableString":
                flat[-1].blocks.append(Para(text=text))
            continue
        if not isinstance(child, Tag) or child.name in _SKIP:
            continue
        name = child.name
        if _HEADING.match(name):
            _lift_held_blocks(child)
            said = _text(child)
            if len(typed := _bulleted_lines(child)) >= 2:
                for line in typed:  # <h4>o Cares about speed.<br>o Hates chores.</h4>: a list set in a heading's type
                    _add_glyph_item(flat[-1], line)
                continue
            if (detail := _detail_line(said)) is not None:
                flat[-1].blocks.append(detail)  # <h3><font>Age:</font>34</h3>: a card's detail set large, no part of the page
                continue
            if re.fullmatch(r"\d{1,3}\.?", said) and _HEADING.match(getattr(child.find_next_sibling(lambda t: t.name != "br"), "name", "")):
                continue  # <h4>05</h4> ⏎ <h2>Website</h2>: a case study's number for its next part, no part of its own
            if _pull_quote(said):
                flat[-1].blocks.append(Para(text=said))  # <h3>“I love a story I can live in.”</h3>: her words, set large
                continue
            flat.append(Section(title=said, level=_heading_level(child)))
        elif _is_toggle(child):
            _walk_toggle(child, flat, toggles)
        elif name in ("ul", "ol") and (listed := _toggle_list(child)):
            for toggle in listed:
                _walk_toggle(toggle, flat, toggles)
        elif name == "p" and len(lines := _labelled_lines(child)) >= 2:
            flat[-1].blocks.extend(lines)  # "<p><strong>Name:</strong> Gwen<br><strong>Age:</strong> 52</p>": a field a line
        elif name == "p" and len(typed := _bulleted_lines(child)) >= 2:
            for line in typed:  # <p>- Too many forms<br> - No time to read them</p>: a list typed into a paragraph
                _add_glyph_item(flat[-1], line)
        elif name == "p":
            para = _para(child)
            if bullet := GLYPH_BULLET.match(para.text):
                _add_glyph_item(flat[-1], para.text[bullet.end():])
            elif para.text:
                flat[-1].blocks.append(para)
        elif name in ("ul", "ol") and child.find(_HEADING, recursive=False) is not None:
            _walk_headed_list(child, flat)
        elif name in ("ul", "ol"):
            flat[-1].blocks.append(ItemList(items=_list_items(child)))
        elif name == "table" and _layout_table(child):
            _walk(child, flat, toggles)  # a page laid out in a table: its cells hold headings and their parts
        elif name == "table":
            flat[-1].blocks.extend(_tables(child))
        elif name == "dl":
            items = []
            for dt in child.find_all("dt"):
                dd = dt.find_next_sibling("dd")
                # a definition that is a list ("Pain points" ⏎ its bullets, as AsciiDoc's "Pain points::" gives): its items
                lists = [sub for sub in dd.find_all(["ul", "ol"]) if sub.find_parent("dd") is dd] if dd else []
                children = [_item(li) for sub in lists for li in sub.find_all("li", recursive=False)]
                for sub in lists:
                    sub.extract()
                label, rest = _text(dt).rstrip(":："), _text(dd) if dd else ""
                items.append(Item(text=f"{label}: {rest}" if rest else f"{label}:", label=label, rest=rest, term=True,
                                  children=children))
            flat[-1].blocks.append(ItemList(items=items))
        elif name in _CONTAINERS and (level := _card_name_level(child)):
            flat.append(Section(title=_text(child), level=level))  # <div class="persona__name">Shalini</div>: a card's title
        elif name in _CONTAINERS and _styled_label(child) and child.find(_BLOCKS) is None:
            flat[-1].blocks.append(_para(child))  # <div class="section-label">Pain Points</div> ⏎ <ul>…: a field label
        elif name in _CONTAINERS or name not in ("br", "hr"):
            _walk(child, flat, toggles)


#: A heading that is a quotation and nothing else, and what it quotes.
_QUOTED = re.compile(r'^["“]([^"“”]+)["”]$')


def _pull_quote(text: str) -> bool:
    """A heading that is a quoted sentence: what a persona says, set large, not a title ("“The Busy Planner”" is one)."""
    quoted = _QUOTED.match(text)
    return quoted is not None and (quoted.group(1).rstrip().endswith((".", "!", "?", "…")) or len(quoted.group(1).split()) >= 7)


def _walk_headed_list(tag: Any, flat: list[Section]) -> None:
    """A list that holds its own heading ("<ul><h3>Frustrations</h3><li>…</li></ul>", invalid but drawn as a titled
    list): each heading opens its section, the items after it are its list."""
    run: list[Any] = []
    for child in [*tag.find_all(["li", "ul", "ol", *_HEADINGS], recursive=False), None]:
        if child is not None and child.name not in _HEADINGS:
            run.append(child)
            continue
        if items := _items_of(run):
            flat[-1].blocks.append(ItemList(items=items))
        run = []
        if child is not None:
            flat.append(Section(title=_text(child), level=_heading_level(child)))


def _toggle_title(tag: Any) -> Any:
    """A collapsible block that holds paragraphs or headings, not only a list: the element holding its title, or None.
    ``<details><summary>Dana Ortiz</summary>…`` (a Notion toggle, a README's folded part) and Confluence's expand
    macro (``<div class="expand-container">`` with ``expand-control-text``): its title is a heading over what it folds."""
    if tag.name == "details":
        title = tag.find("summary", recursive=False)
    elif tag.name == "div" and "expand-container" in (tag.get("class") or []):
        title = tag.find(class_="expand-control-text")
    else:
        return None
    folded = tag.find(["p", "h1", "h2", "h3", "h4", "h5", "h6", "table"])
    return title if title is not None and _text(title) and folded is not None else None


def _is_toggle(tag: Any) -> bool:
    return _toggle_title(tag) is not None


def _toggle_list(tag: Any) -> list[Any]:
    """Notion exports a list of toggles as ``<ul class="toggle"><li><details>…``: the toggles, when every item is one."""
    items = tag.find_all("li", recursive=False)
    toggles = [d for li in items if (d := li.find("details", recursive=False)) is not None and _is_toggle(d)]
    return toggles if items and len(toggles) == len(items) else []


def toggle_parent(flat: list[Section], toggles: set[int]) -> Section:
    """The heading a toggle sits under, of the sections read so far (``toggles``: the ids of those toggles opened):
    toggles in a row are siblings, not each other's children."""
    return next(s for s in reversed(flat) if id(s) not in toggles)


def _walk_toggle(toggle: Any, flat: list[Section], toggles: set[int]) -> None:
    """The toggle as a section one level below the heading it sits under."""
    heading = toggle_parent(flat, toggles)
    title = _toggle_title(toggle)
    flat.append(Section(title=_text(title), level=min(heading.level + 1, 6)))
    toggles.add(id(flat[-1]))
    title.extract()
    _walk(toggle, flat, toggles)


#: A class that styles an element as a card's name ("persona__name", "card-title"), and one that marks the card.
_NAME_CLASS = re.compile(r"(?:^|[-_])(?:name|title)$", re.I)
_CARD_CLASS = re.compile(r"^(?:persona|profile|user|customer|card)(?:[-_]?card)?$", re.I)
_HEADING = re.compile(r"^h[1-6]$")
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def _classed_as_name(tag: Any) -> bool:
    return any(_NAME_CLASS.search(c) for c in (tag.get("class") or []))


def _card_of(tag: Any) -> Any:
    return tag.find_parent(lambda t: any(_CARD_CLASS.match(c) for c in (t.get("class") or [])))


def _card_level(card: Any) -> int:
    """The heading level a card's name stands for: one below the last heading outside the cards, above the card's
    own headings; 0 when the card's own headings are as high."""
    outer = card.find_previous(_HEADING)
    while outer is not None and _card_of(outer) is not None:
        outer = outer.find_previous(_HEADING)
    level = int(outer.name[1]) + 1 if outer is not None else 2
    inner = [int(h.name[1]) for h in card.find_all(_HEADING)]
    return level if not inner or min(inner) > level else 0


def _card_name_level(tag: Any) -> int:
    """The heading level of a short text in an element classed as a name or a title, inside an element classed as a
    persona's (or a profile's, a user's, a card's), or 0 when it is none: the card's first such element is its name;
    a later one ("persona-section-title": Pains) titles a part of the card, one level below."""
    if not _classed_as_name(tag) or tag.find(_BLOCKS) is not None:
        return 0
    card = _card_of(tag)
    if card is None or not 0 < len(_text(tag).split()) <= 8 or not (level := _card_level(card)):
        return 0
    titles = _card_titles(card)
    return level if titles and titles[0] is tag else level + 1


def _heading_level(tag: Any) -> int:
    """An <hN>'s level; inside a card whose parts are titled by class, below those titles ("Pains" ⏎ <h4>With
    competitors</h4> ⏎ its list: a part of the pains, not a sibling of them)."""
    level = int(tag.name[1])
    card = _card_of(tag)
    if card is None or len(_card_titles(card)) < 2 or not (name_level := _card_level(card)):
        return level
    return max(level, name_level + 2)


def _card_titles(card: Any) -> list[Any]:
    """A card's elements classed as a name or a title that hold a short text of their own: its name first, then the
    titles of its parts."""
    return [t for t in card.find_all(_classed_as_name) if t.find(_BLOCKS) is None and _text(t)]


def _lead_bold(tag: Any) -> str | None:
    from bs4 import NavigableString, Tag

    for child in tag.children:
        if isinstance(child, NavigableString):
            if str(child).strip():
                return None
            continue
        if isinstance(child, Tag):
            if child.name in ("strong", "b"):
                return _text(child)
            if child.name in ("span", "a", "em", "i") and child.find(["strong", "b"]):
                return _lead_bold(child)
            return None
    return None


_BLOCKS = ["p", "ul", "ol", "table", "dl", "div", "h1", "h2", "h3", "h4", "h5", "h6"]


def _lift_held_blocks(heading: Any) -> None:
    """A heading holds no list or paragraph; one that does was left open ("<h3>Frustrations</hli>" ⏎ "<ul>…"), and
    lxml, as a browser, nests what follows inside it. Its first block and everything after it are moved out, after the
    heading, to be read as the section's content; the heading keeps the words before them."""
    block = heading.find(["p", "ul", "ol", "table", "dl", "div", *_HEADINGS])  # (or a heading: "<h4>…</h3>" left it open)
    if block is None:
        return
    while block.parent is not heading:
        block = block.parent
    held = [block, *block.next_siblings]
    for node in held:
        node.extract()
    heading.insert_after(*held)
#: A class that styles an element as a label ("section-label", "field_label"): a card's field name shown without <b>.
_LABEL_CLASS = re.compile(r"(?:^|[-_])label(?:$|[-_])", re.I)


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)


def _styled_label(tag: Any, text: str | None = None) -> bool:
    """An element its class or its inline style shows as a label: a short phrase, not a sentence. (The attributes are
    asked first: every container of the page comes here, and its text is the text of all it holds.)"""
    if not (any(_LABEL_CLASS.search(c) for c in (tag.get("class") or [])) or _BOLD_STYLE.search(tag.get("style") or "")):
        return False
    text = _text(tag) if text is None else text
    return 0 < len(text.split()) <= 6 and not text.rstrip().endswith((".", "!", "?"))


def _labelled_lines(tag: Any) -> list[Para]:
    """A paragraph whose lines, broken by <br>, each open with a bold label: one paragraph per line; [] otherwise."""
    from bs4 import BeautifulSoup

    if tag.find("br", recursive=False) is None:
        return []
    lines: list[list[Any]] = [[]]
    for node in list(tag.children):
        if getattr(node, "name", None) == "br":
            lines.append([])
        else:
            lines[-1].append(node)
    paras = []
    for nodes in lines:
        line = BeautifulSoup("<p></p>", "lxml").new_tag("p")
        for node in nodes:
            line.append(copy.copy(node))  # (copies: the paragraph stays whole when its lines are not all fields)
        if _text(line):
            paras.append(_para(line))
    return paras if all(p.label and p.bold for p in paras) else []


def _para(tag: Any) -> Para:
    text = _text(tag)
    bold = _lead_bold(tag) or (text if _styled_label(tag, text) else None)
    label, rest = split_label(text, bold)
    return Para(text=text, label=label, rest=rest, bold=bool(bold and label))


#: "o Hates chores", "- Late deliveries": Word's second-level "o" and a hyphen, typed as bullets, besides the glyphs.
_LETTER_BULLET = re.compile(r"^[o-]\s+(?=\S)")


def _bulleted_lines(tag: Any) -> list[str]:
    """The lines of a tag broken by <br>, each opened by a typed bullet, without it; [] unless every line is one."""
    if tag.find("br") is None:
        return []
    marked = copy.copy(tag)
    for br in marked.find_all("br"):
        br.replace_with("\u2028")  # (a line the source wraps is one line: only <br> ends one)
    lines = [squash(line) for line in marked.get_text(" ").split("\u2028")]
    lines = [line for line in lines if line]
    marks = [GLYPH_BULLET.match(line) or _LETTER_BULLET.match(line) for line in lines]
    if len(lines) < 2 or not all(marks):
        return []
    return [line[mark.end():] for line, mark in zip(lines, marks, strict=True) if mark]


def _detail_line(text: str) -> Para | None:
    """"Age: 34", "Location: Alexandria", "Name: Odile": a line of a card's details ("Label: value"), or None."""
    from callinsight.personas.names import NAME_ITEM
    from callinsight.personas.vocab import PROFILE_DETAIL

    label, rest = split_label(text, None)
    detail = label and (PROFILE_DETAIL.match(label) or NAME_ITEM.match(text))
    return Para(text=text, label=label, rest=rest) if detail and rest else None


def _layout_table(table: Any) -> bool:
    """A persona's page laid out in a table: a cell of it holds two or more headings of a persona's fields, one of them
    its troubles ("<td><h2>Goals &amp; Needs</h2>…<h2>Pain Points</h2>…</td>"); an old manual's layout tables hold
    headings of other things ("Introduction", "Description of XPath Objects")."""
    if table.find(_HEADING) is None:
        return False  # (most tables: read as tables without looking into each cell)
    return any(lays_out_a_persona([_text(h) for h in cell.find_all(_HEADING)]) for cell in table.find_all(["td", "th"]))


def lays_out_a_persona(headings: list[str]) -> bool:
    """Headings found in a table that make it a persona's page laid out: they name two or more of a persona's fields,
    one of them its troubles ("Pain Points", "Frustrations")."""
    from callinsight.personas.model import CONCERN_SECTIONS, field_of

    fields = {field for heading in headings if (field := field_of(heading.strip()))}
    return len(fields) >= 2 and bool(fields & set(CONCERN_SECTIONS))


def _add_glyph_item(section: Section, text: str) -> None:
    """A paragraph opened by a bullet glyph ("• Deliveries are late": Word's or Google Docs' typed bullets, RTF) is
    an item of the list that the paragraphs before it began."""
    label, rest = split_label(text, None)
    item = Item(text=text, label=label, rest=rest)
    if section.blocks and isinstance(section.blocks[-1], ItemList):
        section.blocks[-1].items.append(item)
    else:
        section.blocks.append(ItemList(items=[item]))


def _list_items(tag: Any) -> list[Item]:
    """A list's items; a sub-list written straight inside the list, after an item rather than inside it
    ("<li><strong>Frustrations:</strong></li><ul><li>…</li></ul>", invalid but drawn nested), belongs to that item."""
    return _items_of(tag.find_all(["li", "ul", "ol"], recursive=False))


def _items_of(children: list[Any]) -> list[Item]:
    """The items of a list's own <li>, <ul> and <ol> children, each sub-list under the item before it."""
    items: list[Item] = []
    for child in children:
        if child.name == "li":
            items.append(_item(child))
        elif items:
            items[-1].children.extend(_list_items(child))
        else:
            items.extend(_list_items(child))
    return items


def _item(li: Any) -> Item:
    # the item's own sub-lists, also those wrapped in a toggle (<details><summary>Needs</summary><ul>…, Notion)
    nested = [sub for sub in li.find_all(["ul", "ol"]) if sub.find_parent("li") is li]
    for sub in nested:
        sub.extract()
    text = _text(li)
    bold = _lead_bold(li.find("p", recursive=False) or li)
    label, rest = split_label(text, bold)
    links = " ".join(a.get_text(" ") for a in li.find_all("a"))
    item = Item(text=text, label=label, rest=rest, link_only=bool(links.strip()) and squash(links) == text,
                bold=bool(bold and label))
    for sub in nested:
        item.children.extend(_item(x) for x in sub.find_all("li", recursive=False))
    return item


def _tables(tag: Any) -> list[Table]:
    """A table, or a layout table cut at its rows of headings ("<td><h3>Background</h3></td><td><h3>Frustrations</h3>"
    ⏎ their lists ⏎ "<td><h3>His Motivations</h3></td>…" ⏎ …): one table per heading row, its headings as the header."""
    rows = tag.find_all("tr")
    heads = [i for i, tr in enumerate(rows) if _heading_row(tr)]
    if len(heads) < 2:
        return [_table(tag)]
    return [_table(tag, rows[start:end]) for start, end in zip(heads, [*heads[1:], len(rows)], strict=True)]


def _heading_row(tr: Any) -> bool:
    cells = tr.find_all(["td", "th"], recursive=False)
    return bool(cells) and all((h := cell.find(["h1", "h2", "h3", "h4", "h5", "h6"])) is not None
                               and _text(h) == _text(cell) for cell in cells if _text(cell))


def _table(tag: Any, only: list[Any] | None = None) -> Table:
    rows = []
    for tr in tag.find_all("tr") if only is None else only:
        cells = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            for li in cell.find_all("li"):  # one line each, its own line breaks wrapping its sentence
                if li.find(["ul", "ol"]) is None:
                    li.string = squash(li.get_text(" "))
            for br in cell.find_all("br"):
                br.replace_with("\n")
            lines = [squash(line) for line in cell.get_text("\n").split("\n")]
            cells.append("\n".join(line for line in lines if line))
        rows.append(cells)
    return Table(header=rows[0] if rows else [], rows=rows[1:])
