"""A Korean persona's id is its name romanized, readable and its own; a persona stored under the id an earlier version
gave it (a hash, or the Latin letters alone) keeps that id on the next import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from callinsight.personas.importer import import_into
from callinsight.personas.mapping import match_hint
from callinsight.personas.model import PersonaDoc, slugify
from callinsight.personas.personadoc import earlier_persona_id, persona_id_for
from callinsight.personas.store import insert_version, load_personas

TEAM = """
# 고객 페르소나

## 물류 담당자

### 고충
- 배송 조회 화면이 너무 느림

## IT 팀장 박서준

### 고충
- 보안 심사에 석 달이 걸림

## IT 팀장 최유나

### 고충
- 계정 권한을 하나씩 바꿔야 함
"""


def test_hangul_is_romanized_syllable_by_syllable() -> None:
    assert slugify("물류 담당자") == "mulryu-damdangja" and slugify("꽃집 사장") == "kkotjip-sajang"
    assert persona_id_for("IT 팀장 박서준") == "it-timjang-bakseojun"
    assert persona_id_for("Support Team Lead") == "support-team-lead"  # Latin names as before
    assert persona_id_for("山田 太郎").startswith("persona-")  # another script: a stable hash, as before


def test_korean_personas_get_distinct_readable_ids(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "team.md"
    page.write_text(TEAM, encoding="utf-8")
    import_into(con, [page])
    assert sorted(p.persona_id for p in load_personas(con)) == [
        "it-timjang-bakseojun", "it-timjang-choeyuna", "mulryu-damdangja"]  # both team leads were "it" before


def test_a_korean_hint_names_its_persona_not_the_first_korean_one(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "team.md"
    page.write_text(TEAM, encoding="utf-8")
    import_into(con, [page])
    personas = load_personas(con)
    hinted = match_hint("IT 팀장 최유나", personas)
    assert hinted is not None and hinted.name == "IT 팀장 최유나"
    assert match_hint("회계 담당자", personas) is None  # no such persona: no Hangul hint matches everything


def test_a_persona_stored_under_its_earlier_id_keeps_it(con: Any, tmp_path: Path) -> None:
    earlier = earlier_persona_id("물류 담당자")
    assert earlier.startswith("persona-")
    insert_version(con, PersonaDoc(name="물류 담당자", persona_id=earlier, source=str(tmp_path / "team.md")), 1)
    page = tmp_path / "team.md"
    page.write_text(TEAM, encoding="utf-8")
    result = import_into(con, [page])
    ids = {p.name: p.persona_id for p in load_personas(con)}
    assert ids["물류 담당자"] == earlier  # its versions, calls and drift stay one persona
    assert ids["IT 팀장 박서준"] == "it-timjang-bakseojun"
    assert not result.retired
    assert con.execute("SELECT max(version) FROM personas WHERE persona_id = ?", [earlier]).fetchone()[0] == 2


def test_a_hint_with_no_slug_letters_names_no_persona(con: Any, tmp_path: Path) -> None:
    page = tmp_path / "team.md"
    page.write_text("# 山田 太郎\n\n## Pain points\n- The invoice portal logs out every hour\n", encoding="utf-8")
    import_into(con, [page])
    personas = load_personas(con)
    assert [p.name for p in personas] == ["山田 太郎"]
    assert match_hint("鈴木 一郎", personas) is None
