"""Recompute the persona comparison and checks from what mapping stored (cheap: SQL and counts, no model)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from callinsight.personas.checks import missing_persona_findings, negative_findings, overlap_findings
from callinsight.personas.compare import DriftRow, compare_persona, heard_concerns, mapped_calls
from callinsight.personas.store import load_personas, write_analysis

if TYPE_CHECKING:
    import duckdb

    from callinsight.personas.config import PersonasSettings


def refresh_analysis(con: duckdb.DuckDBPyConnection, config: PersonasSettings) -> dict[str, int]:
    """Rewrite ``persona_drift``, ``persona_evidence`` and ``persona_findings`` in one transaction."""
    personas = load_personas(con)
    mapped = mapped_calls(con, config.personas.period)
    periods: dict[str, dict[str, date]] = defaultdict(dict)
    for call_id, persona_id, period in mapped:
        if persona_id is not None:
            periods[persona_id][call_id] = period
    rows: list[DriftRow] = []
    for p in personas:
        calls = periods.get(p.persona_id, {})
        if calls:
            rows.extend(compare_persona(p, calls, heard_concerns(con, p, calls), config))
    by_persona = {pid: sorted(calls) for pid, calls in periods.items()}
    findings = (
        overlap_findings(con, personas, by_persona, config.personas)
        + missing_persona_findings(con, config.personas)
        + negative_findings(con, personas, by_persona)
    )
    drift = [[r.persona_id, r.persona, r.period, r.concern, r.status, r.share, r.evidence_count, r.calls, r.period_calls,
              r.documented, r.kind, r.trend, r.p_value, r.baseline_share] for r in rows]
    evidence = [[r.persona_id, r.period, r.concern, q.call_id, q.seq, q.text, q.start_s, q.end_s, q.similarity]
                for r in rows for q in r.quotes]
    write_analysis(con, drift, evidence,
                   [[f.kind, f.personas, f.score, f.summary, json.dumps(f.evidence, default=str)] for f in findings])
    unassigned = sum(1 for _, pid, _ in mapped if pid is None)
    return {"drift_rows": len(rows), "findings": len(findings), "unassigned_total": unassigned}
