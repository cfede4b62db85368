"""Personas a team keeps as data in its code: the object and array literals of a TypeScript or JavaScript file
(``export const personas: Persona[] = [{ name: "Brianna", painPoints: ["…"] }]``), read with tree-sitter's
grammars, and the literals of a Python file (``PERSONAS = {"Resident": {"name": …}}``, ``Persona(name=…, …)``),
read with Python's own ``ast``; both are handed to the YAML/JSON reader as the data they are. Code is never run;
functions, calls and computed values are left out, so only what is written out as text counts."""

from __future__ import annotations

import ast
import codecs
import re
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.tree import Section

#: TypeScript's own grammar reads ``<T>value`` as a type assertion; the TSX grammar (JSX and plain JavaScript,
#: which it also reads) as markup.
_TYPESCRIPT = (".ts", ".mts", ".cts")
#: Single-file components: a <script> block of code beside the page's markup (Vue's <template>, Svelte's markup).
_COMPONENTS = (".vue", ".svelte")
SCRIPT_SUFFIXES = (*_TYPESCRIPT, ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".py", *_COMPONENTS)
#: A literal whose variable says it holds people is preferred to the page's other data (links, colours, settings).
_PEOPLE_NAME = re.compile(r"persona|profile|user|customer|audience|segment|archetype|buyer|icp|member|role|stor(y|ies)|"
                          r"people|character|(?:페르소나|퍼소나)", re.I)
_WRAPPED = ("as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression", "type_assertion")
_JSX = ("jsx_element", "jsx_fragment", "jsx_self_closing_element")
#: Calls that only hand data to a framework's state, which keeps it as written.
_STATE_WRAPPERS = frozenset({"ref", "reactive", "readonly", "shallowRef", "shallowReactive", "writable", "readable", "signal", "useState",
                             "Object.freeze", "markRaw", "$state"})
_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]+)\}")


def read_script(text: str, path: Path) -> Section:
    if path.suffix.lower() in _COMPONENTS:
        return _read_component(text, path)
    literals = script_literals(text, path)
    if not literals and path.suffix.lower() != ".py":  # no data: the personas may be written in the page's markup
        from callinsight.personas.reading.html import read_html
        from callinsight.personas.reading.jsx import jsx_markup

        if markup := jsx_markup(text, typescript=path.suffix.lower() in _TYPESCRIPT):
            return read_html(markup, path)
    if not literals:
        raise InputError(str(path), "no persona data: no object or array literal holding text and no markup in this script",
                         hint="personas kept in code are read from literals such as "
                              "`export const personas = [{ name: \"…\", painPoints: [\"…\"] }]` or `PERSONAS = [{\"name\": \"…\"}]`")
    return _people_tree(literals, path)


def _people_tree(literals: dict[str, Any], path: Path) -> Section:
    from callinsight.personas.reading.yamlish import data_tree

    people = {name: value for name, value in literals.items() if _PEOPLE_NAME.search(name)} or literals
    # records before flat lookups: PERSONAS = {"Resident": {…}} over PERSONA_CATEGORIES = {"Age": "how old they are"}
    people = {name: value for name, value in people.items() if _holds_records(value)} or people
    return data_tree(next(iter(people.values())) if len(people) == 1 else people, path)


#: (a component cut short keeps its script to the end of the file)
_SCRIPT_BLOCK = re.compile(r"<script\b(?P<attributes>[^>]*)>(?P<code>.*?)(?:</script\s*>|\Z)", re.S | re.I)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.S | re.I)
_INTERPOLATION = re.compile(r"\{\{.*?\}\}|\{[#/:@][^{}]*\}|\{[^{}]*\}", re.S)


def _read_component(text: str, path: Path) -> Section:
    """A Vue or Svelte component: the data literals of its script blocks, else its markup read as the page it renders
    (what is only filled in when it runs, "{{ person.bio }}", left out)."""
    from callinsight.personas.reading.html import read_html

    literals: dict[str, Any] = {}
    for block in _SCRIPT_BLOCK.finditer(text):
        literals.update(data_literals(block["code"], typescript=bool(re.search(r"\blang=[\"']ts", block["attributes"]))))
    if literals:
        return _people_tree(literals, path)
    markup = _INTERPOLATION.sub(" ", _STYLE_BLOCK.sub("", _SCRIPT_BLOCK.sub("", text)))
    markup = re.sub(r"</?template\b[^>]*>", "", markup)
    if not markup.strip():
        raise InputError(str(path), "no persona data: no data literal in its script and no markup in this component")
    return read_html(markup, path)


def script_literals(text: str, path: Path) -> dict[str, Any]:
    """The literals of data of a script in the language its suffix names (Python, or TypeScript/JavaScript)."""
    if path.suffix.lower() == ".py":
        return python_literals(text, path)
    return data_literals(text, typescript=path.suffix.lower() in _TYPESCRIPT)


