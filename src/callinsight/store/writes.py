"""Writes of the core tables. Every call is written in one transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from callinsight.records import CallMetrics, Failure, Transcript
from callinsight.stage_names import INGEST
from callinsight.store.db import transaction

if TYPE_CHECKING:
    import duckdb

#: Tables holding per-call rows written by the transcription / import step. Later stages own theirs.
_CALL_TABLES = ("utterances", "call_metrics", "redactions", "calls")


def call_exists(con: duckdb.DuckDBPyConnection, call_id: str) -> bool:
    row = con.execute("SELECT 1 FROM calls WHERE call_id = ?", [call_id]).fetchone()
    return row is not None


def known_call_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT call_id FROM calls").fetchall()}


def write_transcript(con: duckdb.DuckDBPyConnection, t: Transcript, run_id: str | None) -> None:
    """Store one call (replacing any earlier version of it) in one transaction.

    Rows that later stages derived from an earlier version are dropped with it, via
    ``forget_derived``, so that they are recomputed from the new text.
    """
    m = t.metadata
    with transaction(con):
        forget_derived(con, t.call_id)
        for table in _CALL_TABLES:
            con.execute(f"DELETE FROM {table} WHERE call_id = ?", [t.call_id])
        con.execute(
            """INSERT INTO calls (call_id, source, source_path, started_at, started_at_source, duration_s,
                   language, direction, kind, agent, account, persona_hint, tags, metadata, channels,
                   role_method, role_confidence, model, options, status, run_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'transcribed', ?)""",
            [
                t.call_id, t.source, t.source_path, m.started_at, m.source, t.duration_s, t.language,
                m.direction, m.kind, m.agent, m.account, m.persona, list(m.tags),
                json.dumps(m.extra, default=str), t.channels, t.role_method, t.role_confidence, t.model,
                json.dumps(t.options.to_json() if t.options else {}, default=str), run_id,
            ],
        )
        if t.utterances:
            con.executemany(
                """INSERT INTO utterances (call_id, seq, role, start_s, end_s, text, words, confidence,
                       language, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    [
                        t.call_id, u.seq, u.role, u.start_s, u.end_s, u.text,
                        json.dumps([asdict(w) for w in u.words]) if u.words else None,
                        u.confidence, u.language or t.language, u.channel,
                    ]
                    for u in t.utterances
                ],
            )
        if t.metrics is not None:
            values = asdict(t.metrics)
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            con.execute(
                f"INSERT INTO call_metrics (call_id, {cols}) VALUES (?, {marks})", [t.call_id, *values.values()]
            )
        for kind, n in sorted(t.redactions.items()):
            if n:
                con.execute("INSERT INTO redactions VALUES (?, ?, ?)", [t.call_id, kind, n])
        con.execute("DELETE FROM stage_done WHERE call_id = ?", [t.call_id])
        mark_stage_done(con, t.call_id, INGEST)


