"""Finding the personas in a document tree, whatever format it was read from.

A persona is (in this order of evidence):
1. a record: one item of a YAML/JSON list, one row or column of a persona table;
2. a section with persona fields: sub-headings, bold labels, labelled list items or ``Label:`` lines
   that name a field (pain points, goals, needs, …; ``model.SECTION_SYNONYMS``);
3. a list item that opens with a bold (or ``Name:``) name followed by prose about that person;
4. a narrative section titled with a name that its prose talks about ("Berna works as … She …").
Or, when the user says so (``--persona-level N``), every heading of level N.
Sections that are not personas (tables of contents, FAQs, writing guidance, enablement, videos,
analysis, placeholders, page background) are skipped with a note. Concerns are the items of the
problem and need fields, plus, in prose anywhere in a persona, the sentences that state a problem or a
need (``vocab.concern_kind``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from callinsight.personas.afterwards import (
    closest,
    kin_of_personas,
    named_for_its_person,
    told_before,
    troubles_of_the_one,
    troubles_told_of_one_named,
)
from callinsight.personas.blocks import has_persona_table, headed_persona_table, personas_in_blocks, summarised
from callinsight.personas.building import (
    declares_persona_page,
    from_bullet,
    from_fields,
    from_narrative,
    from_page,
    meta_name,
    nested_containers,
    person_of_the_role,
    story_name,
)
from callinsight.personas.containers import (
    CONTAINER_CONTEXT,
    adopt_announced,
    listed_by_name,
    listed_under_a_container,
    persona_bullets,
    persona_children,
    roles_below,
)
from callinsight.personas.evidence import (
    PERSONA_WORD,
    about_the_personas,
    aged_people,
    field_labels,
    fields_in_its_parts,
    is_persona_by_fields,
    is_template,
    labelled_parts,
    only_contents,
    parts_its_siblings_share,
    persona_part,
    profile_card_name,
    quoted_bold_name,
    the_pages_one_persona,
)
from callinsight.personas.extraction import Extraction, Skipped, add_or_merge
from callinsight.personas.flat_cards import split_by_name_headings, split_by_pronoun_parts, split_by_repeated_questions
from callinsight.personas.introduced import declared_groups, declared_list, introduced_people, people_it_is_for
from callinsight.personas.known import (
    cards_of_known,
    field_of_known,
    persona_a_heading_names,
    spoken_by_known,
    written_for_known,
)
from callinsight.personas.lifting import (
    bold_persona_titles,
    bold_titles_as_headings,
    cards_by_bold_names,
    lift_pseudo_headings,
    nest_flat_fields,
    split_by_name_labels,
    split_possessive_fields,
    title_among_its_kind,
)
from callinsight.personas.merging import merge_into, merge_same_names, name_key
from callinsight.personas.model import CONCERN_SECTIONS, DECLARED_PERSONA, NUMBERED_PERSONA, field_of, slugify
from callinsight.personas.names import (
    GENDERED,
    NAME_AND_EPITHET,
    ONLY_SAYS_PERSONA,
    ROLE_NOUN,
    clean_name,
    ends_with_a_person,
    introduced_person,
    is_given_name,
    is_profile_heading,
    is_topic_acronym,
    looks_like_a_name,
    most_told_person,
    name_beside_age,
    name_from_stem,
    names_container,
    names_people,
    only_numbers_a_persona,
    says_word,
)
from callinsight.personas.narrative import is_narrative, is_trait_list
from callinsight.personas.personadoc import PersonaDoc, apply_front_matter
from callinsight.personas.reading.tree import ItemList, Para, Section
from callinsight.personas.stories import (
    from_needs_list,
    from_needs_statement,
    from_role_stories,
    from_user_stories,
    needs_lead_ins,
    needs_of,
    stories_by_role,
    told_in_user_stories,
)
from callinsight.personas.vocab import (
    CONTAINER_WORDS,
    CONTENTS,
    FIRM_REASONS,
    MEASURES,
    TEMPLATE,
    is_placeholder,
    non_persona_reason,
)

_CHANGELOG_STEMS = frozenset({"changelog", "changes", "history", "news", "release-notes", "release_notes", "releasenotes", "releases"})


def extract(root: Section, source: str, stem: str, level: int | None = None) -> Extraction:
    """``level``: the user says every heading of this level is one persona (``--persona-level``)."""
    out = Extraction()
    if level is not None:
        bold_titles_as_headings(root)
        _by_level(root, [], level, out, source)
        if not out.personas:
            out.closest = f"no heading of level {level} with content"
        return out
    title_among_its_kind(root)
    nest_flat_fields(root, root.guessed)
    adopt_announced(root)
    split_possessive_fields(root)
    split_by_name_labels(root)
    split_by_repeated_questions(root)
    split_by_name_headings(root)
    split_by_pronoun_parts(root)
    if stem.lower() in _CHANGELOG_STEMS:  # "Minor Improvements" ⏎ "- Frustration …" in HISTORY.md is a release note
        out.closest = f"'{stem}' is a changelog, not a persona document"
        return out
    if declares_persona_page(root.meta) and (page := _declared_page(root)) is not None:
        out.personas.append(from_page(*page, source))  # "layout: persona" ⏎ "title: The gadgeteer"
        return out
    if (page := _one_quoted_persona(root)) is not None:
        title, name = page
        out.personas.append(from_fields(title, name, source, [root]))  # the page is that one persona, its parts hers
        return out
    readme = bool(re.search(r"(^|[_-])readme$", stem, re.I)) and not meta_name(root)  # a README is about a project
    # ("# User needs" ⏎ "As a warden, I need …" ⏎ "As a guest, I need …": a field of several roles' stories, not one persona)
    if root.record or (is_persona_by_fields(root) and not persona_children(root) and not has_persona_table(root) and not readme
                       and not any(stories_by_role(s) for s in root.walk()) and not cards_by_bold_names(root)):
        # (the page's own profile card first, then one in its parts: "# Trainer" ⏎ "### Bio" ⏎ "| Name | Marcus Whitfield |")
        name = meta_name(root) or root.title or _bold_title(root) or _declared_title(root) \
            or next((n for s in root.walk() if (n := profile_card_name(s))), "") or most_told_person(root.text()) \
            or name_from_stem(stem)
        out.personas.append(from_fields(root, name, source, []))
        return out
    first = root.children[0] if root.children else None
    if first is not None and len(root.children) > 1 and not first.children and not root.meta.get("title") \
            and CONTAINER_CONTEXT.search(first.title) and (not first.blocks or (names_container(clean_name(first.title))
                                                                 and all(c.children and not c.blocks for c in root.children[1:]))):
        # "# Mojaloop Personas" ⏎ "# Document Purpose" ⏎ …, "# OLM Personas" ⏎ its introduction ⏎ "# Consumers" ⏎
        # "## Cluster Admin": a first heading over nothing but text, at the level of the page's parts, is the page's title
        root.meta = {**root.meta, "title": first.title}
    for_whom = people_it_is_for(root, source)  # (of the page as read: the search below reshapes it)
    _scan(root, [], out, source)
    if not out.personas:  # a page of user stories with no heading at all
        out.personas += [from_role_stories(who, stories, root, source, []) for who, stories in stories_by_role(root)]
    told_before(out, source)
    kin_of_personas(out, source)
    named_for_its_person(out, root)
    troubles_of_the_one(out, source)
    troubles_told_of_one_named(out, source)
    if not out.personas and not root.children and meta_name(root) and is_narrative(root, meta_name(root), []):
        out.personas.append(from_narrative(root, meta_name(root), source, []))  # one persona per file, in prose
    if not out.personas:  # no heading, label or record: the people its prose introduces ("Ines is a 58 year old who …")
        out.personas += introduced_people(root, source) or declared_groups(root, source) or for_whom or [
            from_bullet(item, source, []) for section in root.walk() for item in declared_list(section)]
    if len(out.personas) == 1 and root.meta:
        apply_front_matter(out.personas[0], root.meta)  # one persona per file: the front matter is about it
    out.personas = merge_same_names(out.personas)
    if not out.personas:
        out.closest = closest(root, out)
    return out


# ---------------------------------------------------------------- discovery


def _bold_title(root: Section) -> str | None:
    """"**Baker Bea**" ⏎ "**Goals:** …": a page with no heading whose first paragraph is only a bold name (a Word,
    RTF or Google Docs page titled in bold text, not a heading style) is named by it."""
    first = root.blocks[0] if root.blocks else None
    if isinstance(first, Para) and first.bold and first.label and not first.rest and not field_of(first.label) \
            and looks_like_a_name(first.label):
        return clean_name(first.label)
    return None


#: The next label of a plain-text card whose lines were joined ("… Baron Rafael Role: CEO …").
_NEXT_LABEL = re.compile(r"\s+(?-i:[A-Z])[\w'’-]*\s*:")


def _declared_title(root: Section) -> str | None:
    """A page with no heading whose first line says whose persona it is ("👤 User Persona: Baron Rafael", the lines of
    a plain-text card joined) is named by it, up to the card's next label."""
    text = root.blocks[0].text if root.blocks and isinstance(root.blocks[0], Para) else ""
    if (said := DECLARED_PERSONA.match(text)) is None:
        return None
    start = said.end() - 1  # (the match takes the name's first letter)
    name = clean_name(text[:start] + _NEXT_LABEL.split(text[start:], maxsplit=1)[0])
    return name if name and len(name.split()) <= 5 and looks_like_a_name(name) else None


