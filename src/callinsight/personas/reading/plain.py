"""Text pasted from a word processor or a chat: "•" bullets, tab-indented numbers, "⸻" rules. In any Markdown
they become list items and breaks; in a text file (.txt, or no extension) short lines standing alone also become
headings, so the Markdown reader sees the structure the author saw. Lines already in Markdown are kept."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from callinsight.personas.reading.inline import BARE_LABEL_LINE

#: Bullet glyphs, also those Korean documents write ("ㅇ", "ㆍ", "·": a 개조식 line).
GLYPH_BULLET = re.compile(r"^([ \t]*)[–•◦▪▫●○■□‣∙➢➤►✔✓ㅇㆍ·]\s+(?=\S)")
#: "\t- wants fresh news" ⏎ "\t\t- by …": an outline's items indented by tabs (in Markdown a tab makes code).
_TABBED_DASH = re.compile(r"^(\t+)[-*+][ \t]+(?=\S)")
_DASH_AT_MARGIN = re.compile(r"[-*+][ \t]+\S")
_SPACED_DASH = re.compile(r"( +)[-*+][ \t]+\S")
_TAB_NUMBER = re.compile(r"^[ \t]*(\d{1,2}[.)])\t+(?=\S)")  # "\t1.\tIdentify …": a numbered line from a word processor
_RULE = re.compile(r"^\s*(⸻+|[—–]{3,})\s*$")  # not "===", "___", "~~~": Markdown has its own use for those
_MARKDOWN_LINE = re.compile(r"^\s{0,3}(#{1,6}\s|[-*+]\s|\d{1,2}[.)]\s|>|```|~~~|\||<|\*\*|__|!?\[)")
HEADING_END = re.compile(r"[.,;:!?]$")
#: "I'm not a computer person", "My week is already full": a line someone says, never a heading, though short and alone
#: (unless it names a field: "My needs", "My pain points")
_SAID_BY_SOMEONE = re.compile(r"^(I|I['’](m|ve|d|ll)|My|Me)\b")
#: The two upper marks of a Korean report's outline (보고서 번호 체계): "1." over "가.".
_OUTLINE_PART = ((re.compile(r"^\d{1,2}\.\s+\S"), 2), (re.compile(r"^[가-하]\.\s+\S"), 3))


def _said_by_someone(line: str) -> bool:
    from callinsight.personas.reading.office import is_field  # office reads through this module: imported here

    return _SAID_BY_SOMEONE.match(line) is not None and not is_field(line)


#: Korean report item marks besides glyphs: "가." "나)" (Hangul order), circled numbers, "(1)", "1)".
KOREAN_ITEM = re.compile(r"^([가-하][.)]|[①-⑳]|\(\d{1,2}\)|\d{1,2}\))\s*(?=\S)")


def item_kind(mark: str) -> str:
    """The kind of an item mark ("가.", "가)", "①", "(1)", "1)"): its kind, not its number, says how deep it is."""
    if "①" <= mark[0] <= "⑳":
        return "①"
    if mark[0] >= "가":
        return "가" + mark[-1]
    return "(1)" if mark.startswith("(") else "1)"


def uses_korean_outline(lines: list[str]) -> bool:
    """Does the text mark its parts "가.", "나." as a Korean report does (two lines or more)?"""
    return sum(bool(_OUTLINE_PART[1][0].match(line.strip())) for line in lines) >= 2


def outline_part_depth(lines: list[str], i: int) -> int:
    """The heading depth of line ``i`` when it titles a part of a Korean report ("1. 페르소나 A", "가. 기본 정보"), else
    0: short, no sentence ending, and followed by its own content rather than by the next line of its kind (a run of
    "가. 부품 도착 지연" ⏎ "나. 예약 누락" is a list)."""
    line = lines[i].strip()
    depth = next((d for mark, d in _OUTLINE_PART if mark.match(line)), 0)
    if not depth or len(line.split()) > 8 or HEADING_END.search(line) or line.endswith("다"):
        return 0
    following = _next_text(lines, i)
    same_kind = next((d for mark, d in _OUTLINE_PART if mark.match(following)), 0) == depth
    return depth if following and not same_kind else 0


def _previous_text(lines: list[str], i: int) -> str:
    return next((line.strip() for line in reversed(lines[:i]) if line.strip()), "")


def _next_text(lines: list[str], i: int) -> str:
    """The next line after ``i`` that holds text (without copying the rest of the lines: files may be long)."""
    return next((lines[j].strip() for j in range(i + 1, len(lines)) if lines[j].strip()), "")


def _depths(widths: Iterable[int]) -> dict[int, int]:
    """Each indentation width's depth in the list: the outermost 0, the next 1, …"""
    return {width: depth for depth, width in enumerate(sorted(set(widths)))}


