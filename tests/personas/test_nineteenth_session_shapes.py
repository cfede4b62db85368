"""Shapes met while working on replica batch R13 (development data once scored) in the nineteenth session, each on a
small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from .conftest import parse_text

_CARD_PARTS_HTML = """\
    <html><body>
    <h2>The two personas</h2>
    <div class="persona-card">
      <div class="persona-header"><span class="persona-name">The Night-Shift Nurse</span>
        <div class="persona-role">Maren - ward nurse, regional hospital</div></div>
      <div class="persona-body">
        <div class="persona-section-title">Context</div>
        <p>Covers three wards between ten at night and six in the morning.</p>
        <div class="persona-section-title">Pains</div>
        <h4>Handovers</h4>
        <ul><li>Notes from the day shift arrive scattered over four systems.</li></ul>
        <h4>Rostering</h4>
        <ul><li>Swaps agreed by phone never reach the printed rota.</li></ul>
        <div class="persona-section-title">Mood quote</div>
        <p>"By the time I have found the notes, the patient has rung twice."</p>
      </div>
    </div>
    <div class="persona-card">
      <div class="persona-header"><span class="persona-name">The Ward Manager</span></div>
      <div class="persona-body">
        <div class="persona-section-title">Pains</div>
        <ul><li>Cannot see which shifts are still uncovered next week.</li></ul>
      </div>
    </div>
    </body></html>
    """


def test_html_card_parts_titled_by_class_are_the_cards_fields_not_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "personas.html", _CARD_PARTS_HTML)
    assert set(found) == {"The Night-Shift Nurse", "The Ward Manager"}  # "Context", "Pains", "Mood quote" are parts
    nurse = " ".join(found["The Night-Shift Nurse"])
    assert "scattered over four systems" in nurse and "never reach the printed rota" in nurse  # under <h4>s of Pains
    assert found["The Ward Manager"] == ["Cannot see which shifts are still uncovered next week."]


def test_a_bold_label_saying_what_someone_needs_from_the_product_is_a_needs_field(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "personas.md", """\
        # Personas

        ### P1. Olu — Parish treasurer
        - **Role.** Keeps the accounts of a village church on a spare laptop.
        - **Frustrations.**
          - Gift Aid claims have to be typed in twice.
        - **What he needs from Ledgerlight.**
          - One export that the diocese office accepts as it is.
          - A reminder before each quarterly claim falls due.
        """)
    (concerns,) = found.values()
    assert concerns[1:] == ["One export that the diocese office accepts as it is.",
                        "A reminder before each quarterly claim falls due."]


def test_a_core_problem_section_is_no_persona_and_an_empathy_map_joins_the_persona_it_names(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "empathize.md", """\
        # Ferry ticketing discovery

        ## 1. The Core Problem: The Paper Manifest

        **The Friction:** Deckhands count passengers twice, once on paper and once in the tablet.

        ## 2. Personas

        ### The Deck Officer (Primary User)

        * **Context:** Boards 300 passengers an hour in summer.
        * **Pain Point:** Re-counts the car deck whenever the tablet loses its signal.

        ## 3. Empathy Map: Deck Officer

        | Category | Observations |
        | --- | --- |
        | **FEELS** | Anxious that the manifest is wrong when the coastguard asks for it. |
        """)
    assert list(found) == ["The Deck Officer (Primary User)"]
    assert any("coastguard" in c for c in found["The Deck Officer (Primary User)"])


def test_a_page_persona_without_a_title_is_named_for_the_person_its_text_keeps_telling_of(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "wiki-personas.txt", """\
        | Aspect | Description |
        |---|---|
        | Background | Tamsin keeps the books for four cafés. She works from the back office, where Tamsin also trains new staff. |
        | Key goals | Tamsin wants the month closed by the third working day. |
        | Key issues | Tamsin waits a week for the card statements, and the tills export in two formats. |
        """)
    assert found == {"Tamsin": ["Tamsin waits a week for the card statements, and the tills export in two formats."]}


def test_most_told_person_needs_a_name_told_often_and_a_person_told_of() -> None:
    from callinsight.personas.names import most_told_person

    assert most_told_person("Omar opens the shop. He counts the till. Omar calls Lena. Omar locks up.") == "Omar"
    assert most_told_person("Omar opens the shop. It counts the till. Omar calls Lena. Omar locks up.") == ""  # no he/she
    assert most_told_person("Omar opens the shop. He calls Lena. Lena calls Omar.") == ""  # twice each, too few
    assert most_told_person("The shop opens. He counts. The till. The end. the shop.") == ""  # "The" is a common word


def test_key_issues_is_a_problem_field_but_a_bare_issues_heading_is_not() -> None:
    from callinsight.personas.model import field_of

    assert field_of("Key issues") == field_of("Main issues:") == "pain_points"
    assert field_of("Issues") is None  # an issue tracker's heading as often as a persona's


def test_an_insights_section_is_analysis_not_a_persona() -> None:
    from callinsight.personas.vocab import non_persona_reason

    assert non_persona_reason("Cross-Persona Insights") == non_persona_reason("Reddit 커뮤니티 인사이트") == "analysis"


def test_a_list_after_text_that_counts_groups_of_people_is_a_list_of_personas(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "cyclists.txt", """\
        Who rides to work in our town? A council survey points to 3 distinct groups of riders:
        - Weather-Proof Regulars: ride every day of the year and keep a spare set of lights in the desk drawer. Potholes on the ring road weigh heavily on their minds.
        - Fair-Weather Switchers: leave the car at home from May to September only. They mistrust the painted lanes on the high street.
        """)
    assert found == {"Weather-Proof Regulars": ["Potholes on the ring road weigh heavily on their minds."],
                     "Fair-Weather Switchers": ["They mistrust the painted lanes on the high street."]}


def test_a_sibling_card_with_the_same_sub_headings_but_no_problem_field_is_a_persona_too(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "roles.md", """\
        # Who reads our newsletter

        ## Shop Floor Supervisor
        I run the night shift at a bottling plant and look after twelve operators and four lines.
        #### My job title could be:
        - Shift Lead
        #### Topics that appeal to me:
        - Line maintenance
        #### Key Pain Points:
        - Spare parts arrive after the line has stopped

        ## Plant Controller
        I keep the plant's budget and report to the finance director every month on what each line costs.
        #### My job title could be:
        - Cost Accountant
        #### Topics that appeal to me:
        - Energy prices
        #### Key Pain Points:
        - Meter readings come in by hand and late

        ## Process Explorer
        I try new sensors on one line before the others get them, and I need a way to compare the results fairly.
        #### My job title could be:
        - Process Engineer
        #### Topics that appeal to me:
        - Vibration sensors
        """)
    assert list(found) == ["Shop Floor Supervisor", "Plant Controller", "Process Explorer"]


def test_short_numbered_lines_over_paragraphs_in_pasted_text_are_sub_headings(tmp_path: Path) -> None:
    from callinsight.personas.reading.plain import as_markdown

    text = as_markdown(
        "Three kinds of guests book our cabins.\n"
        "1. Trail runners\n"
        "They arrive late on Friday and worry that the key box code has changed since they booked.\n"
        "2. Remote workers\n"
        "They stay a fortnight and struggle with the signal whenever the valley fills with fog.\n")
    assert "## 1. Trail runners" in text and "## 2. Remote workers" in text


def test_numbered_lines_that_do_not_count_up_from_one_stay_list_items() -> None:
    from callinsight.personas.reading.plain import as_markdown

    text = as_markdown("Steps we took.\n2. Remote workers\nThey stay a fortnight and struggle with the signal in fog.\n"
                       "4. Trail runners\nThey arrive late on Friday and worry about the key box code.\n")
    assert "## " not in text


_INTERVIEWS = """\
    # Stakeholder interviews

    | Persona | Name | Role |
    |---------|------|------|
    | Operations | Ilka Brandt | Depot Manager |
    | Field | Joss Harlow | Delivery Driver |

    ## Ilka Brandt - Depot Manager

    **Role Context:** Runs the night depot with forty staff.

    ### Current Challenges

    **1. Too Many Screens**
    > "I copy every route from the planner into the yard sheet by hand."

    **2. Late Manifests**
    > "The manifests arrive after the first vans have left."

    ## Joss Harlow - Delivery Driver

    **Role Context:** Drives a rural route five days a week.

    ### Key Pain Points

    **1. No Signal**
    > "Half my stops have no signal, so the scanner cannot confirm a delivery."

    ### What Drivers Want

    | Need | Description |
    |------|-------------|
    | Offline scans | Deliveries confirmed once the van is back in range |
    """


def test_interviewees_in_a_summary_table_and_their_own_sections_are_one_persona_each(tmp_path: Path) -> None:
    found = parse_text(tmp_path, "interviews.md", _INTERVIEWS)
    assert len(found) == 2  # not the table's rows and the sections apart, nor "Current Challenges" or "What Drivers Want"
    ilka = next(concerns for name, concerns in found.items() if name.startswith("Ilka Brandt"))
    joss = next(concerns for name, concerns in found.items() if name.startswith("Joss Harlow"))
    assert "Too Many Screens" in ilka and any("after the first vans have left" in c for c in ilka)
    assert "No Signal" in joss and any("cannot confirm a delivery" in c for c in joss)


def test_labels_of_what_someone_wants_or_what_would_help_are_needs() -> None:
    from callinsight.personas.model import field_of

    assert field_of("What Residents Want", loose=False) == field_of("What would help") == "needs"
    assert field_of("What we want to learn", loose=False) is None  # the team's, not the persona's
    assert field_of("Current challenges", loose=False) == "challenges"
