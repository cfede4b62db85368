"""What ``callinsight status`` reports: schema, counts, recent runs, the latest run's stages, failures.

Light imports only. Everything is a typed record with a ``to_json`` whose keys are an interface
(``callinsight status --json``, documented in docs/queries.md): keys are only ever added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from callinsight.config import Settings
from callinsight.errors import StoreError
from callinsight.store.compat import file_storage_version
from callinsight.store.db import code_schema_version, open_store, schema_version

#: Tables counted when present (later stages add theirs).
COUNTED = ("calls", "utterances", "insights", "utterance_embeddings", "topics", "personas", "call_personas", "failures")


def workspace_path(value: str | Path | None, root: Path) -> str:
    """A path as the user knows it: relative to the workspace when inside it, else as given."""
    if value is None or value == "":
        return ""
    p = Path(value)
    if not p.is_absolute():
        return str(p)
    try:
        return str(p.relative_to(root))
    except ValueError:
        try:
            return str(p.resolve().relative_to(root.resolve()))
        except (ValueError, OSError):
            return str(p)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass
class StageLine:
    """One stage's summary line in a run (from the run's message)."""

    stage: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "message": self.message}


@dataclass
class RunLine:
    run_id: str
    command: str | None
    started_at: datetime | None
    finished_at: datetime | None
    status: str
    calls_new: int
    calls_failed: int
    message: str
    stages: list[StageLine] = field(default_factory=list)

    @property
    def duration_s(self) -> float | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()

    def to_json(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "command": self.command,
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
            "duration_s": None if self.duration_s is None else round(self.duration_s, 3),
            "status": self.status,
            "calls_new": self.calls_new,
            "calls_failed": self.calls_failed,
            "stages": [s.to_json() for s in self.stages],
            "message": self.message,
        }


@dataclass
class FailureLine:
    created_at: datetime | None
    run_id: str | None
    path: str
    stage: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"created_at": _iso(self.created_at), "run_id": self.run_id, "path": self.path, "stage": self.stage,
                "reason": self.reason}


@dataclass
class Status:
    database: str
    exists: bool
    schema_version: int = 0
    code_schema_version: int = 0
    storage_version: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    runs: list[RunLine] = field(default_factory=list)
    failures: list[FailureLine] = field(default_factory=list)
    failures_total: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "exists": self.exists,
            "schema_version": self.schema_version,
            "code_schema_version": self.code_schema_version,
            "storage_version": self.storage_version,
            "counts": dict(self.counts),
            "runs": [r.to_json() for r in self.runs],
            "failures": [f.to_json() for f in self.failures],
            "failures_total": self.failures_total,
            "skipped": [dict(s) for s in self.skipped],
        }


def split_stage_messages(message: str | None, stages: list[str]) -> list[StageLine]:
    """``"ingest: 3 new; mine: 2 calls"`` -> one line per stage (a stage's own text may hold "; ")."""
    if not message:
        return []
    names = sorted({s for s in stages if s}, key=len, reverse=True)
    if not names:
        return [StageLine("", message)]
    marks = list(re.finditer(r"(?:^|; )(" + "|".join(map(re.escape, names)) + r"): ", message))
    if not marks:
        return [StageLine("", message)]
    lines = []
    if marks[0].start() > 0:
        lines.append(StageLine("", message[: marks[0].start()]))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(message)
        lines.append(StageLine(m.group(1), message[m.end():end]))
    return lines


def gather_status(config: Settings, *, runs: int = 5, failures: int = 10, run_id: str | None = None) -> Status:
    """The store's state; with ``run_id`` only that run, its stages and its failures."""
    path = config.database_path
    root = config.root
    status = Status(database=workspace_path(path, root), exists=path.exists(), code_schema_version=code_schema_version())
    if not path.exists():
        if run_id is not None:
            raise StoreError(f"no database at {status.database}", hint="run `callinsight run` or `callinsight import` first")
        return status
    with open_store(path, storage_version=_storage_version(config)) as con:
        status.schema_version = schema_version(con)
        status.storage_version = file_storage_version(con)
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        for table in COUNTED:
            if table in tables:
                row = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
                status.counts[table] = int(row[0]) if row else 0
        where, params = ("WHERE run_id = ?", [run_id]) if run_id is not None else ("", [])
        rows = con.execute(
            "SELECT run_id, command, started_at, finished_at, status, coalesce(calls_new, 0), coalesce(calls_failed, 0),"
            f" coalesce(message, ''), coalesce(stages, []) FROM runs {where} ORDER BY started_at DESC LIMIT ?",
            [*params, int(runs)],
        ).fetchall()
        if run_id is not None and not rows:
            raise StoreError(f"no run '{run_id}' in {status.database}", hint="`callinsight status` lists the recent runs")
        status.runs = [
            RunLine(r[0], r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), r[7], split_stage_messages(r[7], list(r[8])))
            for r in rows
        ]
        fwhere = "WHERE run_id = ?" if run_id is not None else ""
        total = con.execute(f"SELECT count(*) FROM failures {fwhere}", params).fetchone()
        status.failures_total = int(total[0]) if total else 0
        status.failures = [
            FailureLine(r[0], r[1], workspace_path(r[2], root), r[3], r[4])
            for r in con.execute(
                f"SELECT created_at, run_id, path, stage, reason FROM failures {fwhere} ORDER BY created_at DESC, failure_id DESC LIMIT ?",
                [*params, int(failures)],
            ).fetchall()
        ]
        if run_id is None:
            cur = con.execute(
                "SELECT stage, reason, count(*) AS calls FROM stage_done WHERE status = 'skipped' GROUP BY ALL ORDER BY calls DESC"
            )
            cols = [d[0] for d in cur.description]
            status.skipped = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    return status


def _storage_version(config: Settings) -> str:
    """The configured ``[store] storage_version`` (a bare ``Settings`` has none: the default)."""
    from callinsight.store.compat import DEFAULT_STORAGE_VERSION

    store = getattr(config, "store", None)
    return str(getattr(store, "storage_version", DEFAULT_STORAGE_VERSION))
