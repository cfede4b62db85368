"""``callinsight scale export-parquet`` / ``parquet-views``: two machines' stores, one set of views."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_parquet_sink import V_CALLS, V_UTTERANCES, transcript
from typer.testing import CliRunner


def machine(root: Path, models_dir: Path, numbers: list[int]) -> Path:
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.settings import load_config
    from callinsight.store.db import open_store
    from callinsight.store.writes import write_transcript

    cfg = write_default_config(root, overrides={"paths": {"models": str(models_dir)}})
    with open_store(load_config(cfg).database_path) as con:
        for n in numbers:
            write_transcript(con, transcript(n), f"run{n % 2}")
    return cfg


def invoke(*args: str) -> Any:
    from callinsight.cli import app

    return CliRunner().invoke(app, list(args))


def test_two_machines_export_and_one_views_file_reads_both(tmp_path: Path, models_dir: Path) -> None:
    import duckdb

    parts, views = tmp_path / "parts", tmp_path / "views.duckdb"
    m1 = machine(tmp_path / "m1", models_dir, [0, 1, 2])
    m2 = machine(tmp_path / "m2", models_dir, [3, 4])
    r1 = invoke("--config", str(m1), "scale", "export-parquet", str(parts), "--worker", "m1", "--night", "2026-11-20", "--run", "run0")
    assert r1.exit_code == 0, r1.output
    assert "2 call(s) exported" in r1.output  # calls 0 and 2 were stored by run0
    r2 = invoke("--config", str(m2), "scale", "export-parquet", str(parts), "--worker", "m2")
    assert r2.exit_code == 0, r2.output
    r3 = invoke("scale", "parquet-views", str(parts), "--out", str(views))
    assert r3.exit_code == 0, r3.output
    assert "(4 calls)" in r3.output

    central = duckdb.connect()
    from callinsight.store.db import apply_migrations
    from callinsight.store.writes import write_transcript

    apply_migrations(central)
    for n in (0, 2, 3, 4):
        write_transcript(central, transcript(n), "x")
    con = duckdb.connect(str(views), read_only=True)  # what an analyst's DuckDB client opens
    assert con.execute(V_CALLS).fetchall() == central.execute(V_CALLS).fetchall()
    assert con.execute(V_UTTERANCES).fetchall() == central.execute(V_UTTERANCES).fetchall()
    con.close()


def test_bad_night_is_a_clear_error(tmp_path: Path, models_dir: Path) -> None:
    cfg = machine(tmp_path / "m", models_dir, [1])
    result = invoke("--config", str(cfg), "scale", "export-parquet", str(tmp_path / "p"), "--worker", "m", "--night", "yesterday")
    assert result.exit_code == 2
    assert "--night must be a date" in result.output
