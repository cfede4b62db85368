"""``--persona-name`` and ``[personas] persona_names``: the owner names the personas a file holds; the import keeps
those, finds the ones the automatic search missed where the page names them, and skips the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.errors import InputError
from callinsight.personas.named import mentions, titled_with
from callinsight.personas.parse import OwnerHints, parse_document

runner = CliRunner()

# Personas as bold run-in names in one section, then one as a table column: no headings, no field labels.
TEAM_PAGE = """# Who buys from us

Three kinds of buyer come up in almost every deal. Priya, Tomas and Ines are sketched below.

**Priya Raman** keeps the accounts of a chain of garden centres.
She loses two days every month matching card payouts to invoices.
Her board wants one cash figure for all twelve sites.

**Tomas** looks after the laptops and the network.
He fears that one more login will mean one more thing staff forget.

| | Ines |
|---|---|
| Role | Shift lead |
| Frustrations | The rota app logs her out in the middle of a swap |

## Writing tips
Keep each sketch under a page.
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _concerns(parsed: object, name: str) -> list[str]:
    persona = next(p for p in parsed.personas if p.name == name)  # type: ignore[attr-defined]
    return [c.text for c in persona.concerns]


def _told_apart(parsed: object, phrases: dict[str, str]) -> None:
    """Each named persona tracks a concern holding its phrase, and none holding another's."""
    for name, phrase in phrases.items():
        concerns = _concerns(parsed, name)
        assert any(phrase in c for c in concerns), (name, concerns)
        assert not any(other in c for c in concerns for who, other in phrases.items() if who != name), (name, concerns)


def test_named_personas_are_cut_where_the_next_one_starts(tmp_path: Path) -> None:
    parsed = parse_document(_write(tmp_path, "team.md", TEAM_PAGE), names=["Priya Raman", "Tomas", "Ines"])
    assert sorted(p.name for p in parsed.personas) == ["Ines", "Priya Raman", "Tomas"]
    priya = _concerns(parsed, "Priya Raman")
    assert "She loses two days every month matching card payouts to invoices." in priya
    assert not any("login" in c for c in priya)  # Tomas's worry stays his
    assert any("login" in c for c in _concerns(parsed, "Tomas"))
    assert not any("rota" in c for c in _concerns(parsed, "Tomas"))  # the table is Ines's
    assert any("rota app logs her out" in c for c in _concerns(parsed, "Ines"))


def test_only_the_named_personas_are_imported_and_the_others_are_skipped_with_a_note(tmp_path: Path) -> None:
    page = _write(tmp_path, "cards.md", "# Personas\n\n## Hana Cho\n### Pain points\n- Invoices arrive as photos\n\n"
                                        "## Leo Marsh\n### Pain points\n- Reports take a whole morning\n")
    assert sorted(p.name for p in parse_document(page).personas) == ["Hana Cho", "Leo Marsh"]
    parsed = parse_document(page, names=["Hana Cho"])
    assert [p.name for p in parsed.personas] == ["Hana Cho"]
    assert _concerns(parsed, "Hana Cho") == ["Invoices arrive as photos"]  # the automatic reading, kept as it was
    assert any(s.title == "Leo Marsh" and "not among the personas the owner named" in s.reason for s in parsed.skipped)


def test_a_name_heading_first_under_a_role_heading_makes_the_role_heading_the_persona(tmp_path: Path) -> None:
    page = _write(tmp_path, "roles.md", (
        "# Personas\n\n## Persona 1: Night Pharmacist\n\n### Odile Brant\n**Age**: 44\n\n### Frustrations\n"
        "1. **Stock alerts arrive after the shelf is empty**\n2. **Handover notes live in three places**\n\n"
        "## Persona 2: Delivery Driver\n\n### Sami Kurt\n**Age**: 29\n\n### Frustrations\n"
        "1. **Addresses in the app are often out of date**\n"))
    parsed = parse_document(page, names=["Odile Brant", "Sami Kurt"])
    assert sorted(p.name for p in parsed.personas) == ["Odile Brant", "Sami Kurt"]
    _told_apart(parsed, {"Odile Brant": "Handover notes", "Sami Kurt": "Addresses in the app"})


