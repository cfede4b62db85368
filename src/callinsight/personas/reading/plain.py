"""Text pasted from a word processor or a chat: "•" bullets, tab-indented numbers, "⸻" rules. In any Markdown
they become list items and breaks; in a text file (.txt, or no extension) short lines standing alone also become
headings, so the Markdown reader sees the structure the author saw. Lines already in Markdown are kept."""

from __future__ import annotations

import re

#: Bullet glyphs, also those Korean documents write ("ㅇ", "ㆍ", "·": a 개조식 line).
GLYPH_BULLET = re.compile(r"^([ \t]*)[•◦▪▫●○■□‣∙➢➤►✔✓ㅇㆍ·]\s+(?=\S)")
_TAB_NUMBER = re.compile(r"^[ \t]*(\d{1,2}[.)])\t+(?=\S)")  # "\t1.\tIdentify …": a numbered line from a word processor
_RULE = re.compile(r"^\s*(⸻+|[—–]{3,})\s*$")  # not "===", "___", "~~~": Markdown has its own use for those
_MARKDOWN_LINE = re.compile(r"^\s{0,3}(#{1,6}\s|[-*+]\s|\d{1,2}[.)]\s|>|```|~~~|\||<|\*\*|__|!?\[)")
_HEADING_END = re.compile(r"[.,;:!?]$")
#: The outline of a Korean report (보고서 번호 체계): "1." over "가." over "1)" over "가)" over "①"; a short line alone
#: with one of these is a heading of that depth, in a text that uses the Hangul-lettered marks.
_KOREAN_OUTLINE = ((re.compile(r"^\d{1,2}\.\s"), 2), (re.compile(r"^[가-하]\.\s"), 3), (re.compile(r"^\d{1,2}\)\s"), 4),
                   (re.compile(r"^[가-하]\)\s"), 5), (re.compile(r"^[①-⑳]\s?"), 6))


def tidy_glyphs(text: str) -> str:
    lines = text.split("\n")
    if not any(GLYPH_BULLET.match(line) or _TAB_NUMBER.match(line) or _RULE.match(line) for line in lines):
        return text
    indents = sorted({len(m.group(1).expandtabs(4)) for line in lines if (m := GLYPH_BULLET.match(line))})
    out = []
    for line in lines:
        if bullet := GLYPH_BULLET.match(line):  # nested by how far it is indented, relative to the outermost bullets
            line = "  " * indents.index(len(bullet.group(1).expandtabs(4))) + "- " + line[bullet.end():].strip()
        elif number := _TAB_NUMBER.match(line):
            line = f"{number.group(1)} {line[number.end():].strip()}"
        elif _RULE.match(line):
            line = "* * *"  # never "---", which would turn the line above into a heading
        out.append(line)
    return "\n".join(out)


def as_markdown(text: str) -> str:
    """A text file as Markdown: besides ``tidy_glyphs``, a short line standing alone is a heading (the first one
    the title, a numbered one a sub-heading), and indentation outside lists is dropped (in Markdown it would make
    a code block)."""
    lines = tidy_glyphs(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    korean_outline = sum(bool(_KOREAN_OUTLINE[1][0].match(line.strip())) for line in lines) >= 2
    out: list[str] = []
    started = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        depth = next((d for mark, d in _KOREAN_OUTLINE if mark.match(stripped)), 0) if korean_outline and started else 0
        opens_part = i == 0 or not lines[i - 1].strip()  # "가. 기본 정보" ⏎ "- 이름: …": its lines may follow at once
        if depth and opens_part and len(stripped.split()) <= 8 and not _HEADING_END.search(stripped):
            out.append(f"{'#' * depth} {stripped}")
            continue
        if not stripped or _MARKDOWN_LINE.match(line) or line.startswith("  -") or stripped == "* * *":
            out.append(line)
            started = started or bool(stripped)
            continue
        if alone and len(stripped.split()) <= (12 if not started else 8) and not _HEADING_END.search(stripped):
            out.append(f"{'#' if not started else '##'} {stripped}")
        else:
            out.append(stripped)
        started = True
    return "\n".join(out)
