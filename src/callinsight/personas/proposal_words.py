"""The words of a persona update proposal, per language: the report's language (``[report] language``, ``en`` or
``ko``), so a Korean persona owner reads the proposal in Korean as the weekly report that links to it.

Same keys in every language (``tests/personas/test_proposal_words.py``); values are ``str.format`` templates.
Concerns, quotes, names and the persona-set findings are shown as stored, never translated.
"""

from __future__ import annotations

EN: dict[str, str] = {
    "title": "# Persona update proposal: {name}",
    "about": "Persona `{persona_id}` version {version} from `{source}`{negative}.",
    "negative": " (a **negative** persona: customers the company does not want)",
    "evidence": "Evidence: {calls} mapped calls, {span}. Nothing here changes the document;"
                " `callinsight personas suggest --write` writes a new version beside it.",
    "span": "{first} to {last}",
    "no_span": "no calls yet",
    "add.heading": "## Add: concerns customers voice that the persona does not mention",
    "add.none": "None voiced in at least {min_calls} calls.",
    "add.item": "- **{concern}** ({kind}): voiced in {calls} of {total} calls ({share}), {quotes} quotes; trend {trend}",
    "retire.heading": "## Retire: documented concerns no call voiced",
    "retire.no_calls": "No calls mapped to this persona yet: no evidence either way.",
    "retire.too_few": "Too few calls ({calls}, fewer than {min_calls}) to tell whether a concern is no longer voiced.",
    "retire.none": "None: every documented concern was heard at least once.",
    "retire.item": "- {concern} ({kind}): 0 of {total} calls",
    "heard.heading": "## Emphasis: documented concerns as heard, most voiced first",
    "heard.none": "No documented concern was heard.",
    "heard.item": "- {concern}: {calls} of {total} calls ({share}){change}",
    "heard.growing": " — **growing**",
    "heard.fading": " — **fading**",
    "findings.heading": "## About the persona set",
    "written": "New version written to `{path}`.",
    "quote": '  > "{quote}" — call `{call_id}` at {clock} (week of {period})',
    "file.voiced": "<!-- callinsight: voiced in {calls} of {total} calls ({share}); see the proposal -->",
    "file.retired.heading": "## Retired concerns",
    "file.retired.item": "{concern} (not voiced in any of {total} calls).",
    "trend.growing": "growing",
    "trend.fading": "fading",
    "trend.stable": "stable",
    "trend.insufficient": "insufficient",
    "kind.pain_point": "pain point",
    "kind.objection": "objection",
    "kind.need": "need",
    "kind.churn_signal": "churn signal",
    "kind.feature_request": "feature request",
    "kind.competitor": "competitor",
}

KO: dict[str, str] = {
    "title": "# 페르소나 업데이트 제안: {name}",
    "about": "페르소나 `{persona_id}` 버전 {version}, 출처 `{source}`{negative}.",
    "negative": " (**부정적** 페르소나: 회사가 원하지 않는 고객)",
    "evidence": "근거: 매핑된 통화 {calls}건, {span}. 이 제안은 문서를 바꾸지 않습니다."
                " `callinsight personas suggest --write`를 실행하면 새 버전을 원본 옆에 씁니다.",
    "span": "{first}부터 {last}까지",
    "no_span": "아직 통화 없음",
    "add.heading": "## 추가: 고객은 말하지만 페르소나 문서에는 없는 우려 사항",
    "add.none": "통화 {min_calls}건 이상에서 언급된 것이 없습니다.",
    "add.item": "- **{concern}** ({kind}): 통화 {total}건 중 {calls}건에서 언급 ({share}), 인용 {quotes}개, 추세 {trend}",
    "retire.heading": "## 삭제 검토: 어느 통화에서도 언급되지 않은 문서상 우려 사항",
    "retire.no_calls": "이 페르소나에 매핑된 통화가 아직 없습니다. 어느 쪽으로도 근거가 없습니다.",
    "retire.too_few": "통화가 너무 적어({calls}건, {min_calls}건 미만) 더 이상 언급되지 않는지 판단할 수 없습니다.",
    "retire.none": "없음: 문서상 모든 우려 사항이 한 번 이상 언급되었습니다.",
    "retire.item": "- {concern} ({kind}): 통화 {total}건 중 0건",
    "heard.heading": "## 강조: 실제로 언급된 문서상 우려 사항 (많이 언급된 순)",
    "heard.none": "언급된 문서상 우려 사항이 없습니다.",
    "heard.item": "- {concern}: 통화 {total}건 중 {calls}건 ({share}){change}",
    "heard.growing": " — **증가**",
    "heard.fading": " — **감소**",
    "findings.heading": "## 페르소나 세트 점검",
    "written": "새 버전을 `{path}`에 썼습니다.",
    "quote": '  > "{quote}" — 통화 `{call_id}`, {clock} ({period} 주)',
    "file.voiced": "<!-- callinsight: 통화 {total}건 중 {calls}건에서 언급 ({share}); 제안서 참고 -->",
    "file.retired.heading": "## 삭제된 우려 사항",
    "file.retired.item": "{concern} (통화 {total}건 중 어디에서도 언급되지 않음).",
    "trend.growing": "증가",
    "trend.fading": "감소",
    "trend.stable": "유지",
    "trend.insufficient": "판단 불가",
    "kind.pain_point": "불만 사항",
    "kind.objection": "구매 장벽",
    "kind.need": "니즈",
    "kind.churn_signal": "이탈 신호",
    "kind.feature_request": "기능 요청",
    "kind.competitor": "경쟁사",
}

WORDS = {"en": EN, "ko": KO}


def pw(language: str, key: str, **values: object) -> str:
    """The proposal text for ``key`` in ``language`` (English when the language is missing)."""
    return WORDS.get(language, EN)[key].format(**values)


def kind_word(language: str, kind: str) -> str:
    """"pain_point" -> "pain point" / "불만 사항"; a kind without a word is shown as stored."""
    key = f"kind.{kind}"
    return pw(language, key) if key in EN else kind.replace("_", " ")
