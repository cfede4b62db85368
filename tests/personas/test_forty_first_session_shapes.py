"""Shapes met while working on misses of replica batches R1-R58 (development data once scored) in the forty-first
session, each on a small synthetic sentence or document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document
from callinsight.personas.vocab import concern_kind

from .conftest import write_doc


def test_idioms_a_story_uses_for_a_trouble_are_troubles() -> None:
    for said in ("The tax forms baffle him every spring.", "Long menus trip her up at the kiosk.",
                 "She still isn't sure the cloud copy is safe.", "He can hardly read the small print.",
                 "Keeps being interrupted by calls while she cooks.", "No spare hours to compare suppliers.",
                 "Always behind on invoices by the month's end.", "He is not much good at spreadsheets yet.",
                 "Feels shut out when the team plans trips.", "Unwilling to pay a setup fee.",
                 "Too few buses reach the estate after dark.", "The rota keeps nagging at her.",
                 "Works under constant stress in peak season.", "Parking is a major issue for her customers.",
                 "A tenant bailed on him twice this year.", "Felt helpless when the boiler stopped.",
                 "Pension rules leave him completely at sea.", "The shop has no website yet.",
                 "The club has no online presence at all."):
        assert concern_kind(said) == "pain_point", said
    for said in ("He goes away at sea for months.", "Fewer interruptions and more focus time.",
                 "The council shut out the noise with new windows.", "She makes trips up north each summer.",
                 "The team has a database of every client.", "He is sure the plan works."):
        assert concern_kind(said) is None, said


def test_korean_idioms_of_struggling_are_troubles() -> None:
    for said in ("서류 준비에 애를 먹는다", "어디서부터 시작할지 갈피를 잡지 못했다", "마감이 겹쳐 미칠 지경",
                 "실수한 날이면 밤새 자책한다", "소음에 예민하다", "혼자 연습해도 실력이 늘지 않음"):
        assert concern_kind(said) == "pain_point", said
    for said in ("주말에는 산책을 즐긴다", "실력이 늘어서 뿌듯하다"):
        assert concern_kind(said) is None, said


def test_a_story_persona_keeps_the_troubles_told_in_idioms(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "bakery.md", """\
# Personas

## Odile Marchand

Odile runs a two-person bakery on a busy corner. She loves the early mornings.
The ordering portal of her flour supplier baffles her, so she still orders by phone.
She has no spare hours in the week to compare prices between mills.
"""))
    (persona,) = parsed.personas
    found = [c.text for c in persona.concerns]
    assert any("baffles her" in c for c in found), found
    assert any("no spare hours" in c for c in found), found
    assert not any("early mornings" in c for c in found), found