def tidy_glyphs(text: str) -> str:
    text = re.sub(r"(?m)^([ \t]*[-*+][ \t]+)[•◦▪●][ \t]*(?=\S)", r"\1", text)  # "- •Team size: 8": one bullet, doubled
    lines = text.split("\n")
    if not any(GLYPH_BULLET.match(line) or _TAB_NUMBER.match(line) or _RULE.match(line) or _TABBED_DASH.match(line) for line in lines):
        return text
    # nested by how far each item is indented, relative to the outermost ones
    glyph_depth = _depths(len(m.group(1).expandtabs(4)) for line in lines if (m := GLYPH_BULLET.match(line)))
    # (under items at the margin a tab nests an item, as Markdown reads it; only an outline with none is moved)
    # (nor one whose other items are indented by spaces, not a tab's four: "   - Age: 32" ⏎ "\t- Occupation: …" is one
    # list, a tab slipped in)
    at_margin = any(_DASH_AT_MARGIN.match(line) or ((m := _SPACED_DASH.match(line)) and len(m.group(1)) % 4) for line in lines)
    tab_depth = {} if at_margin else _depths(len(m.group(1)) for line in lines if (m := _TABBED_DASH.match(line)))
    out = []
    for line in lines:
        if bullet := GLYPH_BULLET.match(line):
            line = "  " * glyph_depth[len(bullet.group(1).expandtabs(4))] + "- " + line[bullet.end():].strip()
        elif tab_depth and (dash := _TABBED_DASH.match(line)):
            line = "  " * tab_depth[len(dash.group(1))] + "- " + line[dash.end():].strip()
        elif number := _TAB_NUMBER.match(line):
            line = f"{number.group(1)} {line[number.end():].strip()}"
        elif _RULE.match(line):
            line = "* * *"  # never "---", which would turn the line above into a heading
        out.append(line)
    return "\n".join(out)


#: A web page's skip links, copied with its text ("Skip to content", "Skip to menu Skip to search", "본문 바로가기").
SKIP_LINK = re.compile(r"^\W*(skip|jump|go|back) to (the )?(main |page )?(content|menu|navigation|nav|search|top)\b|바로\s?가기", re.I)
#: The edit link a MediaWiki page shows after each heading, copied with the page's text ("Goals[edit]").
_WIKI_EDIT = re.compile(r"\s*\[\s*(edit|edit source|편집|원본 편집)(\s*\|\s*(edit|edit source|편집|원본 편집))?\s*\]\s*$", re.I)
#: `Label:` words that name the persona a line is about ("Persona: Omar Haddad").
NAME_LABELS = frozenset({"persona", "name", "persona name", "페르소나", "퍼소나", "이름"})
#: "Jordan Hayes" in "Jordan Hayes: Outreach Champion", "Case 1" in "Case 1: Student": a name in capitals, or a
#: number, over who the persona is; not a field's label ("Age: 62").
_NAME_AS_LABEL = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}$|^[A-Z]\w* #?\d{1,2}$")
#: "[Persona 2] Omar Haddad", "[페르소나 1] 박지훈": a persona's number in brackets, then its name.
_BRACKETED_NUMBER = re.compile(r"^\[((?i:persona|(?:페르소나|퍼소나)|profile|프로필)\s*#?\s*(?:\d{1,2}|[A-Z]))\]\s*(\S.{0,60})$")
#: "1. Sam, 34, warehouse picker": a numbered line that opens with a name (and no sentence).
_NUMBERED_NAME_LINE = re.compile(r"^\d{1,2}[.)]\s+([A-Z][a-z][\w'’-]*)(?:[ ,(–—-][^.!?:]{0,60})?$")
#: "16 years old", "Age 34", "42세": a card's line that gives only the person's age.
_AGE_ALONE = re.compile(r"^\W*(?:age\s*:?\s*\d{1,3}|\d{1,3}\s*(?:years?[- ]old|y/?o|세|살))\W*$", re.I)
#: "Kyle – High school student", "Dana Okafor - nurse": a given name (and family name), a dash, who the person is.
_NAME_DASH_ROLE = re.compile(r"^[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)? [–—-] \S")
#: "Resolute— “I WILL. This is where it starts”", "Dana - "Just make it work"": a short name, a dash, the person's
#: words in quotes: a card's title with its tagline.
_NAME_DASH_QUOTE = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}\s*[–—-]\s*[“\"]\S")
#: "Joan Whitaker: A 74-year-old former teacher who …": a paragraph that opens with a person's name as its label and
#: tells her age early on introduces her (``_AGED``); the name is her card's title.
_NAME_INTRODUCED = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}):\s+(?P<rest>\S.*)$")
_AGED = re.compile(r"\b\d{1,3}[- ]years?[- ]old\b|\baged? \d{1,3}\b|\(\d{1,3}\)|, \d{1,3},", re.I)
#: "-" ⏎ "Poor at managing her time.", "1." ⏎ "Write down …": a page's list copied with each mark on a line of its own,
#: its item on the next (not an empty bullet over the next one, nor a rule over a card's title).
_MARK_ALONE = re.compile(r"(?m)^([ \t]*)([-*+•]|\d{1,2}[.)])[ \t]*\n[ \t]*(?=\S)(?![-*+•][ \t]|\d{1,2}[.)][ \t]|\d{1,2}[.)]?$)"
                         r"(?=[^\n]*[.!?][ \t]*$|(?:[^\n\s]+[ \t]+){5})")  # (its item a sentence: "-" ⏎ "The autopilot" ⏎ … is a rule)
