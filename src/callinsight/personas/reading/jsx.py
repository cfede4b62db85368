"""A page component whose personas are written in its markup, not kept as data (a portfolio's case study:
``return (<div className="persona"><h3>Frustrations</h3><ul><li>…</li></ul></div>)``): the JSX the file
renders, as the HTML a browser would be given, for the HTML reader. What only the running code knows (``{user.name}``,
``<Navbar />``) is left out; text written inside braces (``{"Sarah’s story"}``) is kept."""

from __future__ import annotations

import html
from typing import Any

_ELEMENTS = ("jsx_element", "jsx_self_closing_element", "jsx_fragment")
_STRINGS = ("string", "template_string")
#: Tags a browser ends at once: written "<img … />" in JSX, "<img …>" in HTML.
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def jsx_markup(text: str, *, typescript: bool) -> str:
    """The markup of every outermost JSX element of the file, in order, as HTML; "" when the file renders none."""
    import tree_sitter
    import tree_sitter_typescript

    if typescript:  # TypeScript's own grammar reads "<T>value" as a type assertion, never as markup
        return ""
    grammar = tree_sitter.Language(tree_sitter_typescript.language_tsx())
    root = tree_sitter.Parser(grammar).parse(text.encode("utf-8")).root_node
    return "\n".join(_render(node) for node in _outermost(root))


def _outermost(node: Any) -> list[Any]:
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if current.type in _ELEMENTS:
            found.append(current)
            continue
        stack.extend(reversed(current.named_children))
    return found


def _render(node: Any) -> str:
    if node.type in ("jsx_text", "html_character_reference"):  # (an entity, "&nbsp;", the HTML reader decodes)
        return _text(node)
    if node.type == "jsx_expression":  # {"words"} as written, {cond && <p>…</p>} or {list.map(…)} as its markup
        strings = [c for c in node.named_children if c.type in _STRINGS]
        if strings:
            return html.escape("".join(_text(part) for s in strings for part in s.named_children))
        return "".join(_render(inner) for inner in _outermost_below(node))
    if node.type == "jsx_self_closing_element":
        tag = _tag(node)
        if tag == "div":  # <Navbar />: a component whose markup only the running code knows
            return ""
        return f"<{tag}{_attributes(node)}>" if tag in _VOID else f"<{tag}{_attributes(node)}></{tag}>"
    if node.type in ("jsx_element", "jsx_fragment"):
        opening = next((c for c in node.named_children if c.type == "jsx_opening_element"), None)
        inner = "".join(_render(c) for c in node.named_children
                        if c.type not in ("jsx_opening_element", "jsx_closing_element"))
        if opening is None or opening.child_by_field_name("name") is None:  # <>…</>: its children only
            return inner
        tag = _tag(opening)
        return f"<{tag}{_attributes(opening)}>{inner}</{tag}>"
    return ""


def _outermost_below(node: Any) -> list[Any]:
    return [found for child in node.named_children for found in _outermost(child)]


def _tag(node: Any) -> str:
    """An HTML element's own name; a component's (<Link>, <Card.Body>) is a plain container, as it renders one."""
    name = _text(node.child_by_field_name("name"))
    return name.lower() if name.isalnum() and name[:1].islower() else "div"


def _attributes(node: Any) -> str:
    """The attributes written as plain strings (class, id, alt); a computed one is left out."""
    out = []
    for attribute in (c for c in node.named_children if c.type == "jsx_attribute"):
        parts = attribute.named_children
        if len(parts) == 2 and parts[1].type == "string":
            name = "class" if _text(parts[0]) == "className" else _text(parts[0])
            value = "".join(_text(p) for p in parts[1].named_children)
            out.append(f' {name}="{html.escape(value)}"')
    return "".join(out)


def _text(node: Any) -> str:
    return node.text.decode("utf-8", errors="replace") if node is not None and node.text is not None else ""
