"""Batched import: the same rows as one transaction per call, a failing call fails alone, re-import is a no-op."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from callinsight.importer import import_transcripts
from callinsight.pipeline.configfile import write_default_config
from callinsight.pipeline.settings import load_config
from callinsight.store.db import open_store, transaction

TABLES = {
    "calls": "SELECT call_id, source, started_at, duration_s, language, direction, kind, agent, account, tags, metadata, status FROM calls",
    "utterances": "SELECT call_id, seq, role, start_s, end_s, text, language FROM utterances",
    "call_metrics": "SELECT * FROM call_metrics",
    "redactions": "SELECT * FROM redactions",
    "stage_done": "SELECT call_id, stage, status FROM stage_done",
}


def _config(folder: Path) -> Any:
    write_default_config(folder)
    return load_config(folder / "callinsight.toml")


def _write_calls(path: Path, n: int, *, changed: int | None = None) -> Path:
    lines = []
    for i in range(n):
        text = f"The invoice for order {i} looks wrong, can you check it?" if i != changed else "Something else entirely now."
        lines.append(json.dumps({
            "id": f"c{i:04d}", "started_at": f"2026-03-{1 + i % 28:02d}T10:00:00+01:00",
            "metadata": {"direction": "inbound", "kind": "support", "agent": "Dana", "tags": ["a", "b"] if i % 2 else [],
                         "ticket": f"T-{i}"},
            "utterances": [
                {"role": "agent", "start": 0.0, "end": 2.0, "text": "Hello, how can I help?"},
                {"role": "customer", "start": 2.5, "end": 6.0, "text": text + (" Call me on 0151 2345 6789." if i % 5 == 0 else "")},
            ],
        }))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _dump(cfg: Any) -> dict[str, list[tuple[Any, ...]]]:
    with open_store(cfg.database_path, read_only=True) as con:
        return {name: sorted(con.execute(sql).fetchall(), key=str) for name, sql in TABLES.items()}


def test_batched_rows_equal_one_transaction_per_call(tmp_path: Path) -> None:
    source = _write_calls(tmp_path / "calls.jsonl", 40)
    one, many = _config(tmp_path / "one"), _config(tmp_path / "many")
    r1 = import_transcripts(one, [source], batch_size=1)
    r2 = import_transcripts(many, [source], batch_size=16)  # two full batches and a partial one
    assert (r1.new, r2.new, r1.failed, r2.failed) == (40, 40, 0, 0)
    assert r1.redactions == r2.redactions and r2.redactions.get("PHONE") == 8
    a, b = _dump(one), _dump(many)
    assert all(len(a[t]) > 0 for t in ("calls", "utterances", "call_metrics", "redactions", "stage_done"))
    assert a == b


def test_a_call_that_cannot_be_stored_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from callinsight.store import writes

    cfg = _config(tmp_path / "ws")
    source = _write_calls(tmp_path / "calls.jsonl", 10)
    real_one = writes.write_transcript

    def broken_one(con: Any, t: Any, run_id: Any) -> None:
        if t.call_id != "c0003":
            return real_one(con, t, run_id)
        with transaction(con):
            con.execute("INSERT INTO calls (call_id, source, source_path) VALUES ('c0003', 'import', 'x')")  # half-written...
            raise RuntimeError("disk full")  # ...then a failure: the transaction takes it back

    def broken_many(con: Any, ts: Any, run_id: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(writes, "write_transcripts", broken_many)
    monkeypatch.setattr(writes, "write_transcript", broken_one)
    result = import_transcripts(cfg, [source], batch_size=500)
    assert result.new == 9 and [f.call_id for f in result.failures] == ["c0003"]
    assert "disk full" in result.failures[0].reason
    dump = _dump(cfg)
    assert len(dump["calls"]) == 9 and all(r[0] != "c0003" for r in dump["utterances"])


def test_importing_the_same_folder_again_changes_nothing(tmp_path: Path) -> None:
    cfg = _config(tmp_path / "ws")
    folder = tmp_path / "history"
    folder.mkdir()
    _write_calls(folder / "a.jsonl", 12)
    first = import_transcripts(cfg, [folder])
    with open_store(cfg.database_path) as con:  # something a later stage derived from a call
        con.execute("INSERT INTO stage_done (call_id, stage, status) VALUES ('c0001', 'mine', 'ok')")
    again = import_transcripts(cfg, [folder])
    assert (first.new, again.new, again.updated, again.unchanged) == (12, 0, 0, 12)
    assert ("c0001", "mine", "ok") in _dump(cfg)["stage_done"]  # nothing was replaced
    _write_calls(folder / "a.jsonl", 12, changed=4)
    third = import_transcripts(cfg, [folder])
    assert (third.new, third.updated, third.unchanged) == (0, 1, 11)
    assert third.calls == [("c0004", "updated", f"{folder / 'a.jsonl'}:5")]