#: How a line of text that has just finished may end: a sentence, a label, a quotation.
_FINISHED = (".", "!", "?", ":", "”", "\"", "’")


def first_fields(lines: list[str]) -> dict[str, int]:
    """Where each field name first stands on a line of its own (a repeat marks the next persona's card)."""
    from callinsight.personas.model import canonical_section

    first: dict[str, int] = {}
    for i, line in enumerate(lines):
        if (text := line.strip()) and len(text.split()) <= 6 and (field := canonical_section(text)):
            first.setdefault(field, i)
    return first


#: "Female, 39, married with 2 children", "42, male", "여성, 35세": a card's line of who the person is, never a heading.
_SEX_AND_AGE = re.compile(r"^\W*(?:(?:fe)?male|woman|man|non-?binary|여성|남성)\s*[,/·|]\s*\d{1,3}\b|"
                          r"^\W*\d{1,3}\s*(?:세|살|years? old)?\s*[,/·|]\s*(?:(?:fe)?male|woman|man|non-?binary|여성|남성)\b", re.I)


#: "persona page image-31", "image-Lucia", "photo_2.jpg": the name of a picture the page showed, never a heading (what
#: follows it belongs to the heading above; "The Photo Enthusiast" is a heading still).
_IMAGE_NAME = re.compile(r"\b(?:image|img|photo|picture)(?:[-_ ]?\d+|[-_][a-z]+)\s*$|\.(?:png|jpe?g|gif|webp|svg)\s*$", re.I)