def _named_in_values(record: Section) -> str:
    """The one person a data record with no name key names beside her age in one of its short values, or ""."""
    found = {name for value in record.meta.values() if isinstance(value, str) and len(value) <= 120
             and (name := name_beside_age(value))}
    return found.pop() if len(found) == 1 else ""


def _declared_page(root: Section) -> tuple[Section, str] | None:
    """The page its front matter declares one persona, and her name: the front matter's, else that of the one top
    heading over the whole page ("type: persona" ⏎ "# Helper Persona: The Caseworker"), what it heads being the page;
    None when neither names her."""
    if name := meta_name(root):
        return root, name
    if len(root.children) != 1 or root.children[0].level != 1:
        return None
    top = root.children[0]
    return Section(title=root.title, level=0, meta=root.meta, blocks=root.blocks + top.blocks, children=top.children), \
        clean_name(top.title)


def _scan(section: Section, ancestors: list[Section], out: Extraction, source: str) -> None:
    lift_pseudo_headings(section)
    _visit_children(section, ancestors, out, source)
    if section.level == 0:
        personas_in_blocks(section, ancestors, out, source)


def _visit(section: Section, ancestors: list[Section], out: Extraction, source: str) -> None:
    title = section.title
    if len(ancestors) >= 2 and not section.children and clean_name(title).lower() in out.repeated_sub_headings(ancestors[-2]) \
            and not names_people(clean_name(title)) and not (names_container(clean_name(title)) and persona_bullets(section)):
        # "##### Documentation Content" under every persona: a part of the persona above it, never one itself (but
        # "### 대표 페르소나" ⏎ "- 정숙자 (52세, 여성): …" under every scenario lists each scenario's people)
        return
    if section.record:
        if not section.title and (named := _named_in_values(section)):
            section.title = named  # { alt: …, desc: "Macular degeneration | Dana Hale / 58 / grocer", painpoints: […] }
        if section.title and not is_placeholder(section.text().replace(section.title, "", 1)):
            out.personas.append(from_fields(section, section.title, source, ancestors))
        else:
            out.skipped.append(Skipped(section.title or "(unnamed item)", "no name or no content"))
        return
    if written_for_known(title, out.personas):  # "### For Dr. Helen Okafor (Practice Owner)" ⏎ headlines for her
        out.skipped.append(Skipped(title, "written for a persona found above, not another persona"))
        return
    if NUMBERED_PERSONA.match(title) and (slipped := [c for c in section.children if NUMBERED_PERSONA.match(c.title)]):
        # "## Persona 2: Vivi" ⏎ … ⏎ "### Persona 3: Beatrix": a heading level slipped; Beatrix is Vivi's sibling
        section.children = [c for c in section.children if c not in slipped]
        for persona in [section, *slipped]:
            _visit(persona, ancestors, out, source)
        return
    if (name := _name_over_one_role(section)):  # "## Donna" ⏎ "### Senior Developer" ⏎ fields: Donna is that role
        child = section.children[0]
        out.personas.append(from_fields(child, name, source, [*ancestors, section], child.title))
        return
    if (whose := field_of_known(section, out.personas)) is not None:  # "### Seeker-Specific Needs" after "## The Seeker"
        owner, label = whose
        field = Section(label, section.level + 1, section.blocks)
        merge_into(owner, from_fields(Section(owner.name, section.level, children=[field]), owner.name, source, ancestors))
        out.tell_more(section)
        return
    if _add_to_named(section, ancestors, out, source, story=True):  # "## Odin pathway" after "### Odin": more of his story
        out.tell_more(section)
        return
    if _SCENARIOS.match(title) and _scenarios_of_known(section, ancestors, out, source) and not section.children:
        return
    if spoken_by_known(section, ancestors, out.personas, source):  # "## Interview" ⏎ "**Interviewer:** …" ⏎ "**Ines:** …"
        out.tell_more(section)
        return
    if (known := persona_a_heading_names(section, out.personas)) is not None and is_persona_by_fields(section):
        # "| Developer | Staff engineer | …" in a summary table, then "### Developer Persona" ⏎ its fields: more of him
        merge_into(known, from_fields(section, known.name, source, ancestors))
        out.tell_more(section)
        return
    if cards_of_known(section, ancestors, out.personas, source):  # "## Deep dives" ⏎ "**Nora**" ⏎ her fields ⏎ "**Omar**" ⏎ …
        out.tell_more(section)
        return
    if only_contents(section):
        out.skipped.append(Skipped(title, CONTENTS))
        return
    if names_container(clean_name(title)) and (person := _the_one_card(section)):
        # "Personas" ⏎ "Tessa the Freelance Designer" ⏎ "Details" ⏎ … ⏎ "Goals" ⏎ …: the one persona, its parts hers
        out.personas.append(from_fields(section, person, source, ancestors, person))
        return
    holds_personas = cache(lambda: persona_children(section))  # asked up to four times below; the section is unchanged till the lifting
    if not section.children and _scenarios_of_named(section, ancestors, out, source):
        return  # ("## Key Scenarios" is about every persona: each of its items is about one of them)
    reason = non_persona_reason(title)
    if reason and reason not in FIRM_REASONS and _PERSONAS_AND.search(title):
        reason = None  # "# User Personas & Success Metrics": the page holds personas, whatever else it holds
    if reason in (TEMPLATE, MEASURES):
        # "## Persona Template" ⏎ "### Behaviours" ⏎ "- **Needs**: What does this persona need …?"; "## 성공 지표 (UX
        # Metrics)" ⏎ "### 2. Retry Rate" ⏎ "- **목표:** < 15%": the parts of either are no personas
        out.skipped.append(Skipped(title, reason))
        return
    if reason and reason not in FIRM_REASONS and len(ancestors) == 1 and ancestors[0].children == [section]:
        reason = None  # "# Design Guidelines" over the whole page is its title: its parts may still hold an audience
    # "Journey: Gift Buyer (Derek)" after the persona "Gift Buyer": the journey of one found, whatever job it names
    of_a_known = bool(reason) and any(len(p.name) >= 4 and p.name.lower() in title.lower() for p in out.personas)
    if reason and reason not in FIRM_REASONS and (ROLE_NOUN.search(title) or ends_with_a_person(clean_name(title))) and not of_a_known and (is_persona_by_fields(section) or is_narrative(section, clean_name(title), ancestors)
                                                or listed_under_a_container(section, ancestors)):
        # "Training Manager Tia", "Contact Centre Agent", "The emerging playbook author": a job title or a word for a
        # person that shares a word with a page section
        reason = None
    if reason and reason not in FIRM_REASONS and (NAME_AND_EPITHET.match(title) or NUMBERED_PERSONA.match(title)) and (
            is_persona_by_fields(section) or is_narrative(section, clean_name(title), ancestors)):
        # "## 2. Ines — the author who picked style over features": a person, whatever words follow; "#### 페르소나 4:
        # 영상의학과 의사" (a doctor of medical imaging, 영상 also "video"): the heading says a persona follows
        reason = None
    if reason and reason not in FIRM_REASONS and headed_persona_table(section, ancestors[0] if ancestors else section, out):
        reason = None  # "## Quick Reference Matrix" ⏎ "| Persona | Share | Age |": its rows are the personas, whatever the title
    if reason and reason not in FIRM_REASONS and (listed := [c for c in section.children if names_container(clean_name(c.title))
                                                          and bold_persona_titles(c)]):
        # "## Product overview" ⏎ "### Target users" ⏎ "**Persona A: Sam Reed (37)**" ⏎ his list: the page part is
        # no persona, the personas it lists are
        out.skipped.append(Skipped(title, reason))
        for child in listed:
            _visit(child, [*ancestors, section], out, source)
        return
    if reason and not holds_personas() and not (reason not in FIRM_REASONS and listed_by_name(section)) and not (
            reason not in FIRM_REASONS and any(is_narrative(c, story_name(c.title), [*ancestors, section]) for c in section.children)):
        # (a "## Scope" whose text lists "… which we call personas:" ⏎ "* The cloud admin, who …" is kept as well)
        if not summarised(section, ancestors, out, source):
            out.skipped.append(Skipped(title, reason))  # ("## Contributors" ⏎ "### Aimee (maintainer)" ⏎ her story: kept)
        return
    below = section.text().replace(title, "", 1)
    if is_placeholder(below) or ((is_placeholder(title) or is_template(section)) and not holds_personas()):
        out.skipped.append(Skipped(title or "(untitled section)",
                                   "placeholder: no content" if below.strip() else "a heading with nothing under it"))
        return
    if (who := needs_of(title)) and not section.children:
        add_or_merge(out, from_needs_statement(section, who, source, ancestors))
        return
    if len(leads := needs_lead_ins(section)) >= 2 or (leads and _USERS_AND_NEEDS.search(title)):
        # "### Our users and their needs" ⏎ "As a **developer**, I want" ⏎ its list ⏎ "As a **tester**" ⏎ its list
        for who, items in leads:
            add_or_merge(out, from_needs_list(who, items, section, source, ancestors))
        _visit_children(section, ancestors, out, source)
        return
    if (part := persona_part(section)) is not None:
        # a case study's "Problem", "Approach", … ⏎ "Persona" ⏎ "Dean, who lives with back pain, …": Dean is the persona
        child, person = part
        out.personas.append(from_narrative(child, person, source, [*ancestors, section]))
        return
    if not reason and ancestors and fields_in_its_parts(section, out.repeated_sub_headings(ancestors[-1])):
        out.personas.append(from_fields(section, person_of_the_role(section, story_name(title)), source, ancestors, title))
        return
    if ancestors and is_persona_by_fields(section) and (shared := parts_its_siblings_share(section, ancestors[-1])) \
            and not persona_children(section, ignore=shared):
        # "## Persona 1: "Bea"" ⏎ "### Pain Points" ⏎ "### What She Really Wants", "### Behavioral Patterns" ⏎ …, the
        # same parts under "## Persona 2: "Owen"": those parts are hers, not personas of their own
        out.personas.append(from_fields(section, person_of_the_role(section, story_name(title)), source, ancestors, title))
        return
    if (is_persona_by_fields(section) or _card_of_a_sibling(section, ancestors)) and not holds_personas() \
            and not names_container(clean_name(title)) and not bold_persona_titles(section):
        out.personas.append(from_fields(section, person_of_the_role(section, story_name(title)), source, ancestors, title))
        return
    if names_container(clean_name(title)) and not holds_personas() and (
            card_name := profile_card_name(section) or quoted_bold_name(section)):
        # "## Persona profile" ⏎ "| Name | Ines Duarte |" ⏎ "| Age | 52 |" ⏎ …: the card names the persona its heading announces
        out.personas.append(from_fields(section, card_name, source, ancestors, title))
        return
    found_before = len(out.personas)
    nested = nested_containers(section)
    if about_the_personas(section):
        out.skipped.append(Skipped(title, "says how the personas were made, about all of them"))
        return
    # ("# 빵 예약 서비스 계획" ⏎ "## 문제 정의" ⏎ its text ⏎ "## 페르소나" ⏎ …: a page's title over its parts, no story of its own)
    if is_narrative(section, story_name(title), ancestors) and not CONTAINER_WORDS.search(clean_name(title)) \
            and not persona_children(section, ignore=nested) and not roles_below(section, ancestors) \
            and not (nested and not section.blocks):
        out.personas.append(from_narrative(section, person_of_the_role(section, story_name(title)), source, ancestors, nested))
        for child in nested:  # "# C D" ⏎ story ⏎ "## Older Personas": a heading level slipped
            _visit(child, [*ancestors, section], out, source)
        return
    if NUMBERED_PERSONA.match(title) and not holds_personas() and labelled_parts(section) >= 2:
        # "## Persona 1: The analyst going multi-node" ⏎ "- **Who**: …" ⏎ "- **Depends on**: …": the heading says it
        out.personas.append(from_fields(section, clean_name(title), source, ancestors, title))
        return
    numbered_beside_another = NUMBERED_PERSONA.match(title) and ancestors and any(
        s is not section and NUMBERED_PERSONA.match(s.title) for s in ancestors[-1].children)  # "# ICP #2 — …" after "# ICP #1 — …"
    if (_NAMED_PERSONA.match(clean_name(title)) or DECLARED_PERSONA.match(title) or numbered_beside_another) \
            and not holds_personas() and len(below.split()) >= 12 and not aged_people(section):
        name = clean_name(title)
        if ONLY_SAYS_PERSONA.match(name) and (who := most_told_person(below)):
            name = who  # "## Detailed Persona" ⏎ "* Frank, an elderly patient" ⏎ his story: the story names him
        out.personas.append(from_narrative(section, name, source, ancestors))  # "## Admin persona", "## Persona: Designer" ⏎ prose
        return
    if the_pages_one_persona(section, ancestors):
        # "# Raymond - Managing Principal Persona" over the whole page ⏎ "## Pain Points" ⏎ … ⏎ "### Comfort Level:
        # Intermediate" ⏎ "**What Raymond Uses Daily:**": the page is his, its parts with fields are his too
        who, _, role = re.sub(r"\s+persona\W*$", "", clean_name(title), flags=re.I).partition(" - ")
        out.personas.append(from_fields(section, f"{who} ({role})" if role else who, source, ancestors, title))
        return
    lift_pseudo_headings(section)
    personas_in_blocks(section, ancestors, out, source)
    _visit_children(section, ancestors, out, source)
    if len(out.personas) == found_before and section.pseudo and len(section.text().split()) >= 12 \
            and not CONTAINER_WORDS.search(title) and not is_placeholder(title):
        # "**Maker**: the person who … ⏎ - is frustrated by …": a bold name, a line about them, a list about them
        out.personas.append(from_narrative(section, clean_name(title), source, ancestors))
        return
    if len(out.personas) == found_before and listed_under_a_container(section, ancestors) \
            and not any(out.told(c) for c in section.children):  # "# Pathways" ⏎ "## Odin pathway": a heading over them
        # "# User types" ⏎ "## Outgrowers" ⏎ one line about them: the page says what its sections are
        out.personas.append(from_narrative(section, clean_name(title), source, ancestors))
        return
    if len(out.personas) == found_before and _add_to_named(section, ancestors, out, source):
        return
    if len(out.personas) == found_before and (person := _story_of_someone(section)):
        # "### Sharing a directive online" ⏎ "Angie has sickle cell disease. She worries …": a scenario told about a person
        out.personas.append(from_narrative(section, person, source, ancestors))
        return
    if len(out.personas) == found_before and not reason and not section.children \
            and any(_THIS_PERSONA.search(b.text) for b in section.blocks if isinstance(b, Para)) \
            and not CONTAINER_WORDS.search(clean_name(title)):
        # "Resolute— “I WILL …”" ⏎ "Even the resolute hit roadblocks … This persona gains from …": the text says whom
        out.personas.append(from_narrative(section, clean_name(title), source, ancestors))
        return
    if len(out.personas) == found_before and not section.children and only_numbers_a_persona(title) and len(below.split()) >= 12:
        out.personas.append(from_narrative(section, clean_name(title), source, ancestors))  # "## Persona 1" ⏎ "- Keeps …"
        return
    if len(out.personas) == found_before and is_trait_list(section):
        out.personas.append(from_narrative(section, clean_name(title), source, ancestors))  # "## Mark the Coder" ⏎ "- Adores …"
        return
    if len(out.personas) == found_before and not section.children and (by_role := stories_by_role(section)):
        # "# User needs" ⏎ "As a case worker, I need …" ⏎ "As a claimant, I need …": one persona per role telling them
        for who, stories in by_role:
            add_or_merge(out, from_role_stories(who, stories, section, source, ancestors))
        return
    if len(out.personas) == found_before and (who := told_in_user_stories(section)):
        # "## Enterprise" ⏎ "* As an enterprise operator, I need a central view …" ⏎ …: the stories say whose they are
        out.personas.append(from_user_stories(section, who, source, ancestors))
        return
    if len(out.personas) == found_before and not section.children and names_container(clean_name(title)) \
            and _one_audience_by_fields(section) and not out.told(section):
        # "## 2. 타겟 사용자" ⏎ "- 주 사용자: 학부생 …" ⏎ "- 사용자가 겪는 불편함: …": the page's one audience, told by fields
        # ("## 고객 페르소나" ⏎ "| **역할** | … |" ⏎ "| **페인 포인트** | … |": the page's one persona, its troubles among them)
        out.personas.append(from_fields(section, clean_name(title), source, ancestors, title))
        return
    if len(out.personas) == found_before and not out.told(section):
        if field_of(title, loose=False):
            out.skipped.append(Skipped(title, f"a '{field_of(title)}' field outside any persona"))
        elif section.blocks:
            out.skipped.append(Skipped(title, _UNRECOGNISED))
        else:
            return
        out.unplaced.append((section, ancestors, out.skipped[-1]))


