"""The report's words per language: ``[report] language`` = ``en`` (default) or ``ko``.

One dict per language, same keys; English is the reference and every English key must have a Korean
entry (``tests/report/test_report_i18n.py``). Values are ``str.format`` templates: numbers, names and
quotes are passed in as they are, never translated. A missing language falls back to English.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from callinsight.records import insight_kind_label
from callinsight.report.i18n_proposals import PROPOSAL_EN, PROPOSAL_KO
from callinsight.report.i18n_sentences import CATEGORY_KO, EN_SENTENCES, KO_SENTENCES, VALUE_KO

LANGUAGES = ("en", "ko")

EN: dict[str, str] = {
    # section titles
    "section.changes": "What changed",
    "section.pains": "Pain points and objections",
    "section.topics": "Topics over time",
    "section.personas": "Personas",
    "section.competitors": "Competitors",
    "section.calls": "Calls",
    "section.quality": "Data quality",
    "section.evidence": "Evidence",
    # kinds of findings
    "kind.objection": "Objection",
    "kind.pain_point": "Pain point",
    "kind.churn_signal": "Churn signal",
    "kind.feature_request": "Feature request",
    "kind.competitor": "Competitor",
    "kind.need": "Need",
    # drift statuses
    "status.new": "new",
    "status.emerging": "emerging",
    "status.growing": "growing",
    "status.fading": "fading",
    "status.watch": "watch",
    "status.stable": "stable",
    "status.insufficient": "insufficient",
    # periods
    "period.week": "week",
    "period.month": "month",
    # headline and notes
    "headline.calls": "{label}: {calls} (previous {period}, {prev_label}: {prev_calls}).",
    "unit.calls": "{n} calls",
    "unit.call": "{n} call",
    "note.nothing": "Nothing to report yet.",
    "note.no_topics": "No topics yet.",
    "note.no_personas": "No personas yet.",
    "note.no_quotes": "No quotes cited yet.",
    "note.mood": "Mood: the customer's average sentiment (−1 to +1) in the first and the last quarter of the call.",
    "note.persona_no_calls": "No calls this {period}, so no evidence either way about its documented concerns.",
    "note.no_suggestion": "No suggested update yet: `callinsight personas suggest` writes one.",
    # tables
    "col.concern": "Concern",
    "col.calls": "Calls",
    "col.share": "Share",
    "col.previous": "Previous",
    "col.kind": "Kind",
    "col.direction": "Direction",
    "col.agent_talk": "Agent talk",
    "col.silence": "Silence",
    "col.mood_start": "Mood start",
    "col.mood_end": "Mood end",
    # figures
    "fig.share_of_calls": "Share of calls, {label}",
    "fig.topic_share": "Share of customer talk per topic, by week (week starting)",
    "fig.competitor_trend": "Calls mentioning each competitor, by week (week starting)",
    "fig.competitor_calls": "Calls mentioning each competitor, {label}",
    "fig.calls_per_week": "Calls per week (week starting)",
    # personas
    "persona.said_not_documented": "Customers say, the persona document doesn't",
    "persona.documented_not_said": "The document claims, nobody says any more",
    "persona.nothing_new": "Nothing new beyond the document.",
    "persona.all_heard": "Every documented concern is still heard.",
    "persona.suggested_update": "Suggested update: {path}",
    "persona.calls": "{persona} ({calls} calls)",
    # topics and competitors (Markdown summary lines)
    "topic.latest_share": "{label}: {share} of customer talk in the latest week",
    "topic.drift_line": "{status}: {label} ({share}, baseline {baseline})",
    "competitor.line": "{name}: {calls} call(s), {mentions} mention(s); {context}",
    "competitor.no_context": "no other concern in those calls",
    "quote.where": "call {call_id} at {timestamp}",
    # data quality
    "quality.calls_total": "Calls in the store",
    "quality.calls_period": "Calls this {period}",
    "quality.stages": "Processed per stage",
    "quality.failed": "Failed inputs",
    "quality.unassigned": "Calls no persona fits",
    "quality.personas_not_run": "personas not run yet",
    "quality.languages": "Languages this period",
    "quality.last_run": "Last run",
    "quality.skipped": "Skipped",
    "quality.skipped_title": "Skipped on purpose (e.g. languages the taxonomy does not cover)",
    "quality.none": "none",
    # header, KPIs, headings, table columns of the HTML page
    "sub.compared": "{label} ({calls}), compared with {prev_label} ({prev_calls}). Generated {generated} UTC.",
    "footer": "callinsight report · database {database} · every quote is the stored (redacted) transcript text.",
    "kpi.calls_period": "calls this {period}",
    "kpi.vs_previous": "vs previous {period}",
    "kpi.top_concern": "top concern",
    "kpi.top_concern_is": "top concern: {what}",
    "kpi.failed": "failed inputs (all time)",
    "link.evidence": "evidence",
    "col.prev_period": "prev. {period}",
    "col.last_weeks": "Last {n} weeks",
    "col.topic_or_concern": "Topic or concern",
    "col.status": "Status",
    "col.baseline": "Baseline",
    "col.competitor": "Competitor",
    "col.mentions": "Mentions",
    "col.comes_up": "Comes up",
    "col.minutes": "Minutes",
    "unit.mentions": "{n} mention(s)",
    "h.what_customers_said": "What customers said",
    "h.also_complain": "Customers also complain about…",
    "also.count": "{quotes} quotes in {calls} calls, no category yet",
    "h.drift_latest": "Drift in the latest week",
    "h.why_failed": "Why inputs failed",
    "tag.negative_persona": "negative persona",
    "persona.calls_this_period": "{calls} this {period}",
    "persona.suggested_summary": "Suggested update",
    "persona.unassigned": "{n} call(s) this {period} fit no persona well enough to assign.",
}

KO: dict[str, str] = {
    "section.changes": "달라진 점",
    "section.pains": "불만 사항과 구매 장벽",
    "section.topics": "시간에 따른 주제",
    "section.personas": "페르소나",
    "section.competitors": "경쟁사",
    "section.calls": "통화",
    "section.quality": "데이터 품질",
    "section.evidence": "근거 인용",
    "kind.objection": "구매 장벽",
    "kind.pain_point": "불만 사항",
    "kind.churn_signal": "이탈 신호",
    "kind.feature_request": "기능 요청",
    "kind.competitor": "경쟁사",
    "kind.need": "니즈",
    "status.new": "신규",
    "status.emerging": "부상",
    "status.growing": "증가",
    "status.fading": "감소",
    "status.watch": "관찰",
    "status.stable": "변화 없음",
    "status.insufficient": "판단 불가",
    "period.week": "주",
    "period.month": "월",
    "headline.calls": "{label}: {calls} (지난 {period} {prev_label}: {prev_calls}).",
    "unit.calls": "통화 {n}건",
    "unit.call": "통화 {n}건",
    "note.nothing": "아직 보고할 내용이 없습니다.",
    "note.no_topics": "아직 주제가 없습니다.",
    "note.no_personas": "아직 페르소나가 없습니다.",
    "note.no_quotes": "아직 인용한 발화가 없습니다.",
    "note.mood": "분위기: 통화의 처음과 마지막 4분의 1 구간에서 고객 감정의 평균(−1 ~ +1)입니다.",
    "note.persona_no_calls": "이번 {period}에는 통화가 없어 문서에 적힌 고충을 확인할 근거가 없습니다.",
    "note.no_suggestion": "아직 제안된 수정안이 없습니다. `callinsight personas suggest`로 만들 수 있습니다.",
    "col.concern": "고충",
    "col.calls": "통화",
    "col.share": "비율",
    "col.previous": "이전",
    "col.kind": "유형",
    "col.direction": "방향",
    "col.agent_talk": "상담원 발화 비율",
    "col.silence": "침묵",
    "col.mood_start": "처음 분위기",
    "col.mood_end": "마지막 분위기",
    "fig.share_of_calls": "통화 비율, {label}",
    "fig.topic_share": "주제별 고객 발화 비율, 주 단위 (주 시작일)",
    "fig.competitor_trend": "경쟁사별 언급 통화 수, 주 단위 (주 시작일)",
    "fig.competitor_calls": "경쟁사별 언급 통화 수, {label}",
    "fig.calls_per_week": "주별 통화 수 (주 시작일)",
    "persona.said_not_documented": "고객은 말하지만 페르소나 문서에는 없는 것",
    "persona.documented_not_said": "문서에는 있지만 더 이상 아무도 말하지 않는 것",
    "persona.nothing_new": "문서에 없는 새로운 내용은 없습니다.",
    "persona.all_heard": "문서에 적힌 고충이 모두 여전히 들립니다.",
    "persona.suggested_update": "수정 제안: {path}",
    "persona.calls": "{persona} (통화 {calls}건)",
    "topic.latest_share": "{label}: 최근 한 주 고객 발화의 {share}",
    "topic.drift_line": "{status}: {label} ({share}, 기준 {baseline})",
    "competitor.line": "{name}: 통화 {calls}건, 언급 {mentions}회; {context}",
    "competitor.no_context": "해당 통화에서 다른 고충은 없음",
    "quote.where": "통화 {call_id}, {timestamp}",
    "quality.calls_total": "저장된 통화",
    "quality.calls_period": "이번 {period} 통화",
    "quality.stages": "단계별 처리 수",
    "quality.failed": "처리 실패한 입력",
    "quality.unassigned": "맞는 페르소나가 없는 통화",
    "quality.personas_not_run": "페르소나 단계를 아직 실행하지 않음",
    "quality.languages": "이번 기간의 언어",
    "quality.last_run": "마지막 실행",
    "quality.skipped": "건너뜀",
    "quality.skipped_title": "의도적으로 건너뛴 항목 (예: 분류 체계가 다루지 않는 언어)",
    "quality.none": "없음",
    "sub.compared": "{label} ({calls}), 비교 기간 {prev_label} ({prev_calls}). 생성 {generated} UTC.",
    "footer": "callinsight 보고서 · 데이터베이스 {database} · 모든 인용은 저장된(가명 처리된) 전사 원문입니다.",
    "kpi.calls_period": "이번 {period} 통화",
    "kpi.vs_previous": "지난 {period} 대비",
    "kpi.top_concern": "가장 큰 고충",
    "kpi.top_concern_is": "가장 큰 고충: {what}",
    "kpi.failed": "처리 실패한 입력 (전체)",
    "link.evidence": "근거",
    "col.prev_period": "지난 {period}",
    "col.last_weeks": "최근 {n}주",
    "col.topic_or_concern": "주제 또는 고충",
    "col.status": "상태",
    "col.baseline": "기준",
    "col.competitor": "경쟁사",
    "col.mentions": "언급",
    "col.comes_up": "함께 나온 고충",
    "col.minutes": "분",
    "unit.mentions": "언급 {n}회",
    "h.what_customers_said": "고객이 한 말",
    "h.also_complain": "고객이 이런 불만도 말합니다…",
    "also.count": "통화 {calls}건에서 {quotes}회, 아직 분류 없음",
    "h.drift_latest": "최근 한 주의 변화",
    "h.why_failed": "입력이 실패한 이유",
    "tag.negative_persona": "부정적 페르소나",
    "persona.calls_this_period": "이번 {period} {calls}",
    "persona.suggested_summary": "수정 제안",
    "persona.unassigned": "이번 {period} 통화 {n}건은 어느 페르소나에도 충분히 맞지 않아 배정하지 않았습니다.",
}

EN.update(EN_SENTENCES)
KO.update(KO_SENTENCES)
EN.update(PROPOSAL_EN)
KO.update(PROPOSAL_KO)

CATALOGUE: dict[str, dict[str, str]] = {"en": EN, "ko": KO}
#: The language the renderers write in; set around rendering by ``use_language`` (build_report).
_CURRENT: ContextVar[str] = ContextVar("report_language", default="en")


@contextmanager
def use_language(language: str | None) -> Iterator[None]:
    """Render in ``language`` inside the block (``t`` reads it), then go back."""
    token = _CURRENT.set((language or "en").split("-")[0].lower())
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current_language() -> str:
    return _CURRENT.get()


def t(key: str, **values: object) -> str:
    """``tr`` in the language being rendered."""
    return tr(_CURRENT.get(), key, **values)


def tr(language: str | None, key: str, **values: object) -> str:
    """The text for ``key`` in ``language`` (English when the language or the key is missing)."""
    table = CATALOGUE.get((language or "en").split("-")[0].lower(), EN)
    template = table.get(key, EN[key])
    return template.format(**values) if values else template


def counted(n: int, key: str) -> str:
    """A counted noun: English "1 call" / "3 calls" (plural in code), Korean "통화 3건" from ``unit.<key>s``."""
    return t(f"unit.{key}" if n == 1 else f"unit.{key}s", n=n)


def n_calls(n: int) -> str:
    return counted(n, "call")


def period_name(period: str) -> str:
    """"week" / "month" in the language being rendered (other values as they are)."""
    return t(f"period.{period}") if f"period.{period}" in EN else period


def kind_name(kind: str) -> str:
    """An insight kind in words: English lower case ("pain point"), Korean from the catalogue ("불만 사항")."""
    if current_language() != "en" and f"kind.{kind}" in EN:
        return t(f"kind.{kind}")
    return insight_kind_label(kind, kind.replace("_", " ")).lower()


def category_name(category: str) -> str:
    """A category id as shown: English "missing feature"; Korean the taxonomy's Korean label ("없는 기능")."""
    if current_language() == "ko" and category in CATEGORY_KO:
        return CATEGORY_KO[category]
    return category.replace("_", " ")


def value_name(value: str) -> str:
    """A stored value shown as a word (role, call kind, direction, journey stage): Korean where known."""
    if current_language() == "ko" and value in VALUE_KO:
        return VALUE_KO[value]
    return value


def fmt_date(day: date, year: bool = True) -> str:
    """A date in the report's language: "14 Feb 2025" / "2025년 2월 14일" (no month names in Korean)."""
    if current_language() == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일" if year else f"{day.month}월 {day.day}일"
    return f"{day:%d %b %Y}" if year else f"{day:%d %b}"
