"""`callinsight personas import --help` names every format the importer reads."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.personas.reading.dispatch import SUFFIXES, TEMPLATE_SUFFIXES

#: How the help names the format of each file extension; a new reader needs a row here.
FORMAT_NAMES = {
    **dict.fromkeys((".md", ".markdown", ".mdown", ".mdx", ".qmd", ".rmd"), "Markdown"),
    ".txt": "plain text", ".ipynb": "Jupyter notebooks", ".rst": "reST", ".adoc": "AsciiDoc", ".asciidoc": "AsciiDoc",
    ".org": "Org", ".tex": "LaTeX", ".latex": "LaTeX", ".mediawiki": "wiki pages", ".wiki": "wiki pages",
    ".textile": "wiki pages", **dict.fromkeys((".html", ".htm", ".xhtml", ".shtml"), "HTML"),
    **dict.fromkeys(TEMPLATE_SUFFIXES, "page templates"),
    ".docx": "DOCX", ".odt": "ODT", ".rtf": "RTF", ".pptx": "PowerPoint", ".hwp": "HWP", ".hwpx": "HWPX", ".pdf": "PDF",
    ".csv": "CSV", ".xlsx": "XLSX", ".yaml": "YAML", ".yml": "YAML", ".json": "JSON",
    **dict.fromkeys((".ts", ".mts", ".cts", ".tsx"), "TypeScript"), **dict.fromkeys((".js", ".jsx", ".mjs", ".cjs"), "JavaScript"),
    ".py": "Python", ".vue": "Vue", ".svelte": "Svelte",
}


def test_import_help_names_every_format_the_importer_reads() -> None:
    assert set(SUFFIXES) == set(FORMAT_NAMES), "a reader was added or removed: name its format in the help and here"
    result = _help_text()
    for suffix, name in FORMAT_NAMES.items():
        assert name in result, f"{suffix}: the help does not name {name}"


def _help_text() -> str:
    result = CliRunner().invoke(app, ["personas", "import", "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    return re.sub(r"\s+", " ", result.output)
