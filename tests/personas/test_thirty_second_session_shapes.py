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


def test_korean_main_and_secondary_users_headings_hold_a_persona_per_bold_bullet(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "prd.md", """\
        # 동네 세탁 앱 기획서

        ## 2. 타겟 사용자

        ### 주 사용자

        * **맞벌이 부부:** 평일 저녁에는 세탁소 문이 닫혀 있어 맡길 시간이 없어 곤란한 사람.
        * **자취하는 대학생:** 세탁기가 없어 코인 세탁소를 오가느라 주말이 다 가서 불편한 학생.

        ### 부 사용자

        * **동네 세탁소 사장님:** 단골이 줄어 새 손님을 모을 방법이 없어 걱정인 자영업자.
        """))
    assert sorted(found) == ["동네 세탁소 사장님", "맞벌이 부부", "자취하는 대학생"]


def test_rows_naming_personas_listed_twice_add_to_them_not_new_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "roles.md", """\
        # Buyer Personas — Millbrook Plant

        ## How to Read This Document

        Every sale meets three buying roles; one person may hold them all:

        1. **The Shift Lead** — the one who runs the floor and answers every breakdown call
        2. **The Plant Director** — the one who owns the money and answers to the board
        3. **The Safety Officer** — the one who decides whether a change is safe to roll out

        ## Persona 1: The Shift Lead

        ### What they worry about

        - Machines stop with no warning at night

        ## Persona 2: The Plant Director

        ### What they worry about

        - Audits find gaps in the maintenance records

        ## Persona 3: The Safety Officer

        ### What they worry about

        - Contractors skip the induction

        ## By Site Type

        | Persona | Common title | What's different |
        |---|---|---|
        | Shift | Line supervisor | Cares about overtime on weekends |
        | Director | Site manager | Cares about the insurer's questions |
        | Safety | HSE lead | Cares about near-miss reports |
        """))
    assert [p.name for p in parsed.personas] == ["The Shift Lead", "The Plant Director", "The Safety Officer"]


def test_an_excerpt_opening_with_a_rule_is_not_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "excerpt.md"
    path.write_text("---\n\n# 4. Users\n\n## 4.1 Primary persona: night-shift nurse\n\n**Name:** Ruth\n\n### Needs\n\n"
                    "* handover notes in one place\n* fewer logins per shift\n\n---\n\n## 4.2 Next section\n\nText.\n",
                    encoding="utf-8")
    found = _concerns(path)
    assert any("handover notes in one place" in c for concerns in found.values() for c in concerns)


def test_basic_demographics_and_professional_background_are_the_personas_profile(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "architect.md", """\
        # Persona: Practice Owner

        ## Basic Demographics

        **Name:** Owen Hale  \n        **Age:** 47  \n        **Title:** Studio Principal  \n        **Organization:** Hale Studio (12 staff)  \n        **Experience:** 22 years in practice

        ## Professional Background

        ### Current Role Responsibilities
        - Runs a twelve-person architecture studio

        ### Practice Areas
        - **Primary:** Schools, libraries
        - **Secondary:** Housing refits

        ### Daily Workflow
        - **Morning:** Site visits
        - **Afternoon:** Drawing reviews with the team

        ## Goals & Motivations

        ### Primary Goals
        1. **Steady Work:** Keep the studio booked six months ahead

        ## Pain Points & Challenges

        ### Paperwork Issues
        - Planning portals reject drawings for tiny format errors
        - Fee proposals take a whole evening each
        """))
    assert len(found) == 1
    (name, concerns), = found.items()
    assert "Owen Hale" in name
    assert "Fee proposals take a whole evening each" in concerns


def test_front_matter_opening_with_comments_is_still_front_matter(tmp_path: Path) -> None:
    # guard: YAML comments before the first key ("# translators: keep the keys") do not make the block a rule
    path = tmp_path / "story.md"
    path.write_text("---\n# Keep the keys as they are.\n\ntitle: \"Lena, baker with low vision\"\nlang: en\n---\n\n"
                    "## Challenges\n\n- Recipe sites shrink text when she zooms in\n", encoding="utf-8")
    assert list(_concerns(path)) == ["Lena, baker with low vision"]


def test_a_set_table_coded_in_a_hash_column_and_the_coded_sections_are_the_same_personas(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "set.md", """\
        # Personas

        ## The set

        | # | Persona | Status |
        |---|---|---|
        | **P-1** | **The Night Owl** | **Primary** |
        | **P-2** | The Early Bird | Secondary |

        ## P-1 · The Night Owl — PRIMARY

        ### Pains (ranked)

        1. **Noise from the street.** Buses idle under the window until two.

        ## P-2 · The Early Bird — secondary

        ### Pains (ranked)

        1. **Cold mornings.** The heating starts an hour after she wakes.
        """))
    assert len(parsed.personas) == 2
    assert any("Buses idle under the window" in c.text for c in parsed.personas[0].concerns)


def test_bold_persona_titles_inside_a_stakeholder_section_are_its_personas(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "stakeholders.md", """\
        ## 2. Stakeholders and User Personas

        ### 2.1 Primary Stakeholder: Drivers

        **Persona 1: Night Taxi Driver Working Alone**
        - Age: 30-60 years

        **Pain Points Addressed:**
        - Hard to find a safe place to rest at 3am

        **Persona 2: Weekend Delivery Rider**
        - Age: 18-25 years

        **Pain Points Addressed:**
        - Parcels with wrong addresses waste half an hour

        ### 2.2 Secondary Stakeholder: Dispatchers

        **Persona: Control Room Dispatcher**
        - Age: 35-55 years

        **Pain Points Addressed:**
        - Radios drop out in the tunnel district
        """))
    assert sorted(found) == ["Control Room Dispatcher", "Night Taxi Driver Working Alone",
                             "Weekend Delivery Rider"]
    assert found["Weekend Delivery Rider"] == ["Parcels with wrong addresses waste half an hour"]


def test_a_headingless_card_is_named_by_its_declared_first_line(tmp_path: Path) -> None:
    path = tmp_path / "cards__owner-card.md"
    path.write_text("👤 User Persona: Marta Quinn\nRole: Owner of a bike repair shop\nAge: 44\n\n"
                    "⚠️ Challenges:\n- Spare parts arrive weeks late from the wholesaler.\n\n"
                    "- Booking calls interrupt repairs all morning.\n", encoding="utf-8")
    found = _concerns(path)
    assert list(found) == ["Marta Quinn"]
    assert "Booking calls interrupt repairs all morning." in found["Marta Quinn"]


def test_a_persona_numbered_with_a_middle_dot_is_a_persona_whatever_its_title_says(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "bettors.md", """\
        # Personas

        ## Persona 1 · Ana · WEEKEND PUNTER · Primary

        ### Jobs
        - Back her team before kick-off

        ### Pains with current products
        - Odds change before her bet goes through

        ## Persona 2 · Ben · CASUAL FAN · Post-MVP scope

        ### Jobs
        - Follow the league table on the bus

        ### Pains with current products
        - Cannot tell which markets are regulated
        """))
    assert len(found) == 2
    assert all(name.startswith(("Ana,", "Ben,")) for name in found)  # "Persona 1 ·" is not part of her name
    assert any("Cannot tell which markets are regulated" in c for concerns in found.values() for c in concerns)