def _one_audience_by_fields(section: Section) -> bool:
    """Fields name the section's one audience; under a persona word ("고객 페르소나") only when a trouble is among them,
    each trouble field told once (two "Pain Points:" labels tell two personas under "User Personas")."""
    fields = [f for f, _ in field_labels(section)]
    if not any(f != "other" for f in fields):
        return False
    troubles = [f for f in fields if f in CONCERN_SECTIONS]
    return not PERSONA_WORD.search(section.title) or (bool(troubles) and len(troubles) == len(set(troubles)))


_NUMBER_LEAD = re.compile(r"^\W*([A-Za-z]{0,2})\s?\d{1,2}\b")


def _card_of_a_sibling(section: Section, ancestors: list[Section]) -> bool:
    """"## P2 — Jo" ⏎ "### Jobs" ⏎ "### Pain points" beside "## P1 — Remy, the Steward" whose field headings are the same:
    one card per persona, though Jo's title alone would not say she is one. The sibling must be numbered the same way
    ("P1", "P2") or the title must look like a name, so "## Common themes" ⏎ "### Pain points" stays out."""
    own = {f for c in section.children if (f := field_of(c.title))}
    if len(own) < 2 or not ancestors:
        return False
    lead = _NUMBER_LEAD.match(section.title)
    for sibling in ancestors[-1].children:
        if sibling is section or sibling.level != section.level or not is_persona_by_fields(sibling):
            continue
        theirs = {f for c in sibling.children if (f := field_of(c.title))}
        other = _NUMBER_LEAD.match(sibling.title)
        same_lead = bool(lead and other and lead.group(1).lower() == other.group(1).lower())
        if len(own & theirs) >= 2 and (same_lead or looks_like_a_name(section.title)):
            return True
    return False


