"""Documents in the formats of other editors and wikis, through pandoc (from the pypandoc-binary wheel), converted to
HTML for the HTML reader: LibreOffice/OpenOffice Writer (.odt), RTF, Emacs Org, LaTeX, MediaWiki (a wiki page's
source) and Textile (Redmine wikis).

pandoc is GPL, so it runs as its own program, never linked into this process. It runs with ``--sandbox``: a document
cannot make it read other files (LaTeX ``\\input``, Org ``#+INCLUDE``) or fetch anything."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from callinsight.errors import InputError
from callinsight.personas.reading.html import read_html
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
    html, title = _without_title_block(done.stdout)
    root = read_html(html, path)
    if title:
        root.meta = {**root.meta, "title": title}
    return root


def _without_title_block(html: str) -> tuple[str, str]:
    """pandoc's page without its title block (title, author, date: about the document), and the title."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    block = soup.find("header", id="title-block-header")
    if block is None:
        return html, ""
    title = block.find(class_="title")
    text = title.get_text(" ", strip=True) if title is not None else ""
    block.decompose()
    return str(soup), text


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