def _holds_records(value: Any) -> bool:
    items = value.values() if isinstance(value, dict) else value
    return any(isinstance(v, (dict, list)) for v in items)


def data_literals(text: str, *, typescript: bool) -> dict[str, Any]:
    """The file's literals of data with text in them, by the name they are given: every ``const``/``let``/``var``
    declaration, ``export default …`` and ``module.exports = …`` (``x.y = …`` named ``y``); the objects a decorator is
    called with (``@Persona({…})`` over each class), as one list under its name."""
    import tree_sitter
    import tree_sitter_typescript

    grammar = tree_sitter_typescript.language_typescript() if typescript else tree_sitter_typescript.language_tsx()
    parser = tree_sitter.Parser(tree_sitter.Language(grammar))
    root = parser.parse(text.encode("utf-8")).root_node
    if root.has_error and (closers := _unclosed(text)):  # a file cut short (an excerpt): its last literal closed at the end
        root = parser.parse(f"{text}\n{closers}".encode()).root_node
    found: dict[str, Any] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if (decorated := _decorator_record(node)) is not None:  # "@Persona({ name: …, painPoints: […] })" over a class
            name, record = decorated
            if _has_text(value := _value(record)):
                found.setdefault(name, []).append(value)  # one list of the file's records under the decorator's name
            continue
        named = _named_value(node)
        if named is not None:
            name, value_node = named
            value = _value(value_node)
            if isinstance(value, (list, dict)) and _has_text(value):
                key = name
                while key in found:
                    key += "_"
                found[key] = value
                continue
        stack.extend(reversed(node.named_children))
    return found


_CLOSER = {"(": ")", "[": "]", "{": "}"}
_CODE_TOKEN = re.compile(r"//[^\n]*|/\*.*?(?:\*/|\Z)|'(?:\\.|[^'\\\n])*'?|\"(?:\\.|[^\"\\\n])*\"?|`(?:\\.|[^`\\])*`?|[()\[\]{}]", re.S)


def _unclosed(text: str) -> str:
    """The brackets a script leaves open at its end, closed in order ("" when they balance or do not nest)."""
    stack: list[str] = []
    for token in _CODE_TOKEN.finditer(text):
        bracket = token.group()
        if bracket in _CLOSER:
            stack.append(_CLOSER[bracket])
        elif bracket in ")]}" and (not stack or stack.pop() != bracket):
            return ""
    return "".join(reversed(stack))


def _decorator_record(node: Any) -> tuple[str, Any] | None:
    """A decorator's name and the object literal it is called with, or None."""
    if node.type != "decorator" or (call := next((c for c in node.named_children if c.type == "call_expression"), None)) is None:
        return None
    args = call.child_by_field_name("arguments")
    record = next((a for a in args.named_children if a.type == "object"), None) if args is not None else None
    return (_text(call.child_by_field_name("function")), record) if record is not None else None


def _named_value(node: Any) -> tuple[str, Any] | None:
    if node.type == "variable_declarator" and (value := node.child_by_field_name("value")) is not None:
        return _text(node.child_by_field_name("name")), value
    if node.type == "export_statement" and (value := node.child_by_field_name("value")) is not None:
        return "default", value
    if node.type == "assignment_expression" and (value := node.child_by_field_name("right")) is not None:
        left = node.child_by_field_name("left")
        target = left.child_by_field_name("property") if left is not None and left.type == "member_expression" else left
        return _text(target) if target is not None else "value", value
    return None


def _value(node: Any) -> Any:
    """The Python value of a literal; None for what is only known when the code runs."""
    kind = node.type
    if kind in _WRAPPED:
        inner = [c for c in node.named_children if "type" not in c.type]
        return _value(inner[0]) if inner else None
    if kind == "object":
        record: dict[str, Any] = {}
        for pair in (c for c in node.named_children if c.type == "pair"):
            key_node, value_node = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            key = _value(key_node) if key_node.type == "string" else _text(key_node)
            value = _value(value_node)
            if key_node.type != "computed_property_name" and value is not None:
                record[str(key)] = value
        return record
    if kind == "array":
        return [v for v in (_value(c) for c in node.named_children) if v is not None]
    if kind in ("string", "template_string"):
        return "".join(_string_part(c) for c in node.named_children)
    if kind == "binary_expression" and _text(node.child_by_field_name("operator")) == "+":
        left, right = _value(node.child_by_field_name("left")), _value(node.child_by_field_name("right"))
        return left + right if isinstance(left, str) and isinstance(right, str) else None  # "…" + "…" over two lines
    if kind == "call_expression" and _text(node.child_by_field_name("function")) in _STATE_WRAPPERS:
        # "const personas = ref([{ … }])" (Vue), "writable([…])" (Svelte), "Object.freeze({…})": the data it wraps
        arguments = node.child_by_field_name("arguments")
        inner = [c for c in arguments.named_children if "type" not in c.type] if arguments is not None else []
        return _value(inner[0]) if len(inner) == 1 else None
    if kind == "number":
        return _number(_text(node))
    if kind in ("true", "false"):
        return kind == "true"
    if kind in _JSX and (props := _component_props(node)):
        return props
    if kind in _JSX:  # description: <>Struggles to <b>find</b> help</>: the words a reader sees
        return " ".join(" ".join(_text(t).split()) for t in _descendants(node, "jsx_text") if _text(t).strip()) or None
    return None


