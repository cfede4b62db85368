"""The words of a persona update proposal (``reports/personas/<id>.md``, written by the personas stage), merged
into ``i18n``'s catalogue: the proposals are linked from the report and read in its language
(``[report] language``). Concerns, quotes and names are shown as stored; the persona-set findings are written
from their parts (``suggest.SetFinding``), or as stored by a store older than those parts. Kinds and
trends use the catalogue's ``kind.*`` and ``status.*`` words.
"""

from __future__ import annotations

PROPOSAL_EN: dict[str, str] = {
    "proposal.title": "# Persona update proposal: {name}",
    "proposal.about": "Persona `{persona_id}` version {version} from `{source}`{negative}.",
    "proposal.negative": " (a **negative** persona: customers the company does not want)",
    "proposal.evidence": "Evidence: {calls} mapped calls, {span}. Nothing here changes the document; `callinsight personas suggest --write` writes a new version beside it.",
    "proposal.span": "{first} to {last}",
    "proposal.no_span": "no calls yet",
    "proposal.add.heading": "## Add: concerns customers voice that the persona does not mention",
    "proposal.add.none": "None voiced in at least {min_calls} calls.",
    "proposal.add.item": "- **{concern}** ({kind}): voiced in {calls} of {total} calls ({share}), {quotes} quotes; trend {trend}",
    "proposal.retire.heading": "## Retire: documented concerns no call voiced",
    "proposal.retire.no_calls": "No calls mapped to this persona yet: no evidence either way.",
    "proposal.retire.too_few": "Too few calls ({calls}, fewer than {min_calls}) to tell whether a concern is no longer voiced.",
    "proposal.retire.none": "None: every documented concern was heard at least once.",
    "proposal.retire.item": "- {concern} ({kind}): 0 of {total} calls",
    "proposal.heard.heading": "## Emphasis: documented concerns as heard, most voiced first",
    "proposal.heard.none": "No documented concern was heard.",
    "proposal.heard.item": "- {concern}: {calls} of {total} calls ({share}){change}",
    "proposal.heard.growing": " — **growing**",
    "proposal.heard.fading": " — **fading**",
    "proposal.findings.heading": "## About the persona set",
    # the same sentences as ``personas.checks`` stores in English
    "proposal.finding.overlap": "- overlap: {a} and {b} voice the same concerns in calls (similarity {similarity}, {calls_a} and {calls_b} calls): consider merging them",
    "proposal.finding.negative_match": "- negative match: {calls} call(s) match the negative persona {name}: customers the company does not want",
    "proposal.written": "New version written to `{path}`.",
    'proposal.quote': '  > "{quote}" — call `{call_id}` at {clock} (week of {period})',
    "proposal.file.voiced": "<!-- callinsight: voiced in {calls} of {total} calls ({share}); see the proposal -->",
    "proposal.file.retired.heading": "## Retired concerns",
    "proposal.file.retired.item": "{concern} (not voiced in any of {total} calls).",
}

PROPOSAL_KO: dict[str, str] = {
    "proposal.title": "# 페르소나 업데이트 제안: {name}",
    "proposal.about": "페르소나 `{persona_id}` 버전 {version}, 출처 `{source}`{negative}.",
    "proposal.negative": " (**부정적** 페르소나: 회사가 원하지 않는 고객)",
    "proposal.evidence": "근거: 매핑된 통화 {calls}건, {span}. 이 제안은 문서를 바꾸지 않습니다. `callinsight personas suggest --write`를 실행하면 새 버전을 원본 옆에 씁니다.",
    "proposal.span": "{first}부터 {last}까지",
    "proposal.no_span": "아직 통화 없음",
    "proposal.add.heading": "## 추가: 고객은 말하지만 페르소나 문서에는 없는 우려 사항",
    "proposal.add.none": "통화 {min_calls}건 이상에서 언급된 것이 없습니다.",
    "proposal.add.item": "- **{concern}** ({kind}): 통화 {total}건 중 {calls}건에서 언급 ({share}), 인용 {quotes}개, 추세 {trend}",
    "proposal.retire.heading": "## 삭제 검토: 어느 통화에서도 언급되지 않은 문서상 우려 사항",
    "proposal.retire.no_calls": "이 페르소나에 매핑된 통화가 아직 없습니다. 어느 쪽으로도 근거가 없습니다.",
    "proposal.retire.too_few": "통화가 너무 적어({calls}건, {min_calls}건 미만) 더 이상 언급되지 않는지 판단할 수 없습니다.",
    "proposal.retire.none": "없음: 문서상 모든 우려 사항이 한 번 이상 언급되었습니다.",
    "proposal.retire.item": "- {concern} ({kind}): 통화 {total}건 중 0건",
    "proposal.heard.heading": "## 강조: 실제로 언급된 문서상 우려 사항 (많이 언급된 순)",
    "proposal.heard.none": "언급된 문서상 우려 사항이 없습니다.",
    "proposal.heard.item": "- {concern}: 통화 {total}건 중 {calls}건 ({share}){change}",
    "proposal.heard.growing": " — **증가**",
    "proposal.heard.fading": " — **감소**",
    "proposal.findings.heading": "## 페르소나 세트 점검",
    "proposal.finding.overlap": "- 중복: {a}, {b} 두 페르소나의 통화가 같은 우려 사항을 말합니다 (유사도 {similarity}, 통화 {calls_a}건 / {calls_b}건): 하나로 합칠지 검토하세요",
    "proposal.finding.negative_match": "- 부정적 페르소나: 통화 {calls}건이 부정적 페르소나 {name}에 해당합니다 (회사가 원하지 않는 고객)",
    "proposal.written": "새 버전을 `{path}`에 썼습니다.",
    'proposal.quote': '  > "{quote}" — 통화 `{call_id}`, {clock} ({period} 주)',
    "proposal.file.voiced": "<!-- callinsight: 통화 {total}건 중 {calls}건에서 언급 ({share}); 제안서 참고 -->",
    "proposal.file.retired.heading": "## 삭제된 우려 사항",
    "proposal.file.retired.item": "{concern} (통화 {total}건 중 어디에서도 언급되지 않음).",
}
