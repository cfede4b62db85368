"""Role values and speaker names mapped to roles."""

from __future__ import annotations

import pytest

from callinsight.importer.roles import normalize_role, speaker_roles


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("agent", "agent"), ("Rep", "agent"), ("SALES", "agent"), ("support", "agent"), ("sales_rep", "agent"),
        ("customer", "customer"), ("Client", "customer"), ("caller", "customer"), ("Prospect", "customer"),
        ("unknown", "unknown"), (None, "unknown"), ("robot", None), (3, None),
    ],
)  # fmt: skip
def test_normalize_role(value: object, role: str | None) -> None:
    assert normalize_role(value) == role


def test_role_words_in_names() -> None:
    roles, conf = speaker_roles([("Acme Support", "hello"), ("Caller", "hi"), ("Bob", "me too")])
    assert roles == {"Acme Support": "agent", "Caller": "customer", "Bob": "customer"}
    assert conf == 1.0


def test_company_name_in_a_speaker_name() -> None:
    roles, _ = speaker_roles([("Kim", "hi"), ("Lee (Acme)", "hello")], company_names=["Acme"])
    assert roles == {"Kim": "customer", "Lee (Acme)": "agent"}


def test_greeting_heuristic_only_in_the_first_turns() -> None:
    turns = [("A", "hi"), ("B", "hello"), ("A", "so"), ("B", "well"), ("A", "we left Acme last year")]
    roles, conf = speaker_roles(turns, company_names=["Acme"])
    assert roles == {"A": "unknown", "B": "unknown"}
    assert conf is None
    roles, conf = speaker_roles([("A", "hi"), ("B", "Welcome to ACME support line")], company_names=["Acme"])
    assert roles == {"A": "customer", "B": "agent"}
    assert conf == 0.6


def test_agent_option_wins() -> None:
    roles, conf = speaker_roles([("Support", "hi"), ("Jo", "hello")], agent_names=["jo"])
    assert roles == {"Support": "customer", "Jo": "agent"}
    assert conf == 1.0