#: A title that joins personas with something else: "User Personas & Success Metrics", "Personas and Journeys",
#: "Success Metrics / Personas", "페르소나 및 여정".
_PERSONAS_AND = re.compile(r"\b(?:user |customer |buyer )?personas\s*(?:&|\+|/|,|\band\b)\s*\w|\w\s*(?:&|\+|/|,|\band\b)\s*"
                           r"(?:user |customer |buyer )?personas\b|(?:페르소나|퍼소나)\s*(?:및|과|와|&|/)\s*\S|\S\s*(?:및|&|/)\s*(?:페르소나|퍼소나)", re.I)
#: "Our users and their needs", "User needs", "Personas": a section whose lines say whose needs the lists are.
_USERS_AND_NEEDS = re.compile(r"^\W*((our|the) )?(users?|personas?|stakeholders?|audiences?|roles)\b.*\bneeds\b|^\W*(user )?needs\W*$|"
                              r"^\W*((our|the|key) )?(users?|personas?|stakeholders?|audiences?|roles)\W*$", re.I)


#: "Admin persona", "101 persona": a heading that declares one persona (not "The persona", "Personas").
_NAMED_PERSONA = re.compile(r"^(?!(?:the|a|an|our|your|each|every|this|that|one|any|what is an?|new)\s+persona$)"
                            r"(?!.*\b(?:a|an|the|this|that|your|our|each|every|new|one|any)\s+persona$).{1,40}?\s+persona$", re.I)


