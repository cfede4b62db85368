"""What ``callinsight status`` reports: schema, counts, recent runs and failures. Light imports only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from callinsight.config import Settings
from callinsight.store.db import code_schema_version, open_store, schema_version

#: Tables counted when present (later stages add theirs).
COUNTED = ("calls", "utterances", "insights", "utterance_embeddings", "topics", "personas", "call_personas", "failures")


@dataclass
class Status:
    database: str
    exists: bool
    schema_version: int = 0
    code_schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    runs: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)


def gather_status(config: Settings, *, runs: int = 5, failures: int = 20) -> Status:
    path = config.database_path
    status = Status(database=str(path), exists=path.exists(), code_schema_version=code_schema_version())
    if not path.exists():
        return status
    with open_store(path) as con:
        status.schema_version = schema_version(con)
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        for table in COUNTED:
            if table in tables:
                row = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
                status.counts[table] = int(row[0]) if row else 0
        status.runs = _dicts(con, f"SELECT run_id, started_at, finished_at, status, calls_new, calls_failed, message FROM runs ORDER BY started_at DESC LIMIT {int(runs)}")
        status.failures = _dicts(con, f"SELECT created_at, path, stage, reason FROM failures ORDER BY created_at DESC LIMIT {int(failures)}")
        status.skipped = _dicts(con, "SELECT stage, reason, count(*) AS calls FROM stage_done WHERE status = 'skipped' GROUP BY ALL ORDER BY calls DESC")
    return status


def _dicts(con: Any, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
