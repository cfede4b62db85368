"""The mine stage's batched store writes: the same rows as call-by-call writes, all or nothing, a fallback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from callinsight.config import CompanyConfig
from callinsight.errors import StoreError
from callinsight.mining import store as mining_store
from callinsight.mining.miner import CallText, MinedCall, Miner
from callinsight.mining.problems import load_cues
from callinsight.mining.stage import MiningStage, fast_pipes
from callinsight.mining.taxonomy import load_taxonomy
from callinsight.pipeline.context import StageContext
from callinsight.pipeline.progress import null_progress
from callinsight.store.db import connect
from callinsight.store.writes import write_transcript

CALLS = {
    "a": [("agent", "Thanks for calling Northwind."), ("customer", "Honestly, it's too expensive and we may switch to hub spot."),
          ("agent", "I understand, let me look at the annual plan."), ("customer", "Also the export keeps failing since Monday.")],
    "b": [("customer", "I want to cancel my subscription."), ("agent", "Sorry to hear that. May I ask why?")],
    "c": [("customer", "Thanks, that's all for today."), ("agent", "You're welcome, have a nice day.")],
}


def _rows(con: Any) -> dict[str, list[tuple[Any, ...]]]:
    out = {table: sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in mining_store.MINING_TABLES}
    out["stage_done"] = sorted(con.execute("SELECT call_id, stage, status, reason FROM stage_done WHERE stage = 'mine'").fetchall())
    return out


def _mined(config: Any, nlp: Any, embedder: Any, con: Any, make_transcript: Any) -> list[MinedCall]:
    for call_id, lines in CALLS.items():
        write_transcript(con, make_transcript(call_id, lines, kind="support"), None)
    miner = Miner(nlp, embedder, load_taxonomy(), config.mining, config.company, load_cues("en"))
    calls = [CallText(c.call_id, c.language, c.kind, c.duration_s, c.utterances) for c in mining_store.read_calls(con, list(CALLS))]
    with fast_pipes(nlp):
        return miner.mine(calls)


@pytest.fixture
def company_config(config: Any) -> Any:
    config.company = CompanyConfig(name="Northwind", competitors={"HubSpot": ["hub spot"]})
    return config


def test_batch_write_stores_the_same_rows_as_call_by_call(
    company_config: Any, con: Any, nlp: Any, embedder: Any, make_transcript: Any, tmp_path: Path
) -> None:
    mined = _mined(company_config, nlp, embedder, con, make_transcript)
    assert sum(len(m.insights) for m in mined) >= 3 and any(m.candidates or m.insights for m in mined)
    other = connect(tmp_path / "other.duckdb")
    for call_id, lines in CALLS.items():
        write_transcript(other, make_transcript(call_id, lines, kind="support"), None)
    for m in mined:
        mining_store.write_mined_call(other, m, "r1")
    mining_store.write_mined_calls(con, mined, "r1")
    expected = _rows(other)
    assert expected["insights"] and len(expected["stage_done"]) == 3
    assert _rows(con) == expected
    # Writing again replaces the calls' rows (a re-mine), it never adds to them.
    mining_store.write_mined_calls(con, mined, "r1")
    assert _rows(con) == expected
    other.close()


def test_a_failed_batch_write_leaves_every_call_of_it_untouched(
    company_config: Any, con: Any, nlp: Any, make_transcript: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    company_config.mining.semantic = False
    mined = _mined(company_config, nlp, None, con, make_transcript)
    mining_store.write_mined_call(con, mined[0], "old")
    before = _rows(con)

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("refused")

    monkeypatch.setattr(mining_store, "mark_stages_done", boom)  # after every insert: the rollback must undo them
    with pytest.raises(RuntimeError, match="refused"):
        mining_store.write_mined_calls(con, mined, "new")
    assert _rows(con) == before


def test_the_stage_writes_call_by_call_when_a_batch_write_fails(
    company_config: Any, con: Any, nlp: Any, make_transcript: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    company_config.mining.semantic = False
    for call_id, lines in CALLS.items():
        write_transcript(con, make_transcript(call_id, lines, kind="support"), None)
    batches: list[int] = []
    real = mining_store.write_mined_calls

    def counted(c: Any, mined: Any, run_id: Any) -> None:
        batches.append(len(mined))
        real(c, mined, run_id)

    monkeypatch.setattr("callinsight.mining.stage.write_mined_calls", counted)
    ctx = StageContext(config=company_config, con=con, run_id="r1", progress=null_progress())
    assert MiningStage(nlp=nlp).run(ctx).processed == 3
    assert batches == [3]  # the three calls went in one transaction
    expected = _rows(con)
    con.execute("DELETE FROM stage_done WHERE stage = 'mine'")

    def refused(*args: Any, **kwargs: Any) -> None:
        raise ValueError("one row the store refuses")

    monkeypatch.setattr("callinsight.mining.stage.write_mined_calls", refused)
    result = MiningStage(nlp=nlp).run(StageContext(config=company_config, con=con, run_id="r1", progress=null_progress()))
    assert (result.processed, result.failed) == (3, 0)
    assert _rows(con) == expected  # each call on its own, the same rows

    def disk_full(*args: Any, **kwargs: Any) -> None:
        raise StoreError("disk full")

    con.execute("DELETE FROM stage_done WHERE stage = 'mine'")
    monkeypatch.setattr("callinsight.mining.stage.write_mined_calls", disk_full)
    with pytest.raises(StoreError):  # the store itself refuses: no fallback, the run stops
        MiningStage(nlp=nlp).run(StageContext(config=company_config, con=con, run_id="r1", progress=null_progress()))
