"""Documents that are not persona documents (a README, a manual page, a list of features) fail with "no persona
found", while the person-shaped parts of real persona documents still count. Synthetic documents, written here."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document


def parse(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return [p.name for p in parse_document(path).personas]


@pytest.mark.parametrize("text", [
    """
    # quickcsv
    quickcsv reads CSV files fast. quickcsv keeps memory flat on large files, and it never guesses types.
    ## Requirements
    - Python 3.10 or later
    ## Known issues
    - Files with mixed line endings are slow
    """,
    """
    # Adding a storage driver
    ## Limitations
    Drivers cannot stream yet.
    ## Requirements
    A driver must implement open, read and close.
    """,
    """
    ## Options
    * **--fast**: skips the checksum of every block so that large copies finish sooner
    * **--quiet**: prints nothing but errors, which suits cron jobs and CI logs well
    """,
])
def test_a_readme_or_manual_page_is_not_a_persona(tmp_path: Path, text: str) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "README.md", text)


def test_people_described_in_bullets_are_still_personas(tmp_path: Path) -> None:
    assert parse(tmp_path, "team.md", """
        ## Who uses the rota
        * **Dara** (she/her) plans the night shifts and swaps them when someone is ill.
        * **Head of Nursing**: signs off the rota every Friday and answers for gaps in cover.
        """) == ["Dara", "Head of Nursing"]


def test_a_story_on_a_page_that_says_it_is_a_persona_needs_no_pronoun(tmp_path: Path) -> None:
    assert parse(tmp_path, "ron.md", """
        # Noor
        ## About the persona
        * 79 years old, lives alone
        * Noor reads the screen at 200% zoom
        ## Tasks
        Ask Noor to book a repeat prescription. Noor gives up when a form times out.
        """) == ["Noor"]


def test_a_product_named_in_its_own_story_is_not_a_person(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "about.md", """
            # Tallyho
            Tallyho counts votes at small meetings. Tallyho runs in a browser and needs no account; it keeps
            every count on the device, so a meeting without Wi-Fi still works.
            """)


def test_what_all_the_personas_share_is_not_one_of_them(tmp_path: Path) -> None:
    found = parse(tmp_path, "students.md", """
        # Student personas

        ## Main characteristics

        - Aged 18 to 24
        - Use their phones for almost everything, from timetables to payments

        ## Nadia Night-owl

        Nadia studies law and works evening shifts. She struggles to reach the library before it closes.
        """)
    assert found == ["Nadia Night-owl"]


def test_a_picture_a_web_address_or_a_case_study_part_is_not_a_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "museum.md", """
        # Redesigning a ferry timetable app

        ## Solving Problems

        **The problem:** Riders struggle to tell which sailings are cancelled.

        **The goal:** One screen that shows today's sailings.

        ## Deliverables

        **Pain points:** The old app crashes when the tide tables load.

        ## Photo

        **Frustrations:** blurred and too small to read

        ## https://ferries.example.org/gallery/riders

        **Needs:** a caption under every picture

        ## Commuter Kofi

        **Frustrations:** The 7:40 sailing is cancelled without any warning.
        """)
    assert found == ["Commuter Kofi"]


@pytest.mark.parametrize("title", ["Priorities", "Core UX principles", "우선순위", "핵심 UX 원칙", "지원 언어"])
def test_the_teams_own_choices_around_its_personas_are_not_personas(title: str) -> None:
    from callinsight.personas.vocab import non_persona_reason

    assert non_persona_reason(title) == "about the team's choices, not a persona"



@pytest.mark.parametrize("title", ["검증 시 주의", "유의사항", "주의할 점"])
def test_korean_cautions_for_the_reader_are_guidance_not_personas(title: str) -> None:
    from callinsight.personas.vocab import non_persona_reason

    assert non_persona_reason(title) == "writing guidance"
