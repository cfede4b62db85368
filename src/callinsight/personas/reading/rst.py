"""reStructuredText through docutils' own parser into the common tree.

Sphinx roles (``:ref:``, ``:abbr:``, ``:doc:``) are unknown to plain docutils; they are registered as
plain text so their words survive instead of turning into error nodes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from callinsight.personas.reading.inline import split_label, squash
from callinsight.personas.reading.tree import Item, ItemList, Para, Section, Table

_SPHINX_ROLES = ("ref", "abbr", "doc", "term", "guilabel", "menuselection", "command", "file", "program", "option")


def read_rst(text: str, path: Path) -> Section:
    from docutils.core import publish_doctree

    _register_roles()
    with _unknown_directives_kept():
        doctree = publish_doctree(
            text,
            source_path=str(path),
            settings_overrides={
                "report_level": 5, "halt_level": 5, "doctitle_xform": False, "file_insertion_enabled": False,
                "raw_enabled": False, "input_encoding": "unicode",
            },
        )
    root = Section(title="", level=0)
    _fill(root, doctree)
    return root


def _register_roles() -> None:
    from docutils import nodes
    from docutils.parsers.rst import roles

    def plain(name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None) -> Any:
        shown = text.split("<")[0].strip() or text  # :ref:`title <target>` keeps the title
        return [nodes.inline(rawtext, shown)], []

    for role in _SPHINX_ROLES:
        roles.register_local_role(role, plain)


@contextmanager
def _unknown_directives_kept() -> Iterator[None]:
    """A Sphinx extension's directive (``.. define-persona::`` with ``:name:``, ``:goals:``, ``:frustrations:``) is
    unknown to plain docutils, which would drop it with its content; here its options and content are kept."""
    from docutils.parsers.rst import Directive, directives

    class AnyOptions(dict):  # every option name is accepted, its value kept as written
        def __contains__(self, key: object) -> bool:
            return True

        def __bool__(self) -> bool:  # docutils reads options only when the spec is not empty
            return True

        def __getitem__(self, key: str) -> Any:
            return directives.unchanged

    class KeptDirective(Directive):
        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec = AnyOptions()

        def run(self) -> list[Any]:
            from docutils import nodes

            node = nodes.container(classes=["kept-directive"], options=dict(self.options))
            self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    known = directives.directive

    def lookup(name: str, language: Any, document: Any) -> tuple[Any, list[Any]]:
        found, messages = known(name, language, document)
        return (found or KeptDirective), messages

    directives.directive = lookup
    try:
        yield
    finally:
        directives.directive = known


def _kept_directive(section: Section, node: Any) -> None:
    """Options of a kept directive as labelled lines; one that names something and has fields is a record."""
    options: dict[str, str] = {k: v or "" for k, v in node["options"].items()}
    name = next((options.pop(k) for k in ("name", "title") if options.get(k)), "")
    target = Section(title=squash(name), level=section.level + 1, record=True) if name and options else section
    _fill(target, node)  # its text first: it introduces the person, and after a field it would read as part of it
    for key, value in options.items():
        label = key.replace("-", " ").replace("_", " ").capitalize()
        lines = [squash(line) for line in value.splitlines() if line.strip()]
        if len(lines) > 1:
            target.blocks += [Para(text=f"{label}:", label=label, rest=""), ItemList(items=[Item(text=t) for t in lines])]
        else:
            target.blocks.append(Para(text=f"{label}: {' '.join(lines)}", label=label, rest=" ".join(lines)))
    if target is not section:
        section.children.append(target)


def _fill(section: Section, node: Any) -> None:
    from docutils import nodes

    for child in node.children:
        if isinstance(child, nodes.container) and "options" in child.attributes:
            _kept_directive(section, child)
        elif isinstance(child, nodes.section):
            title = child.next_node(nodes.title)
            sub = Section(title=squash(title.astext()) if title else "", level=section.level + 1)
            section.children.append(sub)
            _fill(sub, child)
        elif isinstance(child, nodes.paragraph):
            section.blocks.append(_para(child))
        elif isinstance(child, (nodes.bullet_list, nodes.enumerated_list)):
            section.blocks.append(ItemList(items=[_item(li) for li in child.children if isinstance(li, nodes.list_item)]))
        elif isinstance(child, nodes.definition_list):
            items = []
            for dli in child.children:
                term = dli.next_node(nodes.term)
                definition = dli.next_node(nodes.definition)
                label = squash(term.astext()) if term else None
                rest = squash(definition.astext()) if definition else ""
                items.append(Item(text=f"{label}: {rest}" if label else rest, label=label, rest=rest, term=label is not None))
            section.blocks.append(ItemList(items=items))
        elif isinstance(child, nodes.field_list):
            for field in child.children:
                name, body = squash(field[0].astext()), squash(field[1].astext())
                section.blocks.append(Para(text=f"{name}: {body}", label=name, rest=body))
        elif isinstance(child, nodes.table):
            section.blocks.append(_table(child))
        elif isinstance(child, (nodes.block_quote, nodes.container, nodes.compound, nodes.topic, nodes.sidebar, nodes.Admonition)):
            _fill(section, child)
        # titles, comments, targets, system messages, literal blocks: not persona content


def _para(node: Any) -> Para:
    from docutils import nodes

    text = squash(node.astext())
    first = node.children[0] if node.children else None
    bold = squash(first.astext()) if isinstance(first, nodes.strong) else None
    label, rest = split_label(text, bold)
    return Para(text=text, label=label, rest=rest, bold=bool(bold and label))


def _item(li: Any) -> Item:
    from docutils import nodes

    item = Item(text="")
    for child in li.children:
        if isinstance(child, nodes.paragraph) and not item.text:
            p = _para(child)
            item.text, item.label, item.rest, item.bold = p.text, p.label, p.rest, p.bold
        elif isinstance(child, (nodes.bullet_list, nodes.enumerated_list)):
            item.children.extend(_item(sub) for sub in child.children if isinstance(sub, nodes.list_item))
        elif isinstance(child, (nodes.paragraph, nodes.block_quote)):
            for p in child.traverse(nodes.paragraph) if isinstance(child, nodes.block_quote) else [child]:
                sub = _para(p)
                item.children.append(Item(text=sub.text, label=sub.label, rest=sub.rest))
    return item


def _table(node: Any) -> Table:
    from docutils import nodes

    header: list[str] = []
    rows: list[list[str]] = []
    for row in node.traverse(nodes.row):
        cells = [squash(entry.astext()) for entry in row.children]
        in_head = isinstance(row.parent, nodes.thead)
        if (in_head and not header) or not header:
            header = cells
        else:
            rows.append(cells)
    return Table(header=header, rows=rows)
