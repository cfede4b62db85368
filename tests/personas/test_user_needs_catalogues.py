"""User-needs catalogues told by several roles, a table column of what gets in the way, and one paragraph that
introduces several people. Synthetic documents only."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import parse_document

from .conftest import parse_text as parse


def test_stories_of_several_roles_are_one_persona_per_role(tmp_path: Path) -> None:
    found = parse(tmp_path, "needs.md", """
        # What our users need

        As a warden, I need to see which rooms are free tonight so that I can place late arrivals.

        As a warden, I need to print the fire list because the building has no signal in the basement.

        As a guest, I need to check in after midnight so that I do not wait outside.

        As a guest, I want to pay by card at the door.
        """)
    assert found == {
        "Warden": ["As a warden, I need to see which rooms are free tonight so that I can place late arrivals.",
                   "As a warden, I need to print the fire list because the building has no signal in the basement."],
        "Guest": ["As a guest, I need to check in after midnight so that I do not wait outside."],
    }


def test_a_page_of_stories_without_any_heading(tmp_path: Path) -> None:
    found = parse(tmp_path, "needs.txt", """
        As a warden, I need one list of free rooms.

        As a guest, I need to check in after midnight.

        As a guest, I need a receipt by email.
        """)
    assert sorted(found) == ["Guest", "Warden"]


def test_stories_run_together_in_one_paragraph_are_told_one_each(tmp_path: Path) -> None:
    # a table's column of stories copied as text, one line per cell: the reader joins the lines into one paragraph
    found = parse(tmp_path, "stories.txt", """
        Stories
        As
        a tenant I want to
        report a leak online so
        I don't have to phone during work hours
        As
        a tenant I want to
        see when the plumber comes so
        I can plan my day
        As
        a landlord I want
        one list of open repairs so
        I can stop chasing contractors by email
        """)
    assert found == {
        "Tenant": ["As a tenant I want to report a leak online so I don't have to phone during work hours"],
        "Landlord": ["As a landlord I want one list of open repairs so I can stop chasing contractors by email"],
    }


def test_a_wish_without_a_problem_to_spare_stays_a_goal(tmp_path: Path) -> None:
    found = parse(tmp_path, "needs.md", """
        # Stories

        As a tenant, I want to see my rent history so that I can plan my budget.

        As a tenant, I want to pay rent by card to avoid late fees.

        As a landlord, I want to see which flats are empty.

        As a landlord, I want reminders so that I never have to dig through old letters.
        """)
    assert found == {"Tenant": ["As a tenant, I want to pay rent by card to avoid late fees."],
                     "Landlord": ["As a landlord, I want reminders so that I never have to dig through old letters."]}


def test_one_role_telling_its_stories_stays_one_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "warden.md", """
        ## Night warden

        - As a warden, I need one list of free rooms.
        - As a warden, I need the fire list on paper.
        """)
    assert len(found) == 1 and len(next(iter(found.values()))) == 2


def test_a_column_of_what_gets_in_the_way_holds_pain_points(tmp_path: Path) -> None:
    found = parse(tmp_path, "users.md", """
        # Who uses the hostel system

        | User type | What they need | What gets in the way |
        |---|---|---|
        | Warden | One list of free rooms | Bookings arrive by phone and by email |
        | Guest | A late check-in | The door code is sent after the office closes |
        """)
    assert found["Warden"] == ["Bookings arrive by phone and by email", "One list of free rooms"]


def test_one_paragraph_introducing_several_people(tmp_path: Path) -> None:
    found = parse(tmp_path, "people.md", """
        # Our users

        We built the booking system around three people. Ines is a warden at a city hostel; she struggles to place
        guests who arrive after midnight. Piet is a volunteer who only comes in on Saturdays and forgets the door
        codes. Sanne manages four hostels and worries that rooms stay empty while guests are turned away.
        """)
    assert list(found) == ["Ines", "Piet", "Sanne"]
    assert found["Piet"] == ["Piet is a volunteer who only comes in on Saturdays and forgets the door codes."]


def test_korean_user_stories_of_several_roles(tmp_path: Path) -> None:
    found = parse(tmp_path, "요구사항.md", """
        # 사용자 요구사항

        관리인으로서, 나는 오늘 밤 빈 방을 한눈에 봐야 한다.

        관리인으로서, 나는 화재 대피 명단을 종이로 뽑을 수 있어야 한다.

        투숙객으로서, 나는 자정 이후에도 체크인할 방법이 필요하다.

        투숙객으로서, 나는 카드로 결제하고 싶다.
        """)
    assert found == {"관리인": ["관리인으로서, 나는 오늘 밤 빈 방을 한눈에 봐야 한다.",
                             "관리인으로서, 나는 화재 대피 명단을 종이로 뽑을 수 있어야 한다."],
                     "투숙객": ["투숙객으로서, 나는 자정 이후에도 체크인할 방법이 필요하다."]}


@pytest.mark.parametrize("layout", ["nested", "lines"])
def test_a_list_of_cards_titled_by_role_over_their_fields(tmp_path: Path, layout: str) -> None:
    # each card a numbered title over its fields: as nested items, or as lines of the item's own paragraph
    mark = "   - " if layout == "nested" else "   "
    text = (f"1) First-year nursing student\n{mark}Goal: plan placements so they finish on time\n"
            f"{mark}Main barrier: unsure how the placement rules work\n"
            f"2) Ward manager\n{mark}Goal: approve rotas quickly\n{mark}Main barrier: too many spreadsheets to reconcile\n")
    path = tmp_path / "roles.md"
    path.write_text(text, encoding="utf-8")
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"First-year nursing student": ["unsure how the placement rules work"],
                     "Ward manager": ["too many spreadsheets to reconcile"]}


def test_a_list_of_features_over_problem_and_solution_is_no_list_of_cards(tmp_path: Path) -> None:
    path = tmp_path / "features.md"
    path.write_text("- Bulk export\n  - Problem: exports time out on large projects\n  - Solution: stream the rows\n"
                    "- Saved filters\n  - Problem: filters are lost on reload\n  - Solution: keep them in the URL\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="no persona found"):
        parse_document(path)
