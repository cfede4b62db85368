"""docs/views.md is generated from the schema; every query in docs/queries.md runs and finds rows."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from callinsight.query import run_query
from callinsight.report.viewdocs import DESCRIPTIONS, DOCUMENTED, fresh_docs

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_views_doc_matches_the_schema() -> None:
    committed = (DOCS / "views.md").read_text(encoding="utf-8")
    assert committed == fresh_docs(), (
        "docs/views.md is out of date with the migrations: regenerate it with "
        "`.venv/bin/python -m callinsight.report.viewdocs > docs/views.md` and commit it"
    )


def test_every_promised_view_exists_and_is_described() -> None:
    text = fresh_docs()
    for view in DOCUMENTED:
        assert f"## `{view}`" in text, f"{view} is promised to analysts but no migration defines it"
    for view in re.findall(r"^## `(v_\w+)`", text, flags=re.M):
        assert view in DESCRIPTIONS, f"{view} has no description: add one to callinsight.report.viewdocs.DESCRIPTIONS"


def _queries() -> list[tuple[str, str]]:
    text = (DOCS / "queries.md").read_text(encoding="utf-8")
    out, title = [], ""
    for block in re.split(r"^## ", text, flags=re.M)[1:]:
        title = block.splitlines()[0]
        out += [(title, sql) for sql in re.findall(r"```sql\n(.*?)```", block, flags=re.S)]
    return out


def test_queries_doc_has_examples() -> None:
    assert 4 <= len(_queries()) <= 8


@pytest.mark.parametrize(("title", "sql"), _queries(), ids=[t for t, _ in _queries()])
def test_documented_query_runs_and_returns_rows(populated: Any, title: str, sql: str) -> None:
    result = run_query(Path(populated.database_path), sql)
    assert result.rows, f"'{title}' returned no rows on the test store"


def test_documented_queries_run_in_duckdb_1x(populated: Any) -> None:
    """The same queries, in the DuckDB 1.x client analysts' tools ship (``make duckdb1``), give the same rows."""
    import json
    import os
    import subprocess

    client = Path(os.environ.get("CALLINSIGHT_DUCKDB1_PYTHON", DOCS.parent / ".venv-duckdb1" / "bin" / "python"))
    if not client.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the DuckDB 1.x client environment is missing ({client}); `make duckdb1` creates it")
        pytest.skip(f"no DuckDB 1.x client at {client}: run `make duckdb1` (make test does) to create it")
    reader = (
        "import json, sys, duckdb\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "print(json.dumps([len(con.execute(q).fetchall()) for q in json.loads(sys.argv[2])]))\n"
    )
    queries = [sql for _, sql in _queries()]
    proc = subprocess.run([str(client), "-c", reader, str(populated.database_path), json.dumps(queries)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    here = [len(run_query(Path(populated.database_path), sql).rows) for sql in queries]
    assert json.loads(proc.stdout) == here and all(here)
