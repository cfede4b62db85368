"""Shapes the importer missed on the spent TEST halves of batches 1-8 (scored once and reported, development data
from the sixth session), each written here as a small synthetic document: no text from any evaluation document."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.vocab import non_persona_reason

from .conftest import parse_text as parse


def test_bold_named_paragraphs_on_a_page_of_profiles_are_one_persona_each(tmp_path: Path) -> None:
    found = parse(tmp_path, "profiles.md", """
        ---
        title: Who this course is for
        ---

        Some words about the course and its pace before the people.

        **Marta** runs a bakery and keeps her orders in a notebook. She loses orders when the notebook gets wet
        and wants a way to see the week at a glance.

        **Oskar** is a retired teacher who volunteers at the library. He struggles with the booking screen and
        needs larger buttons.
        """)
    assert set(found) == {"Marta", "Oskar"}
    assert any("loses orders" in c for c in found["Marta"])
    assert any("struggles with the booking screen" in c for c in found["Oskar"])


def test_bold_labelled_paragraphs_under_a_personas_heading_need_half_of_them_to_name_people(tmp_path: Path) -> None:
    text = """
        # Site guide

        ## Main personas of the archive

        **Curator who catalogues**: Staff who describe new boxes of letters every week, with little time for it.

        **Visiting Scholar**: Researchers from other universities who need scans of whole folders quickly.

        **Evening Reader**: People who only come in the evening and wish the reading room stayed open later.

        ## How the archive is organised

        **Boxes and Folders**: Letters are kept in acid-free folders inside numbered boxes on the shelves.

        **Finding Aids**: Each collection has a finding aid that lists its boxes and folders in order.
        """
    found = parse(tmp_path, "archive.md", text)
    assert set(found) == {"Curator who catalogues", "Visiting Scholar", "Evening Reader"}


def test_one_item_lists_naming_roles_each_over_a_paragraph_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        # Personas

        - Fleet Manager

        > The fleet manager keeps forty vans on the road. They need to know which van is due for service before
        > it breaks down on a delivery round.

        - Workshop Technician

        > The technician fixes the vans in the yard and struggles to find the right part numbers in the old catalogue.
        """)
    assert set(found) == {"Fleet Manager", "Workshop Technician"}
    assert any("part numbers" in c for c in found["Workshop Technician"])


def test_a_role_then_a_name_in_a_heading_is_the_person_of_the_story_under_it(tmp_path: Path) -> None:
    found = parse(tmp_path, "story.md", """
        # Persona 2

        ## Night-shift nurse Ruth Ngata

        Ruth Ngata works nights on a busy surgical ward. Ruth hands over to the day team at seven and she often
        cannot find the notes the evening team left. She needs the handover sheet to be on the ward tablet.
        """)
    assert list(found) == ["Night-shift nurse Ruth Ngata"]
    assert any("cannot find the notes" in c for c in found["Night-shift nurse Ruth Ngata"])


def test_a_name_with_a_long_description_after_a_comma_is_still_a_story_heading(tmp_path: Path) -> None:
    found = parse(tmp_path, "people.md", """
        # Volunteer personas

        ## 1. Tomasz, a student who translates pages in the evenings and at weekends when he has time

        Tomasz studies chemistry and translates the site into Polish. He worries that his changes are lost when the
        English page changes under him.

        ## 2. Ines, a maintainer

        Ines reviews translations for three languages. She struggles to keep up with the review queue.
        """)
    assert len(found) == 2
    assert any(name.startswith("Tomasz") for name in found)


def test_a_sphinx_persona_directive_with_options_is_one_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "analyst.rst", """
        Data Analyst
        ============

        .. describe-user:: data-analyst
           :name: Data Analyst
           :goals:
              Publish the monthly figures on time
              Reuse last month's queries
           :frustrations:
              Queries break when a column is renamed
              Exports lose their number formats

           Someone who turns the warehouse tables into the monthly report.
        """)
    assert found == {"Data Analyst": ["Queries break when a column is renamed", "Exports lose their number formats"]}


def test_an_unknown_directive_without_a_name_keeps_its_content_in_the_page(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "note.rst", """
            Install
            =======

            .. tip-box::
               :colour: blue

               Run the installer as an administrator on shared machines.
            """)


@pytest.mark.parametrize("title", ["Core Contributor", "Contributor personas", "Framework contributor", "3.3 Personas View"])
def test_contributors_and_numbered_sections_can_be_personas(title: str) -> None:
    assert non_persona_reason(title) is None


@pytest.mark.parametrize("title", ["Contributors", "Our contributors", "Contributing", "v2.1", "1.4.2", "2.0 (2024-05-01)",
                                   "여정 1: 첫 배포"])
def test_contributor_lists_and_releases_are_not_personas(title: str) -> None:
    assert non_persona_reason(title)


def test_stories_under_a_heading_that_alone_reads_as_a_contributor_list_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "people.md", """
        # People of the project

        ## Contributors

        ### Lotte (docs writer)

        Lotte writes the tutorials in her lunch breaks. She gets frustrated when examples break after a release.
        """)
    assert list(found) == ["Lotte (docs writer)"]


