"""Editor and wiki formats read through pandoc (reading/converted.py): OpenDocument text, RTF, Org, LaTeX, MediaWiki
and Textile reach the one extractor as HTML, and a document cannot make pandoc read other files."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document

from .office_files import write_odt

STALLS = {
    "Baker Bea": ["Flour deliveries arrive after the morning bake", "The card reader loses signal under the awning"],
    "Florist Flo": ["Buckets of water are too heavy to carry up the hill"],
}

MARKUP = {
    "stalls.org": """#+TITLE: Market stall personas
* Baker Bea
** Goals
Sell out before the market closes.
** Pain points
- Flour deliveries arrive after the morning bake
- The card reader loses signal under the awning
* Florist Flo
** Frustrations
- Buckets of water are too heavy to carry up the hill
""",
    "stalls.tex": r"""\documentclass{article}
\begin{document}
\section{Baker Bea}
\subsection{Goals}
Sell out before the market closes.
\subsection{Pain points}
\begin{itemize}
\item Flour deliveries arrive after the morning bake
\item The card reader loses signal under the awning
\end{itemize}
\section{Florist Flo}
\textbf{Frustrations:} Buckets of water are too heavy to carry up the hill
\end{document}
""",
    "stalls.wiki": """__NOTOC__
{{Infobox persona | name = Baker Bea }}
== Baker Bea ==
'''Goals:''' Sell out before the market closes.
=== Pain points ===
* Flour deliveries arrive after the morning bake
* The card reader loses signal under the awning
== Florist Flo ==
=== Frustrations ===
* Buckets of water are too heavy to carry up the hill
[[Category:Personas]]
[[분류:페르소나]]
""",
    "stalls.textile": """h1. Market stall personas

h2. Baker Bea

*Goals:* Sell out before the market closes.

h3. Pain points

* Flour deliveries arrive after the morning bake
* The card reader loses signal under the awning

h2. Florist Flo

h3. Frustrations

* Buckets of water are too heavy to carry up the hill
""",
}


def concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


@pytest.mark.parametrize("name", sorted(MARKUP))
def test_wiki_and_markup_pages(tmp_path: Path, name: str) -> None:
    """Headings, bold labels and lists of each markup; a wiki page's categories and templates are not concerns."""
    path = tmp_path / name
    path.write_text(MARKUP[name], encoding="utf-8")
    assert concerns(path) == STALLS


def test_a_non_utf8_markup_file_is_decoded_before_pandoc_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "stalls.org"
    path.write_bytes(MARKUP["stalls.org"].replace("Baker Bea", "Bäcker Bea").encode("latin-1"))
    assert "Bäcker Bea" in concerns(path)


def test_odt_as_writer_saves_it_with_bold_runs_and_korean_labels(tmp_path: Path) -> None:
    odt = write_odt(tmp_path / "greenhouse.odt", [
        ("h1", "Greenhouse personas"), ("p", "One persona per heading."),
        ("h2", "Grower Gus"), ("label", ("Goals:", "a full crop by June.")), ("label", ("Frustrations:", "")),
        ("list", ["Seed orders arrive after planting week", "The irrigation timer resets after a power cut"]),
        ("h2", "재배사 김하늘"), ("label", ("고충:", "")), ("list", ["온실 온도 알림이 늦게 옴"]),
    ])
    parsed = parse_document(odt)
    assert concerns(odt) == {
        "Grower Gus": ["Seed orders arrive after planting week", "The irrigation timer resets after a power cut"],
        "재배사 김하늘": ["온실 온도 알림이 늦게 옴"],
    }
    assert parsed.personas[0].sections["goals"] == ["a full crop by June."]
    bare = odt.rename(tmp_path / "Greenhouse personas")  # no extension: known by the archive's content
    assert set(concerns(bare)) == {"Grower Gus", "재배사 김하늘"}


