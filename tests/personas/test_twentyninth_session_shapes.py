"""Shapes met while working on replica batch R29 once it was scored (development data from then on) and on misses of
the earlier batches in the twenty-ninth session, each on a small synthetic document written for these tests (no
replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

_LANDING_PAGE_SPEC = """\
    ---
    page: "/for/bakers"
    title: "For Home Bakers"
    purpose: "Turn a first visit into a first order"
    audiences:
      - id: "weekend"
        label: "Weekend baker"
        arrives_from: ["recipe blogs"]
        frustrations:
          - "Flour prices change every week"
          - "Recipes never say how much a loaf costs"
        success: "Orders a starter kit"
      - id: "stall"
        label: "Market stall owner"
        frustrations:
          - "Runs out of bags before noon"
    flow:
      - step: "Hero"
        sees: "A loaf on a scale"
    ---

    Write this page for people who bake at home and sell a little on Saturdays.
    """


def test_readers_listed_in_a_pages_front_matter_are_its_personas(tmp_path: Path) -> None:
    # the page's own title and purpose are not a persona; each named reader with frustrations is one
    parsed = parse_document(write_doc(tmp_path, "for-bakers.md", _LANDING_PAGE_SPEC))
    by_name = {p.name: [c.text for c in p.concerns] for p in parsed.personas}
    assert set(by_name) == {"Weekend baker", "Market stall owner"}
    assert by_name["Weekend baker"] == ["Flour prices change every week", "Recipes never say how much a loaf costs"]
    assert by_name["Market stall owner"] == ["Runs out of bags before noon"]


def test_the_same_readers_in_a_yaml_file_with_a_title_are_its_personas(tmp_path: Path) -> None:
    spec = _LANDING_PAGE_SPEC.replace("audiences:", "target_users:").split("    ---\n")[1]
    parsed = parse_document(write_doc(tmp_path, "for-bakers.yaml", spec))
    assert {p.name for p in parsed.personas} == {"Weekend baker", "Market stall owner"}


def test_one_persona_with_its_stakeholders_listed_stays_one_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "ada.yaml", """\
        name: Ada
        pain_points:
          - "Invoices arrive in three formats"
        stakeholders:
          - name: "Finance lead"
            goals: ["Close the month in two days"]
        """))
    assert [p.name for p in parsed.personas] == ["Ada"]
    assert [c.text for c in parsed.personas[0].concerns] == ["Invoices arrive in three formats"]