def test_roles_further_down_a_page_of_users_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "users.md", """
        # Typical users

        ## Notes from the field team

        #### Ward clerk

        Ward clerks book the follow-up visits and keep the paper register in step with the tablet every evening.

        #### Pharmacy technician

        Pharmacy technicians count the stock each week and send the order to the district store by text message.
        """)
    assert set(found) == {"Ward clerk", "Pharmacy technician"}


def test_a_manual_with_a_section_named_after_a_role_is_still_not_a_persona_document(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "manual.md", """
            # Installing the server

            ## Administrator

            The administrator account is created during setup and can change every setting of the server.
            """)


def test_bold_bullets_under_an_intended_audience_heading_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "audience.md", """
        # Harbour data toolkit

        ## Intended audience

        - **Port Authority Planners (berth and crane scheduling teams)**: Deciding where ships berth, and worried that
          the crane rosters are out of date by the time they are printed.
        - **Shipping Agents**: Booking berths for their clients and needing confirmed times a week ahead of arrival.
        """)
    assert set(found) == {"Port Authority Planners (berth and crane scheduling teams)", "Shipping Agents"}


def test_a_list_item_that_introduces_gaps_makes_its_sub_items_concerns(tmp_path: Path) -> None:
    found = parse(tmp_path, "learners.md", """
        # Learner profiles

        ## Lab technician new to scripting

        - Has run the plate reader for years.
        - What they don't know
            - How to read a CSV file into a data frame.
            - How to loop over many files.
        """)
    concerns = found["Lab technician new to scripting"]
    assert "How to read a CSV file into a data frame." in concerns and "How to loop over many files." in concerns
    assert "Has run the plate reader for years." not in concerns


def test_paragraphs_that_each_introduce_a_person_under_profiles_are_one_persona_each(tmp_path: Path) -> None:
    found = parse(tmp_path, "learners.md", """
        # Course notes

        ## Why use profiles?

        Profiles keep the course honest about who it is for.

        ## Profiles

        Hemi is a ranger in a regional park. He logs bird counts on paper and struggles to merge the sheets each month.

        Sofia works in the council's water team. She needs to share maps with contractors who cannot install software.
        """)
    assert set(found) == {"Hemi", "Sofia"}
    assert any("struggles to merge" in c for c in found["Hemi"])


def test_a_heading_that_only_numbers_a_story_takes_the_name_the_story_opens_with(tmp_path: Path) -> None:
    found = parse(tmp_path, "stories.md", """
        ## Group A

        #### 1.
        Rangi is a second-year student in marine biology. They would like a tool that counts fish in video clips
        without writing code.

        #### 2.
        Lena is a technician in the imaging lab. She needs the counts exported to the lab's spreadsheet every night.
        """)
    assert set(found) == {"Rangi", "Lena"}


def test_paragraphs_about_products_on_a_page_of_users_are_not_people(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "users.md", """
            # Users

            Python is a programming language that many of our users know. It runs on every platform we support.

            Grafana is a dashboard tool. It reads the metrics the service exports and shows them on a wall screen.
            """)


def test_a_heading_that_says_whose_needs_follow_makes_that_role_a_persona_with_them(tmp_path: Path) -> None:
    found = parse(tmp_path, "needs.md", """
        ## As a ferry operator, we need...

        - To see bookings for the next sailing, so that we can plan the car deck
        - Weather warnings two hours ahead, so that we can cancel in time

        ## As a foot passenger, I need...

        - To buy a ticket on my phone, so that I do not queue at the kiosk

        ## As a ferry operator, we need...

        - A list of passengers with mobility needs, so that crew can help them board
        """)
    assert set(found) == {"Ferry operator", "Foot passenger"}
    assert len(found["Ferry operator"]) == 3


def test_a_heading_that_names_one_persona_is_one_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "starter.md", """
        ## Starter persona

        Readers who have never configured a router. They need plain words for every setting and a way to undo a
        change that cut them off.
        """)
    assert list(found) == ["Starter persona"]


def test_a_scenario_heading_over_a_story_about_someone_is_that_persons_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "scenario.md", """
        ### Booking a repair from home

        Mere has arthritis in both hands. She worries that the booking form times out before she finishes typing,
        and she needs a phone number to call instead.
        """)
    assert list(found) == ["Mere"]


def test_a_section_about_a_library_that_it_names_again_is_not_a_story_about_someone(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "lib.md", """
            ### Advanced usage

            Fetchlib has a session object. Fetchlib keeps connections open, so they are reused between requests.
            """)


def test_a_first_person_heading_adds_to_the_persona_defined_earlier_under_another_form_of_its_name(tmp_path: Path) -> None:
    found = parse(tmp_path, "users.md", """
        # Who uses the tool

        ## User types

        ### The Night Nurse

        Works twelve-hour shifts on a ward and checks the tool between rounds. She needs the alerts sorted by urgency.

        ## What we heard

        ### I am a night nurse

        The login screen times out during a round and she has to start over, which frustrates her.
        """)
    assert list(found) == ["The Night Nurse"]
    assert any("frustrates her" in c for c in found["The Night Nurse"])


