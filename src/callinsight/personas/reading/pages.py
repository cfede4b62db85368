"""Pages that wrap a document in something else: a static-site page template (Nunjucks, Liquid, Jinja …) around
HTML or Markdown, and a Jupyter notebook (a Jupyter Book page) around Markdown cells."""

from __future__ import annotations

import json
import re
from pathlib import Path

from callinsight.errors import InputError
from callinsight.personas.reading.html import read_html
from callinsight.personas.reading.inline import strip_templates
from callinsight.personas.reading.markdown import read_markdown
from callinsight.personas.reading.tree import Section
from callinsight.personas.reading.yamlish import split_front_matter

#: Tags of template languages that are not {{ }} / {% %} (those go with the other page machinery): EJS, ERB, JSP, ASP
#: ("<% … %>") and PHP ("<?php … ?>", "<?= … ?>").
_ANGLE_TAGS = re.compile(r"<%.*?%>|<\?(?:php\b|=).*?(?:\?>|\Z)", re.S)
_HTML_BODY = re.compile(r"<(?:h[1-6]|p|div|ul|ol|table|section|article|main|dl)\b", re.I)


def read_template(text: str, path: Path) -> Section:
    """A page template: its front matter, and its body read as HTML when it is HTML, else as Markdown."""
    front, body = split_front_matter(text, path)
    body = strip_templates(_ANGLE_TAGS.sub("", body))
    if not _HTML_BODY.search(body):
        return read_markdown(text, path)
    root = read_html(body, path)
    root.meta = {**front, **root.meta}
    return root


def read_notebook(text: str, path: Path) -> Section:
    """A Jupyter notebook (a Jupyter Book page): its Markdown cells, in order; code and outputs are not the persona."""
    try:
        cells = json.loads(text).get("cells", [])
    except (json.JSONDecodeError, AttributeError):
        raise InputError(str(path), "not a readable Jupyter notebook (its JSON is broken)") from None
    markdown = ["".join(c["source"]) if isinstance(c.get("source"), list) else str(c.get("source", ""))
                for c in cells if isinstance(c, dict) and c.get("cell_type") == "markdown"]
    if not any(m.strip() for m in markdown):
        raise InputError(str(path), "a notebook without any Markdown cell")
    return read_markdown("\n\n".join(markdown), path)
