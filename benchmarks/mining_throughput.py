"""Mining throughput: sentences per second of the mine stage alone (models loaded before the clock starts).

    .venv/bin/python benchmarks/mining_throughput.py             # 60 calls x 40 turns
    .venv/bin/python benchmarks/mining_throughput.py --calls 200 --no-semantic

Calls are assembled from the evaluation sentences (benchmarks/data/mining_eval.jsonl) and the agent
lines of the hand-written set, alternating agent and customer turns of one to three sentences, and
stored in a temporary DuckDB; the timed part is ``MiningStage.run`` (setup, spaCy pass, batched
encoding, rules, competitors, sentiment, journey, agent responses, and one store transaction per batch
of calls). The same run also times the pure mining step without the store writes, so the two can be
compared. The example sentences' vectors come from ``models/.cache/example-vectors`` as in the stage
(the first run ever fills it; the setup line says whether it was warm).
Target: at least 200 sentences/s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def build_calls(n_calls: int, turns: int, seed: int = 3) -> list:
    from callinsight.records import CallMetadata, Transcript, Utterance, Word

    rows = [json.loads(line) for line in (REPO / "benchmarks/data/mining_eval.jsonl").read_text().splitlines() if line]
    customer = [r["text"] for r in rows if r["role"] == "customer"]
    agent = [r["text"] for r in rows if r["role"] == "agent"] + [
        "Sure, let me check that for you.", "Thanks for calling Northwind, how can I help?",
        "I understand, we can look at the annual plan.", "Could you tell me a bit more about your team?",
    ]
    rng = random.Random(seed)
    calls = []
    for c in range(n_calls):
        utts, t = [], 0.0
        for seq in range(turns):
            role = "agent" if seq % 2 == 0 else "customer"
            text = " ".join(rng.choice(agent if role == "agent" else customer) for _ in range(rng.randint(1, 3)))
            words = []
            start = t
            for w in text.split():
                words.append(Word(t, t + 0.3, " " + w, 0.9))
                t += 0.3
            utts.append(Utterance(seq, role, start, t, text, words))
            t += 0.5
        calls.append(Transcript(f"bench{c:04d}", "import", f"bench{c}.json", CallMetadata(kind=rng.choice(["sales", "support"])),
                                utts, "en", t))
    return calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=60)
    ap.add_argument("--turns", type=int, default=40)
    ap.add_argument("--no-semantic", action="store_true", help="rules only (no sentence embeddings)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads for the encoder (0: torch's default)")
    args = ap.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)

    from callinsight.config import CompanyConfig
    from callinsight.localmodels.factories import load_embedder, load_spacy
    from callinsight.mining.miner import CallText, Miner
    from callinsight.mining.problems import load_cues
    from callinsight.mining.spacy_speed import numpy_matmul
    from callinsight.mining.stage import VECTOR_CACHE, MiningStage, fast_pipes
    from callinsight.mining.taxonomy import load_taxonomy
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress
    from callinsight.pipeline.settings import load_config
    from callinsight.store.db import connect
    from callinsight.store.writes import write_transcript

    root = Path(tempfile.mkdtemp(prefix="mining-bench-"))
    write_default_config(root, overrides={"paths": {"models": str(REPO / "models")}})
    config = load_config(root / "callinsight.toml")
    config.company = CompanyConfig(name="Northwind", competitors={"HubSpot": ["hub spot"], "Zendesk": ["zen desk"], "Salesforce": []})
    config.mining.semantic = not args.no_semantic
    t0 = time.perf_counter()
    nlp = load_spacy(config)
    embedder = load_embedder(config) if config.mining.semantic else None
    print(f"models loaded in {time.perf_counter() - t0:.1f}s (not counted)")

    transcripts = build_calls(args.calls, args.turns)
    con = connect(config.database_path)
    for t in transcripts:
        write_transcript(con, t, None)
    n_utts = sum(len(t.utterances) for t in transcripts)
    with fast_pipes(nlp):
        n_sents = sum(sum(1 for _ in d.sents) for d in nlp.pipe([u.text for t in transcripts for u in t.utterances]))

    # 1. the pure mining step (no store), as the stage runs it
    calls = [CallText(t.call_id, "en", t.metadata.kind, t.duration_s, t.utterances) for t in transcripts]
    cache = config.models_dir / VECTOR_CACHE
    cache_warm = any(cache.glob("*.npy"))
    with fast_pipes(nlp):
        t0 = time.perf_counter()
        plain = Miner(nlp, embedder, load_taxonomy(), config.mining, config.company, load_cues("en"))  # no vector cache
        setup_plain_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        miner = Miner(nlp, embedder, load_taxonomy(), config.mining, config.company, load_cues("en"), vector_cache=cache)
        setup_s = time.perf_counter() - t0  # as the stage: example vectors from the cache (filled by the line above if cold)
    del plain
    with fast_pipes(nlp), numpy_matmul(nlp):
        t0 = time.perf_counter()
        for i in range(0, len(calls), config.mining.batch_calls):
            miner.mine(calls[i : i + config.mining.batch_calls])
        mine_s = time.perf_counter() - t0

    # 0. reference: the two model passes alone, to show how much of mining is model inference
    utt_texts = [u.text for t in transcripts for u in t.utterances]
    with fast_pipes(nlp):
        t0 = time.perf_counter()
        for _ in nlp.pipe(utt_texts, batch_size=128):
            pass
        spacy_s = time.perf_counter() - t0
    encode_s = 0.0
    distinct: list[str] = []
    if embedder is not None:
        with fast_pipes(nlp):
            sents = [s.text for d in nlp.pipe([u.text for t in transcripts for u in t.utterances if u.role == "customer"])
                     for s in d.sents if sum(tok.is_alpha for tok in s) >= config.mining.min_words]
        distinct = list(dict.fromkeys(sents))
        t0 = time.perf_counter()
        embedder.encode(distinct, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        encode_s = time.perf_counter() - t0

    # 2. the whole stage: read, mine, write (one transaction per batch of calls)
    ctx = StageContext(config=config, con=con, run_id="bench", progress=null_progress())
    t0 = time.perf_counter()
    result = MiningStage(nlp=nlp, embedder=embedder).run(ctx)
    stage_s = time.perf_counter() - t0
    insights = con.execute("SELECT count(*) FROM insights").fetchone()[0]
    con.close()

    import torch

    print(f"{args.calls} calls, {n_utts} utterances, {n_sents} sentences, semantic={'on' if embedder else 'off'}, "
          f"torch threads {torch.get_num_threads()}")
    print(f"miner setup (compile taxonomy, example vectors): {setup_s:.2f}s with the example-vector cache "
          f"({'warm' if cache_warm else 'cold: filled by this run'}), {setup_plain_s:.2f}s encoding them")
    print(f"distinct customer sentences encoded: {miner.encoded} (repeats are encoded once)")
    print(f"mining only:   {mine_s:6.2f}s  {n_sents / mine_s:7.1f} sentences/s  {n_utts / mine_s:7.1f} utterances/s")
    print(f"mine stage:    {stage_s:6.2f}s  {n_sents / stage_s:7.1f} sentences/s  {n_utts / stage_s:7.1f} utterances/s"
          f"  (incl. setup and DuckDB writes; {result.processed} calls, {insights} insights)")
    print(f"reference:     spaCy pass alone {spacy_s:.2f}s ({n_utts / spacy_s:.0f} docs/s), "
          f"encoding alone {encode_s:.2f}s; mining spends {100 * (spacy_s + encode_s) / mine_s:.0f}% of its time in these two")
    load = os.getloadavg()[0]
    print(f"same run, load average {load:.1f} on {os.cpu_count()} cores: whole stage {n_sents / stage_s:.0f} sentences/s, "
          f"plain spaCy (nlp.pipe, senter) {n_sents / spacy_s:.0f} sentences/s, ratio stage/spaCy {spacy_s / stage_s:.2f}; "
          f"encoder alone {len(distinct) / encode_s if encode_s else 0:.0f} distinct sentences/s")
    print(f"WHOLE MINE STAGE: {n_sents / stage_s:.0f} sentences/s ({stage_s:.2f}s for {n_sents} sentences, load average "
          f"{load:.1f}); target 200 sentences/s: {'met' if n_sents / stage_s >= 200 else 'NOT met'} (ratio {n_sents / stage_s / 200:.2f})")


if __name__ == "__main__":
    main()