def _component_props(node: Any) -> dict[str, Any] | None:
    """The text props a component is given where it is written (``[<UserPersona name={"Greg"} frustrations={[…]} />,
    …]``): a record, like the object it could have been; None for markup (``<img alt="…" />``, ``<p>…</p>``) and for a
    component given no text."""
    opening = node if node.type == "jsx_self_closing_element" else \
        next((c for c in node.named_children if c.type == "jsx_opening_element"), None)
    if opening is None or (tag := opening.child_by_field_name("name")) is None or not _text(tag)[:1].isupper():
        return None
    props: dict[str, Any] = {}
    for attribute in (c for c in opening.named_children if c.type == "jsx_attribute"):
        key, value_node = attribute.named_children[0], attribute.named_children[-1]
        if value_node.type == "jsx_expression":
            inner = value_node.named_children
            value_node = inner[0] if len(inner) == 1 else value_node
        value = _value(value_node) if value_node is not key else None
        if value is not None and _has_text(value):
            props[_text(key)] = value
    texts = [v for v in props.values() if isinstance(v, (str, list, dict))]
    return props if len(texts) >= 2 and any(isinstance(v, (list, dict)) for v in texts) else None


def _string_part(node: Any) -> str:
    text = _text(node)
    if node.type == "escape_sequence":
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
        try:
            return codecs.decode(text, "unicode_escape") if text.startswith("\\") else text
        except UnicodeDecodeError:
            return text[1:]
    return text  # a fragment, or a template's ${…} as written


def _number(text: str) -> int | float | str:
    try:
        return int(text.replace("_", ""), 0)
    except ValueError:
        try:
            return float(text.replace("_", ""))
        except ValueError:
            return text


def _has_text(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(_has_text(v) for v in value.values())
    return isinstance(value, list) and any(_has_text(v) for v in value)


def _descendants(node: Any, kind: str) -> list[Any]:
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        if current.type == kind:
            out.append(current)
        stack.extend(reversed(current.children))
    return out


def _text(node: Any) -> str:
    return node.text.decode("utf-8", errors="replace") if node is not None and node.text is not None else ""


def python_literals(text: str, path: Path) -> dict[str, Any]:
    """A Python file's assignments of data with text in them (``PERSONAS = […]``, ``personas: list[Persona] = […]``),
    anywhere in the file, by the name they are assigned to."""
    try:
        tree = ast.parse(text)
    except SyntaxError as exc:
        raise InputError(str(path), f"invalid Python at line {exc.lineno}: {exc.msg}") from None
    found: dict[str, Any] = {}
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        value = _py_value(node.value) if targets and getattr(node, "value", None) is not None else None  # type: ignore[attr-defined]
        if isinstance(value, (list, dict)) and _has_text(value):
            target = targets[0]
            key = target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else "value"
            while key in found:
                key += "_"
            found[key] = value
    return found


def _py_value(node: ast.AST) -> Any:
    """The value of a Python literal; a call with keywords only (``Persona(name=…, goals=[…])``, ``dict(…)``) is the
    record it builds; None for what is only known when the code runs."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, (str, int, float, bool)) else None
    if isinstance(node, ast.Dict):
        return {str(k.value): v for k, v in ((k, _py_value(v)) for k, v in zip(node.keys, node.values, strict=True))
                if isinstance(k, ast.Constant) and v is not None}
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [v for v in (_py_value(e) for e in node.elts) if v is not None]
    if isinstance(node, ast.Call) and node.keywords and not node.args:
        return {k.arg: v for k in node.keywords if k.arg and (v := _py_value(k.value)) is not None}
    if isinstance(node, ast.JoinedStr):  # f"… {city} …": the words as written
        return "".join(str(p.value) if isinstance(p, ast.Constant) else
                       "{" + ast.unparse(p.value) + "}" if isinstance(p, ast.FormattedValue) else "" for p in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _py_value(node.left), _py_value(node.right)
        return left + right if isinstance(left, str) and isinstance(right, str) else None
    return None