def test_a_title_item_of_a_flattened_list_owns_the_items_after_it(tmp_path: Path) -> None:
    page = _write(tmp_path, "flat.txt", (
        "- Beekeepers\n- Traits: early risers, own ten to forty hives\n- Needs:\n"
        "- need to know when a hive is about to swarm\n- Orchard owners\n- Traits: busy in spring\n- Needs:\n"
        "- want pollination booked before the blossom opens\n"))
    parsed = parse_document(page, names=["Beekeepers", "Orchard owners"])
    _told_apart(parsed, {"Beekeepers": "swarm", "Orchard owners": "blossom"})


def test_a_spot_that_names_two_personas_introduces_neither(tmp_path: Path) -> None:
    parsed = parse_document(_write(tmp_path, "team.md", TEAM_PAGE), names=["Priya Raman", "Tomas"])
    assert not any("Three kinds of buyer" in c for c in _concerns(parsed, "Priya Raman"))


def test_a_table_of_contents_link_is_not_where_a_persona_is_told(tmp_path: Path) -> None:
    page = _write(tmp_path, "toc.md", "# Guide\n\n- [Marta](#marta)\n- [Jun](#jun)\n\n## About\nWe sell seeds.\n\n"
                                      "**Marta** runs a school garden and worries that seed orders arrive too late.\n\n"
                                      "**Jun** grows herbs on a roof and needs trays that survive the wind.\n")
    parsed = parse_document(page, names=["Marta", "Jun"])
    assert any("seed orders arrive too late" in c for c in _concerns(parsed, "Marta"))


def test_a_named_persona_with_no_field_keeps_its_text_as_profile(tmp_path: Path) -> None:
    page = _write(tmp_path, "notes.md", "# Notes\n\nThe depot opens at five.\n\nRafa\n\nDrives the morning van and likes podcasts.\n")
    (rafa,) = parse_document(page, names=["Rafa"]).personas
    kept = [*rafa.extra_sections.values(), *(i for items in rafa.sections.values() for i in items)]
    assert any("likes podcasts" in text for text in kept)  # imported, its text kept


def test_names_the_page_does_not_hold_are_reported_and_none_is_an_error(tmp_path: Path) -> None:
    parsed = parse_document(_write(tmp_path, "team.md", TEAM_PAGE), names=["Tomas", "Quentin"])
    assert [p.name for p in parsed.personas] == ["Tomas"]
    assert any(s.title == "Quentin" and "not found in the document" in s.reason for s in parsed.skipped)
    with pytest.raises(InputError, match="none of the names given"):
        parse_document(tmp_path / "team.md", names=["Quentin"])


def test_reading_with_names_leaves_the_automatic_reading_as_it_was(tmp_path: Path) -> None:
    page = _write(tmp_path, "team.md", TEAM_PAGE)
    before = [(p.name, [c.text for c in p.concerns]) for p in parse_document(page).personas]
    parse_document(page, names=["Priya Raman", "Tomas", "Ines"])
    assert [(p.name, [c.text for c in p.concerns]) for p in parse_document(page).personas] == before
    again = parse_document(page, names=["Priya Raman", "Tomas", "Ines"])
    assert sorted(p.name for p in again.personas) == ["Ines", "Priya Raman", "Tomas"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("**Priya Raman** keeps the books", "Priya Raman", True),
    ("Priya's board wants one figure", "Priya", True),
    ("Priyanka keeps the books", "Priya", False),
    ("페르소나 1: 바쁜 회사원 (도윤, 31세)", "도윤", True),
    ("도윤은 매일 야근한다", "도윤", True),
    ("ターゲット 北村美咲 26歳", "北村美咲", True),
])
def test_mentions_takes_whole_words_and_lets_korean_particles_and_unspaced_scripts_through(
        text: str, name: str, expected: bool) -> None:
    assert mentions(text, name) is expected


