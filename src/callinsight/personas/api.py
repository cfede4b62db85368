"""Library entry points the ``personas`` CLI calls (listing, checks); import and suggest live in their modules."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from callinsight.store.db import open_store

if TYPE_CHECKING:
    from callinsight.personas.config import PersonasSettings


@dataclass(frozen=True)
class PersonaRow:
    persona_id: str
    persona: str
    version: int
    is_negative: bool
    source: str
    concerns: int
    calls: int


def list_personas(config: PersonasSettings) -> list[PersonaRow]:
    """The latest version of every persona still in a document, with its concern and mapped-call counts."""
    with open_store(config.database_path) as con:
        rows = con.execute(
            """SELECT v.persona_id, v.persona, v.version, v.is_negative, v.source, v.concerns,
                      (SELECT count(*) FROM call_personas cp WHERE cp.persona_id = v.persona_id)
               FROM v_personas v WHERE v.is_latest AND NOT v.is_retired ORDER BY v.persona_id"""
        ).fetchall()
        unassigned = con.execute("SELECT count(*) FROM call_personas WHERE persona_id IS NULL").fetchone()
    out = [PersonaRow(r[0], r[1], int(r[2]), bool(r[3]), r[4], int(r[5]), int(r[6])) for r in rows]
    if unassigned and unassigned[0]:
        out.append(PersonaRow("", "unassigned", 0, False, "", 0, int(unassigned[0])))
    return out


def persona_findings(config: PersonasSettings) -> list[tuple[str, list[str], float, str, dict[str, Any]]]:
    """The persona-set findings of the last run: (kind, personas, score, summary, evidence)."""
    with open_store(config.database_path) as con:
        rows = con.execute("SELECT kind, personas, score, summary, evidence FROM persona_findings ORDER BY kind, score DESC").fetchall()
    return [(r[0], list(r[1]), float(r[2]), r[3], json.loads(r[4])) for r in rows]


def refresh(config: PersonasSettings) -> dict[str, int]:
    """Recompute comparison and checks from the stored mapping (no model needed)."""
    from callinsight.personas.analysis import refresh_analysis

    with open_store(config.database_path) as con:
        return refresh_analysis(con, config)
