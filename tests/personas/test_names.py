"""How a heading becomes a persona's name (``names.clean_name``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.names import clean_name

from .conftest import parse_text


@pytest.mark.parametrize("heading, name", [
    ("👩‍💼 Lena Park | Office manager", "Lena Park, Office manager"),
    ("이서연 · 회계 담당", "이서연, 회계 담당"),
    ("P2 · Public libraries", "P2 Public libraries"),  # a code, then the name: no comma
    ("Persona 2: Ops Olivia", "Ops Olivia"),
    ("Night\u2011Shift Nurse", "Night-Shift Nurse"),  # a hyphen that does not break
])
def test_headings_as_names(heading: str, name: str) -> None:
    assert clean_name(heading) == name


def test_a_notion_page_id_is_no_part_of_a_file_name_persona() -> None:
    from callinsight.personas.names import name_from_stem

    assert name_from_stem("Ops Olivia 0f8fad5bd9cb469fa16570867728950e") == "Ops Olivia"
    assert name_from_stem("ops-olivia") == "Ops Olivia"


def test_a_colon_between_a_name_and_a_role_reads_as_a_comma() -> None:
    from callinsight.personas.names import clean_name

    assert clean_name("Jordan Hayes: Outreach Champion") == "Jordan Hayes, Outreach Champion"
    assert clean_name("Persona 2: Ops Olivia") == "Ops Olivia"


def test_a_given_name_the_role_names_a_person() -> None:
    from callinsight.personas.names import names_people

    assert names_people("Wendy the Welder") and names_people("Omar the shift planner")  # alliterative, or a job noun
    assert not names_people("Simplify the sign-up form") and not names_people("Before the Launch")


def test_a_generically_titled_persona_is_named_after_the_person_it_introduces(tmp_path: Path) -> None:
    """"# Customer Persona" or "## An example" says what the page holds, not who: the person is named below it."""
    tagged = parse_text(tmp_path, "tagged.md", """
        # Customer Persona

        Ines - Wants fewer trips to the recycling depot

        ## Pain points

        - The depot closes before she finishes work.
        """)
    assert list(tagged) == ["Ines"]
    introduced = parse_text(tmp_path, "introduced.md", """
        # Personas for a bakery till

        ## An example

        We wrote one persona to keep the till's first release focused.

        Tomas runs a bakery with two ovens and a counter. He struggles to count the cash at closing time because
        the till cannot print a day's total.
        """)
    assert list(introduced) == ["Tomas"]


def test_a_page_title_over_a_story_is_named_after_the_person_a_sentence_introduces(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "story.md", """
        # Drawing Up Your Ideal Gym Member Persona

        Picture someone new. Malik is 38 and coaches a youth football team at weekends. He works long shifts at a
        depot, and he struggles to find a class that starts after nine in the evening.
        """)
    assert list(found) == ["Malik"]
    titled = parse_text(tmp_path, "titled.md", """
        # Drawing Up Your Ideal Gym Member Persona

        A persona sums up what members want. Most members struggle to find classes late in the evening.
        """)
    assert list(titled) != ["Malik"] and all("Persona" in name for name in titled)  # nobody introduced: the title stays


def test_a_given_name_over_a_heading_of_who_she_is_is_one_persona(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "pupils.md", """
        # Reading app personas

        ## Amara

        ## Third Grade Student

        - Needs: Amara needs short passages she can finish before she loses interest.
        - Challenges: sounding out long words, reading in front of the class

        ## Tobias

        ## Sixth Grade Student

        - Needs: Tobias needs stories about football to stay with a book.
        """)
    assert list(found) == ["Amara, Third Grade Student", "Tobias, Sixth Grade Student"]


def test_a_name_over_a_bare_list_of_her_traits_is_a_persona_but_a_products_features_are_not(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "people.md", """
        # Who uses the tide tables

        ## Wendy the Harbourmaster

        - Checks the tides before every shift
        - Can't stand tables that skip the bank holiday tides
        - Keeps a paper copy in her office
        - Has three pilots asking for the same times each morning

        ## Kai the Kayaker

        - Paddles every weekend
        - Struggles to read the tables on his phone at the slipway
        - Plans trips a week ahead
        - Loves quiet estuaries
        """)
    assert list(found) == ["Wendy the Harbourmaster", "Kai the Kayaker"]
    assert "Struggles to read the tables on his phone at the slipway" in found["Kai the Kayaker"]
    with pytest.raises(InputError):
        parse_text(tmp_path, "product.md", """
            # Tide Sync

            ## Sync Engine

            - Supports every port in the country
            - Exports tables as CSV
            - Updates itself each night
            - Handles bank holidays
            """)


def test_paragraphs_each_a_name_and_that_persons_quotation_are_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "segments.md", """
        # How people feel about the library

        ## Four attitudes

        We met forty members and found four attitudes. They are:

        Quiet studier: “I come for a desk and silence, and I struggle to find either after school lets out.”

        Weekend browser: “I like to wander the shelves, but the opening hours on Sunday are far too short.”

        Digital first: “I borrow e-books at night, so I need the app to remember where I stopped.”
        """)
    assert list(found) == ["Quiet studier", "Weekend browser", "Digital first"]
    assert found["Weekend browser"] == ["I like to wander the shelves, but the opening hours on Sunday are far too short."]


def test_a_role_with_an_aside_over_three_of_his_traits_is_a_persona(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "riders.md", """
        # Bike share riders

        ## New member (first week)

        - Unlocks a bike at the station nearest his flat
        - Can't tell which docks take returns
        - Gives up when the app asks for his card twice
        """)
    assert list(found) == ["New member (first week)"]


def test_headings_that_only_number_personas_over_lists_about_them_are_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "study.md", """
        # Meal planner study

        ## Research method

        1. Interviews at two supermarkets

        ## Persona 1

        - Shops once a week with a paper list
        - Struggles to plan meals when the children's clubs change days

        ## Persona 2

        - Orders groceries online every few days
        - Throws away vegetables that go off before she cooks them
        """)
    assert list(found) == ["Persona 1", "Persona 2"]


def test_meet_lines_over_lists_and_labelled_paragraphs_that_go_on_about_the_person_are_personas(tmp_path: Path) -> None:
    met = parse_text(tmp_path, "profiles.md", """
        # Profiles for the tenancy helpline

        Meet Dolores:

        - Works two cleaning jobs
        - Cannot take calls during her shifts

        Meet Arturo:

        - Volunteer adviser
        - Struggles to find the right form for each council
        """)
    assert list(met) == ["Dolores", "Arturo"]
    told = parse_text(tmp_path, "blog.md", """
        # Talking about backups with everyone

        Two of the people you will meet in any office:

        Priya, your finance lead: Priya signs off every purchase and she worries about anything that delays the
        month-end close.

        Marcus, a developer: Marcus ships a release every week and he cannot stand tools that slow his builds down.
        """)
    assert list(told) == ["Priya, your finance lead", "Marcus, a developer"]


def test_labelled_paragraphs_under_a_personas_heading_may_name_the_person_by_any_word_of_the_label(tmp_path: Path) -> None:
    declared = parse_text(tmp_path, "carers.md", """
        # Carers of people with dementia

        ## Personas

        Worn-out Winston: Since his wife's diagnosis, Winston sleeps badly and he struggles to get a day off.

        Organised Olga: With a rota shared among her sisters, Olga keeps on top of visits, but she worries about the cost of care.
        """)
    assert list(declared) == ["Worn-out Winston", "Organised Olga"]
    with pytest.raises(InputError):  # not under a heading of personas: a label and a name in its text are not enough
        parse_text(tmp_path, "blog.md", """
        # Notes from the carers' evening

        Worn-out Winston: Since his wife's diagnosis, Winston sleeps badly and he struggles to get a day off.

        Organised Olga: With a rota shared among her sisters, Olga keeps on top of visits, but she worries about the cost of care.
        """)


def test_a_name_and_role_heading_over_a_story_told_with_she_or_he_is_a_persona(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "owners.md", """
        # Who runs a market stall?

        ## Aroha, the Weekend Trader

        She's in her forties, sells knitwear on Saturdays and struggles to take card payments when the signal drops.

        ## Rangi, the Early Starter

        He sets up at five in the morning, and he worries about the rising pitch fees.
        """)
    assert list(found) == ["Aroha, the Weekend Trader", "Rangi, the Early Starter"]


def test_three_people_introduced_paragraph_after_paragraph_are_personas_under_any_heading(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "course.md", """
        # Planning the evening course

        ## Who signed up

        Tevita is a bus driver who joined to learn bookkeeping; he struggles to log in from his phone on breaks.

        Mereana is a nurse on rotating shifts. She needs recordings because she misses half the live sessions.

        Hamish is a retired engineer and he finds the forum confusing.
        """)
    assert list(found) == ["Tevita", "Mereana", "Hamish"]
    two = parse_text(tmp_path, "two.md", """
        # Planning the evening course

        ## Who signed up

        Tevita is a bus driver who joined to learn bookkeeping; he struggles to log in from his phone on breaks.

        Mereana is a nurse on rotating shifts. She needs recordings because she misses half the live sessions.
        """)
    assert list(two) != ["Tevita", "Mereana"]  # two people under a heading that does not list personas: one story


def test_a_wiki_page_name_heads_the_story_of_the_person_it_names() -> None:
    from callinsight.personas.narrative import is_narrative
    from callinsight.personas.reading.tree import Para, Section

    story = Section(title="OwenOfficeManager", level=2, blocks=[
        Para(text="Owen looks after the office rota for sixty staff. He has no time to train people on calls."),
        Para(text="Keep every persona short and grounded in research."),
    ])
    assert is_narrative(story, story.title, [Section(title="Wiki", level=1, children=[story])])


def test_a_guide_named_after_personas_takes_the_name_of_its_worked_example(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "customer-persona.md", """
        A customer persona is a short portrait of the buyer you most want to win.

        What goes into one?

        - Role: position and seniority. Example: "Tomasz, Operations Manager at a 40-person courier firm."
        - Goals: how success is measured. Tomasz's goal is to cut failed deliveries by a fifth this year.
        - Pain points: what costs them sleep. Tomasz's pain points: drivers who cannot reach a customer, and
          paper proofs of delivery that get lost.
        - Where they learn: Tomasz reads two trade newsletters and trusts what other depot managers say.
        """)
    assert list(found) == ["Tomasz"]
    assert any("proofs of delivery that get lost" in concern for concern in found["Tomasz"])


def test_a_page_named_only_as_a_persona_takes_the_name_its_example_gives(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "marketing-persona.md", """
        마케팅에서 페르소나는 대표 고객을 한 사람처럼 그린 프로필입니다.

        - 목적: 팀이 같은 고객을 떠올리며 기획하기
        - 구성 요소: 이름, 나이, 직업, 고민
        - 예시:
            - 이름: 한서윤(31세)
            - 직업: 작은 카페 운영
            - 니즈: 주말 매출이 들쭉날쭉해서 재료 주문량을 정하기 어렵다
        """)
    (name,) = found
    assert name.startswith("한서윤 (")  # the age after the name is not part of it
    assert any("재료 주문량을 정하기 어렵다" in concern for concern in found[name])


def test_a_labelled_item_with_details_under_a_problem_field_is_one_problem(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "prd.md", """
        ### Persona 1: Home baker Hana

        #### Pain Points
        1. **Orders arrive by every channel**:
           - messages, calls and a web form, with no single list
           - two orders for one Saturday went missing last month

        2. **Pricing custom cakes**:
           - she guesses the price and often undercharges
        """)
    (concerns,) = found.values()
    assert concerns[0].startswith("Orders arrive by every channel: messages, calls and a web form")
    assert "two orders for one Saturday went missing last month" in concerns[0]
    assert concerns[1].startswith("Pricing custom cakes: ")
    assert len(concerns) == 2  # not kept as profile fields named after each problem


def test_paragraphs_that_go_on_about_someone_already_introduced_are_more_of_their_story(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "people.md", """
        # Personas

        Kofi Mensah is a 39 year old bus mechanic. He works early shifts at the depot.

        Kofi lives near the ring road and he struggles to find parts for the older buses.

        Lena Fischer is a 52 year old dispatcher. She plans the drivers' rota every week.

        Lena uses three spreadsheets and she worries that a late change will leave a route uncovered.
        """)
    assert list(found) == ["Kofi Mensah", "Lena Fischer"]
    assert any("struggles to find parts" in concern for concern in found["Kofi Mensah"])
