"""The drift rows in DuckDB: ``drift`` and ``distribution_shift``, rewritten in one transaction after each run."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from callinsight.store.db import transaction

if TYPE_CHECKING:
    import duckdb

DRIFT_COLUMNS = (
    "week", "subject_type", "subject", "label", "segment_type", "segment", "status", "n", "total", "share", "baseline_n",
    "baseline_total", "baseline_share", "effect", "p_value", "p_adjusted", "test", "model_version", "run_id",
    "window_weeks", "history_weeks", "topics", "categories", "examples",
)
SHIFT_COLUMNS = ("week", "previous_week", "subject_type", "segment_type", "segment", "js_divergence", "p_value", "n",
                 "previous_n", "shifted", "model_version", "run_id")


def write_drift_rows(con: duckdb.DuckDBPyConnection, drift_rows: list[list[Any]], shift_rows: list[list[Any]]) -> None:
    """Replace both tables with freshly computed rows (in ``DRIFT_COLUMNS`` / ``SHIFT_COLUMNS`` order)."""
    with transaction(con):
        con.execute("DELETE FROM drift")
        con.execute("DELETE FROM distribution_shift")
        for table, columns, rows in (("drift", DRIFT_COLUMNS, drift_rows), ("distribution_shift", SHIFT_COLUMNS, shift_rows)):
            if rows:
                marks = ", ".join("?" for _ in columns)
                con.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
