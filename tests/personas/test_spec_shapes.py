"""Issue 14 item 1, audited shape by shape on small synthetic documents (written for these tests; no text
from the evaluation documents): every structure, label and sentence form the issue lists."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from callinsight.personas.parse import parse_document


def parse(tmp_path: Path, name: str, text: str) -> dict[str, list[str]]:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


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
