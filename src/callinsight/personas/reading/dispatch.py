"""Which reader a file goes to, by its extension (by its content when it has none). Text is read as UTF-8, and
otherwise in the encoding its bytes show (a CSV saved by Excel on Korean Windows is CP949, "Unicode text" UTF-16)."""

from __future__ import annotations

import re
from pathlib import Path

from callinsight.errors import InputError
from callinsight.lang.encoding import decode_text
from callinsight.personas.reading.converted import FORMATS as CONVERTED_FORMATS
from callinsight.personas.reading.script import SCRIPT_SUFFIXES
from callinsight.personas.reading.tree import Section

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mdx", ".qmd", ".rmd", ".txt")  # .qmd Quarto, .rmd R Markdown
#: Page templates of static-site generators (Eleventy, Jekyll, Hugo, Django …) and server pages (PHP, JSP, ASP): HTML or
#: Markdown with template tags.
TEMPLATE_SUFFIXES = (".njk", ".liquid", ".hbs", ".handlebars", ".mustache", ".jinja", ".jinja2", ".j2", ".twig", ".ejs", ".erb",
                     ".php", ".phtml", ".jsp", ".asp", ".aspx")
#: Web pages saved as files (".xhtml": XHTML; ".shtml": a page with server-side includes).
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
#: Formats pandoc converts (reading/converted.py): OpenDocument text, RTF, Org, LaTeX, MediaWiki, Textile.
CONVERTED_SUFFIXES = tuple(CONVERTED_FORMATS)
SUFFIXES = (*MARKDOWN_SUFFIXES, ".yaml", ".yml", ".json", ".rst", *HTML_SUFFIXES, ".adoc", ".asciidoc", ".docx", ".pdf",
            ".csv", ".xlsx", ".pptx", ".hwp", ".hwpx", ".ipynb", *TEMPLATE_SUFFIXES, *CONVERTED_SUFFIXES, *SCRIPT_SUFFIXES)
_BINARY = (".docx", ".pdf", ".xlsx", ".pptx", ".hwp", ".hwpx", ".odt")
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # HWP 5 is an OLE compound file


def extension(path: Path) -> str:
    """The file's extension, lower-cased; "" when its name has none ("Frank Patel - founder", "Dr. Kim - CTO")."""
    return path.suffix.lower() if re.fullmatch(r"\.\w{1,8}", path.suffix) else ""


def read_document(path: Path) -> Section:
    """The file as the common tree. Raises ``InputError`` when it cannot be read at all."""
    suffix = extension(path)
    if not suffix and path.is_file():
        suffix = _sniffed_suffix(path)
    if suffix not in SUFFIXES:
        raise InputError(str(path), f"unsupported file type '{suffix}' (expected {', '.join(SUFFIXES)})")
    if not path.exists():
        raise InputError(str(path), "no such file")
    if suffix in _BINARY:
        return _read_binary(path, suffix)
    try:
        text = _decoded(path.read_bytes(), path)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if not text.strip():
        raise InputError(str(path), "empty file")
    if "\x00" in text:
        raise InputError(str(path), "binary content, not a text document")
    if suffix == ".txt":
        suffix = _held_in_text(text)  # a page's source or a data file saved as .txt is read as what it holds
        if suffix == ".tex":
            from callinsight.personas.reading.converted import read_converted

            try:  # a pasted excerpt may stop inside a list: its environments are closed as LaTeX would need
                return read_converted(path, suffix, _closed_environments(text))
            except InputError:
                suffix = ".txt"  # not LaTeX after all: read as the text it is
    if suffix in (".yaml", ".yml", ".json"):
        from callinsight.personas.reading.yamlish import read_data

        return read_data(text, path, is_json=suffix == ".json")
    if suffix == ".rst":
        from callinsight.personas.reading.rst import read_rst

        return read_rst(text, path)
    if suffix in HTML_SUFFIXES:
        from callinsight.personas.reading.html import read_html

        return read_html(text, path)
    if suffix in SCRIPT_SUFFIXES:
        from callinsight.personas.reading.script import read_script

        return read_script(text, path)
    if suffix in (".adoc", ".asciidoc"):
        from callinsight.personas.reading.asciidoc import read_asciidoc

        return read_asciidoc(text, path)
    if suffix in CONVERTED_SUFFIXES:
        from callinsight.personas.reading.converted import read_converted

        return read_converted(path, suffix, text)
    if suffix in TEMPLATE_SUFFIXES or suffix == ".ipynb":
        from callinsight.personas.reading.pages import read_notebook, read_template

        return read_notebook(text, path) if suffix == ".ipynb" else read_template(text, path)
    if suffix == ".csv":
        from callinsight.personas.reading.office import read_csv

        return read_csv(text)
    from callinsight.personas.reading.markdown import read_markdown
    from callinsight.personas.reading.plain import as_markdown, tidy_glyphs

    if suffix != ".txt" and _marked_up(text):
        return read_markdown(tidy_glyphs(text), path)
    root = read_markdown(as_markdown(text), path)
    root.guessed = True
    return root


