"""Which reader a file goes to, by its extension; text formats must be UTF-8."""

from __future__ import annotations

from pathlib import Path

from callinsight.errors import InputError
from callinsight.personas.reading.tree import Section

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mdx", ".qmd", ".rmd", ".txt")  # .qmd Quarto, .rmd R Markdown
SUFFIXES = (*MARKDOWN_SUFFIXES, ".yaml", ".yml", ".json", ".rst", ".html", ".htm", ".docx", ".pdf", ".csv", ".xlsx")
_BINARY = (".docx", ".pdf", ".xlsx")


def read_document(path: Path) -> Section:
    """The file as the common tree. Raises ``InputError`` when it cannot be read at all."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(str(path), f"unsupported file type '{suffix}' (expected {', '.join(SUFFIXES)})")
    if not path.exists():
        raise InputError(str(path), "no such file")
    if suffix in _BINARY:
        return _read_binary(path, suffix)
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
    if suffix in (".yaml", ".yml", ".json"):
        from callinsight.personas.reading.yamlish import read_data

        return read_data(text, path, is_json=suffix == ".json")
    if suffix == ".rst":
        from callinsight.personas.reading.rst import read_rst

        return read_rst(text, path)
    if suffix in (".html", ".htm"):
        from callinsight.personas.reading.html import read_html

        return read_html(text, path)
    if suffix == ".csv":
        from callinsight.personas.reading.office import read_csv

        return read_csv(text)
    from callinsight.personas.reading.markdown import read_markdown

    return read_markdown(text, path)


def _read_binary(path: Path, suffix: str) -> Section:
    from callinsight.personas.reading import office

    if path.stat().st_size == 0:
        raise InputError(str(path), "empty file")
    if suffix == ".docx":
        return office.read_docx(path)
    if suffix == ".pdf":
        return office.read_pdf(path)
    return office.read_xlsx(path)
