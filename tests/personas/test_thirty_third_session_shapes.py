"""Shapes met while working on misses of replica batches R1-R43 (development data once scored) in the thirty-third
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc


def _concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_a_potential_issues_table_holds_the_personas_problems(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "climbers.md", """\
        # Boulderly personas

        ## Persona 1: "Weekend Wen"

        ### Profile
        | Attribute | Value |
        |-----------|-------|
        | Age | 30-38 |
        | Goals | Climb outdoors twice a month |

        ### Potential Issues

        | Issue | Severity | Current State |
        |-------|----------|---------------|
        | Crags are far from the train line | High | No travel hints |
        | Guidebooks disagree on grades | Medium | Grades shown as given |

        ## Persona 2: "Gym Gus"

        ### Profile
        | Attribute | Value |
        |-----------|-------|
        | Age | 19-24 |
        | Goals | Send a harder grade each season |

        ### Potential Issues

        | Issue | Severity | Current State |
        |-------|----------|---------------|
        | Logging every attempt is slow | High | One form per attempt |
        """))
    assert set(found) == {'Weekend Wen', 'Gym Gus'}
    assert any(c.startswith("Crags are far from the train line") for c in found["Weekend Wen"])
    assert any(c.startswith("Guidebooks disagree on grades") for c in found["Weekend Wen"])
    assert any(c.startswith("Logging every attempt is slow") for c in found["Gym Gus"])


def test_labels_under_how_the_product_helps_are_features_not_problems(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "tutor.md", """\
        # Persona: Priya the Night-Shift Student

        **Role:** Nurse studying for a degree

        ## Frustrations

        - Lectures end before her shift does
        - Group chats move on while she sleeps

        ## How Lumen Helps

        - **Difficulty ramps** - Quizzes start easy and grow harder as she improves
        - **Struggle alerts** - Tutors see which topics she keeps failing
        - **Offline notes** - Reading works without a signal
        """))
    concerns = found["Priya the Night-Shift Student"]
    assert "Lectures end before her shift does" in concerns
    assert "Group chats move on while she sleeps" in concerns
    # the product's features, even those named with a problem's keyword ("difficulty", "struggle"), are no concerns
    assert not any("Quizzes start easy" in c or "Tutors see" in c or "without a signal" in c for c in concerns)


def test_a_lettered_korean_persona_heading_is_named_after_its_letter(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "plan.md", """\
        # 동네 도서관 예약 서비스 기획서

        ## 2. 사용자 분석

        ### 2.1 주요 페르소나 A: 대학생 김하늘 (22세, 수원 거주)

        - **배경**: 시험 기간마다 열람실 자리를 구하려고 새벽에 줄을 선다.
        - **Pain Point**:
          - "자리 예약 창이 열리자마자 꽉 차 버려요."

        ### 2.2 주요 페르소나 B: 주부 이영자 (58세, 안산 거주)

        - **배경**: 손주에게 읽어 줄 그림책을 빌리러 자주 들른다.
        - **Pain Point**:
          - "신간이 들어와도 언제 빌릴 수 있는지 알 길이 없어요."
        """))
    assert set(found) == {"대학생 김하늘 (22세, 수원 거주)", "주부 이영자 (58세, 안산 거주)"}
    assert any("꽉 차 버려요" in c for c in found["대학생 김하늘 (22세, 수원 거주)"])
    assert any("알 길이 없어요" in c for c in found["주부 이영자 (58세, 안산 거주)"])


def test_painpoints_written_as_one_word_is_the_problem_field(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "barista.md", """\
        # Persona 02: Ines (The Early-Shift Barista)

        > **"I just want the morning to run itself."**

        ## 1. One-line definition
        Opens the café at six and closes the till at two.

        ## 2. Painpoints / Needs / Objections
        - **Painpoints**: The milk order arrives after the morning rush. The grinder jams twice a week.
        - **Needs**: A stock list she can update with one hand.
        - **Objections**: "Every app I tried wanted me to type on a laptop."

        ## 3. Alternatives
        - A paper list taped to the fridge
        """))
    # the heading of her fields is no second persona: the page holds one, named by its title
    assert list(found) == ["Ines (The Early-Shift Barista)"]
    concerns = found["Ines (The Early-Shift Barista)"]
    assert "The milk order arrives after the morning rush." in concerns
    assert "A stock list she can update with one hand." in concerns


def test_what_breaks_trust_lists_the_personas_objections(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "renters.md", """\
        # User Personas

        ## Persona 1: Tomas, 41, Night-Shift Baker

        ### Snapshot
        - rents a flat above the bakery

        ### What he needs
        - viewings after ten in the morning

        ### What breaks trust
        - listings whose photos are years old
        - deposits asked for before any viewing
        """))
    concerns = found["Tomas, 41, Night-Shift Baker"]
    assert "listings whose photos are years old" in concerns
    assert "deposits asked for before any viewing" in concerns


def test_archetype_headings_under_who_its_for_are_personas_and_non_goals_are_not(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "choir.md", """\
        # Personas & Non-Goals

        The people Cantus serves and what it will never become.

        ## Who it's for

        ### Trainee — "the nervous newcomer"
        A singer in their first season who wants honest feedback on pitch.
        Worn down by apps that only ever say "great job".

        ### Mentor — "the patient section leader"
        Leads the altos and coaches newcomers on weekday evenings.
        Walks away from any tool that turns rehearsal into a leaderboard.

        ## Non-goals (what Cantus will NOT become)

        - **A talent show.** No public rankings, no votes.
        - **A social network.** Nothing to scroll, nothing to like.
        """))
    assert set(found) == {"Trainee", "Mentor"}
    assert any("Worn down by apps" in c for c in found["Trainee"])
    assert any("Walks away from any tool" in c for c in found["Mentor"])


def test_a_case_study_names_its_persona_in_a_sentence(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "ferry.txt", """\
        HarbourLink: Rethinking Ferry Tickets

        Date: May 2023

        This case study follows Ingrid, a persona standing in for islanders who commute by ferry every day.

        Persona & Problem

        The persona at the heart of this project is Ingrid. She crosses the sound twice a day for work.

        Pain Points

          • Struggles to buy a ticket when the kiosk is closed
          • Feels anxious when the timetable changes without notice

        Primary Goal

        To reach the office on time without queuing.
        """))
    assert list(found) == ["Ingrid"]
    assert any("kiosk is closed" in c for c in found["Ingrid"])


def test_a_roster_of_name_dash_role_sections_gives_each_person(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "roster.md", """\
        # Harbour Homes — Visitor Review Roster

        ## Roster

        1. **Piotr — Retired Sailor**
        2. **Agata — Young Family / First Home**

        Both judge the site as a first-time buyer would.

        ## Piotr — Retired Sailor

        **Profile:** 67. Sold his boat last spring.

        **What he needs from the site:**
        - Flats near the marina.

        **Red flags that lose him:**
        - Prices shown only on request.

        ## Agata — Young Family / First Home

        **Profile:** 31. Two small children.

        **What she needs from the site:**
        - Distances to schools and clinics.

        **Trust signals she looks for:**
        - Reviews with a name and a town.

        **Red flags that lose her:**
        - Photos with no floor plan.
        """))
    assert set(found) == {"Piotr — Retired Sailor", "Agata — Young Family / First Home"}
    assert "Photos with no floor plan." in found["Agata — Young Family / First Home"]


def test_sections_beside_a_personas_section_are_the_pages_own(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "podcasts.md", """\
        # Tunebox - User Personas & Product Requirements

        ## 1. User Personas

        ### A. The "Commuting" Listener

        **Name:** Ruth

        **Pain Points:**
        - Downloads fail in the tunnel
        - Episodes restart from the beginning

        ### B. The "Bedtime" Listener

        **Name:** Omar

        **Pain Points:**
        - The sleep timer is buried in menus
        - Loud adverts wake him up

        ## 2. The "Mood" Search

        One search box that understands everyday phrasing such as "calm but funny" or "short walk".

        ## 3. Offline Mode

        Episodes are saved in the background whenever the phone is on Wi-Fi and charging overnight.
        """))
    assert set(found) == {'Ruth (A. The Commuting Listener)', 'Omar (B. The Bedtime Listener)'}


def test_shared_attributes_and_a_document_information_footer_are_no_personas(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "bakers.md", """\
        # Home Baker Personas

        ## Shared Baker Attributes

        | Attribute | Description |
        |-----------|-------------|
        | **Core job** | Sell bread from home to neighbours |
        | **Shared goals** | Steady weekly orders |

        ## Persona 1: Hedda - Sourdough Seller

        **Pain Points:**
        - Orders arrive by text, email and phone at once

        ## Resources & References

        ### Baking Communities
        - [Loaf Forum](https://loaf.example.org/)
        - [Crumb Club](https://crumb.example.org/)

        ---

        **Document Information**
        **Created:** 2024-03-01
        **Version:** 1.0
        **Author:** Research team
        """))
    assert list(found) == ["Hedda - Sourdough Seller"]


def test_the_3am_moment_is_the_personas_problem(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "cfo.md", """\
        # Persona 1: The CFO with the Forecast Problem

        **Name:** Marta Quist
        **Title:** Chief Financial Officer

        ### The 3am Moment
        "The board meets on Monday and my forecast is already wrong."

        ### Goals
        - Close the books in five days
        """))
    concerns = next(iter(found.values()))
    assert any("my forecast is already wrong" in c for c in concerns)


def test_korean_sentences_of_being_stuck_state_a_problem(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "writers.md", """\
        # 사용자 페르소나

        ## 대학원생 김도윤

        - 역할: 석사 과정 2년 차
        - 상황: 실험 결과를 정리해 논문 초안을 써야 하는데 어디서부터 시작할지 막힙니다.
        - 목표: 학기 안에 첫 논문 투고

        ## 교사 박소라

        - 역할: 중학교 과학 교사
        - 상황: 어려운 개념을 재미있게 설명할 방법이 떠오르지 않습니다.
        - 목표: 학생 참여 늘리기
        """))
    assert any("막힙니다" in c for c in found["대학원생 김도윤"])
    assert any("떠오르지 않습니다" in c for c in found["교사 박소라"])


def test_bold_labels_on_the_lines_after_a_profile_sentence_are_fields(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "growers.md", """\
        # Personas

        ## G1 — Amara Osei, 52 · Kumasi · 3 hectares · cocoa + plantain · sells through a cooperative
        Reads Twi and some English. Shares one phone with her son. Pain: black pod disease spreads before she notices it.
        **Needs:** spoken advice in Twi; pictures of each disease stage.
        **Design consequences:** voice first, offline pictures.

        ## G2 — Kofi Mensah, 29 · Sunyani · 6 hectares · cashew · trades at the district market each week
        Comfortable with apps and social media. Pain: buyers change the price on the day of sale.
        **Needs:** price history across markets; alerts when the price moves.
        **Design consequences:** charts in plain words.
        """))
    assert len(found) == 2
    first, second = found.values()
    assert any("black pod disease" in c for c in first)
    assert any("spoken advice in Twi" in c for c in first)
    assert any("price history across markets" in c for c in second)


def test_a_sentence_wrapped_onto_a_line_opening_in_bold_stays_prose(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "researcher.md", """\
        # Persona: Ines the Visiting Researcher

        ## Scenario

        Ines plans to spend a week in the reading room. Because she
        **has limited time and money**, she wants to see as many boxes as she can while she is here.

        ## Pain points

        - Box requests take a day to arrive
        """))
    concerns = found["Ines the Visiting Researcher"]
    # the sentence is read whole, not cut where its wrapped line opens in bold
    assert any(c.startswith("Because she has limited time and money, she wants") for c in concerns)
    assert not any(c.startswith(",") for c in concerns)
    assert "Box requests take a day to arrive" in concerns


def test_a_records_label_names_it_before_its_tagline_title(tmp_path: Path) -> None:
    path = tmp_path / "segments.yaml"
    path.write_text(
        '- id: "students"\n'
        '  label: "Exchange students"\n'
        '  title: "Arrive with your paperwork already done."\n'
        '  desc: "Getting the visa is easy, but opening a bank account without an address is hard and slow."\n'
        '  pain_points:\n'
        '    - "Banks ask for an address before the lease starts"\n'
        '- id: "researchers"\n'
        '  label: "Visiting researchers"\n'
        '  title: "Start work in your first week."\n'
        '  pain_points:\n'
        '    - "Lab access takes three weeks to approve"\n', encoding="utf-8")
    found = _concerns(path)
    assert set(found) == {"Exchange students", "Visiting researchers"}
    assert "Lab access takes three weeks to approve" in found["Visiting researchers"]


def test_what_keeps_a_named_persona_up_at_night_holds_her_worries(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "agents.md", """\
        # Agent Personas

        ## Mirela — Brokerage Owner

        ### Profile
        - Runs a team of nine agents

        ### What Keeps Mirela Up at Night
        - Agents leaving with their clients after a year
        - Paying for software nobody on the team opens
        """))
    concerns = found["Mirela — Brokerage Owner"]
    assert "Agents leaving with their clients after a year" in concerns
    assert "Paying for software nobody on the team opens" in concerns


def test_a_numbered_profile_beside_another_is_a_persona_without_fields(tmp_path: Path) -> None:
    found = _concerns(write_doc(tmp_path, "icps.md", """\
        # Ideal Customer Profiles

        # ICP #1 — Boutique Gyms

        ## Pain Points They Experience
        - Members cancel after the January rush
        - Class bookings live in three different apps

        # ICP #2 — Corporate Wellness Teams

        ## Who We're Looking For
        HR teams at firms of two hundred people or more who run a wellness budget and want a partner to
        deliver classes on site or online for their staff every week.
        """))
    assert set(found) == {"Boutique Gyms", "Corporate Wellness Teams"}
