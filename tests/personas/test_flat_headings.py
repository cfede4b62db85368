"""Documents whose author gave every heading one style: a persona's name heading with nothing under it, followed at
its own level by its field headings (or, in pasted text, every short line a heading). Synthetic documents only."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import parse_text as parse
from .conftest import write_doc


def test_field_headings_after_an_empty_name_heading_belong_to_it(tmp_path: Path) -> None:
    found = parse(tmp_path, "team.md", """
        # Who buys from us

        ## Ines Moreau

        ## Goals

        - Pay suppliers on time

        ## Frustrations

        - The bank export arrives a day late

        ## Bram Visser

        ## Goals

        - Keep the van fleet on the road

        ## Pain points

        - Parts are ordered twice because nobody sees the open orders
        """)
    assert found == {"Ines Moreau": ["The bank export arrives a day late"],
                     "Bram Visser": ["Parts are ordered twice because nobody sees the open orders"]}


def test_a_flat_page_without_a_title_is_not_one_persona(tmp_path: Path) -> None:
    """Without the nesting the page's own field headings made the whole file one persona named after the file."""
    found = parse(tmp_path, "buyers.md", """
        ## Ines Moreau

        ## Pain points

        - The bank export arrives a day late

        ## Bram Visser

        ## Pain points

        - Parts are ordered twice
        """)
    assert sorted(found) == ["Bram Visser", "Ines Moreau"]


def test_pasted_page_text_with_headings_about_the_person(tmp_path: Path) -> None:
    """Text copied from a web page: the name, "About <name>" and "<name>'s task" are all short lines standing alone."""
    path = write_doc(tmp_path, "services.txt", """
        Personas for our online forms

        Journey: Renew a fishing licence

        Gwen Lloyd

        About Gwen

        Gwen is 58 and runs a bed and breakfast. She uses a laptop at the kitchen table.

        Gwen's task

          • Gwen wants to renew her licence before the season opens.
          • She cannot tell which licence type covers night fishing.

        Journey: Report a broken streetlight

        Sam Okafor

        About Sam

        Sam is 24 and works nights in a warehouse on the ring road. He only has his phone and a prepaid data plan.

        Sam's task

          • Sam needs to report a streetlight that has been out for a week.
          • The map on the form is too slow to load on his old phone.
        """)
    personas = {p.name: p for p in parse_document(path).personas}
    assert sorted(personas) == ["Gwen Lloyd", "Sam Okafor"]
    assert "She cannot tell which licence type covers night fishing." in [c.text for c in personas["Gwen Lloyd"].concerns]
    assert "The map on the form is too slow to load on his old phone." in [c.text for c in personas["Sam Okafor"].concerns]
    assert personas["Sam Okafor"].sections["background"][0].startswith("Sam is 24")


def test_an_empty_heading_inside_one_persona_page_owns_nothing(tmp_path: Path) -> None:
    """"# Persona: Tom" ⏎ "## Background" ⏎ … ⏎ "## Hobbies" (empty) ⏎ "## Pain points": the page is the persona; the
    empty heading does not take its later fields away."""
    found = parse(tmp_path, "tom.md", """
        # Persona: Noah

        ## Background

        - Age: 41

        ## Hobbies and clubs

        ## Pain points

        - The club rota lives in three spreadsheets
        """)
    assert found == {"Noah": ["The club rota lives in three spreadsheets"]}


def test_breaks_as_rest_are_no_problem(tmp_path: Path) -> None:
    found = parse(tmp_path, "nurse.md", """
        # Persona: Amara

        Amara is a ward nurse. She reads the rota on her phone during breaks. She struggles to swap shifts at short notice.
        """)
    assert found == {"Amara": ["She struggles to swap shifts at short notice."]}


def test_page_text_without_blank_lines_reads_its_names_and_fields(tmp_path: Path) -> None:
    """Text copied from a web page with no blank lines: a short line after finished text, or a field name, heads what
    follows; a line right after a heading is its content ("Operations lead"); a name owns its fields and, once it
    has one, the other headings ("How we help") up to the next name whose fields repeat them."""
    found = parse(tmp_path, "buyers.txt", """
        Our two main buyers, written up after the spring interviews with fleet customers.
        Fleet Manager Fiona
        Buyer persona 1
        Background
        Fiona runs forty vans for a regional parcel firm.
        Role
        Operations lead
        Challenges
        - Fuel cards are reconciled by hand each month
        - Drivers report defects on paper
        Goals
        - Cut idle time by a tenth
        How we help
        - One dashboard for the whole fleet
        Courier Carl
        Buyer persona 2
        Background
        Carl drives his own van and takes jobs from three apps.
        Challenges
        - Each app pays out on a different day
        """)
    assert found == {"Fleet Manager Fiona": ["Fuel cards are reconciled by hand each month", "Drivers report defects on paper"],
                     "Courier Carl": ["Each app pays out on a different day"]}


