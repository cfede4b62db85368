"""A DuckDB 1.x client (in its own environment, ``make duckdb1``) reads the store and every view.

Analysts open ``callinsight.duckdb`` with the DuckDB their notebook, BI tool or JDBC/ODBC driver ships,
which today is a 1.x release. The client runs in a subprocess from ``.venv-duckdb1`` (override with
``CALLINSIGHT_DUCKDB1_PYTHON``); outside CI a missing environment skips with the command that makes it,
in CI (``CI=true``) it is a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.report.viewdocs import documented_views
from callinsight.store.db import connect

REPO = Path(__file__).resolve().parents[2]
CLIENT = Path(os.environ.get("CALLINSIGHT_DUCKDB1_PYTHON", REPO / ".venv-duckdb1" / "bin" / "python"))

# Select every row of every v_* view, as a plain client: no callinsight, no extensions installed.
READER = """
import json, sys, duckdb
out = {"version": duckdb.__version__, "views": {}}
con = duckdb.connect(sys.argv[1], read_only=True)
con.execute("SET autoinstall_known_extensions = false")
views = [r[0] for r in con.execute(
    "SELECT view_name FROM duckdb_views() WHERE NOT internal AND view_name LIKE 'v\\\\_%' ESCAPE '\\\\' ORDER BY 1").fetchall()]
for v in views:
    out["views"][v] = len(con.execute(f'SELECT * FROM "{v}"').fetchall())
print(json.dumps(out))
"""

CALLS = [
    {"id": "c1", "started_at": "2026-03-02T09:00:00Z", "metadata": {"kind": "sales"}, "utterances": [
        {"role": "agent", "text": "Thanks for calling, how can I help you today?"},
        {"role": "customer", "text": "Your price went up again and the invoice is far too expensive for our team."},
        {"role": "customer", "text": "We are looking at Zendesk because it seems cheaper."}]},
    {"id": "c2", "started_at": "2026-03-03T10:00:00Z", "metadata": {"kind": "support"}, "utterances": [
        {"role": "agent", "text": "Support desk, what seems to be the problem?"},
        {"role": "customer", "text": "The export keeps failing with an error every time I try to download the report."},
        {"role": "customer", "text": "It has been broken for a week and I am really frustrated."}]},
    {"id": "c3", "started_at": "2026-03-10T11:00:00Z", "metadata": {"kind": "support"}, "utterances": [
        {"role": "agent", "text": "Hello, you are through to support."},
        {"role": "customer", "text": "I cannot log in since the last update, the password reset email never arrives."}]},
]


def _client() -> Path:
    if CLIENT.exists():
        return CLIENT
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the DuckDB 1.x client environment is missing ({CLIENT}); `make duckdb1` creates it")
    pytest.skip(f"no DuckDB 1.x client at {CLIENT}: run `make duckdb1` (make test does) to create it")


def _read_with_1x(path: Path) -> dict[str, Any]:
    proc = subprocess.run([str(_client()), "-c", READER, str(path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result: dict[str, Any] = json.loads(proc.stdout)
    assert result["version"].startswith("1."), result["version"]
    return result


def _counts_here(path: Path) -> tuple[list[str], dict[str, int]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        views = documented_views(con)
        return views, {v: len(con.execute(f'SELECT * FROM "{v}"').fetchall()) for v in views}
    finally:
        con.close()


def test_a_fresh_store_opens_in_duckdb_1x(tmp_path: Path) -> None:
    _client()
    path = tmp_path / "fresh.duckdb"
    connect(path).close()
    views, counts = _counts_here(path)
    result = _read_with_1x(path)
    assert sorted(result["views"]) == sorted(views) and len(views) > 10
    assert result["views"] == counts


def test_the_store_after_import_and_run_opens_in_duckdb_1x(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _client()
    monkeypatch.chdir(workspace)
    (workspace / "calls.jsonl").write_text("\n".join(json.dumps(c) for c in CALLS) + "\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["import", "calls.jsonl"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["run"])
    assert res.exit_code in (0, 3), res.output
    path = workspace / "callinsight.duckdb"
    views, counts = _counts_here(path)
    result = _read_with_1x(path)
    assert sorted(result["views"]) == sorted(views)
    assert result["views"] == counts  # every view, every row, the same as DuckDB 2.0 reads
    assert counts["v_calls"] == len(CALLS) and counts["v_utterances"] == sum(len(c["utterances"]) for c in CALLS)
    assert sys.executable != str(CLIENT)