def test_a_heading_or_label_names_the_persona_by_part_of_the_name_or_with_a_typo() -> None:
    assert titled_with("Dana", "Dana Whitfield")
    assert titled_with("Dana Whitfeild", "Dana Whitfield")
    assert not titled_with("Goals", "Dana Whitfield")
    assert not titled_with("Dan", "Dana")


def test_every_persona_imported_carries_one_of_the_names_given(tmp_path: Path) -> None:
    page = _write(tmp_path, "team.md", TEAM_PAGE)
    for names in (["Tomas"], ["Ines", "Tomas"], ["Priya Raman", "Tomas", "Ines"], ["Priya", "Ines"]):
        parsed = parse_document(page, names=names)
        assert all(any(titled_with(p.name, n) for n in names) for p in parsed.personas)
        assert len(parsed.personas) <= len(names)


def test_the_command_line_names_win_over_the_configured_pattern(tmp_path: Path) -> None:
    hints = OwnerHints(names={"team*.md": ["Tomas"]})
    assert hints.names_for(tmp_path / "team-2026.md") == ["Tomas"]
    assert hints.names_for(tmp_path / "other.md") == []
    assert OwnerHints(names={"team*.md": ["Tomas"]}, persona_names=("Ines",)).names_for(tmp_path / "team.md") == ["Ines"]


def test_dry_run_and_import_take_persona_name_once_per_persona(workspace: Path) -> None:
    cfg = workspace / "callinsight.toml"
    page = _write(workspace, "team.md", TEAM_PAGE)
    names = ["--persona-name", "Priya Raman", "--persona-name", "Tomas", "--persona-name", "Ines"]
    dry = runner.invoke(app, ["--config", str(cfg), "personas", "import", "--dry-run", *names, str(page)])
    assert dry.exit_code == 0, dry.output
    assert "persona  Priya Raman" in dry.output and "persona  Ines" in dry.output
    assert "try      --persona-level" not in dry.output  # the owner named them: no level to suggest
    imported = runner.invoke(app, ["--config", str(cfg), "personas", "import", *names, str(page)])
    assert imported.exit_code == 0, imported.output
    assert "3 persona(s)" in imported.output


def test_the_configured_names_are_read_by_import(workspace: Path) -> None:
    cfg = workspace / "callinsight.toml"
    text = cfg.read_text(encoding="utf-8")
    assert "persona_names = {  }" in text  # the written default a user edits
    cfg.write_text(text.replace("persona_names = {  }", 'persona_names = { "team*.md" = ["Tomas", "Ines"] }'),
                   encoding="utf-8")
    page = _write(workspace, "team.md", TEAM_PAGE)
    imported = runner.invoke(app, ["--config", str(cfg), "personas", "import", str(page)])
    assert imported.exit_code == 0, imported.output
    assert "2 persona(s)" in imported.output and "tomas v1" in imported.output


def test_a_file_with_no_persona_hints_at_naming_them(tmp_path: Path) -> None:
    page = _write(tmp_path, "plain.md", "Some notes about the spring fair and the stall rota.\n")
    with pytest.raises(InputError) as caught:
        parse_document(page)
    assert "--persona-name NAME" in (caught.value.hint or "")


def test_personas_told_in_turn_in_one_paragraph_get_their_own_sentences(tmp_path: Path) -> None:
    page = _write(tmp_path, "tour.md", (
        "# The tour\n\nThe day starts with Wanda, the head baker, who struggles to plan flour for a week of orders. "
        "She needs a forecast she can trust. Then we meet Basil, the driver. Basil worries that the van breaks down "
        "between villages.\n"))
    parsed = parse_document(page, names=["Wanda", "Basil"])
    _told_apart(parsed, {"Wanda": "forecast she can trust", "Basil": "van breaks down"})


def test_a_spot_that_tells_nothing_gives_way_to_the_next_one(tmp_path: Path) -> None:
    page = _write(tmp_path, "matrix.md", (
        "# Who we serve\n\n| Role | Week 1 | Week 2 |\n|---|---|---|\n| Ranger | | |\n| Guide | | |\n\n"
        "## Stories\n\nAs a ranger I need to see which trails are closed before I set out.\n\n"
        "As a guide I need to know how many walkers have booked.\n"))
    parsed = parse_document(page, names=["Ranger", "Guide"])
    _told_apart(parsed, {"Ranger": "trails are closed", "Guide": "walkers have booked"})


