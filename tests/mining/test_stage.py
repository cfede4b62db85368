"""The mine stage end to end on a store: invariants, language skip, transactions, only new work, CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from callinsight.config import CompanyConfig
from callinsight.mining import store as mining_store
from callinsight.mining.stage import MiningStage
from callinsight.pipeline.context import StageContext
from callinsight.pipeline.progress import null_progress
from callinsight.store.writes import write_transcript

V_INSIGHTS = ["call_id", "seq", "role", "kind", "category", "quote", "start_s", "end_s", "method", "confidence"]


@pytest.fixture
def company_config(config: Any) -> Any:
    config.company = CompanyConfig(name="Northwind", competitors={"HubSpot": ["hub spot"], "Zendesk": ["zen desk"]})
    return config


def run_stage(config: Any, con: Any, nlp: Any, embedder: Any, run_id: str = "r1") -> Any:
    ctx = StageContext(config=config, con=con, run_id=run_id, progress=null_progress())
    return MiningStage(nlp=nlp, embedder=embedder).run(ctx)


def test_mined_call_invariants(company_config: Any, con: Any, nlp: Any, embedder: Any, make_transcript: Any, sales_call: Any) -> None:
    write_transcript(con, make_transcript("c1", sales_call, kind="sales"), None)
    result = run_stage(company_config, con, nlp, embedder)
    assert result.processed == 1 and result.failed == 0

    rows = con.execute(
        """SELECT i.seq, i.role, i.kind, i.category, i.quote, i.char_start, i.char_end, i.start_s, i.end_s,
                  i.method, i.confidence, i.agent_response, u.text, u.start_s, u.end_s
           FROM insights i JOIN utterances u USING (call_id, seq) WHERE call_id = 'c1'"""
    ).fetchall()
    assert rows
    for seq, role, kind, _cat, quote, cs, ce, start, end, method, conf, response, text, us, ue in rows:
        assert text[cs:ce] == quote, (seq, quote)
        assert us <= start < end <= ue + 1e-9
        assert method in ("rule", "semantic", "sentiment", "fuzzy") and 0 < conf <= 1
        if kind in ("objection", "pain_point", "churn_signal", "feature_request"):
            assert role == "customer"
            assert response in ("answered", "acknowledged", "ignored", "no_reply")
    found = {(r[0], r[2], r[3]) for r in rows}
    assert (1, "objection", "price") in found
    assert (3, "objection", "authority") in found
    assert (3, "objection", "price") not in found  # "It's not too expensive compared to ..."
    assert (3, "competitor", "Zendesk") in found  # "Zendsk", misspelt
    assert (5, "competitor", "HubSpot") in found  # "hub spot"
    assert (5, "feature_request", "feature_request") in found
    assert (7, "objection", "price") in found  # semantic
    assert not any(r[1] == "agent" and r[2] == "objection" for r in rows)  # the agent's "pricing ... budget" line

    responses = {(r[0], r[3]): r[11] for r in rows if r[2] == "objection"}
    assert responses[(1, "price")] == "answered"
    assert responses[(3, "authority")] == "ignored"
    assert responses[(7, "price")] == "no_reply"

    # words narrow the quote's time to the sentence, not the whole utterance
    (start, end, us, ue) = next((r[7], r[8], r[13], r[14]) for r in rows if r[2] == "feature_request")
    assert us < start < end <= ue  # the second sentence of its utterance

    stage = con.execute("SELECT stage FROM v_calls WHERE call_id = 'c1'").fetchone()[0]
    assert stage in ("consideration", "decision")
    sentiments = con.execute("SELECT count(sentiment) FROM v_utterances WHERE call_id = 'c1'").fetchone()[0]
    assert sentiments == len(sales_call)
    quarters = con.execute("SELECT count(*) FROM call_sentiment WHERE call_id = 'c1'").fetchone()[0]
    assert quarters == 8  # two roles x four quarters


def test_uncovered_language_is_skipped_with_reason(company_config: Any, con: Any, nlp: Any, embedder: Any, make_transcript: Any) -> None:
    # Korean ships (taxonomy.ko.yaml); Japanese has no taxonomy or pipeline
    write_transcript(con, make_transcript("ko1", [("customer", "値段が高すぎます")], language="ja"), None)
    write_transcript(con, make_transcript("en1", [("customer", "It's too expensive.")]), None)
    result = run_stage(company_config, con, nlp, embedder)
    assert (result.processed, result.skipped) == (1, 1)
    assert "1 skipped" in result.message
    row = con.execute("SELECT status, reason FROM stage_done WHERE call_id = 'ko1' AND stage = 'mine'").fetchone()
    assert row == ("skipped", "language ja not covered by taxonomy")
    status = con.execute("SELECT status, count(*) FROM v_mining_status GROUP BY ALL ORDER BY 1").fetchall()
    assert status == [("ok", 1), ("skipped", 1)]
    assert con.execute("SELECT count(*) FROM insights WHERE call_id = 'ko1'").fetchone()[0] == 0


def test_only_new_work_and_one_transaction_per_call(
    company_config: Any, con: Any, nlp: Any, embedder: Any, monkeypatch: pytest.MonkeyPatch, make_transcript: Any
) -> None:
    write_transcript(con, make_transcript("a", [("customer", "I want to cancel my subscription.")]), None)
    run_stage(company_config, con, nlp, embedder, "r1")
    before = con.execute("SELECT kind, category, quote, run_id FROM insights WHERE call_id = 'a'").fetchall()
    assert before == [("churn_signal", "cancel", "I want to cancel my subscription.", "r1")]

    again = run_stage(company_config, con, nlp, embedder, "r2")
    assert again.processed == 0 and again.message == "nothing new to mine"

    write_transcript(con, make_transcript("b", [("customer", "I was charged twice.")]), None)
    third = run_stage(company_config, con, nlp, embedder, "r3")
    assert third.processed == 1
    assert con.execute("SELECT run_id FROM insights WHERE call_id = 'a'").fetchall() == [("r1",)]

    # A failure while writing a call leaves that call exactly as it was: old insights, still pending.
    con.execute("DELETE FROM stage_done WHERE call_id = 'a' AND stage = 'mine'")

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(mining_store, "mark_stage_done", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        run_stage(company_config, con, nlp, embedder, "r4")
    assert con.execute("SELECT kind, category, quote, run_id FROM insights WHERE call_id = 'a'").fetchall() == before
    assert con.execute("SELECT count(*) FROM stage_done WHERE call_id = 'a' AND stage = 'mine'").fetchone()[0] == 0


def test_cli_sql_v_insights_columns_taxonomy_copy_and_rerun(workspace: Path, config: Any, con: Any, nlp: Any, make_transcript: Any) -> None:
    from callinsight.cli import app

    config.mining.semantic = False
    write_transcript(con, make_transcript("c1", [("customer", "We're moving to another provider next quarter.")]), None)
    run_stage(config, con, nlp, None)
    con.close()
    runner = CliRunner()
    cfg = ["--config", str(workspace / "callinsight.toml")]
    out = runner.invoke(app, [*cfg, "sql", "SELECT * FROM v_insights", "--format", "csv"])
    assert out.exit_code == 0, out.output
    header = out.output.splitlines()[0].split(",")
    assert header[: len(V_INSIGHTS)] == V_INSIGHTS
    assert "switch" in out.output

    copy = workspace / "my_taxonomy.yaml"
    out = runner.invoke(app, [*cfg, "mining", "taxonomy", "--output", str(copy)])
    assert out.exit_code == 0 and copy.exists()
    assert runner.invoke(app, [*cfg, "mining", "taxonomy", "--output", str(copy)]).exit_code == 2  # no overwrite

    # Drop the "switch" category from the copy, point the config at it, re-mine: the finding is gone.
    text = copy.read_text(encoding="utf-8")
    start = text.index("      switch:\n")
    copy.write_text(text[:start] + text[text.index("      refund:\n"):], encoding="utf-8")
    toml = workspace / "callinsight.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('taxonomy = ""', f'taxonomy = "{copy.name}"').replace("semantic = true", "semantic = false"),
        encoding="utf-8",
    )
    out = runner.invoke(app, [*cfg, "mining", "rerun", "--no-progress"])
    assert out.exit_code == 0, out.output
    assert "cleared mining results of 1 call(s)" in out.output
    out = runner.invoke(app, [*cfg, "sql", "SELECT count(*) AS n FROM v_insights WHERE category = 'switch'", "--format", "csv"])
    assert out.output.splitlines()[1] == "0"


def test_a_call_that_breaks_mining_is_recorded_and_the_batch_goes_on(
    company_config: Any, con: Any, nlp: Any, make_transcript: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from callinsight.mining import stage as stage_module
    from callinsight.mining.miner import CallText, MinedCall, Miner

    class Fragile(Miner):
        def mine(self, calls: list[CallText]) -> list[MinedCall]:
            if any(u.text == "BOOM" for c in calls for u in c.utterances):
                raise ValueError("cannot parse this call")
            return super().mine(calls)

    monkeypatch.setattr(stage_module, "Miner", Fragile)
    company_config.mining.semantic = False
    for call_id, text in [("a", "It's too expensive."), ("bad", "BOOM"), ("b", "I was charged twice.")]:
        write_transcript(con, make_transcript(call_id, [("customer", text)]), None)
    result = run_stage(company_config, con, nlp, None)
    assert (result.processed, result.failed) == (2, 1)
    failure = con.execute("SELECT path, stage, call_id, reason FROM failures").fetchall()
    assert failure == [("bad.json", "mine", "bad", "mining failed: ValueError: cannot parse this call")]
    done = {r[0] for r in con.execute("SELECT call_id FROM stage_done WHERE stage = 'mine'").fetchall()}
    assert done == {"a", "b"}  # the bad call stays pending; the others are mined
