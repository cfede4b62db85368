"""A small, deterministic store with every stage's output, for the report and query tests.

Calls and utterances go through ``store.writes.write_transcript`` like an import; the later stages'
rows are inserted into their own tables (the tables behind the documented views), with a story the
report must tell: price objections grow in the last week, a churn signal is new, a competitor fades.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from callinsight.records import CallMetadata, CallMetrics, Transcript, Utterance
from callinsight.store.writes import write_transcript

FIRST_MONDAY = date(2025, 1, 6)
WEEKS = 6
LAST_DAY = FIRST_MONDAY + timedelta(weeks=WEEKS) - timedelta(days=1)  # a Sunday

#: (kind, category, customer sentence, the quoted part)
LINES = {
    "price": ("objection", "price", "Honestly the price is too high for a team our size.", "the price is too high"),
    "onboarding": ("pain_point", "onboarding", "Onboarding took us three weeks and we still lack training.", "Onboarding took us three weeks"),
    "cancel": ("churn_signal", "cancel", "We are thinking about cancelling at renewal.", "thinking about cancelling"),
    "export": ("feature_request", "export", "It would help if we could export reports to Excel.", "export reports to Excel"),
    "zendesk": ("competitor", "Zendesk", "Zendesk offered us a cheaper plan last month.", "Zendesk"),
    "freshdesk": ("competitor", "Freshdesk", "We also looked at Freshdesk before.", "Freshdesk"),
}
TOPICS = {0: "pricing and plans", 1: "onboarding and training", 2: "reporting exports", 3: "cancellation"}
TOPIC_OF = {"price": 0, "onboarding": 1, "export": 2, "cancel": 3, "zendesk": 0, "freshdesk": 0}


def _lines_for(week: int, i: int, rng: random.Random) -> list[str]:
    last = week == WEEKS - 1
    keys = ["onboarding"] if i % 3 == 0 else []
    if rng.random() < (0.75 if last else 0.2):
        keys.append("price")
    if last and i % 2 == 0:
        keys.append("cancel")
    if i % 4 == 1:
        keys.append("export")
    if i % 3 == 2:
        keys.append("zendesk")
    if week < 3 and i % 2 == 1:
        keys.append("freshdesk")
    return keys or ["export"]


def populate(con: Any, calls_per_week: int = 8) -> list[str]:
    """Write WEEKS weeks of calls with every stage's rows; return the call ids."""
    rng = random.Random(7)
    call_ids: list[str] = []
    insights, sentiments, stages, topic_rows, personas = [], [], [], [], []
    for week in range(WEEKS):
        for i in range(calls_per_week):
            call_id = f"call-{week}-{i:02d}"
            started = datetime.combine(FIRST_MONDAY + timedelta(weeks=week, days=i % 5), datetime.min.time(), UTC) + timedelta(hours=9 + i)
            keys = _lines_for(week, i, rng)
            utterances = [Utterance(0, "agent", 0.0, 4.0, "Thanks for calling Acme, how can I help?")]
            t = 5.0
            for k in keys:
                utterances.append(Utterance(len(utterances), "customer", t, t + 6.0, LINES[k][2]))
                utterances.append(Utterance(len(utterances), "agent", t + 7.0, t + 10.0, "I understand, let me see what we can do."))
                t += 12.0
            meta = CallMetadata(started_at=started, direction="inbound" if i % 2 else "outbound",
                                kind="support" if i % 3 == 0 else "sales", agent=f"agent{i % 3}", source="import")
            metrics = CallMetrics(t, len(utterances), 4.0 + 3.0 * len(keys), 6.0 * len(keys), 0.4 + 0.02 * (i % 5), 0.1 + 0.01 * week,
                                  i % 3, 0.5, 150.0, 140.0, 4.0, 6.0, 1, 1)
            write_transcript(con, Transcript(call_id, "import", f"import/{call_id}.json", meta, utterances, "en", t,
                                             role_method="import", metrics=metrics), run_id=None)
            call_ids.append(call_id)
            for u in utterances:
                if u.role != "customer":
                    continue
                key = next(k for k in keys if LINES[k][2] == u.text)
                kind, category, text, quote = LINES[key]
                start = text.index(quote)
                insights.append([call_id, u.seq, "customer", kind, category, quote, start, start + len(quote), u.start_s,
                                 u.end_s, "rule", 0.9 - 0.01 * i])
                topic_rows.append([call_id, u.seq, TOPIC_OF[key]])
            for role in ("customer", "agent"):
                for quarter in (1, 2, 3, 4):
                    sentiments.append([call_id, role, quarter, 0.3 - 0.15 * quarter * ("cancel" in keys), 2])
            stages.append([call_id, "renewal" if "cancel" in keys else "consideration"])
            personas.append([call_id, None if i == 7 else ("ops-lead" if i % 2 else "founder"), 0.6])
    con.executemany(
        """INSERT INTO insights (call_id, seq, role, kind, category, quote, char_start, char_end, start_s, end_s, method, confidence)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", insights)
    con.executemany("INSERT INTO call_sentiment (call_id, role, quarter, sentiment, n_utterances) VALUES (?, ?, ?, ?, ?)", sentiments)
    con.executemany("INSERT INTO call_stage (call_id, audience, stage, confidence) VALUES (?, 'customer', ?, 0.8)", stages)
    _topics(con, topic_rows)
    _personas(con, personas)
    for cid in call_ids:
        for stage in ("mine", "embed", "topics", "personas"):
            con.execute("INSERT OR REPLACE INTO stage_done (call_id, stage, status) VALUES (?, ?, 'ok')", [cid, stage])
    con.execute("INSERT INTO failures (path, stage, reason) VALUES ('recordings/broken.wav', 'ingest', 'not an audio file')")
    con.execute("INSERT INTO stage_done (call_id, stage, status, reason) VALUES ('call-0-00', 'lang', 'skipped', 'language ko is not in [mining] languages')")
    return call_ids


def _topics(con: Any, rows: list[list[Any]]) -> None:
    con.execute("INSERT INTO topic_models (version, fitted_at, n_docs, method) VALUES (1, now(), ?, 'test')", [len(rows)])
    for tid, label in TOPICS.items():
        con.execute("INSERT INTO topics (model_version, topic_id, label, keywords, size) VALUES (1, ?, ?, ?, 0)",
                    [tid, label, label.split()])
    con.executemany("INSERT INTO utterance_topics (model_version, call_id, seq, topic_id, assigned_by) VALUES (1, ?, ?, ?, 'fit')", rows)
    last_week = FIRST_MONDAY + timedelta(weeks=WEEKS - 1)
    con.execute(
        """INSERT INTO drift (week, subject_type, subject, label, segment_type, segment, status, n, total, share,
               baseline_n, baseline_total, baseline_share, effect, p_value, p_adjusted, test)
           VALUES (?, 'topic', '3', 'cancellation', 'all', '', 'new', 4, 20, 0.2, 0, 80, 0.0, 0.9, 0.001, 0.004, 'fisher'),
                  (?, 'topic', '2', 'reporting exports', 'all', '', 'stable', 2, 20, 0.1, 8, 80, 0.1, 0.0, 0.9, 0.9, 'z'),
                  (?, 'category', 'objection:price', NULL, 'all', '', 'growing', 6, 8, 0.75, 9, 40, 0.22, 1.1, 0.002, 0.01, 'fisher'),
                  (?, 'topic', '3', 'cancellation', 'kind', 'sales', 'new', 3, 9, 0.33, 0, 30, 0.0, 1.2, 0.01, 0.02, 'fisher')""",
        [last_week] * 4)


def _personas(con: Any, rows: list[list[Any]]) -> None:
    for pid, name in (("founder", "Founder Fiona"), ("ops-lead", "Ops lead Oscar")):
        con.execute("""INSERT INTO personas (persona_id, version, name, is_negative, source, content_hash, profile)
                       VALUES (?, 1, ?, false, ?, 'h', '{}')""", [pid, name, f"personas/{pid}.md"])
        con.execute("INSERT INTO persona_concerns VALUES (?, 1, 0, 'pain_points', 'too many tools', 'pain_point')", [pid])
    con.executemany("INSERT INTO call_personas (call_id, persona_id, persona_version, score, method) VALUES (?, ?, 1, ?, 'similarity')",
                    [[c, p, s] for c, p, s in rows])
    period = FIRST_MONDAY + timedelta(weeks=WEEKS - 1)
    con.execute(
        """INSERT INTO persona_drift (persona_id, persona, period, concern, status, share, evidence_count, calls, period_calls, documented)
           VALUES ('founder', 'Founder Fiona', ?, 'price', 'new', 0.5, 3, 2, 4, false),
                  ('founder', 'Founder Fiona', ?, 'too many tools', 'documented-not-heard', 0.0, 0, 0, 4, true),
                  ('ops-lead', 'Ops lead Oscar', ?, 'onboarding', 'documented-and-heard', 0.3, 2, 1, 3, true)""",
        [period, period, period])
