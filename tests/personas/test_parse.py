"""Parsing persona documents in the shapes companies keep them."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.model import canonical_section, keyword_section
from callinsight.personas.parse import parse_file

from .conftest import DOCS, MALFORMED


def by_id(path: Path) -> dict[str, object]:
    return {d.persona_id: d for d in parse_file(path)}


@pytest.mark.parametrize(
    ("heading", "canonical"),
    [
        ("😣 Pain Points & Frustrations", "pain_points"),
        ("Their key challenges", "challenges"),
        ("Common objections:", "objections"),
        ("2. What keeps them up at night", "pain_points"),
        ("A Day in the Life", "day_in_life"),
        ("Where she gets information", None),  # a phrase: only the looser keyword match knows it
        ("Role in the buying process", "buying_role"),
        ("Fun facts", None),
        # Korean compounds are written with or without their space, and more words name a problem field
        ("불만사항", "pain_points"),
        ("주요 불편사항", "pain_points"),
        ("페인포인트", "pain_points"),
        ("애로사항", "pain_points"),
        ("고민거리", "pain_points"),
        ("기대사항", "needs"),
        ("장애물", "challenges"),
        ("구매 동기", "motivations"),
        ("성격", None),
        ("Jobs", "goals"),
        # a card names whose field it is
        ("USER GOALS", "goals"),
        ("Customer pain points", "pain_points"),
        ("고객 니즈", "needs"),
        ("User personas", None),
        ("Customer service", None),
    ],
)
def test_heading_synonyms(heading: str, canonical: str | None) -> None:
    assert canonical_section(heading) == canonical


def test_keyword_fallback_for_phrased_headings() -> None:
    assert keyword_section("What frustrates him") == "pain_points"
    assert keyword_section("Why he hesitates to buy") == "objections"
    assert keyword_section("Where she gets information") == "information_sources"


def test_markdown_with_front_matter_and_bullets() -> None:
    (doc,) = parse_file(DOCS / "olivia.md")
    assert doc.persona_id == "support-ops-olivia" and doc.name == "Support Ops Olivia"
    assert not doc.is_negative
    assert doc.sections["pain_points"][0] == "The ticket backlog keeps growing faster than the team can hire"
    assert len(doc.sections["objections"]) == 2
    assert "day_in_life" in doc.sections and "information_sources" in doc.sections
    assert doc.extra_sections == {"Fun facts": "Has run support teams at three startups."}  # kept, not lost
    assert doc.attributes["role"] == "Head of Support Operations"
    assert [c.kind for c in doc.concerns] == ["pain_point"] * 3 + ["objection"] * 2


def test_prose_wiki_page_with_phrased_setext_headings() -> None:
    (doc,) = parse_file(DOCS / "wiki_dan.md")
    assert doc.name == "Decision-maker Dan"
    # prose is split into sentences, one concern each
    assert doc.sections["pain_points"] == [
        "Customer satisfaction scores have been dropping for three quarters and nobody can tell him why.",
        "He has no visibility into how each team performs.",
        "Board meetings keep asking for numbers he cannot produce.",
    ]
    assert len(doc.sections["objections"]) == 3
    assert "day_in_life" in doc.sections


def test_handbook_page_with_two_personas_bold_labels_and_a_negative_one() -> None:
    docs = by_id(DOCS / "handbook.md")
    assert set(docs) == {"it-ian", "bargain-hunter"}  # "How to use this page" is not a persona
    ian, hunter = docs["it-ian"], docs["bargain-hunter"]
    assert not ian.is_negative and hunter.is_negative  # type: ignore[attr-defined]
    assert len(ian.sections["challenges"]) == 3  # type: ignore[attr-defined]
    assert ian.sections["objections"] == [  # type: ignore[attr-defined]
        "We need an on-premise deployment option.",
        "Your API rate limits are too low for our integrations.",
    ]
    assert ian.sections["buying_role"] == ["Technical gatekeeper; can veto, rarely signs."]  # type: ignore[attr-defined]


def test_plain_yaml_with_a_negative_flag() -> None:
    docs = by_id(DOCS / "finance.yaml")
    assert set(docs) == {"finance-fiona", "student-sam"}
    fiona = docs["finance-fiona"]
    assert len(fiona.concerns) == 4  # type: ignore[attr-defined]
    assert fiona.sections["objections"][1] == "The price is higher than the competitor's quote."  # type: ignore[attr-defined]
    assert docs["student-sam"].is_negative  # type: ignore[attr-defined]


def test_negative_markers_in_text(tmp_path: Path) -> None:
    page = tmp_path / "anti.md"
    page.write_text("# Tire Kicker\n\nAnti-persona: never buys.\n\n## Objections\n- Just looking\n", encoding="utf-8")
    (doc,) = parse_file(page)
    assert doc.is_negative
    page.write_text("# Tire Kicker\n\n## Objections\n- Worries the tool is not a fit for small teams\n", encoding="utf-8")
    (doc,) = parse_file(page)
    assert not doc.is_negative  # the marker inside an objection says nothing about the persona


def test_content_hash_ignores_formatting(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("# Olga\n\n## Pain points\n- Slow exports\n", encoding="utf-8")
    b.write_text("# Olga\n\n\n## Pain points\n\n*   **Slow** exports\n", encoding="utf-8")
    assert parse_file(a)[0].content_hash == parse_file(b)[0].content_hash


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("broken_front_matter.md", "invalid YAML front matter at line 2"),
        ("empty.md", "empty file"),
        ("meeting_notes.md", "no persona found"),
        ("scalar.yaml", "expected a persona mapping or a list of personas"),
    ],
)
def test_malformed_files_name_the_reason(name: str, reason: str) -> None:
    with pytest.raises(InputError) as info:
        parse_file(MALFORMED / name)
    assert reason in info.value.reason
    assert info.value.path.endswith(name)


def test_unknown_bold_labels_end_the_label_before_them(tmp_path: Path) -> None:
    page = tmp_path / "handbook.md"
    page.write_text(
        "# Handbook\n\n## Founder Fran\n\n**Who:** a founder of a small company.\n\n**Concerns we hear:**\n"
        "- Per-agent pricing is expensive\n\n**How to win:** show the five-minute setup.\n\n"
        "## Bargain Hunter\n\n> **Negative persona — not a fit.** Hand these leads to self-serve.\n\n"
        "**Who:** someone who only wants the lowest price.\n\n**Signals:** asks for fifty percent off.\n",
        encoding="utf-8",
    )
    docs = {d.persona_id: d for d in parse_file(page)}
    fran, hunter = docs["founder-fran"], docs["bargain-hunter"]
    assert fran.sections["objections"] == ["Per-agent pricing is expensive"]  # "How to win" is not an objection
    assert fran.extra_sections["How to win"] == "show the five-minute setup."
    assert hunter.is_negative and not fran.is_negative
    assert hunter.extra_sections["Signals"] == "asks for fifty percent off."
    assert "asks for fifty percent off." in hunter.profile_texts()
