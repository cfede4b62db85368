"""Problems found in any domain: findings with the taxonomy's category when one fits, else `other`."""

from __future__ import annotations

from typing import Any

from callinsight.config import CompanyConfig
from callinsight.mining.config import MiningConfig
from callinsight.mining.miner import CallText, Miner
from callinsight.mining.problems import load_cues
from callinsight.mining.stage import MiningStage
from callinsight.mining.taxonomy import parse_taxonomy
from callinsight.pipeline.context import StageContext
from callinsight.pipeline.progress import null_progress
from callinsight.records import Utterance
from callinsight.store.writes import write_transcript

PROBLEM_KINDS = ("pain_point", "churn_signal", "objection")
# A dental clinic: none of these words is in the default taxonomy. Written for this test.
CLINIC = [
    ("agent", "Good morning, Brightsmile Dental, how can I help?"),
    ("customer", "Hello, good morning."),
    ("customer", "The crown you fitted last month already cracked and nobody called me back."),
    ("customer", "What time do you open on Saturday?"),
    ("customer", "Thanks, you've been very helpful."),
    ("customer", "I have been waiting three weeks for my X-ray results."),
    ("customer", "I want to cancel my membership plan."),
]
SMALL_TAXONOMY = {
    "languages": ["en"],
    "kinds": {
        "objection": {"categories": {"price": {"patterns": ["too expensive"]}}},
        "pain_point": {"categories": {"billing": {"patterns": ["charge twice"]}}},
        "churn_signal": {"categories": {"cancel": {"patterns": ["cancel"]}}},
    },
}


def test_stage_flags_problems_in_an_unfamiliar_domain(config: Any, con: Any, nlp: Any, embedder: Any, make_transcript: Any) -> None:
    config.company = CompanyConfig(name="Brightsmile")
    write_transcript(con, make_transcript("d1", CLINIC, kind="support"), None)
    MiningStage(nlp=nlp, embedder=embedder).run(StageContext(config=config, con=con, run_id="r", progress=null_progress()))
    rows = con.execute(
        """SELECT i.seq, i.kind, i.category, i.quote, i.method, u.text, i.char_start, i.char_end
           FROM insights i JOIN utterances u USING (call_id, seq) WHERE call_id = 'd1'"""
    ).fetchall()
    flagged = {r[0] for r in rows if r[1] in PROBLEM_KINDS}
    assert {2, 5, 6} <= flagged  # the cracked crown, the wait, the cancellation
    assert not flagged & {1, 3, 4}  # greeting, plain question, thanks
    assert ("churn_signal", "cancel") in {(r[1], r[2]) for r in rows if r[0] == 6}
    for _seq, _kind, _cat, quote, method, text, cs, ce in rows:
        assert text[cs:ce] == quote
        assert method in ("rule", "semantic", "sentiment", "fuzzy")
    # v_insights shows them like any other finding
    assert con.execute("SELECT count(*) FROM v_insights WHERE call_id = 'd1' AND seq = 2").fetchone()[0] >= 1


def test_uncategorised_problems_are_other_never_nothing(nlp: Any) -> None:
    taxonomy = parse_taxonomy(SMALL_TAXONOMY, "small.yaml")
    miner = Miner(nlp, None, taxonomy, MiningConfig(semantic=False), CompanyConfig(name="Brightsmile"), load_cues("en"))
    utts = [Utterance(i, role, None, None, text) for i, (role, text) in enumerate(CLINIC)]  # type: ignore[arg-type]
    (mined,) = miner.mine([CallText("d1", "en", None, None, utts)])
    found = {(i.seq, i.kind, i.category) for i in mined.insights}
    assert (2, "pain_point", "other") in found
    assert (5, "pain_point", "other") in found
    assert (6, "churn_signal", "cancel") in found and (6, "churn_signal", "other") not in found  # the taxonomy's own
    assert not {s for s, _, _ in found} & {0, 1, 3, 4}  # the agent, greeting, question, thanks


def test_without_cues_only_taxonomy_categories(nlp: Any) -> None:
    taxonomy = parse_taxonomy(SMALL_TAXONOMY, "small.yaml")
    miner = Miner(nlp, None, taxonomy, MiningConfig(semantic=False), CompanyConfig(name="Brightsmile"))
    utts = [Utterance(i, role, None, None, text) for i, (role, text) in enumerate(CLINIC)]  # type: ignore[arg-type]
    (mined,) = miner.mine([CallText("d1", "en", None, None, utts)])
    assert {i.category for i in mined.insights} == {"cancel"}
