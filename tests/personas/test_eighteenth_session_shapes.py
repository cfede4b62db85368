"""Shapes met while working on the tuning replicas in the eighteenth session, each on a small synthetic document written
for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError

from .conftest import parse_text


def test_a_filled_in_profile_card_is_a_persona_even_without_a_problem_field(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "card.md", """\
        Name: Oskar Lindqvist
        Age: 41
        Occupation: Ferry engineer
        Other details:
        - Works rotating shifts, so he can never call the clinic during its opening hours
        - Wants to book his daughter's check-ups from the boat
        """)
    assert list(found) == ["Oskar Lindqvist"]  # the card's name, not the file's
    assert any("never call the clinic" in c for c in found["Oskar Lindqvist"])


def test_en_dash_lines_of_pasted_text_are_list_items(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "card.txt", """\
        Name: Oskar Lindqvist
        Age: 41
        Occupation: Ferry engineer
        Notes:
        – Works rotating shifts, so he can never call the clinic during its opening hours
        – Struggles to find a dentist who answers messages
        """)
    assert [c[:5] for c in found["Oskar Lindqvist"]] == ["Works", "Strug"]


@pytest.mark.parametrize("text", [
    "Name: [Persona name]\nAge: [age]\nOccupation: [job]\n",  # a template
    "Name: Oskar Lindqvist\nAge: 41\nNotes: a ferry engineer who likes the sea.\n",  # one fact: a contact line, not a card
])
def test_a_template_or_a_bare_contact_line_is_no_profile_card(tmp_path: Path, text: str) -> None:
    with pytest.raises(InputError):
        parse_text(tmp_path, "card.md", text)


def test_a_persona_profile_table_is_named_by_its_name_row(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "profile.md", """\
        # Research notes: the night-shift baker

        ## Persona profile

        | Item | Detail |
        |---|---|
        | **Name** | Tomasz Wren |
        | **Age** | 38 |
        | **Occupation** | Bakery shift lead |
        | **Pain points** | The flour supplier only takes orders by phone during the day |

        ## Method
        We met six bakers over two weeks.
        """)
    assert list(found) == ["Tomasz Wren"]
    assert any("flour supplier" in c for c in found["Tomasz Wren"])


def test_an_interviews_turns_join_the_persona_who_speaks_them(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "interview.md", """\
        # Interview log

        ## Persona profile

        | Item | Detail |
        |---|---|
        | **Name** | Tomasz Wren |
        | **Age** | 38 |
        | **Occupation** | Bakery shift lead |

        ## Interview

        **[Interviewer]** How do you order flour today?

        **[Tomasz Wren]** By phone at noon, which is when I sleep. I am frustrated that nobody answers after six.

        **[Interviewer]** What would help?
        """)
    assert list(found) == ["Tomasz Wren"]  # the transcript is his, not a persona called "Interview"
    assert any("nobody answers after six" in c for c in found["Tomasz Wren"])



def test_a_bold_quoted_name_under_an_audience_heading_names_the_persona(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "audience.md", """\
        # Audience analysis

        ## 1. Primary Target Audience
        **"The Weekend Potter"**
        - **Profile**: sells mugs at two markets a month
        - **Pain Points**:
            - "The kiln booking sheet is always full by Tuesday."
            - "Card readers at the market drop the connection."

        ## 2. Brand voice
        Warm and plain.
        """)
    assert list(found) == ["The Weekend Potter"]


def test_the_primary_user_named_in_quotes_names_the_persona(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "prd-target-audience.md", """\
        # 3. Target Audience & User Persona

        The primary user is the "Tab Hoarder." This person keeps eighty tabs open and is annoyed by browsers that
        slow to a crawl after lunch. They want one place to park tabs without losing them.
        """)
    assert list(found) == ["Tab Hoarder"]


def test_an_unquoted_bold_line_under_an_audience_heading_names_no_persona(tmp_path: Path) -> None:
    try:
        found = parse_text(tmp_path, "audience.md", """\
            # Target audience

            **Who they are**

            Shop owners who struggle to keep their stock counts right after a busy weekend.

            - **Pain points**: counting by hand takes hours
            """)
    except InputError:
        return
    assert "Who they are" not in found


def test_the_persona_part_of_a_case_study_is_the_persona_not_the_study(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "case-study.md", """\
        # Faster parking permits

        ## Overview
        I redesigned the council's parking permit renewal.

        ## Challenges
        - One developer for three services
        - Rules that change every spring

        ## Persona
        Priya, who works night shifts at the hospital, renews her permit from her phone. She worries that a missed
        renewal email will leave her car ticketed outside her flat.

        ## Outcome
        Renewals now take four minutes.
        """)
    assert list(found) == ["Priya"]
    assert any("worries" in c for c in found["Priya"])


@pytest.mark.parametrize("opening", [
    "Priya, who works night shifts at the hospital, renews her permit from her phone.",
    "Take Priya, a 58-year-old nurse who renews her permit from her phone.",
    "Our user Priya, is a nurse who renews her permit from her phone.",
])
def test_a_person_introduced_in_apposition_is_introduced(opening: str) -> None:
    from callinsight.personas.names import introduced_person

    assert introduced_person(opening) == "Priya"


@pytest.mark.parametrize("opening", ["Python, a language who knows?", "Parking, who needs it, is hard.", "priya, who works"])
def test_a_thing_or_a_lower_case_word_in_apposition_is_no_person(opening: str) -> None:
    from callinsight.personas.names import introduced_person

    assert introduced_person(opening) == ""


def test_a_doubled_bullet_is_one_bullet() -> None:
    from callinsight.personas.reading.plain import tidy_glyphs

    assert tidy_glyphs("Challenges\n- •One developer\n  - ▪Rules change\n- • spaced") == \
        "Challenges\n- One developer\n  - Rules change\n- spaced"


_STUDY = """\
    # Rethinking how the library lends laptops

    ## What we set out to learn
    We visited four branches and spoke with thirty borrowers over a month.

    ## From stories to needs
    Borrowers told us what a loan means for their week.

    Take Ruth, a 67-year-old retired bus driver who borrows a laptop to video-call her grandson. She worries that the
    loan ends before the call she has planned. Ruth needs a longer loan on weekends.
    """


def test_a_study_page_found_as_one_persona_is_named_for_the_person_it_introduces(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "study.md", _STUDY)
    assert list(found) == ["Ruth"]


def test_a_page_named_for_its_persona_keeps_that_name_when_someone_else_is_introduced(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "journey.md", """\
        # Omar, The Newcomer

        ## Needs
        - Omar needs a map of the allotment plots
        - Omar is frustrated that the gate code changes without notice

        ## Journey
        Dana, who chairs the allotment committee, shows Omar round on his first Saturday. Omar is pleased.
        """)
    assert "Dana" not in found


def test_a_persona_heading_over_an_introduction_and_bracketed_field_names_is_that_person(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "persona.md", """\
        ## Persona
        Ines, a 34-year-old lab technician, moved cities last spring. She struggles to find a GP who takes new patients.

        ### Motivations (Goals)
        - Settling in: she wants a routine that feels like home
        - Health: she plans to run a half marathon

        ### Frustrations (Pain Points)
        - Waiting lists: every practice she called is full
        - Forms: each registration asks for the same papers again

        ### Storyboard
        """)
    assert list(found) == ["Ines"]


@pytest.mark.parametrize(("label", "parts"), [
    ("Frustrations (Pain Points):", ["Frustrations", "Pain Points"]),
    ("Frustrations (what gets in their way)", ["Frustrations (what gets in their way)"]),  # an explanation, not a name
    ("Pain points (top 3)", ["Pain points (top 3)"]),
])
def test_a_field_named_again_in_brackets_has_two_names(label: str, parts: list[str]) -> None:
    from callinsight.personas.reading.inline import label_parts

    assert label_parts(label) == parts


@pytest.mark.parametrize(("label", "field"), [
    ("좌절 포인트", "pain_points"), ("불편함", "pain_points"), ("핵심 인용구", "quotes"),
    ("사용자의 고충", "pain_points"), ("현재 불만", "pain_points"), ("워크샵 우려사항", "objections"),
    ("프로젝트 배경 설명", None),
])
def test_korean_field_labels_with_the_fields_noun_last(label: str, field: str | None) -> None:
    from callinsight.personas.model import field_of

    assert field_of(label) == field


def test_a_korean_qualified_frustration_label_lists_the_personas_problems(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "personas.md", """\
        # 페르소나

        ## 김도윤 (동네 꽃집 사장)
        - **목표**: 주말 예약을 한 화면에서 관리
        - **현재 불만**: 전화 예약을 종이에 적다 보니 시간이 겹치는 일이 잦다
        - **좌절 포인트**: 카드 단말기가 오후마다 끊긴다

        ## 이서연 (대학생 고객)
        - **목표**: 수업 끝나고 바로 꽃 받기
        - **사용자의 고충**: 픽업 시간을 바꾸려면 가게에 직접 전화해야 한다
        """)
    assert any("카드 단말기" in c for c in found["김도윤 (동네 꽃집 사장)"])
    assert any("픽업 시간" in c for c in found["이서연 (대학생 고객)"])


@pytest.mark.parametrize("sentence", [
    "Marta has zero patience for forms that ask for her address twice.",
    "The hard part is finding a plumber who answers on Sundays.",
    "Night shifts make planning meals harder than it should be.",
    "Driving to the depot eats into his weekends.",
    "Since the branch closed she feels cut off from her bank.",
    "His eyesight is getting worse every winter.",
    "앱이 한국어를 지원하지 않으면 아무 소용이 없다.",
])
def test_everyday_ways_of_stating_a_problem_are_problems(sentence: str) -> None:
    from callinsight.personas.vocab import concern_kind

    assert concern_kind(sentence) == "pain_point"


def test_cards_run_together_under_one_heading_join_the_personas_a_table_named(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "playbook.md", """\
        # Buyer playbook

        ## Quick reference
        | Persona | Share | Calls to close |
        |---|---|---|
        | Orchard Owner | 30% | 2 |
        | Cider Maker | 20% | 4 |

        ## Deep dives

        **Orchard Owner**

        Runs forty hectares of apples with two seasonal pickers.

        **What Kills the Deal**

        - Quoting prices per litre when they think in crates
        - Calling during harvest

        **Cider Maker**

        Presses small batches for farmers' markets.

        **What Kills the Deal**

        - Ignoring their bottling schedule
        """)
    assert set(found) == {"Orchard Owner", "Cider Maker"}  # and no persona called "Deep dives"
    assert "Calling during harvest" in found["Orchard Owner"]
    assert "Ignoring their bottling schedule" in found["Cider Maker"]


def test_a_painter_is_no_pain() -> None:
    from callinsight.personas.vocab import concern_kind

    assert concern_kind("Use a well-known painter as the first example") is None
    assert concern_kind("Back pain keeps him off the bike") == "pain_point"


_MINDMAP_PAGE = """\
    # Team personas

    ## Summary
    | Persona | Role | Pain Points |
    |---|---|---|
    | Planner | Shift planner | Rotas change daily |
    | Driver | Van driver | Routes arrive late |

    ## Planner Persona

    ```mermaid
    mindmap
      root((Planner<br>Persona))
        Pain Points
          ::icon(fa fa-bolt)
          (Sick calls at five in the morning)
          [Spreadsheets that break when copied]
        Needs
          (One view of who is free)
    ```

    ## Driver perspective
    The driver is frustrated when a depot closes early without notice.
    """


def test_a_mermaid_mindmap_is_read_as_the_persona_it_draws() -> None:
    from callinsight.personas.reading.markdown import mermaid_mindmaps

    drawn = mermaid_mindmaps("## Planner Persona\n\n```mermaid\nmindmap\n  root((Planner<br>Persona))\n    Needs\n"
                             "      ::icon(fa fa-bolt)\n      (One view of who is free)\n```\n")
    assert "### Planner Persona" in drawn and "**Needs**" in drawn and "- One view of who is free" in drawn
    assert "icon" not in drawn and "```" not in drawn


def test_a_named_persona_section_and_a_perspective_join_the_persona_a_table_named(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "team.md", _MINDMAP_PAGE)
    assert set(found) == {"Planner (Shift planner)", "Driver (Van driver)"}
    assert "Spreadsheets that break when copied" in found["Planner (Shift planner)"]
    assert any("depot closes early" in c for c in found["Driver (Van driver)"])


def test_a_sub_list_written_beside_its_html_item_belongs_to_that_item(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "persona.html", """\
        <html><body><h1>Persona</h1>
        <ul>
          <li><strong>Name:</strong> Greta Holm</li>
          <li><strong>Age:</strong> 52</li>
          <li><strong>Occupation:</strong> Ferry captain</li>
          <li><strong>Frustrations:</strong></li>
          <ul>
            <li>Tide tables arrive as scanned PDFs</li>
            <li>The booking desk closes before her last crossing</li>
          </ul>
        </ul>
        </body></html>
        """)
    assert found == {"Greta Holm": ["Tide tables arrive as scanned PDFs", "The booking desk closes before her last crossing"]}


def test_capital_card_titles_run_into_their_text_are_titles(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "shoppers.txt", """\
        Personas

        Market Visitors

        The market personas were drawn from three Saturday markets in the autumn and what shoppers told us.

        EARLY BIRD   Agnes arrives at seven to get the best bread and leaves before the crowds. She carries a wheeled
        basket and pays in coins. She is frustrated when stalls have no change that early.

        LATE LINGERERTomas comes at noon for the discounts on what is left and chats with every stallholder. He
        lives alone and walks there from the tram stop. He hates that the tram stops running at lunchtime.
        """)
    assert set(found) == {"EARLY BIRD", "LATE LINGERER"}  # not "Market Visitors", the note on how they were met
    assert any("no change" in c for c in found["EARLY BIRD"])


@pytest.mark.parametrize("line", ["NASA  engineers met on Tuesday to review the launch plans for next spring.",
                                  "FAQ  What if my order does not arrive on time?",
                                  "TODO fix this"])
def test_a_short_acronym_or_a_question_is_no_card_title(line: str) -> None:
    from callinsight.personas.reading.plain import _caps_title_apart

    assert _caps_title_apart(line) == [line]


def test_json_personas_grouped_by_segment_are_each_a_persona(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "personas.json", """\
        {"version": "2", "personas": {
          "retail": [{"title": "Store Manager", "pain_points": ["Rotas change every week"]},
                     {"title": "Stock Clerk", "pain_points": ["Scanners lose signal in the cold room"]}],
          "wholesale": [{"title": "Account Buyer", "pain_points": ["Price lists arrive as PDFs"]}]}}
        """)
    assert found == {"Store Manager": ["Rotas change every week"], "Stock Clerk": ["Scanners lose signal in the cold room"],
                     "Account Buyer": ["Price lists arrive as PDFs"]}


def test_lists_of_unnamed_records_by_key_are_no_personas(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        parse_text(tmp_path, "settings.json", '{"colors": [{"hex": "#fff"}], "fonts": [{"size": 12}]}')


_CARDS_HTML = """\
    <html><body>
    <h2>Our buyer personas</h2>
    <div class="persona-grid">
      <div class="persona">
        <div class="persona__head"><div class="persona__name">Ilse, Fleet Manager</div><div>Logistics firm</div></div>
        <div class="persona__block"><h4>Objections</h4><ul><li>Can the trackers survive a winter on the trailer?</li></ul></div>
      </div>
      <div class="persona">
        <div class="persona__head"><div class="persona__name">Bram, Workshop Owner</div><div>Garage</div></div>
        <div class="persona__block"><h4>Objections</h4><ul><li>Will it need a second tablet in the workshop?</li></ul></div>
      </div>
    </div>
    <h2>Where each persona lands</h2>
    <table><thead><tr><th>Persona</th><th>Landing section</th></tr></thead>
    <tbody><tr><td>Ilse &middot; Fleet</td><td>Pricing</td></tr><tr><td>Bram &middot; Garage</td><td>Reviews</td></tr></tbody></table>
    </body></html>
    """


def test_html_cards_named_by_a_name_class_are_personas_and_a_later_table_adds_to_them(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "personas.html", _CARDS_HTML)
    assert found == {"Ilse, Fleet Manager": ["Can the trackers survive a winter on the trailer?"],
                     "Bram, Workshop Owner": ["Will it need a second tablet in the workshop?"]}


def test_a_title_class_outside_any_card_is_no_persona_name() -> None:
    from bs4 import BeautifulSoup

    from callinsight.personas.reading.html import _card_name_level

    soup = BeautifulSoup('<h2>News</h2><div class="post"><div class="post-title">Spring sale</div></div>', "lxml")
    assert _card_name_level(soup.find(class_="post-title")) == 0


def test_numbered_bold_names_with_an_age_after_them_are_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "panel.md", """\
        # Review panel

        ### The learner panel
        1. **The Perfectionist** (17, final year): Rewrites every note until the layout is flawless
        2. **The Worrier** (16, first year): Panics when a quiz score shows in red and closes the app
        3. **The Night Owl** (18, final year): Revises after midnight on a cracked phone screen
        """)
    assert set(found) == {"The Perfectionist", "The Worrier", "The Night Owl"}  # "The Worrier" names a person, no field


def test_the_agent_noun_after_the_is_a_kind_of_person_not_a_field() -> None:
    from callinsight.personas.model import field_of

    assert field_of("The Worrier") is None
    assert field_of("Worries") == "pain_points"
    assert field_of("The Challenges") == "challenges"


def test_numbered_user_titles_over_hard_wrapped_stories_are_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "stories.txt", """\
        Library App User Personas

        User 1: Nadia - Branch Librarian
        Nadia runs the children's corner at the east branch. When she signs in she sees the week's
        story-time rota, and she is frustrated that two sessions are booked into the same room on Friday.

        User 2: Pavel - Retired Reader
        Pavel is a retired reader who borrows three thrillers a week. He struggles to renew them online
        because the renewal button hides below the fold on his small tablet.
        """)
    assert set(found) == {"Nadia - Branch Librarian", "Pavel - Retired Reader"}


@pytest.mark.parametrize(("title", "name"), [("User 1: Nadia - Branch Librarian", "Nadia - Branch Librarian"),
                                             ("Customer #2 – Pavel", "Pavel"), ("user 2 - the admin", "user 2 - the admin")])
def test_a_numbered_user_prefix_is_no_part_of_the_name(title: str, name: str) -> None:
    from callinsight.personas.names import clean_name

    assert clean_name(title) == name
