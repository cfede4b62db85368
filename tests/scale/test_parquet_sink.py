"""Parquet partitions read through the store's own views give the rows the DuckDB store gives."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from callinsight.errors import StoreError
from callinsight.records import (
    CallMetadata,
    CallMetrics,
    Failure,
    Transcript,
    TranscriptionOptions,
    Utterance,
    Word,
)
from callinsight.scale.parquet_sink import ParquetSink, open_parquet_store
from callinsight.store.db import connect
from callinsight.store.writes import record_failure, write_transcript

NIGHT_1 = date(2026, 11, 20)
NIGHT_2 = date(2026, 11, 21)


def transcript(n: int, text: str = "thanks for calling") -> Transcript:
    """A small call with every kind of value the core tables hold (lists, JSON, timestamps, NULLs)."""
    utterances = [
        Utterance(
            seq=i,
            role="agent" if i % 2 == 0 else "customer",
            start_s=float(i * 3),
            end_s=float(i * 3 + 2.5),
            text=f"{text} {n}.{i}",
            words=[Word(i * 3.0, i * 3.0 + 0.4, text.split()[0], 0.9)],
            confidence=0.8 + i / 100,
            language="en",
            channel=i % 2,
        )
        for i in range(3 + n)
    ]
    metrics = CallMetrics(
        duration_s=30.0 + n, turn_count=len(utterances), talk_s_agent=7.5, talk_s_customer=5.0,
        talk_ratio_agent=0.6, silence_share=None, overlap_count=n, overlap_s=0.25 * n, wpm_agent=140.0,
        wpm_customer=None, longest_monologue_s_agent=2.5, longest_monologue_s_customer=2.5,
        questions_agent=1, questions_customer=0,
    )
    meta = CallMetadata(
        started_at=datetime(2026, 11, 19, 9, tzinfo=UTC) + timedelta(hours=n), direction="inbound",
        kind="support", agent=f"agent{n % 2}", account=None, tags=("vip", f"t{n}"), extra={"queue": n},
        source="sidecar",
    )
    return Transcript(
        call_id=f"call{n:02d}", source="audio", source_path=f"/rec/{n}.wav", metadata=meta,
        utterances=utterances, language="en", duration_s=30.0 + n, channels=2, metrics=metrics,
        redactions={"phone": n} if n else {}, model="whisper-tiny.en", options=TranscriptionOptions(engine="faster-whisper", device="cpu", compute_type="int8", beam_size=1, vad_filter=True),
    )


def rows(con: Any, sql: str) -> list[tuple[Any, ...]]:
    return con.execute(sql).fetchall()


V_CALLS = "SELECT * FROM v_calls ORDER BY call_id"
V_UTTERANCES = "SELECT * FROM v_utterances ORDER BY call_id, seq"
CORE = {
    "calls": "SELECT * EXCLUDE (created_at) FROM calls ORDER BY call_id",
    "call_metrics": "SELECT * FROM call_metrics ORDER BY call_id",
    "redactions": "SELECT * FROM redactions ORDER BY call_id, kind",
    "utterances": "SELECT * FROM utterances ORDER BY call_id, seq",
}


@pytest.fixture
def store(tmp_path: Path) -> Any:
    con = connect(tmp_path / "store.duckdb")
    yield con
    con.close()


def test_views_over_parquet_match_the_store(tmp_path: Path, store: Any) -> None:
    calls = [transcript(n) for n in range(4)]
    for t in calls:
        write_transcript(store, t, "run1")
    record_failure(store, Failure("/rec/bad.wav", "ingest", "cannot decode"), "run1")
    # Two workers, two nights, one of them flushing twice.
    with ParquetSink(tmp_path / "parts", "w1", NIGHT_1) as w1:
        w1.write_transcript(calls[0], "run1")
        w1.flush()
        w1.write_transcript(calls[1], "run1")
        w1.record_failure(Failure("/rec/bad.wav", "ingest", "cannot decode"), "run1")
    with ParquetSink(tmp_path / "parts", "w2", NIGHT_2) as w2:
        w2.write_transcript(calls[2], "run1")
        w2.write_transcript(calls[3], "run1")
    assert len(list((tmp_path / "parts" / "table=calls").glob("night=*/part-*.parquet"))) == 3

    pq = open_parquet_store(tmp_path / "parts")
    assert rows(pq, V_CALLS) == rows(store, V_CALLS)
    assert rows(pq, V_UTTERANCES) == rows(store, V_UTTERANCES)
    assert len(rows(pq, V_UTTERANCES)) == sum(len(t.utterances) for t in calls)
    for sql in CORE.values():
        assert rows(pq, sql) == rows(store, sql)
    drop = "SELECT path, stage, reason, call_id, run_id FROM v_failures"
    assert rows(pq, drop) == rows(store, drop)
    pq.close()


def test_a_call_processed_again_replaces_the_older_version(tmp_path: Path, store: Any) -> None:
    old, new = transcript(1, "first take"), transcript(1, "second take here")
    write_transcript(store, old, "run1")
    write_transcript(store, new, "run2")
    with ParquetSink(tmp_path / "parts", "w1", NIGHT_1) as sink:
        sink.write_transcript(old, "run1")
    with ParquetSink(tmp_path / "parts", "w2", NIGHT_2) as sink:
        sink.write_transcript(new, "run2")
    pq = open_parquet_store(tmp_path / "parts")
    assert rows(pq, V_UTTERANCES) == rows(store, V_UTTERANCES)
    assert {r[5].split()[0] for r in rows(pq, V_UTTERANCES)} == {"second"}
    assert rows(pq, CORE["calls"]) == rows(store, CORE["calls"])
    pq.close()


def test_a_worker_dying_mid_flush_leaves_nothing_visible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import callinsight.scale.parquet_sink as ps

    with ParquetSink(tmp_path / "parts", "w1", NIGHT_1) as sink:
        sink.write_transcript(transcript(1), "run1")
    real_replace = ps.os.replace

    def die_before_calls(src: Any, dst: Any) -> None:
        if "table=calls" in str(dst):
            raise KeyboardInterrupt("killed")  # the process dies between the utterances part and the calls part
        real_replace(src, dst)

    monkeypatch.setattr(ps.os, "replace", die_before_calls)
    sink2 = ParquetSink(tmp_path / "parts", "w2", NIGHT_2)
    sink2.write_transcript(transcript(2), "run1")
    with pytest.raises(KeyboardInterrupt):
        sink2.flush()
    assert list((tmp_path / "parts" / "table=utterances").glob("night=2026-11-21/part-*.parquet"))  # orphan part
    pq = open_parquet_store(tmp_path / "parts")
    assert [r[0] for r in rows(pq, V_CALLS)] == ["call01"]
    assert {r[0] for r in rows(pq, V_UTTERANCES)} == {"call01"}  # call02's orphan rows stay hidden
    assert rows(pq, "SELECT count(*) FROM call_metrics") == [(1,)]
    pq.close()


def test_views_file_is_rebuilt_but_never_a_real_store(tmp_path: Path, store: Any) -> None:
    with ParquetSink(tmp_path / "parts", "w1", NIGHT_1) as sink:
        sink.write_transcript(transcript(0), "run1")
    views = tmp_path / "views.duckdb"
    open_parquet_store(tmp_path / "parts", views).close()
    with ParquetSink(tmp_path / "parts", "w1", NIGHT_2) as sink:
        sink.write_transcript(transcript(3), "run1")
    con = open_parquet_store(tmp_path / "parts", views)  # rebuilt: sees the new night
    assert [r[0] for r in rows(con, V_CALLS)] == ["call00", "call03"]
    con.close()
    store.close()
    with pytest.raises(StoreError, match="not a Parquet view file"):
        open_parquet_store(tmp_path / "parts", tmp_path / "store.duckdb")
    assert (tmp_path / "store.duckdb").exists()


def test_no_parts_yet_gives_empty_views(tmp_path: Path) -> None:
    con = open_parquet_store(tmp_path / "nothing")
    assert rows(con, "SELECT count(*) FROM v_calls") == [(0,)]
    con.close()


def test_worker_name_must_be_a_safe_file_name(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        ParquetSink(tmp_path, "../evil")


def test_each_machine_exports_its_store_and_the_views_see_all(tmp_path: Path, store: Any) -> None:
    from callinsight.scale.parquet_sink import export_calls

    machines = [connect(tmp_path / "m1.duckdb"), connect(tmp_path / "m2.duckdb")]
    for n in range(4):
        t = transcript(n)
        write_transcript(store, t, "run1")  # what one central store would hold
        write_transcript(machines[n % 2], t, "run1")
    write_transcript(machines[0], transcript(9), "run1")  # stored there, but not exported below
    export_calls(machines[0], tmp_path / "parts", "m1", NIGHT_1, ["call00", "call02"])
    export_calls(machines[1], tmp_path / "parts", "m2", NIGHT_1)
    for m in machines:
        m.close()
    pq = open_parquet_store(tmp_path / "parts")
    assert rows(pq, V_CALLS) == rows(store, V_CALLS)
    assert rows(pq, V_UTTERANCES) == rows(store, V_UTTERANCES)
    assert rows(pq, CORE["call_metrics"]) == rows(store, CORE["call_metrics"])
    pq.close()