def _story_of_someone(section: Section) -> str:
    """The person a section's first paragraph introduces, when the section goes on about them ("she", "he"),
    whatever its heading says; "" otherwise. A short note may come before the story ("@Sam, could you draw this up?"
    ⏎ "Nora is a second-year student … She …": a comment thread's story)."""
    paras = [b for b in section.blocks if isinstance(b, Para)]
    if len(section.blocks) >= 2 and section.blocks[:2] == paras[:2] and not paras[0].bold and not paras[0].label \
            and len(paras[0].text.split()) <= 30 and not introduced_person(paras[0].text) and len(paras[1].text.split()) >= 40:
        paras = paras[1:]  # (not "**Basic info**" ⏎ her details ⏎ her story: a card, read as one)
    first = paras[0] if paras else None
    if section.children or first is None or first.label or not (person := introduced_person(first.text)):
        return ""
    prose = " ".join(b.text for b in section.blocks if isinstance(b, Para))
    # "he"/"she" about them: a product or a library is named again and again too, but is "it" or "they"
    return person if GENDERED.search(prose) else ""


#: "Problem Scenarios", "User scenarios", "Use cases", "사용자 시나리오": a page part whose parts (or paragraphs) each tell
#: a problem of one persona.
_SCENARIOS = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s*)?(?:(?:key|main|example|problem|user|persona|usage)\s+){0,2}(?:scenarios?|use cases)\W*$"
                        r"|^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s*)?(?:문제|사용자|페르소나)?\s?시나리오\W*$", re.I)