def heads_what_follows(lines: list[str], i: int, fields: dict[str, int] | None = None) -> bool:
    """Page text copied without blank lines ("Homeowner Henry" ⏎ "Background" ⏎ "Henry owns …" ⏎ "Challenges" ⏎ "- …"):
    a short capitalised line with no sentence ending, with text after it, is a heading where it opens something: a
    field name ("Background", "Pain points"), any such line after finished text (a sentence, a list), or one right
    over the first field name or one seen before (``fields``: a card), but not the value under a field ("Role/Title" ⏎
    "Local Business Owner"). A `Label: value`
    line of a field or a name stays a field line ("Persona: Omar Haddad" ⏎ "Role: Courier")."""
    from callinsight.personas.model import NUMBERED_PERSONA, PERSONA_TAG, canonical_section, field_about_someone
    from callinsight.personas.names import MEET_LINE, looks_like_a_name, names_people, word_count
    from callinsight.personas.reading.inline import OPENING_QUOTES, without_asides
    from callinsight.personas.reading.office import is_field
    from callinsight.personas.vocab import CONTAINER_WORDS, ONLY_PERSONAS, PROFILE_DETAIL

    line = lines[i].strip()
    after = _next_text(lines, i)
    words = line.split()
    if (NUMBERED_PERSONA.match(line) or _NUMBERED_USER_LINE.match(line)) and len(words) <= 16 and after \
            and not line.endswith((".", "!", "?")):
        return True  # "Persona 1 — Anjali Menon, Customer Relations Manager (the sponsor)", "User 2: Linda - Parent"
    if line.endswith(".") and len(words) <= 4 and after and ":" not in line and is_field(line[:-1]):
        return True  # "Frustrations." ⏎ its list: a field's name written as a run-in heading (not "Needs: Less email.")
    if line.endswith("?") and len(words) <= 6 and after and (is_field(line[:-1]) or field_about_someone(line[:-1])) \
            and not CONTAINER_WORDS.search(line):
        return True  # "What do they need?" ⏎ its list: a field asked as a question (not "Who are your personas?")
    before = lines[i - 1].strip() if i else ""
    if MEET_LINE.match(line) and after:
        return True  # "Meet Tom" ⏎ who Tom is: the next card's title, even right after the last card's list
    if _AGE_ALONE.match(after) and len(words) <= 12 and ":" not in line and (_NAME_DASH_ROLE.match(line) or looks_like_a_name(line)):
        return True  # "Kyle – High school student in Ohio" ⏎ "16 years old": a card's name over the person's age
    if _NAME_DASH_QUOTE.match(line) and len(words) <= 20 and after and not after.startswith(OPENING_QUOTES):
        return True  # "Resolute— “I WILL …”" ⏎ who they are: a card's name and tagline
    if NUMBERED_PERSONA.match(before) and not is_field(line):
        return False  # "PERSONA 1: MARCO ROSSI" ⏎ "Restaurant owner, 52": the card's subtitle, not a heading of its own
    if ONLY_PERSONAS.match(before) and after and len(without_asides(line).split()) <= 6 and names_people(without_asides(line)) \
            and not HEADING_END.search(line):
        return True  # "Personas" ⏎ "Jordan the Content Lead" ⏎ who Jordan is: the page's first persona
    label = line.partition(": ")[0] if ": " in line else ""
    opens_the_text = bool(label) and all(not lines[j].strip() for j in range(i))
    if _field_line(line) or (label and (label.lower() in NAME_LABELS or not (_NAME_AS_LABEL.match(label) or opens_the_text))):
        return False  # a field line ("Age: 62", "Persona: Omar Haddad"), unless a name labels a role or titles the text
    if not after or not 0 < word_count(line) <= 6 or HEADING_END.search(line) or _MARKDOWN_LINE.match(line) \
            or _said_by_someone(line) or _IMAGE_NAME.search(line) \
            or not (line[0].isupper() or (line[0].isalpha() and not line[0].islower())) or PROFILE_DETAIL.match(line) \
            or _SEX_AND_AGE.match(line):
        return False  # (nor "Age" ⏎ "41": a detail's label over its value; nor "Female, 39, married": who she is)
    if is_field(line) or (PERSONA_TAG.match(after) and len(after.split()) <= 3):
        return True
    if _field_line(after) and looks_like_a_name(without_asides(line)) and not CONTAINER_WORDS.search(line):
        return True  # "Clinic Claire (Practice Owner)" ⏎ "Demographics: 51, …": a card's name over its first field line
    if before and not before.endswith(_FINISHED) and (is_field(before) or PROFILE_DETAIL.match(before)):
        return False  # the value of the field or detail above ("Location" ⏎ "Leeds")
    name = re.match(r"[A-Z][a-z]+", line)
    if name and after.startswith(name.group(0) + " ") and len(after.split()) >= 12:
        return True  # "Priya – Student nurse" ⏎ "Priya studies for her exams …": a name over that person's story
    if after.startswith(OPENING_QUOTES) and len(after.split()) >= 5:
        return True  # a card's name over its quotation ("The organiser" ⏎ "“There are five of us at home …”")
    if not before or before.endswith(_FINISHED) or bool(_MARKDOWN_LINE.match(lines[i - 1]) and before[:1] in "-*+•"):
        return True

    # a name over the first card's fields, or over the next card's (a field seen before: "Weekend Host Hugo" ⏎
    # "PROFILE"), even after a bare list
    field = canonical_section(after) if fields and len(after.split()) <= 6 else None
    return field is not None and fields is not None and (fields.get(field, i) < i or min(fields.values()) > i)


def _undoubled(lines: list[str]) -> list[str]:
    """Text copied with a blank line after every line (a dashboard, a slide): a blank line then separates nothing,
    so single ones are dropped and a longer run of them is one break."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    alone = sum(1 for i in filled if (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip()))
    short = sum(1 for i in filled if len(lines[i].split()) <= 8)
    if len(filled) < 10 or alone < 0.85 * len(filled) or short < 0.7 * len(filled):
        return lines  # paragraphs with a blank line between them are Markdown's way
    out: list[str] = []
    for i, line in enumerate(lines):
        if line.strip() or (i + 1 < len(lines) and not lines[i + 1].strip() and out and out[-1].strip()):
            out.append(line)
    return out


#: A card's title in capitals run into its text, the space between lost or widened when it was copied: "LABEL
#: READER   Denise reads every label …", "PANTRY REGULARWalt relies on …".
_CAPS_TITLE_RUN = re.compile(r"^([A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){0,3})(?:[ \t]{2,}|(?<=[A-Z])(?=[A-Z][a-z]))([A-Z]\S*(?: \S+){7,})$")


#: "User 1:", "Customer #2 –": a card numbered by the kind of person it is, before the name (a pattern to build on).
NUMBERED_USER_MARK = r"(?:user|customer|buyer|client|patient|student|member)\s*#?\s*\d{1,2}\s*[:.—–-]"
#: A numbered card's title line, a name and who they are: "User 1: Marcus - Youth Center Staff Member".
_NUMBERED_USER_LINE = re.compile(rf"^(?:{NUMBERED_USER_MARK}|persona\s*#?\d{{1,2}}\s*[:.–—-])\s*"
                                 r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\s*[-–—,(]\s*\S.{2,60}$", re.I)


def _caps_title_apart(line: str) -> list[str]:
    """A card's title run into its text, or hard-wrapped text running on under it, set apart on a line of its own."""
    if _NUMBERED_USER_LINE.match(line.strip()):
        return ["", line, ""]
    if not (run := _CAPS_TITLE_RUN.match(line.strip())) or len(run.group(1).replace(" ", "")) < 5:
        return [line]
    return [run.group(1), "", run.group(2), ""]


