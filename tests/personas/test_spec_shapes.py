"""Issue 14 item 1, audited shape by shape on small synthetic documents (written for these tests; no text
from the evaluation documents): every structure, label and sentence form the issue lists."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from callinsight.personas.parse import parse_document

from .conftest import parse_text as parse


def has(concerns: list[str], fragment: str) -> bool:
    return any(fragment.lower() in c.lower() for c in concerns)


def test_a_file_with_only_plain_field_lines_is_one_persona_named_by_the_file(tmp_path: Path) -> None:
    found = parse(tmp_path, "accounts-payable-ann.md", """
        Frustrations
        - Invoices arrive as scanned images
        - Approvals sit in one manager's inbox

        Goals
        - Close the books in three days
        """)
    assert found == {"Accounts Payable Ann": ["Invoices arrive as scanned images", "Approvals sit in one manager's inbox"]}


def test_a_long_plain_label_is_a_field(tmp_path: Path) -> None:
    found = parse(tmp_path, "night.md", """
        ## Rae
        Goals: keep the shop open.
        What keeps them up at night: the card reader drops payments.
        ## Sol
        Goals: keep the shop open.
        What keeps them up at night: suppliers deliver late.
        """)
    assert found == {"Rae": ["the card reader drops payments."], "Sol": ["suppliers deliver late."]}


@pytest.mark.parametrize("label", ["My biggest concern", "Barrier", "Worry", "Top frustration", "Need"])
def test_singular_labels_name_the_same_field(tmp_path: Path, label: str) -> None:
    found = parse(tmp_path, "singular.md", f"""
        ## Rae
        * **Goals:** keep the shop open
        * **{label}:** the card reader drops payments
        ## Sol
        * **Goals:** keep the shop open
        * **{label}:** suppliers deliver late
        """)
    assert found == {"Rae": ["the card reader drops payments"], "Sol": ["suppliers deliver late"]}


def test_yaml_keys_in_any_case_and_wrapped_values(tmp_path: Path) -> None:
    found = parse(tmp_path, "ward.yaml", """
        - Name: Nurse Nia
          Pain Points:
            - Charting twice
            - text: Pagers drop messages
          NEEDS: One screen for the ward
        - PERSONA: Doctor Dee
          concerns: "The new system slows rounds"
          goals: [faster rounds]
        """)
    assert found == {
        "Nurse Nia": ["Charting twice", "Pagers drop messages", "One screen for the ward"],
        "Doctor Dee": ["The new system slows rounds"],
    }


def test_json_nested_groups_and_a_mapping_of_names(tmp_path: Path) -> None:
    nested = parse(tmp_path, "nested.json", """
        {"Personas": [{"persona_name": "Buyer Bea", "profile": {"pain_points": ["Quotes take a week"], "needs": "Same-day quotes"}},
                      {"persona": "User Uri", "details": {"Frustrations": {"items": ["Logins expire hourly"]}}}]}
        """)
    assert nested == {"Buyer Bea": ["Quotes take a week", "Same-day quotes"], "User Uri": ["Logins expire hourly"]}
    by_name = parse(tmp_path, "by_name.json", '{"Dev": {"pain points": ["Slow builds"]}, "Ops": {"worries": "Pages at 3am"}}')
    assert by_name == {"Dev": ["Slow builds"], "Ops": ["Pages at 3am"]}


def test_raw_html_blocks_inside_markdown(tmp_path: Path) -> None:
    found = parse(tmp_path, "html.md", """
        ## <span id="kai"></span>Kai 🛠️
        <p><strong>Pain points:</strong> Builds break on Fridays.</p>

        **Needs:**<br>
        - A staging server

        ## Lu
        <details><summary>Frustrations</summary>

        - Tickets bounce between teams

        </details>
        """)
    assert found == {"Kai": ["Builds break on Fridays.", "A staging server"], "Lu": ["Tickets bounce between teams"]}


def test_problem_and_need_sentences_in_varied_forms(tmp_path: Path) -> None:
    found = parse(tmp_path, "dana.md", """
        ## Dana
        Dana manages twelve vans for a florist. Dana is slowed down by paper delivery notes.
        She gets stuck when a driver is off. Her biggest headaches are late invoices, missed deliveries
        and angry customers. She spends hours each week matching receipts. Dana is tired of re-entering
        orders in two systems. Being able to see every van on one map is essential for her. Dana hates
        the monthly report. Her team keeps missing the morning cut-off. Forms ask for the same details,
        and she dislikes that. The van schedule is updated by hand each night.
        """)
    (dana,) = found.values()
    for fragment in ("slowed down", "gets stuck", "headaches", "spends hours", "tired of", "essential", "hates",
                     "keeps missing", "dislikes"):
        assert has(dana, fragment), fragment
    assert not has(dana, "manages twelve vans") and not has(dana, "updated by hand")  # plain facts are not concerns


def test_a_bold_label_alone_heads_the_list_but_a_sentence_opening_with_a_field_word_does_not(tmp_path: Path) -> None:
    found = parse(tmp_path, "marco.md", """
        ## Marco
        **Pain points**
        - Quotes take days
        - Prices differ by region

        **Goals**
        - Win more bids
        ## Nadia
        __Challenges__

        1. Onboarding takes a month
        """)
    assert found == {"Marco": ["Quotes take days", "Prices differ by region"], "Nadia": ["Onboarding takes a month"]}


def test_korean_labels_in_yaml_and_korean_narratives(tmp_path: Path) -> None:
    labels = parse(tmp_path, "ko.yaml", """
        - 이름: 김대리
          고충: [결재가 느리다, 보고서가 많다]
          목표: 칼퇴
        - 이름: 이과장
          걱정: 예산이 삭감된다
          구매 장벽: 보안 심사가 길다
        """)
    assert labels == {"김대리": ["결재가 느리다", "보고서가 많다"], "이과장": ["예산이 삭감된다", "보안 심사가 길다"]}
    story = parse(tmp_path, "ko.md", """
        ## 박지훈
        박지훈은 작은 온라인 쇼핑몰을 운영한다. 그는 재고 관리가 어렵다고 느낀다. 주문이 몰리면 배송 누락이 자주 생긴다.
        한 화면에서 모든 주문을 보는 기능이 필요하다.
        ## 최수진
        최수진은 회계 담당자다. 그녀는 월말 마감 때마다 야근이 잦아 힘들다. 세금 계산서를 손으로 입력해야 한다.
        그녀는 자동화된 보고서를 원한다.
        """)
    assert set(story) == {"박지훈", "최수진"}
    assert has(story["박지훈"], "재고 관리가 어렵") and has(story["박지훈"], "배송 누락") and has(story["박지훈"], "필요")
    assert has(story["최수진"], "힘들") and has(story["최수진"], "원한다")
    assert not has(story["최수진"], "회계 담당자다")


def test_role_acronyms_and_role_titles_as_narrative_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "buyers.md", """
        # Buyers
        ## CTO
        The CTO signs off on every tool the engineering team buys. She worries that each new vendor adds
        another security review, and she struggles to compare prices across the many offers on her desk.
        ## Platform Engineer
        A platform engineer keeps the clusters running for forty teams. Upgrades are painful because every
        team pins a different version, and they need a way to roll changes out gradually.
        ## RBAC
        RBAC decides who can see which dashboards. It is configured per team, and it has its own audit log
        that they can export each month for the security review of the whole company.
        """)
    assert set(found) == {"CTO", "Platform Engineer"}  # an acronym that is a topic is not a persona
    assert has(found["CTO"], "worries that") and has(found["Platform Engineer"], "painful")


def test_one_narrative_persona_per_file_named_in_front_matter_with_shortcodes(tmp_path: Path) -> None:
    found = parse(tmp_path, "wanda.md", """
        ---
        name: Warehouse Wanda
        role: picker
        ---
        {{< persona-card img="wanda.png" >}}
        Wanda picks orders on the night shift. She has trouble reading the handheld scanner in the cold aisle,
        and she worries that the new routing will add walking. Wanda wants shorter pick lists.
        {{< /persona-card >}}
        """)
    assert list(found) == ["Warehouse Wanda"]
    assert len(found["Warehouse Wanda"]) == 2 and has(found["Warehouse Wanda"], "trouble reading")


def test_non_persona_sections_and_placeholders_are_skipped_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(textwrap.dedent("""
        # Personas
        ## Table of contents
        - [Dev](#dev)
        ## Writing for all personas
        Keep sentences short. Readers struggle with jargon; they need plain words.
        ## Dev
        ### Pain points
        - Flaky tests
        ## FAQ
        ### Why do personas matter?
        They help us decide. Teams struggle without them.
        ## Enablement
        ### Pain points
        - Sales reps need training decks
        ## Videos
        Watch the recording of the persona workshop.
        ## Analysis
        Devs and ops share frustrations with tooling. They need better tools.
        ## Persona 3
        TBD
        ## [Persona name]
        ### Pain points
        - [pain point]
        """).lstrip(), encoding="utf-8")
    parsed = parse_document(path)
    assert [p.name for p in parsed.personas] == ["Dev"]
    assert {s.title: s.reason for s in parsed.skipped} == {
        "Table of contents": "table of contents", "Writing for all personas": "writing guidance", "FAQ": "FAQ",
        "Enablement": "enablement", "Videos": "videos", "Analysis": "analysis",
        "Persona 3": "placeholder: no content", "[Persona name]": "placeholder: no content",
    }


def test_persona_tables_named_by_a_segment_column_or_across_a_dimension_row(tmp_path: Path) -> None:
    rows = parse(tmp_path, "segments.md", """
        | Segment | Goals | Biggest worries |
        |---|---|---|
        | Freelancers | steady income | Clients pay late |
        | Agencies | grow | Staff turnover |
        """)
    assert rows == {"Freelancers": ["Clients pay late"], "Agencies": ["Staff turnover"]}
    columns = parse(tmp_path, "dimensions.md", """
        | Dimension | Solo Sam | Team Tia |
        |---|---|---|
        | Age | 30 | 45 |
        | Pain points | No time for admin | Too many tools |
        | Needs | One app | Shared inbox |
        """)
    assert columns == {"Solo Sam": ["No time for admin", "One app"], "Team Tia": ["Too many tools", "Shared inbox"]}
    key_value = parse(tmp_path, "gus.md", """
        ## Gus
        | Attribute | Value |
        |---|---|
        | Goals | Grow the shop |
        | Pain points | Stock runs out without warning |
        """)
    assert key_value == {"Gus": ["Stock runs out without warning"]}  # "Value" is a column header, not a persona


def test_yaml_personas_keyed_by_name_and_json_field_sections(tmp_path: Path) -> None:
    keyed = parse(tmp_path, "keyed.yaml", """
        personas:
          Dev:
            pain points: [Slow builds]
          Ops:
            worries: Pages at 3am
        """)
    assert keyed == {"Dev": ["Slow builds"], "Ops": ["Pages at 3am"]}
    sections = parse(tmp_path, "cms.json", """
        [{"title": "Clinic Cleo", "sections": [{"heading": "Pain points", "items": ["No-shows", "Double bookings"]},
                                               {"heading": "Goals", "items": ["Full diary"]}]},
         {"title": "Patient Pam", "sections": [{"label": "Frustrations", "content": "Hold music for twenty minutes"}]}]
        """)
    assert sections == {"Clinic Cleo": ["No-shows", "Double bookings"], "Patient Pam": ["Hold music for twenty minutes"]}


def test_needs_and_problems_stated_indirectly(tmp_path: Path) -> None:
    found = parse(tmp_path, "omar.md", """
        ## Omar
        Omar leads a support team of nine at a travel agency. It would help him if refunds were tracked in one place.
        He has no way to see which agent owns a ticket. What he really wants is a daily summary. Omar is looking for a
        tool that his team will actually open. The booking system is missing a search by passport number. He'd benefit
        from shorter handovers. There is no easy way to merge duplicate customers. Omar lives in Leeds and likes cycling.
        """)
    omar = found["Omar"]
    for fragment in ("would help", "no way to see", "really wants", "looking for", "missing a search", "benefit", "no easy way"):
        assert has(omar, fragment), fragment
    assert not has(omar, "Leeds") and not has(omar, "leads a support team")


def test_research_notes_templates_and_job_titles_that_share_a_section_word(tmp_path: Path) -> None:
    path = tmp_path / "profiles.md"
    path.write_text(textwrap.dedent("""
        # Learner profiles
        ## Anya
        Anya is a lecturer who teaches statistics. She struggles with installing packages on lab machines and she
        needs a way to share notebooks with forty students at once without emailing files back and forth.
        ## Training Manager Tia
        **Pain points:** Course bookings live in email.
        ## Key takeaways
        Anya and Ben both struggle with installation. They need a simpler setup, and she says so often.
        ## How we built these personas
        Ben and Anya were drawn from the interviews. They struggle with setup, as she told us twice.
        ## Tips for using personas
        Refer to Anya by name. She needs to be in every design review, because the team struggles without her.
        ## Your persona here
        ### Pain points
        - Describe a pain point
        ## Persona name
        **Goals:** ...
        **Pain points:** ...
        """).lstrip(), encoding="utf-8")
    parsed = parse_document(path)
    assert [p.name for p in parsed.personas] == ["Anya", "Training Manager Tia"]
    assert {s.title: s.reason for s in parsed.skipped} == {
        "Key takeaways": "about the research, not a persona", "How we built these personas": "about the research, not a persona",
        "Tips for using personas": "writing guidance", "Your persona here": "placeholder: no content",
        "Persona name": "placeholder: no content",
    }


def test_one_persona_per_file_without_headings_in_rst_and_html(tmp_path: Path) -> None:
    rst = parse(tmp_path, "auditor-ada.rst", """
        **Goals:** pass the audit

        **Pain points**

        - Evidence lives in five tools
        """)
    assert rst == {"Auditor Ada": ["Evidence lives in five tools"]}
    html = parse(tmp_path, "clerk-cal.html", "<p><strong>Frustrations</strong></p><ul><li>Forms time out</li></ul>"
                                             "<p><b>Needs:</b> save drafts</p>")
    assert html == {"Clerk Cal": ["Forms time out", "save drafts"]}


def test_first_person_profile_with_plain_label_lines(tmp_path: Path) -> None:
    found = parse(tmp_path, "gina.md", """
        ## Gina the Growth Marketer

        ### At a Glance

        Age: 31
        Location: Lisbon

        ### Job Summary

        I run paid campaigns for a language-learning app. Every Monday I pull numbers from four ad platforms and I
        struggle to make them agree.

        ### Frustrations

        - I'm frustrated when attribution changes after I have reported the numbers.
        - When dashboards disagree, I lose the trust of my boss.
        """)
    (gina,) = found.values()
    assert has(gina, "struggle to make them agree") and has(gina, "attribution changes") and has(gina, "dashboards disagree")
    assert not has(gina, "Lisbon") and not has(gina, "Age")


def test_problems_in_task_lists_and_quotes_of_a_profile_without_problem_fields(tmp_path: Path) -> None:
    rst = parse(tmp_path, "ruth.rst", """
        =========================
        Ruth - release manager
        =========================

        Ruth plans the monthly releases for a mobile banking app.

        Key tasks
        ~~~~~~~~~

        * Collects sign-offs from six teams
        * Waits for the security scan before every release, often for two days

        Your toolbox
        ~~~~~~~~~~~~

        Ruth keeps the release calendar in a spreadsheet. She has to chase teams in chat because the tracker does
        not show who is blocking a release.
        """)
    (ruth,) = rst.values()
    assert has(ruth, "Waits for the security scan") and has(ruth, "has to chase") and not has(ruth, "sign-offs")
    quotes = parse(tmp_path, "quotes.yaml", """
        - title: commuter
          desc: "I work on the train and the connection drops every ten minutes, so my documents never sync."
          age: 35
          internet: 2
        - title: night owl
          desc: "I mostly work late at home. I can't reach the help desk after six."
        """)
    assert quotes == {"commuter": ["I work on the train and the connection drops every ten minutes, so my documents never sync."],
                      "night owl": ["I can't reach the help desk after six."]}


def test_a_report_about_a_persona_is_not_a_persona(tmp_path: Path) -> None:
    path = tmp_path / "proposal.md"
    path.write_text(textwrap.dedent("""
        # Persona update proposal: Support Ops Olivia

        Evidence: 6 mapped calls. Nothing here changes the document.

        ## Retire: documented concerns no call voiced

        - Weekly reporting means hours of exporting (pain point): 0 of 6 calls
        """).lstrip(), encoding="utf-8")
    from callinsight.errors import InputError

    with pytest.raises(InputError, match="no persona found"):
        parse_document(path)


def test_bold_name_paragraphs_with_a_list_each_and_plain_role_bullets(tmp_path: Path) -> None:
    found = parse(tmp_path, "sell.md", """
        # Who we sell to

        We sell to two kinds of people.

        **Maker**: the person who builds with the product every day.

        - Spends the day in the editor and is frustrated by context switches between five tools.
        - **Example roles:** app developer, data engineer

        **Buyer**: the people who approve the budget.

        - Head of Support: runs a team of twenty agents and worries that ticket backlogs grow every Monday.
        - Finance Director: signs the contract and struggles to predict the yearly cost of seats.

        **Note**: prices change in May.

        ## FAQ

        ### Is a buyer also a maker?
        Sometimes. A small team's lead struggles with both jobs.
        """)
    assert list(found) == ["Maker", "Head of Support", "Finance Director"]  # "Buyer" is the group of the two below it
    assert has(found["Maker"], "context switches") and has(found["Finance Director"], "predict the yearly cost")


CONCERN_LABELS = ["Challenges", "Frustrations", "Pain points", "Fears", "Worries", "What keeps them up at night",
                  "Objections", "Concerns", "Barriers", "Needs", "고충", "불만", "어려움", "문제", "걱정", "우려", "니즈", "구매 장벽"]
SHAPES = {
    "heading": "### {label}\n- {item}\n",
    "bold upper-case line": "**{upper}:** {item}.\n",
    "bold list item with a sub-list": "- **{lower}**\n  - {item}\n",
    "plain label line": "{label}: {item}.\n",
    "emoji and question mark": "**😟 {label}?**\n\n- {item}\n",
    "bold label in a list item, singular, with 'My'": "* **My {singular}:** {item}\n",
    "table cell": "| Field | Detail |\n|---|---|\n| Goals | stay calm |\n| {label} | {item} |\n",
}


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("label", CONCERN_LABELS)
def test_every_concern_label_in_every_label_shape(tmp_path: Path, label: str, shape: str) -> None:
    singular = label if not label.isascii() else ("Worry" if label == "Worries" else label.rstrip("s"))
    if shape.startswith("bold label in a list item") and label == "What keeps them up at night":
        singular = label
    item = "Item alpha breaks often"
    field = SHAPES[shape].format(label=label, upper=label.upper(), lower=label.lower(), singular=singular, item=item)
    text = f"## Rae\n\n**Goals:** Keep things simple.\n\n{field}\n## Sol\n\n**Goals:** Keep things simple.\n\n{field}"
    path = tmp_path / "labels.md"
    path.write_text(text, encoding="utf-8")
    found = {p.name: [c.text.rstrip(".") for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"Rae": [item], "Sol": [item]}


@pytest.mark.parametrize("label", ["Goals", "Objectives", "Motivations", "Jobs to be done", "Quotes", "목표", "동기"])
def test_non_concern_fields_make_a_persona_without_concerns(tmp_path: Path, label: str) -> None:
    found = parse(tmp_path, "other.md", f"""
        ## Rae
        - **{label}:** grow the shop by a third
        ## Sol
        - **{label}:** "hire two more bakers"
        """)
    assert found == {"Rae": [], "Sol": []}


def _found(tmp_path: Path, name: str, text: str) -> dict[str, list[str]]:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_a_table_whose_headers_are_fields_reads_each_column_as_its_field(tmp_path: Path) -> None:
    found = _found(tmp_path, "cards.md", """\
        ## Ada Kowalski

        | Goals | Frustrations |
        |---|---|
        | Close the books in three days | Bank feeds break every month end |
        | Automate approvals | Approvals sit in email for days |

        ## Ben Ortiz

        | Goals | Frustrations |
        |---|---|
        | Hire two analysts | The export has no cost centres |
        """)
    assert found == {"Ada Kowalski": ["Bank feeds break every month end", "Approvals sit in email for days"],
                     "Ben Ortiz": ["The export has no cost centres"]}


def test_a_definition_that_is_a_list_keeps_its_items_apart(tmp_path: Path) -> None:
    found = _found(tmp_path, "cards.html", """\
        <h2>Petra, plant manager</h2>
        <dl><dt>Pain points</dt><dd><ul><li>Stoppages are logged on whiteboards</li>
        <li>Shift handovers lose information</li></ul></dd></dl>
        """)
    assert found == {"Petra, plant manager": ["Stoppages are logged on whiteboards", "Shift handovers lose information"]}


def test_a_person_whose_role_holds_a_field_word_is_still_a_person(tmp_path: Path) -> None:
    found = _found(tmp_path, "cards.md", """\
        # Our personas

        Grace, the volunteer coordinator
        : Grace schedules 80 volunteers a week. She struggles because half of them never confirm their shifts.

        Hamid, the food bank driver
        : Hamid collects donations in his own van. He is frustrated that pickup addresses are often wrong.
        """)
    assert list(found) == ["Grace, the volunteer coordinator", "Hamid, the food bank driver"]


def test_bold_names_with_their_field_items_under_a_personas_heading_are_one_persona_each(tmp_path: Path) -> None:
    # quoted cards (a callout each): the heading over them holds field items, yet it is no persona itself
    found = _found(tmp_path, "cards.md", """\
        # Personas

        > **Noor, the night-shift nurse**
        > Noor works 12-hour shifts on a cardiac ward.
        > - Pain point: handover notes are scattered across three systems

        > **Felix, the ward clerk**
        > - Pain point: bed requests arrive by phone and get lost
        """)
    assert found == {"Noor, the night-shift nurse": ["handover notes are scattered across three systems"],
                     "Felix, the ward clerk": ["bed requests arrive by phone and get lost"]}


@pytest.mark.parametrize("title", ["Value proposition canvas: Independent gym owner", "Customer profile: Independent gym owner",
                                   "Empathy map – Independent gym owner", "User profile – Independent gym owner"])
def test_a_sheets_kind_before_whose_sheet_it_is_is_not_part_of_the_name(tmp_path: Path, title: str) -> None:
    found = _found(tmp_path, "canvas.md", f"""\
        # {title}

        ## Customer jobs
        - Fill classes at off-peak times

        ## Pains
        - Members cancel without notice
        """)
    assert found == {"Independent gym owner": ["Members cancel without notice"]}


def test_a_mapping_of_identifiers_to_records_that_name_themselves_uses_their_names(tmp_path: Path) -> None:
    found = _found(tmp_path, "personas.json", """\
        {"clinic_manager": {"title": "Clinic manager", "pain_points": ["Rota changes are sent by text"]},
         "Dev": {"role": "Developer", "pain_points": ["Flaky builds on Fridays"]}}
        """)
    assert found == {"Clinic manager": ["Rota changes are sent by text"], "Dev": ["Flaky builds on Fridays"]}


def test_word_cards_titled_by_bold_names_without_heading_styles(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Customer personas").bold = True
    for name, pains in (("Marisol Vega", ["Claims bounce back weeks later", "Front desk staff leave every few months"]),
                        ("Tobias Lind", ["Reminders go to old phone numbers"])):
        document.add_paragraph().add_run(name).bold = True
        document.add_paragraph("Runs a dental practice.")
        document.add_paragraph().add_run("Pain points:").bold = True
        for pain in pains:
            document.add_paragraph(pain, style="List Bullet")
    path = tmp_path / "personas.docx"
    document.save(str(path))
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}
    assert found == {"Marisol Vega": ["Claims bounce back weeks later", "Front desk staff leave every few months"],
                     "Tobias Lind": ["Reminders go to old phone numbers"]}


def test_a_fields_items_on_one_line_marked_apart_are_items(tmp_path: Path) -> None:
    found = _found(tmp_path, "studio.md", """\
        ## Sofia, the studio owner

        **Pain points:** slow booking app • high card fees • no way to message all clients at once
        """)
    assert found == {"Sofia, the studio owner": ["slow booking app", "high card fees", "no way to message all clients at once"]}


def test_a_sentence_that_says_what_a_concern_field_holds_gives_its_numbered_items(tmp_path: Path) -> None:
    found = _found(tmp_path, "pete.md", """\
        ## Pragmatic Pete (IT manager)

        Pete runs IT for a firm of 200. His top challenges are (1) password resets that fill his team's day, (2) laptops
        that arrive without images and (3) a budget cut every spring.

        > “I waste an hour every morning chasing approvals.”
        """)
    assert found == {"Pragmatic Pete (IT manager)": ["“I waste an hour every morning chasing approvals.”",
                                                     "password resets that fill his team's day", "laptops that arrive without images",
                                                     "a budget cut every spring."]}


def test_a_table_of_one_fact_per_row_gives_one_persona_per_name(tmp_path: Path) -> None:
    found = _found(tmp_path, "facts.csv", """\
        Persona,Attribute,Value
        Ingrid,Role,Hospital pharmacist
        Ingrid,Pain point,Doses are written in three different units
        Ingrid,Pain point,The ward printer is always out of labels
        Rafael,Pain point,He cannot see when a drug will arrive
        """)
    assert found == {"Ingrid": ["Doses are written in three different units", "The ward printer is always out of labels"],
                     "Rafael": ["He cannot see when a drug will arrive"]}


def test_an_html_list_in_a_markdown_table_cell_keeps_its_items_apart(tmp_path: Path) -> None:
    found = _found(tmp_path, "table.md", """\
        | Persona | Pain points |
        |---|---|
        | Ingrid (pharmacist) | <ul><li>Doses come in three units</li><li>Printer out of labels</li></ul> |
        | Rafael (nurse) | <ul><li>Cannot see when a drug will arrive</li></ul> |
        """)
    assert found == {"Ingrid (pharmacist)": ["Doses come in three units", "Printer out of labels"],
                     "Rafael (nurse)": ["Cannot see when a drug will arrive"]}


def test_personas_kept_as_records_in_a_pages_front_matter(tmp_path: Path) -> None:
    found = _found(tmp_path, "pharmacy.md", """\
        ---
        title: Pharmacy personas
        personas:
          - name: Ingrid
            pain_points: [Doses are written in three different units]
          - name: Rafael
            pain_points: [He cannot see when a drug will arrive]
        ---

        These personas come from twelve interviews.
        """)
    assert found == {"Ingrid": ["Doses are written in three different units"], "Rafael": ["He cannot see when a drug will arrive"]}


def test_bold_groups_as_the_subjects_of_their_paragraphs_are_one_persona_each(tmp_path: Path) -> None:
    found = _found(tmp_path, "who.md", """\
        # Who uses Ledgerly

        **Sole traders** keep their own books in the evenings. They struggle to know what they can claim.

        **Bookkeepers** look after 20 to 40 clients each. Their biggest pain is chasing clients for receipts.

        **Ledgerly** is a bookkeeping app. It runs in the browser.
        """)
    assert found == {"Sole traders": ["They struggle to know what they can claim."],
                     "Bookkeepers": ["Their biggest pain is chasing clients for receipts."]}


def test_numbered_names_over_their_stories_in_page_text(tmp_path: Path) -> None:
    found = _found(tmp_path, "floor.txt", """\
        1. Sam, 34, warehouse picker
        Sam walks 20 km a shift. He hates that the scanner needs two hands.

        2. Dee, 58, shift supervisor
        Dee plans breaks for 40 pickers. She never knows who is on the floor.
        """)
    assert found == {"Sam": ["He hates that the scanner needs two hands."], "Dee": ["She never knows who is on the floor."]}


@pytest.mark.parametrize("who", ["her", "him", "you", "them"])
def test_what_keeps_someone_up_at_night_is_a_pain_point_field(tmp_path: Path, who: str) -> None:
    found = _found(tmp_path, "brenda.txt", f"""\
        Persona #1: Busy Brenda
        Who she is: an office manager at a dental group.
        What keeps {who} up at night: running out of gloves before the monthly order arrives.
        """)
    assert found == {"Busy Brenda": ["running out of gloves before the monthly order arrives."]}


def test_numbered_kinds_of_persona_over_profiles_are_named_by_whose_profile(tmp_path: Path) -> None:
    found = _found(tmp_path, "care.md", """\
        # Profiles

        #### 1.1 Memory-Impaired Persona: Mr. Ortega (Age 81)

        - **Background**: Retired baker; he is frustrated that phone calls are hard to follow.
        - **Interaction Style**: Repeats his questions, enjoys visits.

        #### 1.2 Caregiver Persona: Mrs. Ortega (Age 55)

        - **Background**: Works part time; the caring wears her down.
        - **Interaction Style**: Calm, practical.
        """)
    assert list(found) == ["Mr. Ortega (Age 81)", "Mrs. Ortega (Age 55)"]
    assert found["Mrs. Ortega (Age 55)"] == ["Works part time; the caring wears her down."]


def test_a_name_given_again_with_only_an_age_is_the_same_persona() -> None:
    from callinsight.personas.merging import merge_same_names
    from callinsight.personas.model import PersonaDoc

    def persona(name: str, pains: list[str]) -> PersonaDoc:
        doc = PersonaDoc(name=name, persona_id=name.lower().replace(" ", "-"), source="care.md")
        doc.sections["pain_points"] = pains
        return doc

    merged = merge_same_names([persona("Mr. Ortega (Person living with memory loss)", []),
                               persona("Student (graduate)", ["Fees"]), persona("Student (undergraduate)", ["Rent"]),
                               persona("Mr. Ortega (Age 81)", ["Calls are hard to follow"])])
    assert [(p.name, p.sections["pain_points"]) for p in merged] == [
        ("Mr. Ortega (Person living with memory loss)", ["Calls are hard to follow"]),
        ("Student (graduate)", ["Fees"]), ("Student (undergraduate)", ["Rent"])]


def test_a_kind_of_persona_heading_with_nothing_after_its_colon_keeps_its_words(tmp_path: Path) -> None:
    found = _found(tmp_path, "tourist.md", """\
        # Young Tourist Persona:

        Derek is 26 and visits the city for a weekend. He finds the old town confusing at night.
        """)
    assert list(found) != ["Unnamed persona"]


def test_a_heading_of_a_personas_name_and_a_field_is_that_field_of_that_persona(tmp_path: Path) -> None:
    found = _found(tmp_path, "cli.md", """\
        # User personas

        ## Persona 1: Solo Developer

        ### Pain points
        - Merge clashes wipe local edits

        ## Persona 2: Release Engineer

        ### Pain points
        - Pipelines hang on interactive prompts

        ## Persona-specific requirements

        ### Release Engineer Requirements
        - [ ] A non-interactive flag on every command
        - [ ] Exit codes documented for every failure
        - [x] Sign-in without a browser
        """)
    assert found == {"Solo Developer": ["Merge clashes wipe local edits"],
                     "Release Engineer": ["Pipelines hang on interactive prompts", "A non-interactive flag on every command",
                                          "Exit codes documented for every failure", "Sign-in without a browser"]}


def test_named_paragraphs_after_a_sentence_that_says_how_many_personas_follow(tmp_path: Path) -> None:
    found = _found(tmp_path, "gyms.txt", """\
        Gyms reopen

        The chain's members survey sorted what members want into three “member personas” for its clubs.

        The early riser: This group trains before work and is frustrated that showers are closed before 7am.

        The class hopper: These members book a different class each day and worry that popular classes fill up.

        Survey notes: the poll ran in May with 2,000 members across 40 clubs in four regions.
        """)
    assert list(found) == ["The early riser", "The class hopper"]


@pytest.mark.parametrize("heading", ["Who is this for?", "Who it is for"])
def test_who_a_product_is_for_lists_its_audiences_not_one_personas_background(tmp_path: Path, heading: str) -> None:
    found = _found(tmp_path, "home.md", f"""\
        # Tillstack

        ## What is Tillstack?

        A point-of-sale kit for small cafés.

        ## {heading}

        Tillstack is built with these people in mind:

        - **Café owners** who close the till by hand every night and lose an hour to it
        - **Baristas** who take orders on a shared tablet that freezes in the morning rush
        """)
    assert list(found) == ["Café owners", "Baristas"]


def test_a_later_list_whose_lead_in_speaks_of_no_people_is_no_list_of_personas(tmp_path: Path) -> None:
    found = _found(tmp_path, "home.md", """\
        # Tillstack

        ## Who it is for

        Teams who run small cafés:

        - **Café owners** who close the till by hand every night and lose an hour to it
        - **Baristas** who take orders on a shared tablet that freezes in the morning rush

        Two editions are offered:

        - **[Desktop](DESKTOP.md)** — the main edition, with stock counts, rotas and the nightly till report
        - **[Mobile](MOBILE.md)** — a smaller edition for taking orders at the table, with offline sync
        """)
    assert list(found) == ["Café owners", "Baristas"]


def test_a_summary_tables_row_and_the_section_of_the_same_persona_are_one_persona() -> None:
    from callinsight.personas.merging import merge_same_names
    from callinsight.personas.model import PersonaDoc

    row = PersonaDoc(name="Back-office editor", persona_id="back-office-editor", source="p.md")
    row.extra_sections["Relationship to the licence"] = "Works in the back office; never handles keys"
    owner_row = PersonaDoc(name="Site owner (primary)", persona_id="site-owner-primary", source="p.md")
    owner_row.sections["needs"] = ["Must see what is covered"]
    section = PersonaDoc(name="Back-office editor", persona_id="back-office-editor", source="p.md")
    section.sections["needs"] = ["Must never see a whole key"]
    owner = PersonaDoc(name="Site owner (primary customer)", persona_id="site-owner-primary-customer", source="p.md")
    owner.sections["needs"] = ["Which licences run out soon"]
    merged = merge_same_names([row, owner_row, section, owner])
    assert [(p.name, p.sections["needs"]) for p in merged] == [
        ("Back-office editor", ["Must never see a whole key"]),
        ("Site owner (primary)", ["Must see what is covered", "Which licences run out soon"])]


def test_a_section_titled_persona_takes_the_name_of_its_name_item(tmp_path: Path) -> None:
    found = _found(tmp_path, "spec.rst", """\
        Parent evening helper
        =====================

        2. PERSONA
        ==========
        a. **Name**: Carla Nunes
        b. **Details**: A maths teacher who finds the unplanned chats with parents hard, since the folders are far away.
        c. **Goals**: To see a pupil's record within a minute.

        3. PROBLEM SCENARIO
        ===================
        Parents expect Carla to know the latest marks. Sadly, the folders are two floors down and she cannot remember
        every pupil's results.
        """)
    assert list(found) == ["Carla Nunes"]
