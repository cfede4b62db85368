"""Proposals in the report's language (their words are in the report's catalogue): every English key has a Korean
entry, and a Korean proposal reads in Korean."""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

from callinsight.personas.model import PersonaDoc
from callinsight.personas.store import StoredPersona
from callinsight.personas.suggest import ConcernSummary, Proposal, render_proposal, report_language
from callinsight.report.i18n import EN, KO, kind_name, tr, use_language


def test_every_english_key_has_a_korean_entry_with_the_same_placeholders() -> None:
    proposal = {k for k in EN if k.startswith("proposal.")}
    assert proposal and proposal <= set(KO)
    for key in proposal:
        assert set(re.findall(r"{(\w+)}", EN[key])) == set(re.findall(r"{(\w+)}", KO[key])), key


def test_a_korean_proposal_has_korean_headings_and_keeps_concerns_and_quotes_as_stored() -> None:
    doc = PersonaDoc(name="물류 담당자", persona_id="logistics", sections={"pain_points": ["배송 조회가 느림"]})
    stored = StoredPersona("logistics", 1, "물류 담당자", False, "logistics.md", doc, ())
    quote = {"quote": "배송 조회가 너무 느려요", "call_id": "c1", "start_s": 65.0, "period": date(2025, 3, 3)}
    heard = [ConcernSummary("배송 조회가 느림", True, "pain_point", 2, 4, 2, trend="growing", quotes=[quote])]
    added = [ConcernSummary("정산 오류", False, "pain_point", 2, 4, 2, trend="stable")]
    text = render_proposal(Proposal(stored, 4, [date(2025, 3, 3)], added, [], heard, [], language="ko"))
    assert text.startswith("# 페르소나 업데이트 제안: 물류 담당자")
    assert "## 추가:" in text and "## 강조:" in text and "## 삭제 검토:" in text
    assert "**정산 오류** (불만 사항): 통화 4건 중 2건에서 언급 (50%)" in text
    assert "- 배송 조회가 느림: 통화 4건 중 2건 (50%) — **증가**" in text
    assert '> "배송 조회가 너무 느려요" — 통화 `c1`, 1:05' in text
    assert "Persona update proposal" not in text and "voiced in" not in text


def test_the_proposal_language_follows_the_report_and_defaults_to_english() -> None:
    assert report_language(SimpleNamespace(report=SimpleNamespace(language="ko"))) == "ko"  # type: ignore[arg-type]
    assert report_language(SimpleNamespace()) == "en"  # type: ignore[arg-type]
    assert tr("fr", "proposal.title", name="X") == "# Persona update proposal: X"
    with use_language("ko"):
        assert kind_name("objection") == "구매 장벽"
    assert kind_name("something_else") == "something else"