def _the_one_card(section: Section) -> str:
    """"Tessa the Freelance Graphic Designer" alone over parts that are all fields ("Details", "Goals"), her first name
    said again in them: the one persona a heading of personas holds, by that line; else ""."""
    paras = [b for b in section.blocks if isinstance(b, Para)]
    if len(paras) != 1 or len(section.blocks) != 1 or not section.children or (text := paras[0].text.strip()).endswith((".", ":", "!", "?")):
        return ""
    words = text.split()
    if not 1 <= len(words) <= 8 or not is_given_name(words[0]) \
            or any(not (field_of(c.title) or is_profile_heading(c.title)) for c in section.children):
        return ""
    return text if says_word(section.text().replace(text, "", 1), words[0]) else ""


def _scenarios_of_known(section: Section, ancestors: list[Section], out: Extraction, source: str) -> bool:
    """"# Problem Scenarios" ⏎ "## Unmet priorities" ⏎ "Denise, the sponsor, has a blind spot: …": each part that
    opens with the first name of one persona found above is more of her, read as her story; whether any was."""
    told = False
    for child in list(section.children):
        if (known := _whose_scenario(child, out.personas)) is not None:
            merge_into(known, from_narrative(child, known.name, source, [*ancestors, section]))
            out.tell_more(child)
            section.children.remove(child)
            told = True
    return told


def _whose_scenario(section: Section, personas: list[PersonaDoc]) -> PersonaDoc | None:
    """The one persona found above named with the first name that opens the section's first paragraph ("Denise, the
    Executive Sponsor, …" after "Denise (Executive Sponsor)"), or None."""
    first = next((b.text.strip() for b in section.blocks if isinstance(b, Para) and b.text.strip()), "")
    word = re.match(r"[A-Z][a-z]+", first)
    if not word or not is_given_name(word[0]):
        return None
    named = [p for p in personas if says_word(p.name, word[0])]  # ("Executive Sponsor (Denise)" too)
    return named[0] if len(named) == 1 else None


_UNRECOGNISED = "no persona fields, and not about a named person"
#: "… This persona needs hope …", "이 페르소나는 …": a paragraph whose sentence opens with the persona it describes
#: (not "… written for this persona" in a checklist, nor "survey showed this persona was wrong").
_THIS_PERSONA = re.compile(r"(?:^|[.!?…”\"]\s+)\W*(?:This persona\b|이 (?:페르소나|퍼소나)(?:는|가)\s)")


