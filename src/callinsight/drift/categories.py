"""Insight-category drift: which ``kind:category`` findings customers raise more or less than before.

The subjects are the categories in ``v_insights`` (``kind:category``, e.g. ``objection:price``), each
counted as a share of the week's customer-side findings (agents restate objections; what customers
said is what drifts). Nothing to count when mining has not run or its view does not exist yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from callinsight.drift.segments import WEEK_SQL, Item, segment_columns, segments_of, view_exists

if TYPE_CHECKING:
    import duckdb

SUBJECT_TYPE = "category"


def category_items(con: duckdb.DuckDBPyConnection, persona: str) -> list[Item] | None:
    """One item per customer-side finding with a dated call; None when there is no ``v_insights``.

    ``persona`` is ``segments.persona_join(con)``: the join that gives each call its persona, or ''.
    """
    if not view_exists(con, "v_insights"):
        return None
    rows = con.execute(
        f"""SELECT {WEEK_SQL}, i.kind || ':' || i.category, {segment_columns(persona)}
            FROM v_insights i JOIN calls c USING (call_id) {persona}
            WHERE c.started_at IS NOT NULL AND i.role <> 'agent'"""
    ).fetchall()
    return [Item(SUBJECT_TYPE, r[0], r[1], segments_of(r[2:])) for r in rows]