def write_transcripts(con: duckdb.DuckDBPyConnection, ts: Sequence[Transcript], run_id: str | None) -> None:
    """Store many calls in one transaction with bulk inserts: all of them, or (on any error) none.

    The same rows as ``write_transcript`` for each call, ~50x faster for short imported transcripts (one
    transaction and one INSERT per table instead of a dozen statements per call). The caller falls back
    to ``write_transcript`` per call when this raises, so that one bad call does not sink its batch.
    """
    if not ts:
        return
    ids = [t.call_id for t in ts]
    if len(set(ids)) != len(ids):
        raise ValueError("a call appears twice in one batch: write it call by call")
    calls, utts, metrics, reds = [], [], [], []
    metric_cols = ["call_id", *(f.name for f in fields(CallMetrics))]
    for t in ts:
        m = t.metadata
        calls.append((
            t.call_id, t.source, t.source_path, m.started_at.isoformat() if m.started_at else None, m.source, t.duration_s,
            t.language, m.direction, m.kind, m.agent, m.account, m.persona, json.dumps(list(m.tags)),
            json.dumps(m.extra, default=str), t.channels, t.role_method, t.role_confidence, t.model,
            json.dumps(t.options.to_json() if t.options else {}, default=str),
        ))
        for u in t.utterances:
            utts.append((t.call_id, u.seq, u.role, u.start_s, u.end_s, u.text,
                         json.dumps([asdict(w) for w in u.words]) if u.words else None, u.confidence,
                         u.language or t.language, u.channel))
        if t.metrics is not None:  # flat scalars: getattr, not asdict (a deep copy: ~0.1 ms a call)
            metrics.append((t.call_id, *(getattr(t.metrics, name) for name in metric_cols[1:])))
        reds += [(t.call_id, kind, n) for kind, n in sorted(t.redactions.items()) if n]
    call_cols = ["call_id", "source", "source_path", "started_at", "started_at_source", "duration_s", "language",
                 "direction", "kind", "agent", "account", "persona_hint", "tags", "metadata", "channels", "role_method",
                 "role_confidence", "model", "options"]
    utt_cols = ["call_id", "seq", "role", "start_s", "end_s", "text", "words", "confidence", "language", "channel"]
    frames = {
        "_w_calls": numpy_columns(calls, call_cols),
        "_w_utts": numpy_columns(utts, utt_cols),
        "_w_metrics": numpy_columns(metrics, metric_cols),
        "_w_reds": numpy_columns(reds, ["call_id", "kind", "n"]),
        "_w_ids": numpy_columns([(i,) for i in ids], ["call_id"]),
    }
    for name, frame in frames.items():
        con.register(name, frame)
    try:
        with transaction(con):
            existing = [r[0] for r in con.execute("SELECT call_id FROM calls WHERE call_id IN (SELECT call_id FROM _w_ids)").fetchall()]
            if existing:  # replacing earlier imports: drop what was derived from them, as write_transcript does
                for table in _derived_tables(con):
                    con.execute(f'DELETE FROM "{table}" WHERE call_id IN (SELECT unnest(?))', [existing])
                for table in (*_CALL_TABLES, "stage_done"):
                    con.execute(f"DELETE FROM {table} WHERE call_id IN (SELECT unnest(?))", [existing])
            con.execute(
                f"""INSERT INTO calls ({", ".join(call_cols)}, status, run_id)
                    SELECT call_id, source, source_path, CAST(started_at AS TIMESTAMPTZ), started_at_source,
                           CAST(duration_s AS DOUBLE), language, direction, kind, agent, account, persona_hint,
                           from_json(tags, '["VARCHAR"]'), CAST(metadata AS JSON), CAST(channels AS INTEGER), role_method,
                           CAST(role_confidence AS DOUBLE), model, CAST(options AS JSON), 'transcribed', ?
                    FROM _w_calls""",
                [run_id],
            )
            if utts:
                con.execute(
                    f"""INSERT INTO utterances ({", ".join(utt_cols)})
                        SELECT call_id, CAST(seq AS INTEGER), role, CAST(start_s AS DOUBLE), CAST(end_s AS DOUBLE), text,
                               CAST(words AS JSON), CAST(confidence AS DOUBLE), language, CAST(channel AS INTEGER)
                        FROM _w_utts"""
                )
            if metrics:
                cols = metric_cols
                con.execute(f"INSERT INTO call_metrics ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _w_metrics")
            if reds:
                con.execute("INSERT INTO redactions (call_id, kind, n) SELECT call_id, kind, CAST(n AS INTEGER) FROM _w_reds")
            con.execute(
                "INSERT OR REPLACE INTO stage_done (call_id, stage, status, reason, done_at) SELECT call_id, 'ingest', 'ok', NULL, ? FROM _w_ids",
                [datetime.now(UTC)],
            )
    finally:
        for name in frames:
            con.unregister(name)


def numpy_columns(rows: Sequence[tuple[object, ...]], names: list[str]) -> dict[str, object]:
    """Rows as named NumPy object columns, which DuckDB scans in place once registered.

    NumPy rather than a pandas DataFrame: the same scan, without importing pandas (~1 s, a third of a
    3,000-call import) on the import path. Object columns: DuckDB finds each column's type from its values.
    """
    import numpy as np  # a dependency of scipy and duckdb's own NumPy scan; imported here, on the write path only

    out: dict[str, object] = {}
    for k, name in enumerate(names):
        col = np.empty(len(rows), dtype=object)
        col[:] = [r[k] for r in rows]
        out[name] = col
    return out