#: "사용자 페르소나 정의서 v1.0 — “김말순 어르신”", "Persona: “Pragmatic Pete”": a page title that says it defines a
#: persona and gives its name in quotation marks.
_QUOTED_PERSONA_TITLE = re.compile(r"(?i:persona|(?:페르소나|퍼소나)).*?[—–:-]\s*[\"“'‘](?P<name>[^\"”'’]{2,40})[\"”'’]\s*$")


def _one_quoted_persona(root: Section) -> tuple[Section, str] | None:
    """The page's only top heading names one persona in quotation marks: that heading, and the name."""
    tops = [c for c in root.children if c.level == min((k.level for k in root.children), default=0)]
    if len(tops) != 1 or not (m := _QUOTED_PERSONA_TITLE.search(tops[0].title)):
        return None
    if len(m["name"].split()) > 4 or "," in m["name"]:
        return None  # '퍼소나 1. 이채원 — "집에서 내려 보고 싶은데, 원두를 못 고르겠어"': her words, not her name
    return tops[0], m["name"].strip()


_OUTLINE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+")


def _visit_children(section: Section, ancestors: list[Section], out: Extraction, source: str) -> None:
    """Each sub-section in turn; then, where most of them are personas, a sibling the rules did not recognise but
    titled like the others (a name or a role, with a paragraph about it) is one too: the page's own pattern."""
    made: list[bool] = []
    for child in section.children:
        before = len(out.personas)
        _visit(child, [*ancestors, section], out, source)
        made.append(len(out.personas) > before)
    if sum(made) < 2 or 2 * sum(made) < len(made):
        return
    # "## 페르소나 1 - 고령 민원인", "## 페르소나 2 - …": where the personas' headings number them, a heading that
    # does not ("## 실험 설계") is another part of the page
    # (after the page's own outline number: "### 2.1 페르소나 A — 챔피언", then "### 2.3 권한 모델")
    numbered = sum(bool(found and NUMBERED_PERSONA.match(_OUTLINE_NUMBER.sub("", c.title)))
                   for c, found in zip(section.children, made, strict=True)) >= 2
    for child, found in zip(section.children, made, strict=True):
        skipped = next((s for s in out.skipped if s.title == child.title and s.reason == _UNRECOGNISED), None)
        title = clean_name(child.title)
        if found or skipped is None or numbered or (child.children and not _same_template(child, section, made)) \
                or not (_looks_like_a_sibling_name(title) or _same_labels(child, section, made)) \
                or len(child.text().replace(child.title, "", 1).split()) < 8:
            continue
        out.skipped.remove(skipped)
        out.personas.append(from_narrative(child, title, source, [*ancestors, section]))


def _same_template(child: Section, parent: Section, made: list[bool]) -> bool:
    """A section whose sub-headings are two or more of a sibling persona's ("My job title could be", "Content that
    appeals to me"): the same card, though it lacks the sibling's problem field."""
    return _shares_parts(child, parent, made, lambda s: {name_key(clean_name(c.title)) for c in s.children if c.title})


def _same_labels(child: Section, parent: Section, made: list[bool]) -> bool:
    """A section whose bold labels are two or more of a sibling persona's ("**Already knows:**", "**Needs to learn:**"):
    the same card, whatever its title ("The professional looking to upskill")."""
    return _shares_parts(child, parent, made, lambda s: {
        name_key(b.label) for b in s.blocks if isinstance(b, Para) and b.label and b.bold} | {
        name_key(i.label) for b in s.blocks if isinstance(b, ItemList) for i in b.items if i.label and i.bold})


def _shares_parts(child: Section, parent: Section, made: list[bool], parts: Callable[[Section], set[str]]) -> bool:
    """Two or more of ``child``'s parts are parts of a sibling found to be a persona."""
    own = parts(child)
    return len(own) >= 2 and any(found and sibling is not child and len(own & parts(sibling)) >= 2
                                 for sibling, found in zip(parent.children, made, strict=True))


def _looks_like_a_sibling_name(title: str) -> bool:
    """"Mixed-group facilitator", "Dana": short, a name or a word for someone who does something (an agent noun),
    and neither a field, a page section, a heading about personas nor a topic acronym."""
    words = title.split()
    someone = looks_like_a_name(title) or bool(re.search(r"[a-z](er|or|ist|ian)s?$", words[-1] if words else ""))
    return 0 < len(words) <= 5 and someone and not field_of(title) and not non_persona_reason(title) \
        and not CONTAINER_WORDS.search(title) and not re.search(r"persona|(?:페르소나|퍼소나)", title, re.I) \
        and not is_topic_acronym(title) and not is_placeholder(title) and not title.endswith("?") \
        and not re.match(r"(why|what|how|when|where|who|which|our|about)\b", title, re.I)  # "Why patrons matter"


def _by_level(section: Section, ancestors: list[Section], level: int, out: Extraction, source: str) -> None:
    for child in section.children:
        if child.level != level or not child.title:
            _by_level(child, [*ancestors, section], level, out, source)
            continue
        reason = non_persona_reason(child.title)
        if reason and (reason in FIRM_REASONS or not ROLE_NOUN.search(child.title)):
            out.skipped.append(Skipped(child.title, reason))
        elif field_of(child.title, loose=False):
            out.skipped.append(Skipped(child.title, f"a '{field_of(child.title)}' field heading, not a persona"))
        elif is_placeholder(child.text().replace(child.title, "", 1)):
            out.skipped.append(Skipped(child.title, "placeholder: no content"))
        else:
            out.personas.append(from_fields(child, story_name(child.title), source, [*ancestors, section], child.title))


