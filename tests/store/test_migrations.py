from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from callinsight.errors import SchemaTooNewError, StoreError
from callinsight.records import CallMetadata, Transcript, Utterance
from callinsight.store.db import code_schema_version, connect, migrations, schema_version, transaction
from callinsight.store.writes import pending_calls, write_transcript


def test_fresh_database_gets_every_migration(tmp_path: Path) -> None:
    con = connect(tmp_path / "a.duckdb")
    assert schema_version(con) == code_schema_version()
    rows = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [m.version for m in migrations()]
    con.close()


def test_migrations_are_numbered_uniquely_and_in_ranges() -> None:
    versions = [m.version for m in migrations()]
    assert versions == sorted(set(versions))
    assert versions[0] == 1


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    connect(path).close()
    con = connect(path)
    n = con.execute("SELECT count(*) FROM schema_version").fetchone()
    assert n is not None and n[0] == len(migrations())
    con.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    con = connect(path)
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'from_the_future')")
    con.close()
    with pytest.raises(SchemaTooNewError) as err:
        connect(path)
    assert "999" in str(err.value) and err.value.hint


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from callinsight.store import db

    real = db.migrations()
    broken = [*real, db.Migration(real[-1].version + 1, "broken", "CREATE TABLE ok_part (a INT); SELECT * FROM no_such_table;")]
    monkeypatch.setattr(db, "migrations", lambda: broken)
    path = tmp_path / "a.duckdb"
    with pytest.raises(duckdb.Error):
        connect(path)
    monkeypatch.setattr(db, "migrations", lambda: real)
    con = connect(path)
    assert schema_version(con) == real[-1].version
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "ok_part" not in tables  # the half-applied migration was rolled back whole
    con.close()


def test_read_only_open_of_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        connect(tmp_path / "nope.duckdb", read_only=True)


def _transcript(call_id: str, n: int) -> Transcript:
    return Transcript(
        call_id=call_id,
        source="import",
        source_path="x.json",
        metadata=CallMetadata(),
        utterances=[Utterance(seq=i, role="customer", start_s=float(i), end_s=i + 0.5, text=f"turn {i}") for i in range(n)],
        language="en",
        duration_s=float(n),
    )


def test_a_call_is_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = connect(tmp_path / "a.duckdb")
    write_transcript(con, _transcript("c1", 3), None)
    bad = _transcript("c2", 3)
    bad.utterances.append(Utterance(seq=1, role="customer", start_s=0, end_s=1, text="duplicate seq"))  # violates the PK
    with pytest.raises(duckdb.Error):
        write_transcript(con, bad, None)
    assert con.execute("SELECT count(*) FROM calls WHERE call_id = 'c2'").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM utterances WHERE call_id = 'c2'").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM utterances WHERE call_id = 'c1'").fetchone() == (3,)
    con.close()


def test_rewriting_a_call_replaces_it_and_resets_later_stages(tmp_path: Path) -> None:
    con = connect(tmp_path / "a.duckdb")
    write_transcript(con, _transcript("c1", 3), None)
    with transaction(con):
        con.execute("INSERT INTO stage_done (call_id, stage, status) VALUES ('c1', 'mine', 'ok')")
    assert "c1" not in pending_calls(con, "mine")
    write_transcript(con, _transcript("c1", 2), None)
    assert con.execute("SELECT count(*) FROM utterances WHERE call_id = 'c1'").fetchone() == (2,)
    assert "c1" in pending_calls(con, "mine")
    con.close()


def test_a_missing_lower_numbered_migration_is_applied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stages own number ranges: a release can add 012 when the database already has 030."""
    from callinsight.store import db

    real = db.migrations()
    assert len(real) >= 3
    skipped = real[1]
    monkeypatch.setattr(db, "migrations", lambda: [m for m in real if m.version != skipped.version])
    path = tmp_path / "a.duckdb"
    try:
        connect(path).close()
    except duckdb.Error:
        pytest.skip("later migrations depend on the skipped one")
    monkeypatch.setattr(db, "migrations", lambda: real)
    con = connect(path)
    got = {r[0] for r in con.execute("SELECT version FROM schema_version").fetchall()}
    assert skipped.version in got and got == {m.version for m in real}
    con.close()