def _names_by_label(line: str) -> bool:
    """"Name: Mabel Whitford": a line that names a card's persona by its label."""
    label, colon, value = line.partition(":")
    return bool(colon and value.strip()) and label.strip().lower() in NAME_LABELS


_INDENTED_VALUE = re.compile(r"^(?: {2,}|\t)(?![-*+•]\s)(\S.*)$")


def _indented_values(lines: list[str]) -> list[str]:
    """"Name:" ⏎ "  Clara." ⏎ "Goal:" ⏎ "  Wants …": each label at the margin over its value indented below it, as one
    "Label: value" line (the value's lines joined); only on a page with two such labels or more."""
    def value_lines(i: int) -> int:
        n = 0
        while i + 1 + n < len(lines) and _INDENTED_VALUE.match(lines[i + 1 + n]):
            n += 1
        return n

    if sum(bool(BARE_LABEL_LINE.match(line) and value_lines(i)) for i, line in enumerate(lines)) < 2:
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        if (label := BARE_LABEL_LINE.match(lines[i])) and (n := value_lines(i)):
            out.append(f"{label[1]}: " + " ".join(line.strip() for line in lines[i + 1:i + 1 + n]))
            i += 1 + n
            continue
        out.append(lines[i])
        i += 1
    return out


def _labels_over_values(lines: list[str]) -> tuple[list[str], set[int]]:
    """A card copied from a slide with each label over its value ("NAME" ⏎ "Oliver Grant" ⏎ "AGE" ⏎ "52"): each label
    and its value as one line ("AGE: 52"); the lines of the names, whose values title the cards, apart. Only where a
    name is given so, and not for a label over another label or over a long text."""
    from callinsight.personas.reading.office import is_field
    from callinsight.personas.vocab import PROFILE_DETAIL

    def labels_value(i: int) -> bool:
        line, value = lines[i].strip(), lines[i + 1].strip() if i + 1 < len(lines) else ""
        return bool((line.lower() in NAME_LABELS or PROFILE_DETAIL.match(line)) and 0 < len(value.split()) <= 5
                    and ":" not in value and not is_field(value) and not PROFILE_DETAIL.match(value))

    if not any(lines[i].strip().lower() in NAME_LABELS and labels_value(i) for i in range(len(lines))):
        return lines, set()
    out: list[str] = []
    names: set[int] = set()
    i = 0
    while i < len(lines):
        if labels_value(i):
            if lines[i].strip().lower() in NAME_LABELS:
                names.add(len(out))
                out.append(lines[i + 1].strip())
            else:
                out.append(f"{lines[i].strip()}: {lines[i + 1].strip()}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out, names


def _listed_lines(lines: list[str], heads: set[int]) -> set[int]:
    """The lines of a field's list copied without its bullets ("Pain points" ⏎ "Old site feels clunky" ⏎ "No way to
    rebook"): a run of short lines right under a field heading, none a heading nor a `Label:` line, none ending a
    clause with a comma or going on in lower case."""
    from callinsight.personas.reading.office import is_field

    listed: set[int] = set()
    under_field = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if i in heads:
            under_field = is_field(line)
        elif under_field and 0 < len(line.split()) <= 12 and not _MARKDOWN_LINE.match(raw) and ": " not in line \
                and not line[:1].islower() and not line.endswith((",", ";")):
            listed.add(i)
        else:
            under_field = False
    return listed


#: Labels a card's lines are listed under that are no persona field on their own ("배경:", a card's background; a
#: page's "## 배경" is the page's).
_LISTING_LABELS = frozenset({"배경"})
_TITLE_CASE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}")


