"""Shapes met while working on misses of replica batches R35-R39 (development data once scored) in the thirty-second
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc


def _concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_bold_titles_under_a_problem_heading_group_its_problems(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "florist.md", """\
        # Persona: Gwen the Florist

        **Role:** Owns two flower stalls

        ## Goals

        - Sell out before the weekend

        ## Frustrations

        **Supplier Reliability:**
        > "Half my tulips turned up bruised last spring."

        > "The wholesaler changes delivery days without telling me."

        **Cash Flow**
        - Invoices are due before the wedding clients pay
        - Card fees eat the margin on small bunches

        **Apps:** Every booking tool she tried wanted a yearly contract.

        ## Behaviours

        - Buys at the market at five in the morning
        """))
    assert list(found) == ["Gwen the Florist"]
    concerns = found["Gwen the Florist"]
    # every quote and item under a title is a problem of the heading, told with its group's title
    assert 'Supplier Reliability: "Half my tulips turned up bruised last spring."' in concerns
    assert any(c.startswith("Supplier Reliability:") and "changes delivery days" in c for c in concerns)
    assert "Cash Flow: Invoices are due before the wedding clients pay" in concerns
    assert "Cash Flow: Card fees eat the margin on small bunches" in concerns
    assert "Apps: Every booking tool she tried wanted a yearly contract." in concerns
    assert not any("market at five" in c for c in concerns)  # the next heading's field is not a problem
    assert "Cash Flow" not in concerns  # a title with problems under it is not one more problem


def test_a_group_title_with_nothing_under_it_is_the_problem(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "courier.md", """\
        # Persona: Dev the Courier

        ## Pain Points

        **Parking tickets in the city centre**

        **Unclear delivery notes:**
        - Flat numbers missing from half the labels
        """))
    concerns = found["Dev the Courier"]
    assert "Parking tickets in the city centre" in concerns
    assert "Unclear delivery notes: Flat numbers missing from half the labels" in concerns


def test_notes_under_numbered_problem_titles_stay_notes(tmp_path: Path) -> None:
    # guard: the first title numbered, the unnumbered labels are notes on each problem (a workaround is no problem)
    found = _concerns(write_doc(tmp_path, "baker.md", """\
        # Persona: Bo the Baker

        ## Challenges

        **1. Ovens Fail on Busy Mornings**
        > "It trips the fuse on Saturdays."

        **Current workaround:**
        Bakes the bread the night before.

        **2. Flour Prices Keep Rising**
        """))
    concerns = found["Bo the Baker"]
    assert "Ovens Fail on Busy Mornings" in concerns and "Flour Prices Keep Rising" in concerns
    assert not any("night before" in c for c in concerns)


def test_a_short_value_under_a_problem_title_is_a_detail_not_a_problem(tmp_path: Path) -> None:
    # guard: "**Frequency:** Weekly" is two words of detail; the label's field is not a new problem
    found = _concerns(write_doc(tmp_path, "tutor.md", """\
        # Persona: Ines the Tutor

        ## Pain Points

        **Late cancellations:** Parents cancel an hour before the lesson and still expect the slot next week.

        **Frequency:** Weekly
        """))
    concerns = found["Ines the Tutor"]
    assert any(c.startswith("Late cancellations: Parents cancel an hour before") for c in concerns)
    assert not any("Weekly" in c for c in concerns)


def test_a_bold_sentence_leading_a_paragraph_under_a_problem_heading_is_read_as_written(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "warden.md", """\
        # Persona: Lyle the Park Warden

        ## His Constraints

        **Most of his day is spent outdoors.** Signal drops in the valley, so anything online waits until evening.
        """))
    assert found["Lyle the Park Warden"] == [
        "Most of his day is spent outdoors. Signal drops in the valley, so anything online waits until evening."]


def test_core_needs_are_needs_and_features_that_meet_them_are_the_products(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "anglers.md", """\
        # Angler Personas

        | Persona | Who they are | Core needs / motivations | Features that meet the need |
        | --- | --- | --- | --- |
        | **Weekend Angler** | Fishes twice a month with friends | A quick log of where each catch happened | Catch diary (M2), lake map (M4) |
        | **Match Angler** | Competes in the regional league | Accurate weights recorded with a timestamp | Scale pairing (M3), league tables (M5) |
        """))
    assert found["Weekend Angler"] == ["A quick log of where each catch happened"]
    assert found["Match Angler"] == ["Accurate weights recorded with a timestamp"]


def test_a_first_name_in_a_summary_table_and_the_full_name_over_the_profile_are_one_person(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "savers.md", """\
        # Savers

        | | **Mira** | **Tomas** |
        |---|---|---|
        | City | Lisbon | Riga |
        | Main job | "Save for a flat" | "Pay off the car loan" |

        ## Persona 1 — Mira Costa · "The Careful Renter"

        **Pains**
        - Rent rises every spring and eats her savings
        - Bank apps bury the fees in small print

        ## Persona 2 — Tomas Ozols · "The Loan Juggler"

        **Pains**
        - Three loans with three due dates confuse him
        """)
    parsed = parse_document(path)
    assert [p.name for p in parsed.personas] == ['Mira Costa, The Careful Renter', 'Tomas Ozols, The Loan Juggler']
    mira = {c.text for c in parsed.personas[0].concerns}
    assert "Rent rises every spring and eats her savings" in mira


def test_a_first_name_shared_by_two_profiles_is_not_merged(tmp_path: Path) -> None:
    # guard: two sections, neither a table's record, keep their own people
    found = _concerns(write_doc(tmp_path, "two.md", """\
        # Personas

        ## Ana

        **Pain points**
        - Forgets her gym bag

        ## Ana Ruiz

        **Pain points**
        - Cannot find parking near the office
        """))
    assert len(found) == 2


def test_korean_target_users_heading_holds_people_not_the_goals_field(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "prd.md", """\
        # 제품 요구사항: 동네 주차 앱

        ## 1. 개요

        ### 1.2 목표 사용자 (Target Users)

        | 페르소나 | 특성 | 니즈 |
        |---|---|---|
        | **출근 운전자** (김하늘, 34세) | 아침 일찍 출근 | 7시 전에 자리 확보 |
        | **주말 방문객** (박민수, 58세) | 주말에만 방문 | 도착 전에 요금 확인 |
        """))
    assert len(found) == 2
    assert any("7시 전에 자리 확보" in c for concerns in found.values() for c in concerns)


def test_a_bold_line_a_sentence_introduces_names_the_pages_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "users.md", """\
        # Target Users and User Needs

        ## 1. Primary User

        The main person using the rota planner is a:

        **Ward Scheduling Clerk**

        The clerk builds next month's nurse rota from leave requests.

        ## 2. User Pain Points

        - Leave requests arrive by email, paper and text
        - Last-minute sickness breaks the whole week's plan
        """))
    assert [p.name for p in parsed.personas] == ["Ward Scheduling Clerk"]
    assert "Last-minute sickness breaks the whole week's plan" in {c.text for c in parsed.personas[0].concerns}


def test_a_blog_posts_date_is_not_the_persona_this_is_her_name_is(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(
        "Friday, June 2, 2023\n\nPersona\n\nThis is Nadia Brooks. She is a forty-year-old bus driver who moved to the "
        "city last year and knows nobody outside work.\n\nCore motivators\n\nMeeting neighbours, feeling useful.\n\n"
        "The problem statement\n\nNadia cannot find local groups that meet outside her shift hours.\n",
        encoding="utf-8")
    names = [p.name for p in parse_document(path).personas]
    assert names == ["Nadia Brooks"]
