"""AsciiDoc (Antora and arc42 documentation sites) through asciidoc-py, the reference Python implementation, run as
its own program (``python -m asciidoc``).

asciidoc-py converts the document to DocBook in its safe mode (no ``sys::`` commands, no ``eval``, no includes from
outside the document's folder; its HTML backends cannot run in safe mode). The DocBook elements are renamed to the
HTML they stand for and the HTML reader builds the tree, so headings, lists, definition lists and tables keep their
structure."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.html import read_html
from callinsight.personas.reading.tree import Section

#: DocBook element -> the HTML element it stands for; elements not named here keep only their content.
_HTML = {
    "simpara": "p", "para": "p", "formalpara": "div", "itemizedlist": "ul", "orderedlist": "ol", "listitem": "li",
    "variablelist": "dl", "term": "dt", "informaltable": "table", "table": "table", "thead": "thead", "tbody": "tbody",
    "row": "tr", "entry": "td", "literal": "code", "blockquote": "blockquote", "literallayout": "pre", "screen": "pre",
    "programlisting": "pre", "section": "section", "simplesect": "section", "note": "aside", "tip": "aside",
    "important": "aside", "warning": "aside", "caution": "aside", "sidebar": "aside", "example": "div",
}
_DROPPED = frozenset({"colspec", "indexterm", "anchor", "remark"})


def read_asciidoc(text: str, path: Path) -> Section:
    # asciidoc-py is GPL: it runs as a program of its own, never imported into this process.
    # The file sits alone in a new folder: safe mode then allows includes from nowhere else.
    with tempfile.TemporaryDirectory(prefix="callinsight-adoc-") as folder:
        source = Path(folder) / "document.adoc"
        source.write_text(text, encoding="utf-8")
        try:
            done = subprocess.run([sys.executable, "-m", "asciidoc", "--safe", "--backend", "docbook45", "--out-file", "-",
                                   str(source)], capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise InputError(str(path), f"not readable as AsciiDoc: {exc}") from None
    if done.returncode != 0 or not done.stdout.strip():
        errors = [line for line in done.stderr.splitlines() if "ERROR" in line or "FAILED" in line or "No module" in line]
        reason = errors[0].split(": ", 3)[-1] if errors else f"asciidoc exited with {done.returncode}"
        raise InputError(str(path), f"not readable as AsciiDoc: {reason}")
    return read_html(_as_html(done.stdout), path)


def _as_html(docbook: str) -> str:
    from lxml import etree

    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False, recover=True)
    root = etree.fromstring(docbook.encode("utf-8"), parser)
    html = etree.Element("html")
    _convert(root, etree.SubElement(html, "body"), depth=1)
    return etree.tostring(html, encoding="unicode", method="html")


def _convert(node: Any, parent: Any, depth: int) -> None:
    """Append ``node``'s children, as HTML, to ``parent``; ``depth`` is the heading level of a title met here."""
    from lxml import etree

    if node.text and node.text.strip():
        _append_text(parent, node.text)
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""
        if not tag or tag in _DROPPED:
            pass
        elif tag == "title":
            heading = etree.SubElement(parent, f"h{min(depth, 6)}")
            heading.text = "".join(child.itertext()).strip()
        elif tag == "emphasis":
            element = etree.SubElement(parent, "strong" if child.get("role") in ("strong", "bold") else "em")
            _convert(child, element, depth)
        elif tag == "varlistentry":
            _varlistentry(child, parent, depth)
        elif tag in _HTML:
            # nested sections become flat HTML: the headings carry the levels
            nested = tag == "section" and parent.tag != "body"
            element = parent if nested else etree.SubElement(parent, _HTML[tag])
            _convert(child, element, depth + 1 if tag in ("section", "simplesect") else depth)
            if tag == "row" and child.getparent() is not None and child.getparent().tag == "thead":
                for cell in element:
                    cell.tag = "th"
        else:  # article, articleinfo, tgroup, …: only their content counts
            _convert(child, parent, depth + 1 if tag == "article" else depth)
        if child.tail and child.tail.strip():
            _append_text(parent, child.tail)


def _varlistentry(entry: Any, parent: Any, depth: int) -> None:
    from lxml import etree

    for part in entry:
        if part.tag == "term":
            term = etree.SubElement(parent, "dt")
            _convert(part, term, depth)
        elif part.tag == "listitem":
            definition = etree.SubElement(parent, "dd")
            _convert(part, definition, depth)


def _append_text(parent: Any, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