def _spaced_items(lines: list[str]) -> set[int]:
    """The items of a field's list pasted from a word processor, a blank line after each ("Problems:" ⏎ "" ⏎ "Hard
    to reach neighbours" ⏎ "" ⏎ "Sites feel commercial"): short lines standing alone right under a field's label
    with its colon and no value, up to a line that is no such item (a label, a sentence, a card's title)."""
    from callinsight.personas.model import NUMBERED_PERSONA
    from callinsight.personas.names import MEET_LINE
    from callinsight.personas.reading.office import is_field

    items: set[int] = set()
    for i, raw in enumerate(lines):
        label = raw.strip()
        if not (label.endswith(":") and (is_field(label[:-1].strip()) or label[:-1].strip() in _LISTING_LABELS)):
            continue
        for j in range(i + 1, len(lines)):
            line = lines[j].strip()
            if not line:
                continue
            if not 0 < len(line.split()) <= 12 or ":" in line or line.endswith((",", ";")) or line[:1].islower() \
                    or _MARKDOWN_LINE.match(lines[j]) or is_field(line) or NUMBERED_PERSONA.match(line) \
                    or MEET_LINE.match(line) or _TITLE_CASE.fullmatch(line):
                break  # ("Bikash Thapa", "Travel Agent": the next card's title)
            items.add(j)
    return items


def _field_line(line: str) -> bool:
    """"Age: 39", "Pain points: …": a field's label and its value, standing alone or not (a name's label, "Persona:
    Reader", standing alone heads what follows)."""
    from callinsight.personas.reading.office import is_field
    from callinsight.personas.vocab import PROFILE_DETAIL

    labelled = re.match(r"^([^:]{1,40}?)\s*:\s*(?=\S)", line)  # "Age:34 years old" is written without its space too
    label = labelled.group(1) if labelled else ""
    return bool(label) and len(label.split()) <= 4 and (is_field(label) or PROFILE_DETAIL.match(label) is not None)


#: "[Pain Point]", "[Motivation / Goal]", "[고충]": a label in square brackets alone on its line (not a link's "[1]: …").
_BRACKETED_LABEL = re.compile(r"^\[([^\[\]\d][^\[\]]{0,40})\]$")