def _add_to_named(section: Section, ancestors: list[Section], out: Extraction, source: str, *, story: bool = False) -> bool:
    """A later section titled with a persona already found ("#### Intake staff" under "Use cases") tells more
    about that persona: its text joins it instead of being skipped. ``story``: the title is the persona's name and
    a word for a story of them ("Odin pathway", "Freya's journey"), and its sub-sections join too."""
    title = clean_name(section.title).lower()
    if not title or not section.text().replace(section.title, "", 1).strip():
        return False
    for persona in out.personas:
        name = persona.name.lower()
        if story:
            core = re.sub(r"\s*\([^()]*\)$", "", name)  # "Developer (Staff engineer)": "Developer perspective" is his
            named = any(title.startswith(n) and bool(_STORY_OF.match(title[len(n):].strip())) for n in {name, core}) or bool(
                (part := _PART_OF.match(title)) and name_key(part["who"]) in {name_key(name), name_key(core)})
        else:
            named = name_key(title) == name_key(name)
        if named:
            merge_into(persona, from_narrative(section, persona.name, source, ancestors))
            return True
    return False


def _scenarios_of_named(section: Section, ancestors: list[Section], out: Extraction, source: str) -> bool:
    """"## Key Scenarios" ⏎ "- Leonard needs a haircut …" ⏎ "- Marisol's eager to …": a list whose every item opens with
    the first name of a different persona already found tells more about each of them; each item joins its persona."""
    items = [item for block in section.blocks if isinstance(block, ItemList) for item in block.items]
    by_first = {persona.name.split()[0]: persona for persona in out.personas if persona.name.split()}
    told = [(item, owner) for item in items if item.text.split()
            and (owner := by_first.get(re.sub(r"(['’]s)?\W*$", "", item.text.split()[0]))) is not None]
    if len(items) < 2 or len(told) != len(items) or len({id(owner) for _, owner in told}) != len(told) \
            or not all(is_given_name(owner.name.split()[0]) for _, owner in told):
        return _scenario_paragraphs(section, ancestors, out, source)
    for item, owner in told:
        part = Section(title=owner.name, level=section.level, blocks=[Para(text=item.text)])
        merge_into(owner, from_narrative(part, owner.name, source, ancestors))
    return True


def _scenario_paragraphs(section: Section, ancestors: list[Section], out: Extraction, source: str) -> bool:
    """"## Key Scenarios" ⏎ "Since the harbour cut its repair contracts, Oskar has lost …" ⏎ "Priya works night shifts
    …": a part of scenarios written as paragraphs, each naming one persona found before by her given name; each
    such paragraph joins its persona (a title line or a paragraph naming none or two is nobody's)."""
    if not _SCENARIOS.match(section.title) or any(not isinstance(b, Para) for b in section.blocks):
        return False
    given = Counter(p.name.split()[0] for p in out.personas if p.name.split())
    firsts = {p.name.split()[0]: p for p in out.personas if p.name.split() and is_given_name(p.name.split()[0])
              and given[p.name.split()[0]] == 1}  # (a given name two personas share says neither)
    told = [(block, owners[0]) for block in section.blocks if isinstance(block, Para)
            and len(owners := _named_in(block.text, firsts)) == 1]
    if not told:
        return False
    for block, owner in told:
        part = Section(title=owner.name, level=section.level, blocks=[Para(text=block.text)])
        merge_into(owner, from_narrative(part, owner.name, source, ancestors))
    return True


def _named_in(text: str, firsts: dict[str, PersonaDoc]) -> list[PersonaDoc]:
    """The personas a paragraph names; of several, the one it opens with ("Priya Natarajan lives on Oskar Street")."""
    named = [owner for first, owner in firsts.items() if says_word(text, first)]
    opening = " ".join(text.split()[:3])
    if len(named) < 2:
        return named
    return [owner for first, owner in firsts.items() if says_word(opening, first)] or named


def _name_over_one_role(section: Section) -> str:
    """"## Jonah" with nothing of its own over one "### DevOps Manager" whose fields mention him: the persona's name
    ("Jonah (DevOps Manager)"; "Donna" when the sub-heading is a field such as "Role: Senior Developer"), or ""."""
    name = clean_name(section.title)
    if section.blocks or len(section.children) != 1 or not is_given_name(name) or names_container(name):
        return ""  # ("# User Personas" ⏎ "## User Persona #1: Jordan" ⏎ …: the heading holds her, it does not name her)
    child = section.children[0]
    below = child.text().replace(child.title, "", 1)
    # (its fields mention him by any word of the name: "## Persona 1: "First-Timer Freddie"" ⏎ "### The Weekend
    # Tinkerer" ⏎ … "**Key Features for Freddie:**")
    if not (is_persona_by_fields(child) or field_labels(child)) or not any(
            says_word(below, word) for word in name.split()):
        return ""
    return name if field_of(child.title) or child.title.count(":") else f"{name} ({clean_name(child.title)})"


#: "Responsibilities of Deployment Managers", "Capabilities of DAG authors": a part of a persona found before.
#: "3. Empathy map: Attendance Administrator" (read "empathy map, attendance administrator"): the same, by its separator.
_PART_OF = re.compile(r"^(?:\d{1,2}[.)]\s*)?(?:(?:responsibilities|capabilities|duties|permissions|tasks|goals|needs|challenges|"
                      r"pain points|frustrations|concerns|motivations|day-to-day)\s+(?:of|for)\s+|"
                      r"(?:empathy|(?:customer |user )?journey) map(?:\s+(?:of|for)\s+|\s*[,:—–-]\s*))(?:the\s+)?(?P<who>.{2,60})$", re.I)
_STORY_OF = re.compile(r"^(?:['’]s\s+)?(pathway|journey|story|scenario|day|week|workflow|experience|path|timeline|perspective|"
                       r"point of view)s?$", re.I)


__all__ = ["Extraction", "Skipped", "extract", "field_of", "slugify"]