def test_an_italic_lead_in_opens_the_field_it_names(tmp_path: Path) -> None:
    found = parse(tmp_path, "teams.md", """
        # Field research

        ## Dispatch Teams

        Dispatchers like Kiri route the night calls to the nearest crew and keep the log for the morning shift.

        *Pain points with the current radio system include:*

        - Calls drop when two crews answer at once
        - The log has to be retyped every morning

        *Desired capabilities include:*

        - A map of crews that updates by itself
        """)
    concerns = found["Dispatch Teams"]
    assert "Calls drop when two crews answer at once" in concerns
    assert "A map of crews that updates by itself" in concerns


def test_threats_are_concerns_and_goals_written_as_needs_are_needs(tmp_path: Path) -> None:
    found = parse(tmp_path, "reporter.md", """
        ---
        title: Amaru, local reporter
        ---

        ## Goals

        Publish the council budget story before the vote.

        Needs a safe way to receive leaked documents

        ## Threats

        Phone seized at a protest
        """)
    concerns = next(iter(found.values()))
    assert "Needs a safe way to receive leaked documents" in concerns and "Phone seized at a protest" in concerns
    assert "Publish the council budget story before the vote." not in concerns


def test_a_bold_name_at_the_top_of_a_role_section_names_that_roles_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "roles.md", """
        # Personas

        ## Release SRE (pipelines)

        **_Tamsin_**

        Keeps the release pipeline green for twelve teams and wants failed builds explained without reading logs.

        ## Support Agent

        **Responsible for:** answering tickets about failed deploys.
        """)
    assert "Tamsin (Release SRE (pipelines))" in found


def test_a_short_capitalised_name_is_a_person_when_the_story_says_so(tmp_path: Path) -> None:
    found = parse(tmp_path, "people.md", """
        # Personas

        ## KJ

        KJ is a dispatcher at a taxi firm. She needs the booking screen to show which drivers are on a break.

        ## RBAC

        Roles are checked on every request. The admin role can change every setting of the server.
        """)
    assert list(found) == ["KJ"]


def test_a_sibling_titled_like_the_personas_beside_it_is_one_too(tmp_path: Path) -> None:
    found = parse(tmp_path, "profiles.md", """
        ---
        title: Learner profiles
        ---

        ## Field technician

        Counts frogs at night and types the counts into a spreadsheet the next morning, often from memory.

        ## Data steward

        Looks after the regional database and has to clean every upload by hand before it can be shared.

        ## Workshop convenor

        Runs the day for thirty people and worries that half the room will still be installing software at lunch.

        ## Emoji key

        Each section above uses the same three symbols for skills, tools and time.
        """)
    assert set(found) == {"Field technician", "Data steward", "Workshop convenor"}


def test_hand_edited_json_with_trailing_commas_is_still_read(tmp_path: Path) -> None:
    found = parse(tmp_path, "persona.json", """
        {
            "name": "Warehouse picker",
            "pain_points": [
                "Scanners lose their charge before the shift ends",
            ],
        }
        """)
    assert found == {"Warehouse picker": ["Scanners lose their charge before the shift ends"]}


def test_json_that_neither_json_nor_yaml_can_read_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="invalid JSON at line"):
        parse(tmp_path, "broken.json", '{"name": "Picker", "pain_points": ["Scanners lose charge"')


def test_a_later_section_named_after_a_persona_and_a_story_word_tells_more_of_that_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "pathways.md", """
        ---
        title: Personas
        ---

        # Personas

        ### Ingrid

        Ingrid is a hydrologist at a regional council. She measures river levels and writes the flood reports.

        # Pathways

        ## Ingrid pathway

        ### First contact

        She hears of the tool at a conference but worries that it cannot read her logger files.
        """)
    assert list(found) == ["Ingrid"]
    assert any("cannot read her logger files" in c for c in found["Ingrid"])


def test_a_name_heading_over_one_role_heading_with_fields_is_that_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "cases.md", """
        #Use case personas
        ##Tane
        ###Harbour Master
        - Tane signs off every berth change on the night shift.

        ####Key frustrations:
        - Berth changes arrive by phone and get lost
        """)
    assert found == {"Tane (Harbour Master)": ["Berth changes arrive by phone and get lost"]}


def test_a_long_topic_heading_under_personas_is_the_pages_own_section(tmp_path: Path) -> None:
    found = parse(tmp_path, "page.md", """
        # Personas

        ## Rua

        Rua is a grid operator. She watches the feeder loads all night and needs alarms she can trust.

        ## More detailed screen flows for the stories above

        A few of the stories above need these steps: open the feeder list, pick a feeder, compare two days.
        """)
    assert list(found) == ["Rua"]


def test_a_readme_with_problem_fields_is_not_one_persona(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no persona found"):
        parse(tmp_path, "README.md", """
            ## Overview

            **Problems:** labs send results by fax.

            **Goals:** one upload point for every lab.
            """)


@pytest.mark.parametrize("title", ["Where can we have the most impact", "How do we measure success", "Recommendations"])
def test_questions_the_page_asks_and_recommendations_are_not_personas(title: str) -> None:
    assert non_persona_reason(title)