#: Markdown's marks of structure: a heading, a quote, a table, a fence, an underline or a rule, emphasis, a link or a tag.
_STRUCTURE = re.compile(r"^\s{0,3}(#{1,6}\s|>|\|.*\||```|~~~|={3,}\s*$|-{3,}\s*$)|\*\*|__|\[[^\]]+\]\(|<[a-z]+[ >]", re.M)
#: Its other mark, a bullet.
_BULLET = re.compile(r"^\s{0,3}[-*+•]\s", re.M)


def _marked_up(text: str) -> bool:
    """A Markdown file that uses Markdown; a long one with none of its marks is a page's text pasted into it ("3.1
    Primary Persona" ⏎ "Pain Points" ⏎ lines), and is read as plain text is, its headings guessed; so is one whose
    only marks are bullets under short lines standing alone as its titles ("Persona 1 — Student" ⏎ "" ⏎ "Problems" ⏎
    "" ⏎ "* …"): Markdown would read those titles as paragraphs."""
    lines = text.splitlines()
    if sum(1 for line in lines if line.strip()) < 20 or _STRUCTURE.search(text):
        return True
    return bool(_BULLET.search(text)) and _titles_alone(lines) < 3 and _titles_over_lists(lines) < 3


def _titles_over_lists(lines: list[str]) -> int:
    """Roles or names on short lines after a blank line, each right over a list ("Travel Agent" ⏎ "- Agent who books
    …"): the cards' titles of a page written without headings (not a field's name over its list, "Goals" ⏎ "- …",
    which Markdown reads well as it is)."""
    from callinsight.personas.names import names_people
    from callinsight.personas.reading.office import is_field

    return sum(1 for i, line in enumerate(lines[:-1]) if _title_after_blank(lines, i) and _BULLET.match(lines[i + 1])
               and re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", line.strip()) and not is_field(line.strip())
               and names_people(line.strip()))


def _titles_alone(lines: list[str]) -> int:
    """Short lines with a blank line on each side, no mark and no sentence ending: titles of a page's parts (not a
    rule drawn with a character: "⸻")."""
    return sum(1 for i, line in enumerate(lines) if _title_after_blank(lines, i) and re.search(r"[^\W\d_]", line)
               and not re.match(r"\s*([-*+•]|\d+[.)])\s", line) and (i + 1 == len(lines) or not lines[i + 1].strip()))


def _title_after_blank(lines: list[str], i: int) -> bool:
    """A short line after a blank one (or opening the text), with no sentence ending."""
    line = lines[i]
    return 0 < len(line.split()) <= 6 and not line.rstrip().endswith((".", ",", ";", ":", "!", "?")) \
        and (i == 0 or not lines[i - 1].strip())


def _decoded(data: bytes, path: Path) -> str:
    text = decode_text(data)
    if text is None:
        raise InputError(str(path), "not text in any encoding it could recognise", hint="save it as UTF-8 text")
    return text


