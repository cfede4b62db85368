"""The mining stage's reads and writes: calls to mine in, each mined call written in one transaction."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from callinsight.mining.miner import CallText, MinedCall
from callinsight.records import Utterance, Word
from callinsight.stage_names import MINE
from callinsight.store.db import transaction
from callinsight.store.writes import mark_stage_done

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
