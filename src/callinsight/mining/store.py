"""The mining stage's reads and writes: calls to mine in, mined calls out, each call all or nothing."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from callinsight.mining.miner import CallText, MinedCall
from callinsight.records import Utterance, Word
from callinsight.stage_names import MINE
from callinsight.store.db import transaction
from callinsight.store.writes import mark_stage_done, numpy_columns

if TYPE_CHECKING:
    import duckdb

STAGE = MINE
#: Tables the mining stage owns, per call.
MINING_TABLES = ("insights", "utterance_sentiment", "call_sentiment", "call_stage", "competitor_candidates")


def read_calls(con: duckdb.DuckDBPyConnection, call_ids: list[str]) -> list[CallText]:
    if not call_ids:
        return []
    calls = {
        r[0]: CallText(r[0], r[1], r[2], r[3], [], account=r[4])
        for r in con.execute(
            "SELECT call_id, language, kind, duration_s, account FROM calls WHERE call_id IN (SELECT unnest(?))", [call_ids]
        ).fetchall()
    }
    rows = con.execute(
        """SELECT call_id, seq, role, start_s, end_s, text, words, confidence, language, channel FROM utterances
           WHERE call_id IN (SELECT unnest(?)) ORDER BY call_id, seq""",
        [call_ids],
    ).fetchall()
    for call_id, seq, role, start_s, end_s, text, words, confidence, language, channel in rows:
        parsed = [Word(**w) for w in json.loads(words)] if words else []
        calls[call_id].utterances.append(Utterance(seq, role, start_s, end_s, text, parsed, confidence, language, channel))
    return [calls[c] for c in call_ids if c in calls]


def delete_mining_rows(con: duckdb.DuckDBPyConnection, call_id: str) -> None:
    for table in MINING_TABLES:
        con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call_id])


def write_mined_call(con: duckdb.DuckDBPyConnection, mined: MinedCall, run_id: str | None) -> None:
    """Replace a call's mining rows and mark it mined, all or nothing."""
    with transaction(con):
        delete_mining_rows(con, mined.call_id)
        if mined.insights:
            con.executemany(
                """INSERT INTO insights (call_id, seq, role, kind, category, quote, char_start, char_end, start_s, end_s,
                       method, confidence, agent_response, response_seq, evidence, run_id)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    [mined.call_id, i.seq, i.role, i.kind, i.category, i.quote, i.char_start, i.char_end, i.start_s,
                     i.end_s, i.method, i.confidence, i.agent_response, i.response_seq, i.evidence, run_id]
                    for i in mined.insights
                ],
            )
        if mined.sentiments:
            con.executemany(
                "INSERT INTO utterance_sentiment (call_id, seq, sentiment, label) VALUES (?, ?, ?, ?)",
                [[mined.call_id, seq, score, lab] for seq, score, lab in mined.sentiments],
            )
        if mined.quarters:
            con.executemany(
                "INSERT INTO call_sentiment (call_id, role, quarter, sentiment, n_utterances) VALUES (?, ?, ?, ?, ?)",
                [[mined.call_id, q.role, q.quarter, q.sentiment, q.n_utterances] for q in mined.quarters],
            )
        s = mined.stage
        con.execute(
            "INSERT INTO call_stage (call_id, audience, stage, confidence, evidence) VALUES (?, ?, ?, ?, ?)",
            [mined.call_id, s.audience, s.stage, s.confidence, s.evidence],
        )
        if mined.candidates:
            con.executemany(
                """INSERT INTO competitor_candidates (call_id, seq, role, name, quote, char_start, char_end, start_s, end_s)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [[mined.call_id, c.seq, c.role, c.name, c.quote, c.char_start, c.char_end, c.start_s, c.end_s]
                 for c in mined.candidates],
            )
        mark_stage_done(con, mined.call_id, STAGE)


