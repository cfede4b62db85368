"""Documented versus heard: which of a persona's documented concerns its calls voice, which they no
longer voice, and which concerns they voice that the document does not mention.

A documented concern is heard in a call when a customer utterance matched it (``call_concern_hits``).
An undocumented concern is a mining finding (pain point, objection, churn signal, feature request) in
a customer utterance that matched none of the persona's documented concerns; it is named by its
category. Trends come from the shared drift statistics (``callinsight.drift``), counted in calls.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from callinsight.drift import DriftFlag, drift_flags
from callinsight.personas.category_links import category_links
from callinsight.personas.content import CONCERN_KINDS
from callinsight.personas.store import StoredPersona, table_exists
from callinsight.records import OTHER_CATEGORY, ConcernStatus

if TYPE_CHECKING:
    import duckdb

    from callinsight.personas.config import PersonasSettings


@dataclass
class Quote:
    call_id: str
    seq: int
    text: str
    start_s: float | None
    end_s: float | None
    similarity: float


@dataclass
class HeardConcern:
    """One concern as heard for one persona in one period."""

    concern: str
    documented: bool
    kind: str
    calls: set[str] = field(default_factory=set)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class DriftRow:
    persona_id: str
    persona: str
    period: date
    concern: str
    status: ConcernStatus
    share: float
    evidence_count: int
    calls: int
    period_calls: int
    documented: bool
    kind: str
    trend: str
    p_value: float | None
    baseline_share: float | None
    quotes: list[Quote]


def mapped_calls(con: duckdb.DuckDBPyConnection, period: str) -> list[tuple[str, str | None, date]]:
    """(call_id, persona_id or None, period start) of every mapped call."""
    unit = "month" if period == "month" else "week"
    rows = con.execute(
        f"""SELECT cp.call_id, cp.persona_id,
                   CAST(date_trunc('{unit}', CAST(coalesce(c.started_at, c.created_at) AS TIMESTAMP)) AS DATE)
            FROM call_personas cp JOIN calls c USING (call_id) ORDER BY 3, 1"""
    ).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def heard_concerns(
    con: duckdb.DuckDBPyConnection, persona: StoredPersona, calls: dict[str, date]
) -> dict[tuple[date, str], HeardConcern]:
    """(period, concern) -> what the persona's calls voiced, documented and not."""
    heard: dict[tuple[date, str], HeardConcern] = {}
    if not calls:
        return heard
    texts = {cid: c.text for cid, c in persona.concerns}
    kinds = {cid: c.kind for cid, c in persona.concerns}
    rows = con.execute(
        """SELECT h.call_id, h.seq, h.concern_id, h.similarity, u.text, u.start_s, u.end_s
           FROM call_concern_hits h JOIN utterances u USING (call_id, seq)
           WHERE h.persona_id = ? AND h.persona_version = ? AND h.call_id IN (SELECT unnest(?))""",
        [persona.persona_id, persona.version, list(calls)],
    ).fetchall()
    hits: dict[tuple[str, int], set[int]] = defaultdict(set)
    for call_id, seq, concern_id, sim, text, start_s, end_s in rows:
        if concern_id not in texts:
            continue
        hits[(call_id, seq)].add(concern_id)
        item = heard.setdefault((calls[call_id], texts[concern_id]), HeardConcern(texts[concern_id], True, kinds[concern_id]))
        item.calls.add(call_id)
        item.quotes.append(Quote(call_id, seq, text, start_s, end_s, float(sim)))
    insights = _insights(con, list(calls))
    # a category the persona documents is that concern, not a new one (see category_links)
    categorised: dict[tuple[str, int], set[str]] = defaultdict(set)
    for call_id, seq, _, category, *_rest in insights:
        if category != OTHER_CATEGORY:
            categorised[(call_id, seq)].add(category)
    links = category_links(texts, categorised, hits)
    named_calls = {call_id for call_id, _ in hits} | {call_id for call_id, _ in categorised}
    for call_id, seq, kind, category, quote, start_s, end_s, confidence in insights:
        if (call_id, seq) in hits:
            continue  # already counted as a documented concern
        if category == OTHER_CATEGORY and call_id in named_calls:
            continue  # the call's named concern, in words the taxonomy does not know (category_links)
        if category in links:
            concern_id = links[category]
            item = heard.setdefault((calls[call_id], texts[concern_id]),
                                    HeardConcern(texts[concern_id], True, kinds[concern_id]))
        else:
            label = category.replace("_", " ")
            item = heard.setdefault((calls[call_id], label), HeardConcern(label, False, kind))
        item.calls.add(call_id)
        if all((q.call_id, q.seq) != (call_id, seq) for q in item.quotes):  # two findings, one sentence: one quote
            item.quotes.append(Quote(call_id, seq, quote, start_s, end_s, float(confidence)))
    return heard


def _insights(con: duckdb.DuckDBPyConnection, call_ids: list[str]) -> list[tuple[Any, ...]]:
    if not table_exists(con, "insights"):
        return []
    return con.execute(
        """SELECT call_id, seq, kind, category, quote, start_s, end_s, confidence FROM insights
           WHERE call_id IN (SELECT unnest(?)) AND role <> 'agent' AND kind IN (SELECT unnest(?))
           ORDER BY call_id, seq""",
        [call_ids, list(CONCERN_KINDS)],
    ).fetchall()


def compare_persona(persona: StoredPersona, calls: dict[str, date], heard: dict[tuple[date, str], HeardConcern], config: PersonasSettings) -> list[DriftRow]:
    """Rows of ``persona_drift`` for one persona: every documented concern in every period the persona
    has calls, and every undocumented concern in the periods it was heard (or significantly faded)."""
    totals: dict[date, int] = defaultdict(int)
    for period in calls.values():
        totals[period] += 1
    counts = {(p, c): len(h.calls) for (p, c), h in heard.items()}
    flags: dict[tuple[date, str], DriftFlag] = {}
    if counts:
        # The same test and settings as v_drift and the report (docs/drift.md), counted in calls per period.
        for f in drift_flags(counts, dict(totals), config.topics.drift_settings()):
            flags[(f.week, str(f.subject))] = f
    rows: list[DriftRow] = []
    documented = [(c.text, c.kind) for _, c in persona.concerns]
    undocumented = sorted({(h.concern, h.kind) for h in heard.values() if not h.documented})
    keep = config.personas.quotes_per_concern
    for period in sorted(totals):
        n = totals[period]
        for concern, kind in documented + undocumented:
            h = heard.get((period, concern))
            flag = flags.get((period, concern))
            trend = flag.status if flag else "insufficient"
            is_doc = (concern, kind) in documented
            calls_voicing = len(h.calls) if h else 0
            status: ConcernStatus
            if is_doc:
                status = "documented-and-heard" if calls_voicing else "documented-not-heard"
            elif flag is not None and flag.status in ("growing", "fading"):  # trend is the flag's status
                status = flag.status
            elif calls_voicing:
                status = "new"
            else:
                continue  # an undocumented concern nobody voiced this period, and no significant fade
            quotes = sorted(h.quotes, key=lambda q: -q.similarity)[:keep] if h else []
            rows.append(DriftRow(
                persona.persona_id, persona.name, period, concern, status, calls_voicing / n,
                len(h.quotes) if h else 0, calls_voicing, n, is_doc, kind, trend,
                flag.p_adjusted if flag else None, flag.baseline_share if flag else None, quotes,
            ))
    return rows