HELPER_PAGE = """---
type: persona
status: draft
---

# Helper Persona: The Parish Clerk / Hall Keeper

_The channel that brings the tool to most villagers_

## Why this persona exists

The person the booking tool is for first is Tobias, the villager who wants a room. Yet Tobias rarely finds the tool himself; someone shows it to him.

## Who she is

She is called Greta and she keeps the hall bookings for the parish council. She has done it for nine years.

## Her relationship with tools

Greta leans on a paper diary all day. She struggles with a diary that three people edit at once.

**Speed.** She needs a booking found in under a minute while the caller waits.

## Her constraints

- She cannot install software on the council laptop.
- She worries that a new system will lose the old bookings.

## Other helper types (brief profiles)

### Church volunteer
Runs the coffee morning and passes the word on to older villagers.

### School office manager
Tells parents about the hall when they ask for party rooms.
"""


def test_a_page_declared_one_persona_is_all_hers_when_the_owner_names_her(tmp_path: Path) -> None:
    page = _write(tmp_path, "helper.md", HELPER_PAGE)  # front matter "type: persona", no name in it
    # by itself the import takes her by the page's one top heading; the owner knows her by her name
    assert [p.name for p in parse_document(page).personas] == ["The Parish Clerk / Hall Keeper"]
    (greta,) = parse_document(page, names=["Greta"]).personas
    assert greta.name == "Greta"
    assert any("lose the old bookings" in c.text for c in greta.concerns)


def test_the_dry_run_suggests_naming_the_personas_where_the_import_plainly_went_wrong(tmp_path: Path) -> None:
    wrong = _write(tmp_path, "wrong.md", "# Our customers\n\n## Field notes\n\n### Dana Ortiz\nRuns IT for a law firm and "
                                         "signs off every tool.\n\n### Ken Adams\nOwns three bakeries and does the books.\n")
    result = runner.invoke(app, ["personas", "import", "--dry-run", str(wrong)])
    assert "or       --persona-name NAME, once per persona" in result.output
    named = runner.invoke(app, ["personas", "import", "--dry-run", "--persona-name", "Dana Ortiz", str(wrong)])
    assert "--persona-name NAME" not in named.output and "persona  Dana Ortiz" in named.output


KOREAN_PAGE = """# 고객 유형

우리 고객은 크게 두 부류다. 아래에 하나씩 적었다.

민서는 동네 빵집 사장이다. 민서는 매달 카드 수수료 정산이 너무 번거롭다. 그래서 한 화면에서 입금 내역을 보고 싶어 한다.
다음은 준호다. 준호는 배달 기사인데, 앱 주소가 자주 틀려서 배달이 늦어진다.
"""


def test_korean_names_with_particles_are_found_and_each_keeps_their_own_sentences(tmp_path: Path) -> None:
    parsed = parse_document(_write(tmp_path, "고객.md", KOREAN_PAGE), names=["민서", "준호"])
    assert sorted(p.name for p in parsed.personas) == ["민서", "준호"]
    _told_apart(parsed, {"민서": "카드 수수료", "준호": "주소가 자주 틀려서"})


def test_the_dry_run_says_where_each_named_persona_was_read(tmp_path: Path) -> None:
    page = _write(tmp_path, "team.md", TEAM_PAGE)
    names = ["--persona-name", "Priya Raman", "--persona-name", "Tomas", "--persona-name", "Ines"]
    result = runner.invoke(app, ["personas", "import", "--dry-run", *names, str(page)])
    assert "named: read from a table column" in result.output  # Ines
    assert "named: found by the import itself" in result.output  # Priya
    parsed = parse_document(page, names=["Priya Raman", "Tomas", "Ines"])
    assert all(p.found_at for p in parsed.personas)
    assert not any(p.found_at for p in parse_document(page).personas)  # the automatic import says nothing of it
    assert "found_at" not in parsed.personas[0].profile()  # never stored: it is not the persona's content