def _deck_pages(lines: list[str]) -> list[list[str]] | None:
    """A slide deck or a report copied as text: three or more lines that are only a number, counting up by one
    ("3" … "4" … "5"), part its pages of five lines or more; None for any other text."""
    numbers = [(i, int(line)) for i, line in enumerate(lines) if re.fullmatch(r"\s*\d{1,3}\s*", line)]
    if len(numbers) < 3 or any(b[1] != a[1] + 1 for a, b in itertools.pairwise(numbers)):
        return None
    cuts = [i for i, _ in numbers]
    pages = [lines[a:b] for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True)]
    filled = sorted(sum(1 for line in page if line.strip()) for page in pages)
    return pages if filled[len(filled) // 2] >= 5 else None  # not a table's numbered rows, a line or two each


def _field_bullet(text: str) -> bool:
    """A bullet's text that is exactly a field's name ("고충", "Pain points:")."""
    from callinsight.personas.model import canonical_section

    return len(text.split()) <= 4 and canonical_section(text.rstrip(":： "), exact=True) is not None


def _never_wrapped(lines: list[str]) -> bool:
    """Text whose lines were never wrapped (each one a paragraph, a title or a list item, as copied from a page):
    no line goes on in lower case on the next, and at least a few lines are long enough that a wrap would show."""
    texts = [line.strip() for line in lines]
    goes_on = sum(1 for a, b in itertools.pairwise(texts) if a and b and not a.endswith(_FINISHED) and b[:1].islower())
    return goes_on == 0 and sum(1 for t in texts if len(t) > 100) >= 3


_NUMBERED_TITLE = re.compile(r"^(\d{1,2})[.)]\s+(\S.{0,48})$")


def _numbered_titles(lines: list[str]) -> set[int]:
    """"1. Mission shoppers" ⏎ a paragraph ⏎ … ⏎ "2. Wanderers" ⏎ a paragraph: in text copied from an article, short
    numbered lines counting up from 1, each over a paragraph of its own, are the article's sub-headings (Markdown
    would read the second as the end of the paragraph before it). Their line numbers, or none."""
    found: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        m = _NUMBERED_TITLE.match(line.strip())
        if m and len(m.group(2).split()) <= 6 and not re.search(r"[.:;,!?]$", m.group(2)) \
                and len((after := _next_text(lines, i)).split()) >= 8 and not _MARKDOWN_LINE.match(after):
            found.append((i, int(m.group(1))))
    numbers = [n for _, n in found]
    return {i for i, _ in found} if len(found) >= 2 and numbers == list(range(1, len(found) + 1)) else set()


def as_markdown(text: str) -> str:
    """A text file as Markdown: besides ``tidy_glyphs``, a short line standing alone is a heading (the first one
    the title, a numbered one a sub-heading), and indentation outside lists is dropped (in Markdown it would make
    a code block)."""
    from callinsight.personas.model import NUMBERED_PERSONA
    from callinsight.personas.names import MEET_LINE, is_given_name, only_numbers_a_persona
    from callinsight.personas.reading.office import is_field

    # a character the copy could not encode stood for a break: "Priya�Student nurse" is "Priya – Student nurse"
    text = re.sub(r"(?<=\w)[ \t]*\ufffd[ \t]*(?=\w)", " – ", text).replace("\ufffd", "")
    text = _MARK_ALONE.sub(r"\1\2 ", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = _undoubled(tidy_glyphs(text).split("\n"))
    lines = [part for line in lines for part in _caps_title_apart(line)]
    lines = _indented_values(lines)
    lines, named = _labels_over_values(lines)
    marked = {m.group(1).strip() for m in re.finditer(r"(?m)^[ \t]*[■□▣◼▶▷►◆◇][ \t]*(\S.*)$", text)}  # section marks
    if pages := _deck_pages(lines):  # a deck's text: its running header and footer are not its content
        from callinsight.personas.reading.pdf import without_page_furniture

        for _ in range(2):  # twice: a footer copied twice ("Acme" ⏎ "MVP" ⏎ "Acme" ⏎ "MVP") has two edges
            pages = without_page_furniture(["\n".join(p) for p in pages])
        lines = [line for page in pages for line in page]
    korean_outline = uses_korean_outline(lines)
    first_filled = next((i for i, line in enumerate(lines) if line.strip()), -1)
    numbered_names = {i for i, line in enumerate(lines) if (m := _NUMBERED_NAME_LINE.match(line.strip()))
                      and _next_text(lines, i).startswith(m.group(1) + " ")}
    numbered_titles = _numbered_titles(lines)
    first_line = re.sub(r"^[-*+]\s+", "", lines[first_filled].strip()) if first_filled >= 0 else ""
    # the first card's title opened the page ("Persona 1: …", "Meet Sarah"): the next cards' titles are its siblings
    card_kind = next((kind for kind in (NUMBERED_PERSONA.match, only_numbers_a_persona, MEET_LINE.match, _BRACKETED_NUMBER.match,
                                        _names_by_label) if kind(first_line)), None)
    unwrapped = _never_wrapped(lines)
    fields = first_fields(lines)
    spaced = _spaced_items(lines)
    heads = {i for i, line in enumerate(lines) if line.strip() and i not in spaced and heads_what_follows(lines, i, fields)}
    listed = _listed_lines(lines, heads) | spaced
    # where a wiki's own headings came along ("Readers[edit]"), the headings guessed from short lines sit below them
    guessed = "###" if any(_WIKI_EDIT.search(line) for line in lines) else "##"
    kinds: list[str] = []  # the item marks of the Korean list being read, outermost first
    out: list[str] = []
    started = False

    def heading(text: str, card_line: str = "") -> str:
        """The page's first heading is its title; so is every card title of the kind the page opened with."""
        first_kind = not started or (card_kind is not None and bool(card_kind(card_line or text)))
        return f"{'#' if first_kind else guessed} {text}"

    for i, line in enumerate(lines):
        stripped = line.strip()
        if SKIP_LINK.match(stripped) and len(stripped.split()) <= 8:
            continue  # page furniture, not the page's title
        if wiki_heading := _WIKI_EDIT.sub("", stripped) if _WIKI_EDIT.search(stripped) else "":
            out.append(f"{'#' if not started else '##'} {wiki_heading}")  # a MediaWiki heading, copied with its link
            started = True
            continue
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        if korean_outline and started and (depth := outline_part_depth(lines, i)):
            out.append(f"{'#' * depth} {stripped}")
            continue
        bullet = re.match(r"^[-*+]\s+(\S.*)$", stripped)
        if bullet and (NUMBERED_PERSONA.match(bullet[1]) or only_numbers_a_persona(bullet[1])) \
                and (_field_line(after := _next_text(lines, i)) or after.partition(":")[0].strip().lower() in NAME_LABELS):
            out.append(heading(bullet[1]))  # "■ 페르소나 A" ⏎ "이름: …": a card's title
            started = True
            continue
        if bullet and bullet[1] in marked and _field_bullet(bullet[1]) and _next_text(lines, i):
            out.append(f"{guessed} {bullet[1]}")  # "■ 고충" ⏎ "- …": a field's name marked as a section, over its items
            started = True
            continue
        if (item := KOREAN_ITEM.match(stripped)) and (item.group(1)[0] >= "가" or re.search("[가-힣]", stripped)):
            kind = item_kind(item.group(1))  # "가." over "①": the kind of mark, not its number, is the depth
            kinds = kinds if out and out[-1].lstrip().startswith("- ") else []
            kinds = kinds if kind in kinds else [*kinds, kind]
            out.append("  " * kinds.index(kind) + "- " + stripped[item.end():].strip())
            started = True
            continue
        if i in named:  # "NAME" ⏎ "Oliver Grant": the card's title, every card's at the level of the first
            out.append(f"{'#' if min(named) == first_filled else guessed} {stripped}")
            started = True
            continue
        if i in numbered_names:  # "1. Sam, 34, warehouse picker" ⏎ "Sam walks …": a numbered name over that one's story
            name_line = re.sub(r"^\d{1,2}[.)]\s+", "", stripped)
            out.append(f"{'#' if min(numbered_names) == first_filled else guessed} {name_line}")
            started = True
            continue
        if i in numbered_titles:  # "1. Mission shoppers" ⏎ a paragraph about them ⏎ … ⏎ "2. Wanderers" ⏎ …
            out.append(f"{guessed} {stripped}")
            started = True
            continue
        if numbered := _BRACKETED_NUMBER.match(stripped):  # "[페르소나 1] 박지훈": a card's title
            out.append(heading(f"{numbered.group(1)}: {numbered.group(2)}", card_line=stripped))
            started = True
            continue
        if bracketed := _BRACKETED_LABEL.match(stripped):  # "[Pain Point]", "[고충]": a blog's label in brackets
            out.append(f"{'#' if not started else guessed} {bracketed.group(1).strip()}")
            started = True
            continue
        if re.fullmatch(r"-{3,}|={3,}", stripped) and out and out[-1].strip() \
                and (_field_line(out[-1].strip()) or len(out[-1].split()) > 8):
            out.append("")  # "Pain points: …" ⏎ "---": a rule between cards, not the underline of a heading
        if (intro := _NAME_INTRODUCED.match(stripped)) and is_given_name(intro["name"].split()[0]) \
                and _AGED.search(" ".join(intro["rest"].split()[:12])) and len(intro["rest"].split()) >= 12:
            out += [heading(intro["name"]), "", intro["rest"]]  # "Joan Whitaker: A 74-year-old retired teacher …"
            started = True
            continue
        if not stripped or _MARKDOWN_LINE.match(line) or line.startswith("  -") or stripped == "* * *":
            out.append(line)
            started = started or bool(stripped)
            continue
        # "Donna, scheduler at a clinic" ⏎ "Snapshot": the page's title over its first field
        title = not started and ":" not in stripped + (after := _next_text(lines, i)) and len(after.split()) <= 6 \
            and is_field(after)
        # a quotation or a line in the first person is what someone says, not a heading
        spoken = started and (stripped.startswith(("\"", "“", "‘", "「", "『")) or _said_by_someone(stripped))
        picture = started and _IMAGE_NAME.search(stripped) is not None  # "persona page image-31": where a picture stood
        last = started and not _next_text(lines, i)  # the page's last words, cut off in a copy, head nothing
        # "Age: 13 years old" ⏎ "Hobbies: violin, painting": a label and its value after field lines is one more field
        in_fields = bool(re.match(r"^[^:]{1,25}:\s+\S", stripped)) and _field_line(_previous_text(lines, i))
        if (((alone and not _field_line(stripped) and not in_fields) or title) and len(stripped.split()) <= (12 if not started else 8)
                and not HEADING_END.search(stripped) and not spoken and not picture and not last and i not in spaced) or i in heads:
            out.append(heading(stripped))
        elif i in listed:
            out.append(f"- {stripped}")  # short lines one under another, copied from a page's list or cards
        elif _AGE_ALONE.match(stripped) and out and out[-1].startswith("#"):
            out += [stripped, ""]  # "## Kyle – student" ⏎ "16 years old" ⏎ "Concerns: …": the age is a line of its own
        else:
            if picture and len(stripped.split()) <= 6:
                out.append("")  # no text of the page
                continue
            if out and out[-1].strip() and (not stripped[:1].islower() or (unwrapped and out[-1].rstrip().endswith("."))) and (
                    (re.match(r"^\s*([-*+]|\d{1,2}[.)])\s", out[-1]) and not line[:1].isspace())
                    or ((out[-1].rstrip().endswith(_FINISHED) or (unwrapped and not line[:1].isspace()))
                        and not _MARKDOWN_LINE.match(out[-1]))):
                # a new paragraph after a list (not the last item's lazy continuation) or after a finished line: in
                # text copied from a page every line is a paragraph; a wrapped sentence goes on in lower case
                out.append("")
            out.append(stripped)
        started = True
    return "\n".join(out)
