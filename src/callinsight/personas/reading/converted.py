"""Documents in the formats of other editors and wikis, through pandoc (from the pypandoc-binary wheel), converted to
HTML for the HTML reader: LibreOffice/OpenOffice Writer (.odt), RTF, Emacs Org, LaTeX, MediaWiki (a wiki page's
source) and Textile (Redmine wikis).

pandoc is GPL, so it runs as its own program, never linked into this process. It runs with ``--sandbox``: a document
cannot make it read other files (LaTeX ``\\input``, Org ``#+INCLUDE``) or fetch anything."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from callinsight.errors import InputError
from callinsight.personas.reading.html import read_soup
from callinsight.personas.reading.tree import Section

#: extension -> pandoc's name for the format it reads
FORMATS = {
    ".odt": "odt", ".rtf": "rtf", ".org": "org", ".tex": "latex", ".latex": "latex", ".mediawiki": "mediawiki",
    ".wiki": "mediawiki", ".textile": "textile",
}
_TIMEOUT_S = 120
#: "[[Category:Personas]]", also in a wiki's own language ("[[분류:페르소나]]")
_CATEGORY_LINK = re.compile(r"\[\[\s*(?:Category|분류|Kategorie|Catégorie|Categoría|Categoria|カテゴリ)\s*:[^\]]*\]\]", re.I)


def read_converted(path: Path, suffix: str, text: str | None = None) -> Section:
    """``path`` (a file with extension ``suffix``, one of ``FORMATS``) as the common tree; ``text`` is a text format's
    content, already decoded (pandoc reads only UTF-8), and None for an archive, which pandoc reads from the file."""
    if text is not None and FORMATS[suffix] == "mediawiki":
        text = _CATEGORY_LINK.sub("", text)  # the page's wiki categories, not its content
    if text is not None and FORMATS[suffix] == "rtf":
        text = _with_outline_levels(text)
    # --standalone writes the document's title (Org "#+TITLE:", LaTeX "\\title{}", an RTF's or ODT's title) in a
    # title block, which becomes the tree's front-matter title, as a Markdown page's "title:" is
    arguments = ["--from", FORMATS[suffix], "--to", "html5", "--sandbox", "--standalone", "--wrap", "none",
                 "-" if text is not None else str(path)]
    done = _pandoc(arguments, path, text)
    if done.returncode != 0:
        lines = [line.strip() for line in done.stderr.splitlines() if line.strip() and not line.startswith("[WARNING]")]
        # a parse error is two lines: where ("Error at … (line 3, column 1):"), then what
        reason = " ".join(lines[:2]).replace('"-" ', "") if lines else f"pandoc exited with {done.returncode}"
        raise InputError(str(path), f"not readable as {_FORMAT_NAMES[FORMATS[suffix]]}: {reason}")
    if not done.stdout.strip():
        raise InputError(str(path), f"no text in this {_FORMAT_NAMES[FORMATS[suffix]]} document")
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(done.stdout, "lxml")
    title = _taken_title(soup)
    root = read_soup(soup)
    if title:
        root.meta = {**root.meta, "title": title}
    return root


def _taken_title(soup: Any) -> str:
    """The title of pandoc's title block, which is removed (title, author, date: about the document)."""
    block = soup.find("header", id="title-block-header")
    if block is None:
        return ""
    title = block.find(class_="title")
    text = title.get_text(" ", strip=True) if title is not None else ""
    block.decompose()
    return text


_FORMAT_NAMES = {
    "odt": "an OpenDocument text (.odt)", "rtf": "RTF", "org": "Org", "latex": "LaTeX", "mediawiki": "MediaWiki markup",
    "textile": "Textile",
}


def _pandoc(arguments: list[str], path: Path, text: str | None) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run([_pandoc_program(), *arguments], input=text, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(str(path), f"pandoc took over {_TIMEOUT_S} s to read it") from None
    except OSError as exc:
        raise InputError(str(path), f"pandoc could not run: {exc.strerror or exc}",
                         hint="install the project again (make setup): it brings pandoc in the pypandoc-binary wheel") from None
    return done


def _pandoc_program() -> str:
    """The pandoc the pypandoc-binary wheel ships, else one on PATH."""
    try:
        from pypandoc import get_pandoc_path

        return str(get_pandoc_path())
    except (ImportError, OSError):
        return "pandoc"


#: A heading style's name in an RTF style sheet: "Heading 2" (LibreOffice), "heading 2" (Word).
_HEADING_STYLE = re.compile(r"(?:heading|제목|titre|überschrift|título|intestazione)\s*(\d)", re.I)
_STYLE_ENTRY = re.compile(r"\{\\s(\d+)\b[^{};]*?\s([^\\{};]+);\}")
_STYLE_USE = re.compile(r"(?<!\\)\\s(\d+)(?!\d)")


def _with_outline_levels(rtf: str) -> str:
    """An RTF whose heading paragraphs name their level: pandoc reads a heading from ``\\outlinelevelN``, which
    LibreOffice does not write; it writes only the paragraph's style (``\\s2``, "Heading 2" in the style sheet)."""
    start, end = _group_at(rtf, rtf.find("{\\stylesheet"))
    if start < 0:
        return rtf
    levels = {m.group(1): int(h.group(1)) for m in _STYLE_ENTRY.finditer(rtf, start, end)
              if (h := _HEADING_STYLE.fullmatch(m.group(2).strip())) and 1 <= int(h.group(1)) <= 6}
    if not levels:
        return rtf
    body = _STYLE_USE.sub(lambda m: m.group() + (f"\\outlinelevel{levels[m.group(1)] - 1}" if m.group(1) in levels else ""),
                          rtf[end:])
    return rtf[:end] + body


def _group_at(rtf: str, start: int) -> tuple[int, int]:
    """The braces group opening at ``start``: (start, end after its closing brace), or (-1, -1)."""
    if start < 0:
        return -1, -1
    depth, i = 0, start
    while i < len(rtf):
        if rtf[i] == "\\":
            i += 2  # an escaped brace or backslash, or a control word's first letter
            continue
        if rtf[i] == "{":
            depth += 1
        elif rtf[i] == "}":
            depth -= 1
            if depth == 0:
                return start, i + 1
        i += 1
    return -1, -1