def test_a_name_over_a_paragraph_owns_the_field_headings_after_it_in_text(tmp_path: Path) -> None:
    found = parse(tmp_path, "wiki.txt", """
        Team personas

        Mina Cho: Payroll Lead

        Runs payroll for a chain of twelve cafes and answers every staff question about pay slips.

        Frustrations

        - Tip pooling is worked out in a spreadsheet every week
        - Holiday pay rules change with each contract

        Delights:

        - A month-end with no corrections
        """)
    assert found == {"Mina Cho, Payroll Lead": ["Tip pooling is worked out in a spreadsheet every week",
                                                 "Holiday pay rules change with each contract"]}


def test_in_markdown_a_name_after_the_fields_stays_a_persona_of_its_own(tmp_path: Path) -> None:
    """Authored heading levels are kept: only headings guessed from plain text take the headings after a field."""
    found = parse(tmp_path, "buyers.md", """
        ## Fleet Manager Fiona

        ## Challenges

        - Fuel cards are reconciled by hand each month

        ## Courier Carl

        ## Frustrations

        - Each app pays out on a different day

        ## Needs

        - One payout calendar
        """)
    assert sorted(found) == ["Courier Carl", "Fleet Manager Fiona"]


def test_an_example_persona_after_a_how_tos_headings_in_page_text(tmp_path: Path) -> None:
    """A how-to whose own headings read as fields ("Gathering background information") does not stop the example
    persona after it from owning its fields; "Example (Name, Role)" is named by what is in the brackets."""
    found = parse(tmp_path, "howto.txt", """
        A buyer persona describes the customer you most want to win.
        Gathering background information
        Interview customers, ask your sales team and read the support tickets.
        Example (Marta Lind, Clinic Owner)
        Background
        Marta runs a physiotherapy clinic with six therapists.
        Frustrations
        - No-shows cost her two mornings a week
        - Insurers pay late
        """)
    assert found == {"Marta Lind, Clinic Owner": ["No-shows cost her two mornings a week", "Insurers pay late"]}


def test_page_text_field_lines_and_title_case_headings_are_not_personas(tmp_path: Path) -> None:
    """"Age: 62" under "Background" is a field line, not a heading; "Main Points" over its own list does not take
    the fields after it away from the person the page is about."""
    found = parse(tmp_path, "card.txt", """
        Harriet Olsen (Senior Lecturer - Chemistry)

        "Slides were fine for thirty years."

        Background

        Age: 62
        Occupation: Lecturer

        Main Points

          • Marks every lab report by hand
          • Keeps office hours on Thursdays only

        Frustrations

          • The new gradebook logs her out mid-entry
        """)
    assert found == {"Harriet Olsen (Senior Lecturer - Chemistry)": ["The new gradebook logs her out mid-entry"]}


def test_numbered_case_lines_head_their_persona(tmp_path: Path) -> None:
    found = parse(tmp_path, "cases.txt", """
        Hotel staff personas
        Who the handbook is for.
        Case 1: Night Auditor
        Balances the hotel's accounts between midnight and six and needs reports that finish before the day shift.
        Case 2: Front Desk Clerk
        Checks guests in all day and cannot find the late-arrival notes when the system is slow.
        """)
    assert sorted(found) == ["Front Desk Clerk", "Night Auditor"]


def test_a_name_and_who_they_are_is_no_field_heading_whatever_its_words(tmp_path: Path) -> None:
    """"Omar, the research nurse" holds "research" (a field word) but names a person: in page text it does not
    become a field of the person before it."""
    found = parse(tmp_path, "team.txt", """
        Clinic personas

        Lena, the ward manager

        Lena runs a ward of thirty beds. She struggles to fill night shifts at short notice.

        Omar, the research nurse

        Omar works on two drug trials. He cannot see trial visits in the ward calendar.
        """)
    assert sorted(found) == ["Lena, the ward manager", "Omar, the research nurse"]
