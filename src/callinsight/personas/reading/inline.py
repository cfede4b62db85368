"""Text helpers shared by the readers: leading labels and the markup that is noise in any format."""

from __future__ import annotations

import re

# Hugo/Jekyll shortcodes and template tags ({{< persona name=… >}}, {% include … %}) are page machinery.
_TEMPLATE = re.compile(r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}", re.S)
# (a question may be the label: "Who is it?: Male, 21.")
_PLAIN_LABEL = re.compile(r"^\s*([^\W\d][^:.!?]{0,48}?\??)\s*:\s+(.+)$|^\s*([^\W\d][^:.!?]{0,48}?\??)\s*:\s*$", re.S)


#: How a persona's own words open: "“I keep a spreadsheet …”", "「…」".
OPENING_QUOTES = ("“", "\"", "「", "『")

# GitHub emoji shortcodes (":broken_heart: I hate …") mark an item; they are not its words.
_SHORTCODE = re.compile(r"(?<!\S):[a-z0-9_+-]{2,40}:(?!\S)")


def without_asides(text: str) -> str:
    """"CTO Offices (Architecture and Development Teams)" → "CTO Offices": the name before its asides."""
    return re.sub(r"\s*\([^()]*\)", "", text)


def strip_templates(text: str) -> str:
    return _SHORTCODE.sub("", _TEMPLATE.sub("", text))


def squash(text: str) -> str:
    """One line, single spaces (lines of a multi-line cell are kept apart by the caller)."""
    return re.sub(r"\s+", " ", strip_templates(text)).strip()


def split_label(text: str, bold: str | None) -> tuple[str | None, str]:
    """(label, rest) of a paragraph or item: a leading bold phrase, or a short plain ``Label:`` prefix.

    A plain prefix counts only when it is short (at most five words): "Age: 38", "Installation: Installs …";
    a sentence with a colon in its middle is not a label.
    """
    text = text.strip()
    if bold:
        label = bold.strip().rstrip(":").strip()
        rest = text[len(bold.strip()):] if text.startswith(bold.strip()) else text.replace(bold.strip(), "", 1)
        rest = rest.lstrip().lstrip(":").strip()
        # "CTO Offices (Architecture and Development Teams, …)": the aside does not make the name a sentence
        if label and len(without_asides(label).split()) <= 8:
            return label, rest
        return None, text
    m = _PLAIN_LABEL.match(text)
    if m:
        label = (m.group(1) or m.group(3) or "").strip()
        if label and (len(label.split()) <= 5 or _is_field(label)) and "(" not in label[:1]:
            return label, (m.group(2) or "").strip()
    if len(text.split()) <= 8 and not text.endswith((".", "!", ",", ";")) and is_field_name(text):
        return text.rstrip(":?").strip(), ""  # a line that is only a field name ("Frustrations") heads what follows
    return None, text


def _is_field(label: str) -> bool:
    """A persona's field, also asked as a question ("What is your main barrier to achieving this goal? : …")."""
    from callinsight.personas.model import canonical_section, field_of

    return canonical_section(label) is not None or (label.endswith("?") and field_of(label) is not None)


def label_parts(text: str) -> list[str]:
    """The names a label joins with & / and / , / +, or gives again in brackets: "Goals & Objectives" -> ["Goals",
    "Objectives"], "Frustrations (Pain Points)" -> ["Frustrations", "Pain Points"]."""
    from callinsight.personas.model import canonical_section

    text = text.strip().rstrip(":?").strip()
    if (aside := re.match(r"^([^()]+?)\s*\(([^()]+)\)$", text)) and len(aside[2].split()) <= 3 \
            and canonical_section(aside[2], exact=True):
        text = f"{aside[1]} / {aside[2]}"  # not "Frustrations (what gets in their way)": a field and its explanation
    return [p for p in re.split(r"\s*(?:&|\band\b|/|,|\+|및|와|과)\s*", text) if p.strip()]


def is_field_name(text: str) -> bool:
    """Is the whole text a field name, or names joined by & / and ("Goals & Objectives")? "Quotes take days" is not."""
    from callinsight.personas.model import canonical_section

    parts = label_parts(text)
    return bool(parts) and all(canonical_section(p, exact=True) for p in parts)


#: "Pain Points:", "Goal:" alone on a line, its value (if any) on the lines below: a label of one to four words.
BARE_LABEL_LINE = re.compile(r"^([^\W\d_][^\W_]*(?:[ /&'’-]+[^\W_]+){0,3})\s*:\s*$")