def call_fingerprint(started_at: datetime | None, metadata: Sequence[str | None], turns: Sequence[tuple[str, str]]) -> str:
    """A hash of a call's time (as an instant), metadata fields and (role, text) turns."""
    import hashlib

    when = started_at.astimezone(UTC).isoformat() if started_at and started_at.tzinfo else (started_at.isoformat() if started_at else "")
    parts = [when, *(v or "" for v in metadata), *(f"{role}\t{text}" for role, text in turns)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def stored_fingerprints(con: duckdb.DuckDBPyConnection, call_ids: Sequence[str]) -> dict[str, str]:
    """``call_fingerprint`` of each of these calls that is stored (absent ids are left out)."""
    rows = con.execute(
        """SELECT c.call_id, c.started_at, c.direction, c.kind, c.agent, c.account, c.persona_hint,
                  list(u.role ORDER BY u.seq) FILTER (WHERE u.seq IS NOT NULL),
                  list(u.text ORDER BY u.seq) FILTER (WHERE u.seq IS NOT NULL)
           FROM calls c LEFT JOIN utterances u USING (call_id)
           WHERE c.call_id IN (SELECT unnest(?)) GROUP BY ALL""",
        [list(call_ids)],
    ).fetchall()
    return {r[0]: call_fingerprint(r[1], r[2:7], list(zip(r[7] or [], r[8] or [], strict=True))) for r in rows}


def _derived_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        """SELECT DISTINCT table_name FROM information_schema.columns
           WHERE column_name = 'call_id' AND table_schema = 'main'
             AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')"""
    ).fetchall()
    return [t for (t,) in rows if t not in _CALL_TABLES and t not in ("failures", "stage_done")]


def forget_derived(con: duckdb.DuckDBPyConnection, call_id: str) -> None:
    """Delete rows later stages derived from a call (every table with a call_id, but the core ones)."""
    for table in _derived_tables(con):
        con.execute(f'DELETE FROM "{table}" WHERE call_id = ?', [call_id])


def mark_stage_done(
    con: duckdb.DuckDBPyConnection, call_id: str, stage: str, status: str = "ok", reason: str | None = None
) -> None:
    con.execute(
        "INSERT OR REPLACE INTO stage_done (call_id, stage, status, reason, done_at) VALUES (?, ?, ?, ?, ?)",
        [call_id, stage, status, reason, datetime.now(UTC)],
    )


def pending_calls(con: duckdb.DuckDBPyConnection, stage: str) -> list[str]:
    """Calls that are stored but that ``stage`` has not processed yet, oldest first."""
    rows = con.execute(
        """SELECT c.call_id FROM calls c
           WHERE NOT EXISTS (SELECT 1 FROM stage_done s WHERE s.call_id = c.call_id AND s.stage = ?)
           ORDER BY c.started_at NULLS LAST, c.call_id""",
        [stage],
    ).fetchall()
    return [r[0] for r in rows]


def record_failure(
    con: duckdb.DuckDBPyConnection, failure: Failure, run_id: str | None, content_key: str | None = None
) -> None:
    con.execute(
        "INSERT INTO failures (run_id, path, content_key, call_id, stage, reason) VALUES (?, ?, ?, ?, ?, ?)",
        [run_id, failure.path, content_key, failure.call_id, failure.stage, failure.reason],
    )


def failed_content_keys(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    """(path, content key) of inputs that already failed, so an unchanged bad file is not retried."""
    rows = con.execute("SELECT path, content_key FROM failures WHERE content_key IS NOT NULL").fetchall()
    return {(r[0], r[1]) for r in rows}


def start_run(con: duckdb.DuckDBPyConnection, command: str, stages: list[str]) -> str:
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    # A run left 'running' by a killed process is marked so that status does not lie.
    con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
    con.execute(
        "INSERT INTO runs (run_id, started_at, status, command, stages) VALUES (?, ?, 'running', ?, ?)",
        [run_id, datetime.now(UTC), command, stages],
    )
    return run_id


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    *,
    calls_new: int = 0,
    calls_failed: int = 0,
    audio_s: float = 0.0,
    message: str | None = None,
) -> None:
    con.execute(
        """UPDATE runs SET finished_at = ?, status = ?, calls_new = ?, calls_failed = ?, audio_s = ?, message = ?
           WHERE run_id = ?""",
        [datetime.now(UTC), status, calls_new, calls_failed, audio_s, message, run_id],
    )