def _read_binary(path: Path, suffix: str) -> Section:
    from callinsight.personas.reading import office

    if path.stat().st_size == 0:
        raise InputError(str(path), "empty file")
    if suffix == ".docx":
        return office.read_docx(path)
    if suffix == ".pdf":
        from callinsight.personas.reading.pdf import read_pdf

        return read_pdf(path)
    if suffix == ".pptx":
        from callinsight.personas.reading.slides import read_pptx

        return read_pptx(path)
    if suffix in (".hwp", ".hwpx"):
        from callinsight.personas.reading.hwp import read_hwp

        return read_hwp(path)
    if suffix == ".odt":
        from callinsight.personas.reading.converted import read_converted

        return read_converted(path, suffix)
    return office.read_xlsx(path)


#: A line of LaTeX markup: a command that opens a structure (a list, its items, a section, a bold title).
_LATEX_LINE = re.compile(r"\s*\\(begin|end|item|(sub)*section|chapter|paragraph|textbf|documentclass)\b")


def _held_in_text(text: str) -> str:
    """".html" for an HTML page's source, ".json" or ".yaml" for records of data (a list of two mappings or more,
    at the top or under a key), else ".txt": "Name: Tom" ⏎ "Age: 34" is YAML too, but it is text."""
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return ".html"
    lines = [line for line in text.splitlines() if line.strip()]
    if (marked := sum(1 for line in lines if _LATEX_LINE.match(line))) >= 3 and marked * 5 >= len(lines):
        return ".tex"  # LaTeX source pasted into a text file: "\textbf{Dana}" ⏎ "\begin{itemize}" ⏎ "\item …"
    if not re.match(r"[\[{]|[A-Za-z_][\w-]*:\s*$", head.split("\n", 1)[0]):
        return ".txt"  # data opens with a bracket, or with a key over an indented block
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return ".txt"
    values = data.values() if isinstance(data, dict) else [data]
    records = any(isinstance(v, list) and sum(isinstance(x, dict) for x in v) >= 2 for v in values)
    return (".json" if head.startswith(("{", "[")) else ".yaml") if records else ".txt"


def _closed_environments(text: str) -> str:
    """``text`` with an ``\\end{…}`` added for every environment it opens and never closes."""
    opened: list[str] = []
    for command, name in re.findall(r"\\(begin|end)\{([^}]*)\}", text):
        if command == "begin":
            opened.append(name)
        elif name in opened:
            del opened[len(opened) - 1 - opened[::-1].index(name)]
    return text + "".join(f"\n\\end{{{name}}}" for name in reversed(opened))


def _sniffed_suffix(path: Path) -> str:
    """The extension a file without one would have, by what it holds: PDF and Office files by their signature,
    JSON and HTML by how they open, any other text as text (read as Markdown when it uses Markdown)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04"):
        return _office_suffix(path)
    if head.startswith(_OLE_SIGNATURE):
        return ".hwp"  # an old .doc is OLE too; python-hwpx then says it is not a Hangul file
    text = head.decode("utf-8-sig", errors="ignore").lstrip().lower()
    if text.startswith("{\\rtf"):
        return ".rtf"
    if text.startswith(("{", "[")):
        return ".json"
    if text.startswith(("<!doctype html", "<html", "<head", "<body")):
        return ".html"
    return ".txt"


def _office_suffix(path: Path) -> str:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        raise InputError(str(path), "a damaged ZIP archive, not a persona document") from None
    if "word/document.xml" in names:
        return ".docx"
    if "xl/workbook.xml" in names:
        return ".xlsx"
    if "ppt/presentation.xml" in names:
        return ".pptx"
    if "Contents/section0.xml" in names or "Contents/content.hpf" in names:
        return ".hwpx"
    if "content.xml" in names and "mimetype" in names:
        return ".odt"  # an OpenDocument spreadsheet or slides is then refused by pandoc, with its reason
    raise InputError(str(path), "a ZIP archive, not a Word, Excel, PowerPoint, OpenDocument or Hangul document",
                     hint="unpack it and import the files inside")