def test_rtf_with_a_bold_title_and_typed_bullets(tmp_path: Path) -> None:
    """A word processor's RTF: the name in a bold paragraph (no heading style), "•" typed before each item."""
    rtf = tmp_path / "stall.rtf"
    rtf.write_text(r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}
{\pard\b\fs32 Baker Bea\par}
{\pard{\b Goals:} Sell out before the market closes.\par}
{\pard{\b Pain points:}\par}
{\pard\bullet\tab Flour deliveries arrive after the morning bake\par}
{\pard\bullet\tab The card reader loses signal under the awning\par}
}""", encoding="ascii")
    assert concerns(rtf) == {"Baker Bea": STALLS["Baker Bea"]}
    assert set(concerns(rtf.rename(tmp_path / "stall"))) == {"Baker Bea"}  # "{\rtf" is RTF, not JSON


@pytest.mark.parametrize(("name", "line"), [
    ("stalls.tex", r"\input{SECRET}"),
    ("stalls.org", '#+INCLUDE: "SECRET"'),
])
def test_a_document_cannot_make_pandoc_read_another_file(tmp_path: Path, name: str, line: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("- The vault code is kept on the fridge door\n", encoding="utf-8")
    text = MARKUP[name].replace("Sell out before the market closes.", line.replace("SECRET", str(secret)))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert "vault" not in str(parse_document(path).personas)


def test_a_broken_odt_is_a_clear_error(tmp_path: Path) -> None:
    import zipfile

    bad = tmp_path / "broken.odt"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(InputError) as info:
        parse_document(bad)
    assert info.value.path.endswith("broken.odt") and "not readable as an OpenDocument text (.odt)" in info.value.reason


@pytest.mark.parametrize(("name", "text"), [
    ("bea.org", "#+TITLE: Baker Bea\n#+AUTHOR: Jo Writer\n#+DATE: 2024-03-01\n* Goals\nSell out before noon.\n"
                "* Pain points\n- Flour deliveries arrive after the morning bake\n"),
    ("bea.tex", "\\documentclass{article}\n\\title{Baker Bea}\n\\author{Jo Writer}\n\\begin{document}\n\\maketitle\n"
                "\\section{Goals}\nSell out before noon.\n\\section{Pain points}\n\\begin{itemize}\n"
                "\\item Flour deliveries arrive after the morning bake\n\\end{itemize}\n\\end{document}\n"),
])
def test_the_documents_title_names_its_one_persona_and_its_author_is_not_read(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (bea,) = parse_document(path).personas
    assert bea.name == "Baker Bea"
    assert [c.text for c in bea.concerns] == ["Flour deliveries arrive after the morning bake"]
    assert "Jo Writer" not in str(bea.profile())


def test_a_truncated_rtf_says_where_and_what(tmp_path: Path) -> None:
    bad = tmp_path / "half.rtf"
    bad.write_text("{\\rtf1 cut off in the middle", encoding="ascii")
    with pytest.raises(InputError) as info:
        parse_document(bad)
    assert info.value.reason.startswith("not readable as RTF: Error at (line") and "unexpected end of input" in info.value.reason


def test_heading_levels_are_the_documents_own_so_persona_level_means_what_it_says(tmp_path: Path) -> None:
    """Org's "*" is level 1 even under a "#+TITLE:" (the title is the page's, not a heading above its sections)."""
    path = tmp_path / "stalls.org"
    path.write_text(MARKUP["stalls.org"], encoding="utf-8")
    assert [p.name for p in parse_document(path, 1).personas] == ["Baker Bea", "Florist Flo"]


def test_rtf_headings_known_by_their_style_as_libreoffice_writes_them(tmp_path: Path) -> None:
    """LibreOffice's RTF marks a heading only by its style ("\\s2", "Heading 2" in the style sheet), with no outline
    level; the headings still nest the page: a title over the personas, each with its fields."""
    rtf = tmp_path / "stalls.rtf"
    rtf.write_text(r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Liberation Serif;}}
{\stylesheet{\s0\snext0 Normal;}{\s1\sbasedon0\snext0\b\fs32 Heading 1;}{\s2\sbasedon0\snext0\b\fs28 Heading 2;}}
\pard\plain \s1\b\fs32{Market stall personas}\par
\pard\plain \s0{One persona per heading.}\par
\pard\plain \s2\b\fs28{Baker Bea}\par
\pard\plain \s0{{\b Pain points:}}\par
\pard\plain \s0{\bullet\tab Flour deliveries arrive after the morning bake}\par
\pard\plain \s2\b\fs28{Florist Flo}\par
\pard\plain \s0{{\b Frustrations:} Buckets of water are too heavy to carry up the hill}\par
}""", encoding="ascii")
    assert concerns(rtf) == {
        "Baker Bea": ["Flour deliveries arrive after the morning bake"],
        "Florist Flo": ["Buckets of water are too heavy to carry up the hill"],
    }
