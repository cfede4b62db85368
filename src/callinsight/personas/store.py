"""Reads and writes of the persona tables (migration 030): persona versions, call mappings, the comparison."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from callinsight.personas.model import Concern, PersonaDoc
from callinsight.stage_names import PERSONAS
from callinsight.store.db import transaction
from callinsight.store.writes import mark_stage_done

if TYPE_CHECKING:
    import duckdb


@dataclass(frozen=True)
class StoredPersona:
    """The latest version of a persona, as the mapping and comparison use it."""

    persona_id: str
    version: int
    name: str
    is_negative: bool
    source: str
    doc: PersonaDoc
    concerns: tuple[tuple[int, Concern], ...]  # (concern_id, concern)


def latest_hash(con: duckdb.DuckDBPyConnection, persona_id: str) -> tuple[int, str] | None:
    row = con.execute(
        "SELECT version, content_hash FROM personas WHERE persona_id = ? ORDER BY version DESC LIMIT 1", [persona_id]
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def latest_name(con: duckdb.DuckDBPyConnection, persona_id: str) -> str | None:
    row = con.execute("SELECT arg_max(name, version) FROM personas WHERE persona_id = ?", [persona_id]).fetchone()
    return str(row[0]) if row and row[0] is not None else None


def latest_concern_texts(con: duckdb.DuckDBPyConnection, persona_id: str) -> list[str]:
    rows = con.execute(
        """SELECT concern FROM persona_concerns WHERE persona_id = ?
             AND version = (SELECT max(version) FROM personas WHERE persona_id = ?) ORDER BY concern_id""",
        [persona_id, persona_id],
    ).fetchall()
    return [str(r[0]) for r in rows]


def insert_version(con: duckdb.DuckDBPyConnection, doc: PersonaDoc, version: int) -> None:
    """Insert one persona version with its concerns (the caller holds the transaction)."""
    con.execute(
        """INSERT INTO personas (persona_id, version, name, is_negative, source, content_hash, profile)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [doc.persona_id, version, doc.name, doc.is_negative, doc.source, doc.content_hash,
         json.dumps(doc.profile(), default=str, ensure_ascii=False)],
    )
    rows = [[doc.persona_id, version, i, c.section, c.text, c.kind] for i, c in enumerate(doc.concerns)]
    if rows:
        con.executemany(
            "INSERT INTO persona_concerns (persona_id, version, concern_id, section, concern, kind) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def active_sources(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(persona_id, name, source) of the latest version of every persona not retired."""
    rows = con.execute(
        """SELECT persona_id, arg_max(name, version), arg_max(source, version) FROM personas
           WHERE persona_id NOT IN (SELECT persona_id FROM retired_personas) GROUP BY persona_id ORDER BY persona_id"""
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def retire(con: duckdb.DuckDBPyConnection, persona_id: str, source: str, reason: str, run_id: str | None) -> None:
    con.execute("INSERT OR REPLACE INTO retired_personas (persona_id, source, reason, run_id) VALUES (?, ?, ?, ?)",
                [persona_id, source, reason, run_id])


def retired_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [str(r[0]) for r in con.execute("SELECT persona_id FROM retired_personas ORDER BY persona_id").fetchall()]


def reinstate(con: duckdb.DuckDBPyConnection, persona_ids: list[str]) -> int:
    """Personas a document defines again are active again; how many were retired."""
    if not persona_ids:
        return 0
    return len(con.execute("DELETE FROM retired_personas WHERE persona_id IN (SELECT unnest(?)) RETURNING persona_id",
                           [persona_ids]).fetchall())


def load_personas(con: duckdb.DuckDBPyConnection) -> list[StoredPersona]:
    """The latest version of every persona, ordered by id."""
    rows = con.execute(
        """SELECT persona_id, version, name, is_negative, source, profile FROM personas p
           WHERE version = (SELECT max(version) FROM personas q WHERE q.persona_id = p.persona_id)
             AND persona_id NOT IN (SELECT persona_id FROM retired_personas)
           ORDER BY persona_id"""
    ).fetchall()
    out = []
    for persona_id, version, name, is_negative, source, profile in rows:
        data = json.loads(profile)
        doc = PersonaDoc(
            name=name, persona_id=persona_id, sections=data.get("sections", {}),
            extra_sections=data.get("extra_sections", {}), is_negative=bool(is_negative), source=source,
            attributes=data.get("attributes", {}), headings=data.get("headings", {}),
        )
        concern_rows = con.execute(
            "SELECT concern_id, section, concern, kind FROM persona_concerns WHERE persona_id = ? AND version = ? ORDER BY concern_id",
            [persona_id, version],
        ).fetchall()
        concerns = tuple((int(r[0]), Concern(r[1], r[2], r[3])) for r in concern_rows)
        out.append(StoredPersona(persona_id, int(version), name, bool(is_negative), source, doc, concerns))
    return out


def table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'", [name]
    ).fetchone()
    return bool(row and row[0])


def write_mapped_call(con: duckdb.DuckDBPyConnection, call_id: str, assignment: list[Any], hits: list[list[Any]]) -> None:
    """Replace a call's persona mapping and concern hits and mark it done, all or nothing.

    ``assignment``: the ``call_personas`` row (call_id, persona_id, persona_version, score, margin, runner_up,
    method, is_negative, scores JSON, centroid, run_id); ``hits``: ``call_concern_hits`` rows.
    """
    with transaction(con):
        con.execute("DELETE FROM call_personas WHERE call_id = ?", [call_id])
        con.execute("DELETE FROM call_concern_hits WHERE call_id = ?", [call_id])
        con.execute(
            """INSERT INTO call_personas (call_id, persona_id, persona_version, score, margin, runner_up, method,
                   is_negative, scores, centroid, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            assignment,
        )
        if hits:
            con.executemany("INSERT INTO call_concern_hits VALUES (?, ?, ?, ?, ?, ?)", hits)
        mark_stage_done(con, call_id, PERSONAS)


def write_analysis(
    con: duckdb.DuckDBPyConnection, drift: list[list[Any]], evidence: list[list[Any]], findings: list[list[Any]]
) -> None:
    """Rewrite ``persona_drift``, ``persona_evidence`` and ``persona_findings`` in one transaction.

    Rows in the column order of the INSERTs below (``personas.analysis.refresh_analysis`` builds them).
    """
    with transaction(con):
        con.execute("DELETE FROM persona_drift")
        con.execute("DELETE FROM persona_evidence")
        con.execute("DELETE FROM persona_findings")
        if drift:
            con.executemany(
                """INSERT INTO persona_drift (persona_id, persona, period, concern, status, share, evidence_count,
                       calls, period_calls, documented, concern_kind, trend, p_value, baseline_share)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                drift,
            )
            if evidence:
                con.executemany("INSERT INTO persona_evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", evidence)
        for f in findings:
            con.execute("INSERT INTO persona_findings (kind, personas, score, summary, evidence) VALUES (?, ?, ?, ?, ?)", f)