def write_mined_calls(con: duckdb.DuckDBPyConnection, mined: Sequence[MinedCall], run_id: str | None) -> None:
    """Replace many calls' mining rows and mark them mined in one transaction: all of them or (on error) none.

    The same rows as ``write_mined_call`` for each call, with one bulk INSERT per table instead of a
    transaction and half a dozen statements per call (a per-call write cost ~0.1 s, a fifth of the stage's
    time: docs/mining.md, "Throughput"). Each call's rows and its ``stage_done`` mark still commit
    together, so a kill never leaves half a call. The caller falls back to ``write_mined_call`` per call
    when this raises, so that one call the store refuses does not sink its batch.
    """
    if not mined:
        return
    ids = [m.call_id for m in mined]
    if len(set(ids)) != len(ids):
        raise ValueError("a call appears twice in one batch: write it call by call")
    insights: list[tuple[object, ...]] = []
    sentiments: list[tuple[object, ...]] = []
    quarters: list[tuple[object, ...]] = []
    stages: list[tuple[object, ...]] = []
    candidates: list[tuple[object, ...]] = []
    for m in mined:
        insights += [(m.call_id, i.seq, i.role, i.kind, i.category, i.quote, i.char_start, i.char_end, i.start_s, i.end_s,
                      i.method, i.confidence, i.agent_response, i.response_seq, i.evidence) for i in m.insights]
        sentiments += [(m.call_id, seq, score, lab) for seq, score, lab in m.sentiments]
        quarters += [(m.call_id, q.role, q.quarter, q.sentiment, q.n_utterances) for q in m.quarters]
        stages.append((m.call_id, m.stage.audience, m.stage.stage, m.stage.confidence, m.stage.evidence))
        candidates += [(m.call_id, c.seq, c.role, c.name, c.quote, c.char_start, c.char_end, c.start_s, c.end_s)
                       for c in m.candidates]
    # (registered name, rows, columns, INSERT ... SELECT): casts make each column's type independent of
    # its values (a column of only NULLs, ints where the table has doubles).
    tables: list[tuple[str, list[tuple[object, ...]], list[str], str]] = [
        ("_m_insights", insights,
         ["call_id", "seq", "role", "kind", "category", "quote", "char_start", "char_end", "start_s", "end_s", "method",
          "confidence", "agent_response", "response_seq", "evidence"],
         """INSERT INTO insights (call_id, seq, role, kind, category, quote, char_start, char_end, start_s, end_s,
                method, confidence, agent_response, response_seq, evidence, run_id)
            SELECT call_id, CAST(seq AS INTEGER), role, kind, category, quote, CAST(char_start AS INTEGER),
                   CAST(char_end AS INTEGER), CAST(start_s AS DOUBLE), CAST(end_s AS DOUBLE), method,
                   CAST(confidence AS DOUBLE), CAST(agent_response AS VARCHAR), CAST(response_seq AS INTEGER),
                   CAST(evidence AS VARCHAR), ? FROM _m_insights"""),
        ("_m_sentiments", sentiments, ["call_id", "seq", "sentiment", "label"],
         """INSERT INTO utterance_sentiment (call_id, seq, sentiment, label)
            SELECT call_id, CAST(seq AS INTEGER), CAST(sentiment AS DOUBLE), label FROM _m_sentiments"""),
        ("_m_quarters", quarters, ["call_id", "role", "quarter", "sentiment", "n_utterances"],
         """INSERT INTO call_sentiment (call_id, role, quarter, sentiment, n_utterances)
            SELECT call_id, role, CAST(quarter AS INTEGER), CAST(sentiment AS DOUBLE), CAST(n_utterances AS INTEGER)
            FROM _m_quarters"""),
        ("_m_stages", stages, ["call_id", "audience", "stage", "confidence", "evidence"],
         """INSERT INTO call_stage (call_id, audience, stage, confidence, evidence)
            SELECT call_id, audience, stage, CAST(confidence AS DOUBLE), CAST(evidence AS VARCHAR) FROM _m_stages"""),
        ("_m_candidates", candidates,
         ["call_id", "seq", "role", "name", "quote", "char_start", "char_end", "start_s", "end_s"],
         """INSERT INTO competitor_candidates (call_id, seq, role, name, quote, char_start, char_end, start_s, end_s)
            SELECT call_id, CAST(seq AS INTEGER), role, name, quote, CAST(char_start AS INTEGER),
                   CAST(char_end AS INTEGER), CAST(start_s AS DOUBLE), CAST(end_s AS DOUBLE) FROM _m_candidates"""),
    ]
    frames = {"_m_ids": numpy_columns([(i,) for i in ids], ["call_id"])}
    frames.update({name: numpy_columns(rows, cols) for name, rows, cols, _ in tables if rows})
    for name, frame in frames.items():
        con.register(name, frame)
    try:
        with transaction(con):
            for table in MINING_TABLES:
                con.execute(f"DELETE FROM {table} WHERE call_id IN (SELECT call_id FROM _m_ids)")
            for name, rows, _, sql in tables:
                if rows:
                    con.execute(sql, [run_id] if name == "_m_insights" else [])
            mark_stages_done(con, "_m_ids")
    finally:
        for name in frames:
            con.unregister(name)


def mark_stages_done(con: duckdb.DuckDBPyConnection, ids_view: str) -> None:
    """Mark every call of the registered one-column view ``ids_view`` mined (``mark_stage_done`` in bulk)."""
    con.execute(
        f"INSERT OR REPLACE INTO stage_done (call_id, stage, status, reason, done_at) SELECT call_id, ?, 'ok', NULL, ? FROM {ids_view}",
        [STAGE, datetime.now(UTC)],
    )


def mark_skipped(con: duckdb.DuckDBPyConnection, call_id: str, reason: str) -> None:
    """A call not mined on purpose (its language is not covered): its old rows go, the reason stays."""
    with transaction(con):
        delete_mining_rows(con, call_id)
        mark_stage_done(con, call_id, STAGE, status="skipped", reason=reason)


def forget_mining(con: duckdb.DuckDBPyConnection) -> int:
    """Delete every mining row and every 'mine' progress mark in one transaction (``mining rerun``)."""
    with transaction(con):
        row = con.execute("SELECT count(*) FROM stage_done WHERE stage = ?", [STAGE]).fetchone()
        for table in MINING_TABLES:
            con.execute(f"DELETE FROM {table}")
        con.execute("DELETE FROM stage_done WHERE stage = ?", [STAGE])
    return int(row[0]) if row else 0
