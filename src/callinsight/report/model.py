"""What the report shows, as typed records: one dataclass per section, filled by ``data.py``.

Rendering (``html.py``, ``markdown.py``) only formats these; it never queries the store. A section
that cannot be shown yet carries a ``note`` saying why ("not enough calls yet", "the topics stage
has not run yet") instead of being left out, so an empty report still reads as a report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from callinsight.report.i18n import fmt_date


@dataclass(frozen=True)
class Window:
    """The period the report is about, and the one before it that it compares with (dates inclusive)."""

    period: str  # week / month
    since: date
    until: date
    prev_since: date
    prev_until: date
    weeks: tuple[date, ...]  # Mondays of the weeks the trend charts show, oldest first

    @property
    def label(self) -> str:
        return f"{fmt_date(self.since)} – {fmt_date(self.until)}"

    @property
    def prev_label(self) -> str:
        return f"{fmt_date(self.prev_since, year=False)} – {fmt_date(self.prev_until)}"


@dataclass(frozen=True)
class Quote:
    """One piece of evidence: the exact stored words, where they were said, and what they show."""

    anchor: str  # id of the evidence entry in the page ("q12")
    call_id: str
    seq: int
    start_s: float | None
    role: str
    kind: str
    category: str
    text: str
    started_at: datetime | None = None
    context: str = ""  # the whole utterance the quote was taken from (the quote is a substring of it)

    def around(self, width: int = 220) -> tuple[str, str, str]:
        """(before, quote, after): the quote with up to ``width`` characters of its utterance around it."""
        at = self.context.find(self.text) if self.context else -1
        if at < 0:
            return "", self.text, ""
        room = max(0, (width - len(self.text)) // 2)
        before = self.context[max(0, at - room):at]
        after = self.context[at + len(self.text):at + len(self.text) + room]
        return ("…" if at - room > 0 else "") + before, self.text, after + ("…" if at + len(self.text) + room < len(self.context) else "")

    @property
    def timestamp(self) -> str:
        if self.start_s is None:
            return f"turn {self.seq}"
        total = int(self.start_s)
        return f"{total // 60:02d}:{total % 60:02d}"


@dataclass
class Mover:
    """One thing that changed this period, with its numbers and a link to evidence."""

    status: str  # new / growing / fading / emerging (topic drift) / watch (a move too small to be sure of)
    subject: str  # human words: "price objections", "topic 'onboarding delays'"
    sentence: str
    change: float  # size of the change in share points, for ranking
    evidence: str | None = None  # anchor of a quote or a section


@dataclass
class ChangesSection:
    movers: list[Mover] = field(default_factory=list)
    note: str = ""


@dataclass
class InsightRow:
    kind: str
    category: str
    mentions: int
    calls: int
    share: float  # share of this period's calls
    prev_share: float | None  # None when the previous period had no calls
    weekly: list[int]  # calls per week over ``Window.weeks``
    quotes: list[Quote]


@dataclass
class ProblemGroup:
    """A group of similar problems no taxonomy category covers (``mining.suggest``): "Customers also complain about…"."""

    label: str
    quotes: int
    calls: int
    examples: list[Quote]


@dataclass
class InsightsSection:
    rows: list[InsightRow] = field(default_factory=list)
    gone: list[InsightRow] = field(default_factory=list)  # heard last period, not at all in this one
    note: str = ""
    also: list[ProblemGroup] = field(default_factory=list)  # the largest uncategorised problem groups


@dataclass(frozen=True)
class DriftRow:
    """One subject of ``v_drift`` in the latest week: a topic, or an insight kind:category."""

    label: str
    subject_type: str  # topic / category
    status: str  # new / growing / fading / stable
    share: float
    baseline: float | None
    p_value: float | None
    subject: str = ""  # the raw subject: a topic id, or kind:category
    n: int | None = None  # items of the subject in the compared week(s), of ``total``
    total: int | None = None
    baseline_n: int | None = None
    baseline_total: int | None = None
    p_adjusted: float | None = None  # Benjamini-Hochberg within the week
    window_weeks: int = 1  # 1: the latest week alone; more: the pooled last weeks (callinsight.drift)
    examples: tuple[str, ...] = ()  # customer quotes of the subject from those weeks (v_drift.examples)


@dataclass
class TopicsSection:
    week_labels: list[str] = field(default_factory=list)
    series: list[tuple[str, list[float]]] = field(default_factory=list)  # (label, share per week)
    drift: list[DriftRow] = field(default_factory=list)  # what moved first
    note: str = ""


@dataclass
class PersonaFinding:
    concern: str
    share: float | None
    evidence_count: int | None


@dataclass
class PersonaBlock:
    persona: str
    persona_id: str | None
    calls: int
    said_not_documented: list[PersonaFinding] = field(default_factory=list)
    documented_not_said: list[PersonaFinding] = field(default_factory=list)
    still_heard: list[PersonaFinding] = field(default_factory=list)
    is_negative: bool = False  # a customer the company does not want
    suggestion: str = ""  # the proposal Markdown written by `callinsight personas suggest`
    suggestion_path: str = ""


@dataclass
class PersonasSection:
    personas: list[PersonaBlock] = field(default_factory=list)
    unassigned: int = 0
    note: str = ""


@dataclass
class CompetitorRow:
    name: str
    mentions: int
    calls: int  # calls mentioning it this period
    prev_calls: int  # ... in the previous period
    weekly: list[int]
    contexts: list[tuple[str, int]]  # what else was going on in those calls (stage, objections)
    quotes: list[Quote]


@dataclass
class CompetitorsSection:
    rows: list[CompetitorRow] = field(default_factory=list)  # every competitor heard in the weeks shown
    week_labels: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class CallGroup:
    kind: str
    direction: str
    calls: int
    minutes: float
    talk_ratio_agent: float | None
    silence_share: float | None
    sentiment_start: float | None  # customer sentiment, first quarter of the call
    sentiment_end: float | None  # customer sentiment, last quarter


@dataclass
class CallsSection:
    groups: list[CallGroup] = field(default_factory=list)
    weekly: list[int] = field(default_factory=list)
    week_labels: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class QualitySection:
    calls_total: int = 0
    calls_in_period: int = 0
    stages_done: list[tuple[str, int]] = field(default_factory=list)  # stage, calls processed (all time)
    failures: list[tuple[str, str, int]] = field(default_factory=list)  # stage, reason, count
    failures_total: int = 0
    skipped: list[tuple[str, str, int]] = field(default_factory=list)  # stage, reason, calls
    unassigned: int | None = None  # calls in the period no persona fits (None: personas not run)
    languages: list[tuple[str, int]] = field(default_factory=list)
    last_run: str = ""


@dataclass
class ReportData:
    title: str
    generated_at: datetime
    database: str
    window: Window
    calls_now: int
    calls_prev: int
    enough_calls: bool
    changes: ChangesSection
    insights: InsightsSection
    topics: TopicsSection
    personas: PersonasSection
    competitors: CompetitorsSection
    calls: CallsSection
    quality: QualitySection
    quotes: list[Quote] = field(default_factory=list)
    notice: str = ""  # one line above everything, e.g. "no database yet"
