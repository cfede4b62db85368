"""One persona told in several places of a document ("The Night Nurse", later "I am a night nurse"): merged."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from callinsight.personas.model import STATED_HEADING, PersonaDoc
from callinsight.personas.names import NAME_AND_EPITHET, NAME_ITEM, names_a_role_or_group
from callinsight.personas.vocab import ID_COLUMNS


def merge_same_names(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"#### The Python software user" and later "### I am a Python software user": one persona told twice.
    (The same heading twice stays two personas, parse numbering the second, unless the second repeats lines of
    the first: "### ECRs" again under "The stories we chose for the first release".)"""
    merged: list[PersonaDoc] = []
    by_name: dict[str, PersonaDoc] = {}
    for persona in personas:
        key = name_key(persona.name)
        known = by_name.get(key)
        if known is not None and (known.name != persona.name or _retold(known, persona) or _introduced(known)
                                  or _summary_row(persona)):
            merge_into(known, persona)
            continue
        by_name.setdefault(key, persona)
        merged.append(persona)
    for step in _MERGE_STEPS:
        merged = step(merged)
    return merged


def _fields_of_named(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"### Independent Developer Requirements" after "## Persona 1: Independent Developer": a heading that is a persona's
    name and then one of its fields holds that field of that persona, not another persona."""
    from callinsight.personas.model import canonical_section

    out: list[PersonaDoc] = []
    for persona in personas:
        key = name_key(persona.name)
        owner = next((k for k in out if key.startswith(name_key(k.name) + " ")), None)
        field = canonical_section(key[len(name_key(owner.name)):].strip(), exact=True) if owner else None
        if owner is None or field is None:
            out.append(persona)
            continue
        items = owner.sections.setdefault(field, [])
        items += [i for values in persona.sections.values() for i in values if i not in items]
        owner.headings.setdefault(field, persona.name)
    return out


#: "Mr. Lin (Age 83)", "Beth (24)": a name with only an age after it.
_AGED = re.compile(r"^(?P<name>.+?)\s*\((?:aged?\s*)?\d{1,3}(?:\s*(?:years?|yrs?)(?:\s*old)?)?\)$", re.I)
#: "Site owner (primary customer)": a name and an aside after it.
_ASIDE = re.compile(r"^(?P<name>.+?)\s*\((?P<aside>[^()]*)\)$")


def _one_aside_within(first: str, second: str) -> bool:
    """"Site owner (primary)" and "Site owner (primary customer)": the words of one aside are all in the other's."""
    asides = [set(m["aside"].lower().split()) if (m := _ASIDE.match(n.strip())) else set() for n in (first, second)]
    return all(asides) and (asides[0] <= asides[1] or asides[1] <= asides[0])


def _merge_pairs(personas: list[PersonaDoc], key: Callable[[PersonaDoc], str],
                 same: Callable[[PersonaDoc, PersonaDoc], bool],
                 renamed: Callable[[PersonaDoc, PersonaDoc], bool]) -> list[PersonaDoc]:
    """Two personas, and only two, with the same ``key`` (no key: never merged) are one when ``same`` says so; the
    first keeps the second's name (and id) when ``renamed`` says the second's says more."""
    counts = Counter(k for p in personas if (k := key(p)))
    out: list[PersonaDoc] = []
    kept: dict[str, PersonaDoc] = {}
    for persona in personas:
        k = key(persona)
        known = kept.get(k) if k and counts[k] == 2 else None
        if known is not None and same(known, persona):
            if renamed(known, persona):
                known.name, known.persona_id = persona.name, persona.persona_id
            merge_into(known, persona)
            continue
        if k:
            kept.setdefault(k, persona)
        out.append(persona)
    return out


def _aged(persona: PersonaDoc) -> bool:
    return bool(_AGED.match(persona.name.strip()))


def _merge_aged(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"Mr. Lin (Memory-Impaired Individual)" in a summary table and "Mr. Lin (Age 83)" over his profile: one persona
    where one of the two names only adds an age (or a narrower aside), and no third persona has that name."""
    def base(persona: PersonaDoc) -> str:
        name = persona.name
        return name_key((m["name"] if (m := _ASIDE.match(name.strip())) else name).strip())

    return _merge_pairs(personas, base,
                        lambda known, p: _aged(known) or _aged(p) or _one_aside_within(known.name, p.name),
                        lambda known, p: _aged(known) and not _aged(p))  # the name that says more


#: "Nadia Brennan (Executive (Head of Resident Safety))" in a summary table, "Nadia Brennan - Head of Resident Safety"
#: over her interview: a first and a last name, then an aside, a dash or a comma.
#: ("Declan Mac McBride": a nickname between them, its quotes gone)
_FULL_NAME = re.compile(r"^([A-Z][a-z][\w'’-]* (?:[A-Z][a-z][\w'’-]* )?[A-Z][a-z][\w'’-]*)(?=\s*$|\s*[(,]|\s+[-–—]\s)")


def _merge_full_names(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """Two personas, and only two, named by the same first and last name whatever follows it: one person, told in a
    summary and in her own section. She keeps the name of the part that holds more of her."""
    def size(persona: PersonaDoc) -> int:
        return sum(map(len, persona.sections.values()))

    def same(known: PersonaDoc, persona: PersonaDoc) -> bool:
        # the same name twice too, when it is a person's ("| 1 | Tess Abara | … |" in a segment map, then "## 1. Tess
        # Abara"), not a role's ("## Basic Customer" twice: two customers)
        return known.name != persona.name or not names_a_role_or_group(known.name.strip())

    return _merge_pairs(personas, lambda p: m[1] if (m := _FULL_NAME.match(p.name.strip())) else "", same,
                        lambda known, p: size(p) > size(known))


def _merge_given_into_full(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"| | **Rohan** | **Kavya** |" in a summary table, then "## Persona 1 — Rohan Iyer · The Gulf Saver" over his
    profile: two personas, and only two, opening with one first name, one of them a table's record named by the first
    name alone and the other by it and a surname, are one person, named as his profile heads him."""
    def same(known: PersonaDoc, persona: PersonaDoc) -> bool:
        if known.from_record == persona.from_record:
            return False
        short, full = (known, persona) if known.from_record else (persona, known)
        name, rest = short.name.strip(), full.name.strip()
        return bool(_given_name_alone(name)) and rest.startswith(name + " ") and rest[len(name) + 1:][:1].isupper()

    return _merge_pairs(personas, lambda p: w[0] if (w := p.name.split()) and re.fullmatch(r"[A-Z][a-z]+", w[0]) else "",
                        same, lambda known, p: not p.from_record)


#: "Dana — the weekend planner", "한승민 — 승부를 즐기는 회사원", "Dana (34, nurse)": a first name (or a Korean name)
#: and then a dash, an aside or a comma that says more about her.
_GIVEN_THEN_MORE = re.compile(r"^([A-Z][a-z]+|[가-힣]{2,4})(?=\s*[(,]|\s+[-–—]\s)")


#: "사장님: 조미래", "Shop owner, Dana": a role (an honorific one, or of two words or more), then the first name alone,
#: as a card's heading may put them ("Dana, Nurse" is Dana's).
_ROLE_THEN_GIVEN = re.compile(r"^(?:[가-힣]{1,8}님|[A-Z][a-z]+(?: [a-z]+){1,3})\s*[,:]\s*([A-Z][a-z]+|[가-힣]{2,4})$")


def _merge_row_into_card(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"| **Dana** — the weekend planner | Calendar |" in a summary table, then "### 1. Persona — Dana (34, nurse)" (or
    "### Nurse: Dana") over her card: two personas, and only two, named by one first name and something more, one a table's record and the
    other not, are one person, named as her card heads her."""
    def given(persona: PersonaDoc) -> str:
        name = persona.name.strip()
        return m[1] if (m := _ROLE_THEN_GIVEN.match(name) or _GIVEN_THEN_MORE.match(name)) else ""

    return _merge_pairs(personas, given, lambda known, p: known.from_record != p.from_record,
                        lambda known, p: known.from_record)


#: "PER-001 정우진", "P2. Bea", "U-03: Mateo": the document's code for a persona, then its name.
_CODED = re.compile(r"^[A-Z]{1,4}-?\d{1,4}(?:[.:,]|\s+[—–-])?\s+(?=\w)")  # ("PER-001 정우진", "P01 — Research administrator")


def _merge_coded(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"정우진" in a summary table (its code in an ID column) and "PER-001 정우진" over his profile: two personas, and
    only two, whose names differ only by the code one of them opens with, are one, named as the document heads him."""
    return _merge_pairs(personas, lambda p: name_key(_CODED.sub("", p.name.strip())),
                        lambda known, p: bool(_CODED.match(known.name.strip())) != bool(_CODED.match(p.name.strip())),
                        lambda known, p: bool(_CODED.match(p.name.strip())))


def _merge_same_code(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"| **P2 Team member (small studio)** | … |" in a summary table and "### 4-2. P2: Team member (small studio, 3~6
    people)" over the profile: two personas, and only two, that open with the same code, one of them a table's row
    that tells no field of hers (a summary row, or a remark on her)."""
    def code(persona: PersonaDoc) -> str:
        return match.group(0).strip(" .:,—–-") if (match := _CODED.match(persona.name.strip())) else ""

    def row(persona: PersonaDoc) -> bool:
        return _summary_row(persona) or (persona.from_record and not any(persona.sections.values()))

    return _merge_pairs(personas, code, lambda known, p: row(known) or row(p), lambda known, p: False)


#: A summary row's cell that holds the document's code for the persona ("| ID | Persona |" ⏎ "| P-APP | Mobile applicant |").
_ID_VALUE = re.compile(r"[A-Z][A-Z0-9]{0,4}(?:-[A-Z0-9]{1,5})?")


def _merge_by_id(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"| P-APP | Mobile applicant | … |" in the persona map and "## P-APP — Mobile applicant" over her profile: the row
    whose ID cell is the code one heading (and only one) opens with is more of that persona, named as the heading says."""
    def headed_by(row: PersonaDoc) -> Callable[[PersonaDoc], bool] | None:
        code = next((v.strip() for k, v in row.extra_sections.items() if k.strip().lower() in ID_COLUMNS
                     and _ID_VALUE.fullmatch(v.strip())), "")
        if not code:
            return None
        # ("P-1 · The Optimiser", read "P-1, The …"; "B.1 Persona P-01: …", a lettered part's number and the word first)
        opens = re.compile(rf"(?:[A-Z]?\.?\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?:(?i:persona)\s+)?{re.escape(code)}(?![\w-])\s*[—–:.,·-]?\s+\w")
        return lambda p: opens.match(p.name.strip()) is not None

    return _merge_into_the_one(personas, headed_by)


def _merge_into_name_line(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"## Persona 1 — The School Director" with "Name: Pilar Navarro" in its profile, and a comparison table's
    column "Pilar (Director)" later: the table's record named by a first name alone is more of the one persona whose
    name line opens with that name, and keeps that persona's title."""
    def named_on_a_line(record: PersonaDoc) -> Callable[[PersonaDoc], bool] | None:
        said = _ASIDE.match(record.name.strip())  # ("Javier/Marta (Parent)": a couple, by the first of its names)
        names = re.split(r"\s*/\s*|\s*&\s*|\s+and\s+", (said["name"] if said else record.name).strip())
        given = names[0] if record.from_record and all(re.fullmatch(r"[A-Z][a-z]+", n) for n in names) else ""
        if not given:
            return None
        return lambda p: not p.from_record and any(
            (m := NAME_ITEM.match(item)) is not None and m[1].split()[0] == given for items in p.sections.values() for item in items)

    return _merge_into_the_one(personas, named_on_a_line)


def _merge_into_the_one(personas: list[PersonaDoc],
                        holder: Callable[[PersonaDoc], Callable[[PersonaDoc], bool] | None]) -> list[PersonaDoc]:
    """Each persona for which ``holder`` says what holds it (None: nothing does) is more of the one other persona,
    still standing, that does, and is merged into it; where none or several do, it stays."""
    out = list(personas)
    for part in personas:
        if (holds := holder(part)) is None:
            continue
        holders = [p for p in out if p is not part and holds(p)]
        if len(holders) == 1:
            merge_into(holders[0], part)
            out.remove(part)
    return out


def _given_name_alone(name: str) -> str:
    """"Daniel", "Vik (Vikram)", "Daniel (Parent)" -> the first name; "" for anything more than one."""
    said = _ASIDE.match(name.strip())
    name = said["name"].strip() if said else name.strip()
    return name if re.fullmatch(r"[A-Z][a-z]+", name) else ""


def _merge_named_role(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"Daniel (Parent)", found under "## Persona 1: Parent", and "### Daniel" in the page's scenarios later: two
    personas, and only two, one a first name alone and the other that name with a role in brackets, are one person."""
    return _merge_pairs(personas, lambda p: _given_name_alone(p.name).lower(), lambda known, p: ("(" in known.name) != ("(" in p.name),
                        lambda known, p: "(" in p.name)


def _merge_given_and_role(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"Kadiatou (Secretary / Student Affairs)" in a summary table and "Kadiatou Sylla (Secretary / Student Affairs)"
    over her card: two personas, and only two, with one first name and one role in brackets are one person, named
    by her full name."""
    def key(persona: PersonaDoc) -> str:
        said = _ASIDE.match(persona.name.strip())
        return f"{name_key(said['name']).split()[0]} ({said['aside'].lower()})" if said and said["name"].strip() else ""

    return _merge_pairs(personas, key, lambda known, p: known.name != p.name, lambda known, p: len(p.name) > len(known.name))


def _group_words(persona: PersonaDoc) -> str:
    """"Hobby coders / product leads" -> "hobby coder": a plural name's first kind of person, in the singular."""
    first = re.split(r"\s*[/,&(]\s*|\s+and\s+", name_key(persona.name))[0].strip()
    return re.sub(r"ies$", "y", first) if first.endswith("ies") else first[:-1] if re.search(r"[^s]s$", first) else ""


def _merge_groups_into_people(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"1. **Escapees** worn down by …" in a list of the page's groups, then "## Jonah — the escapee who's sick of …":
    the group and the person who stands for it are one persona, named as the person; only where one group and one
    person share the word."""
    def key(persona: PersonaDoc) -> str:
        said = NAME_AND_EPITHET.match(persona.name.strip())
        return (said["who"].lower() if said else _group_words(persona)).split(" ")[0]

    def same(group: PersonaDoc, person: PersonaDoc) -> bool:
        said = NAME_AND_EPITHET.match(person.name.strip())
        words = _group_words(group)
        return bool(said and words and not NAME_AND_EPITHET.match(group.name.strip())
                    and re.match(rf"{re.escape(words)}\b", said["who"].lower()))

    return _merge_pairs(personas, key, same, lambda group, person: True)


#: "Segment B — Pet parent", "Segment 2: Gift buyer": the page's code for a segment, before the kind of person.
_SEGMENT_LEAD = re.compile(r"^\W*(?:segment|group|cohort)\s*#?\s*(?:\d{1,2}|(?-i:[A-Z]))\s*[—–:.-]\s*", re.I)
_SMALL_WORDS = frozenset({"and", "or", "the", "a", "an", "of", "with", "who", "for", "their", "in"})


def _kinds(name: str) -> set[str]:
    """"Couples and friend groups" -> {"couple", "friend", "group"}: a name's words, each in the singular."""
    words = set(re.findall(r"[a-z][a-z'’]*", name.lower())) - _SMALL_WORDS  # ("friend-group": two words)
    return {w[:-3] + "y" if w.endswith("ies") else w[:-2] if w.endswith(("sses", "shes", "ches", "xes")) else
            w[:-1] if re.search(r"[^s]s$", w) else w for w in words}


def _merge_groups_into_segments(personas: list[PersonaDoc]) -> list[PersonaDoc]:
    """"2. **Pet parents** after a cartoon of their animal" in the page's summary, then "### Segment B — Pet parent" ⏎
    its profile: the group the summary names is the segment the page details, where the group's name is two words or
    more, one of them plural, and exactly one segment's name holds all of them."""
    def detailed_by(group: PersonaDoc) -> Callable[[PersonaDoc], bool] | None:
        words = _kinds(group.name)
        if len(words) < 2 or _SEGMENT_LEAD.match(group.name) or not re.search(r"[^s]s\b", group.name.lower()):
            return None
        return lambda p: _SEGMENT_LEAD.match(p.name) is not None and words <= _kinds(_SEGMENT_LEAD.sub("", p.name))

    return _merge_into_the_one(personas, detailed_by)


def name_key(name: str) -> str:
    """"The Night Nurse", "night nurse", "Night_Nurse": one persona's name, however a heading or a table writes it."""
    return re.sub(r"^(the|a|an)\s+", "", name.lower().replace("_", " ")).strip()


def merge_into(known: PersonaDoc, more: PersonaDoc) -> None:
    for name, items in more.sections.items():
        have = known.sections.setdefault(name, [])
        have += [i for i in items if i not in have]
        if name in more.headings and known.headings.get(name, STATED_HEADING) == STATED_HEADING:
            known.headings[name] = more.headings[name]  # the document's own label over "stated in the text"
    for title, text in more.extra_sections.items():
        known.extra_sections.setdefault(title, text)


def _lines(persona: PersonaDoc) -> set[str]:
    """The openings (first eight words) of its longer lines: a line told again may carry a note after it."""
    found = [item for items in persona.sections.values() for item in items]
    found += [line for text in persona.extra_sections.values() for line in text.splitlines()]
    return {" ".join(words[:8]) for line in found if len(words := line.lower().split()) >= 8}


def _retold(first: PersonaDoc, second: PersonaDoc) -> bool:
    return bool(_lines(first) & _lines(second))


def _introduced(first: PersonaDoc) -> bool:
    """"- **Citizen** – how could we help them decide?" and later "### Citizen" ⏎ what we learnt: the first was only
    a bullet introducing the name (a line or two that open with it, no fields), and the section under the same name
    tells the persona. Two sections of one name each with their own content stay two personas."""
    lines = first.sections.get("background", [])
    if set(first.sections) == {"background"} and not first.extra_sections and 1 <= len(lines) <= 2 \
            and name_key(lines[0]).startswith(name_key(first.name) + " "):
        return True
    return _summary_row(first)


#: How many words a summary table's cell holds at most, where the row has more than one ("£4,200 – £21,000", "High").
_SHORT_CELL = 12


def _summary_row(persona: PersonaDoc) -> bool:
    """A summary table's row, its persona told in a section of the same name elsewhere: one cell ("| Back-office
    editor | Works in the back office; never handles keys |"), or a row of short ones ("| 1 | Equipment Suppliers |
    £4,200 – £21,000 | High | 🔥 Go now |")."""
    cells = list(persona.extra_sections.values())
    if len(cells) == 1 and "\n" not in cells[0] and all(items == cells[:1] for items in persona.sections.values()):
        return True
    cells += [item for items in persona.sections.values() for item in items]
    return persona.from_record and len(cells) >= 2 and all("\n" not in c and len(c.split()) <= _SHORT_CELL for c in cells)


#: The later merges, in the order they run: each sees the personas the ones before it left.
_MERGE_STEPS: tuple[Callable[[list[PersonaDoc]], list[PersonaDoc]], ...] = (
    _merge_aged, _merge_into_name_line, _merge_by_id, _merge_same_code, _merge_coded, _merge_full_names,
    _merge_given_into_full, _merge_row_into_card, _merge_named_role, _merge_given_and_role, _merge_groups_into_people,
    _merge_groups_into_segments, _fields_of_named)
