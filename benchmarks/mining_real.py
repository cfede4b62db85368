"""Mining on real customer text nobody on the team wrote: complaints found, neutral messages left alone.

    .venv/bin/python benchmarks/mining_real.py            # TEST split: the figures in docs/mining.md
    .venv/bin/python benchmarks/mining_real.py --split dev  # the split rules and thresholds were tuned on

Data (``../shared/data``, sets and labels chosen from intent/issue names: ``mining_real_sets.py``):
CFPB complaint narratives, DSTC11 cancellation/dispute vs neutral intents, BANKING77 and Bitext problem
vs neutral intents. Every message is written as a one-turn call (a customer turn) into a fresh
workspace through the real importer (``import_transcripts``: JSON Lines), then the real ``mine``
stage runs on it (``MiningStage.run``), and the findings are read back from ``v_insights``. A
message "gets a finding" when any of its sentences has a pain_point, churn_signal or objection.

Figures printed, per set and overall:
- complaint messages with a finding (target >= 0.70) and neutral messages flagged (target <= 0.15);
- category precision where a label can judge it: single-intent messages count each distinct category
  found (``other`` excluded: it claims none); a CFPB narrative counts its main category (the one with
  the most findings); both against the categories its intent/issue allows (``mining_real_sets.py``);
- quotes that are not exact substrings of the stored text (must be 0);
- throughput: the whole stage (reads, spaCy, encoding, rules, writes) in sentences/s, and plain spaCy
  (``nlp.pipe``, the full pipeline) over the same texts in the same run, with their ratio.

TEST keys are frozen: the run fails if the checksum of the TEST rows differs from
``benchmarks/data/mining_real_test.sha256`` (``--freeze`` writes it, once).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from mining_real_sets import Message, keys_checksum, load_messages  # noqa: E402

CHECKSUM = REPO / "benchmarks" / "data" / "mining_real_test.sha256"
PROBLEM_KINDS = ("pain_point", "churn_signal", "objection")

Finding = tuple[str, str, float, str]  # kind, category, confidence, method


def score(messages: list[Message], findings: list[list[Finding]]) -> dict[str, dict[str, Any]]:
    """Per set: n, share with a finding, category precision (correct, judged) and the methods that flagged."""
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {"n": 0, "flagged": 0, "correct": 0, "judged": 0,
                                                          "other_only": 0, "methods": Counter()})
    for m, found in zip(messages, findings, strict=True):
        s = out[m.set]
        problems = [f for f in found if f[0] in PROBLEM_KINDS]
        s["n"] += 1
        s["flagged"] += bool(problems)
        s["methods"].update({f[3] for f in problems})
        named = [f for f in problems if f[1] != "other"]
        if problems and not named:
            s["other_only"] += 1
        if m.categories is None or not named:
            continue
        if m.set == "cfpb":
            counts = Counter(f"{k}:{c}" for k, c, _, _ in named)
            conf: Counter[str] = Counter()
            for k, c, p, _ in named:
                conf[f"{k}:{c}"] += p
            top = max(counts, key=lambda c: (counts[c], conf[c]))
            s["judged"] += 1
            s["correct"] += top in m.categories
        else:
            for cat in {f"{k}:{c}" for k, c, _, _ in named}:
                s["judged"] += 1
                s["correct"] += cat in m.categories
    return dict(out)


def print_scores(scores: dict[str, dict[str, Any]], split: str) -> None:
    print(f"\n{split.upper()} split (../shared/data, split.py is_test{'' if split == 'test' else ' = False'})")
    print(f"{'set':22} {'n':>5} {'with finding':>13} {'other only':>11} {'cat. precision':>15}  flagged by")
    for name in sorted(scores):
        s = scores[name]
        prec = f"{s['correct'] / s['judged']:.3f} ({s['judged']})" if s["judged"] else "-"
        methods = ", ".join(f"{k} {v}" for k, v in s["methods"].most_common())
        print(f"{name:22} {s['n']:5} {s['flagged'] / s['n']:13.3f} {s['other_only'] / s['n']:11.3f} {prec:>15}  {methods}")
    comp = [s for n, s in scores.items() if n == "cfpb" or n.endswith(":complaint")]
    neut = [s for n, s in scores.items() if n.endswith(":neutral")]
    judged = sum(s["judged"] for s in scores.values())
    correct = sum(s["correct"] for s in scores.values())
    cfpb = scores.get("cfpb")
    if cfpb:
        print(f"\nCFPB complaint narratives with a finding: {cfpb['flagged'] / cfpb['n']:.3f} (target >= 0.70)")
    print(f"all complaint messages with a finding: {sum(s['flagged'] for s in comp) / max(sum(s['n'] for s in comp), 1):.3f}"
          f" (n={sum(s['n'] for s in comp)})")
    print(f"neutral messages flagged: {sum(s['flagged'] for s in neut) / max(sum(s['n'] for s in neut), 1):.3f}"
          f" (n={sum(s['n'] for s in neut)}, target <= 0.15)")
    if judged:
        print(f"category precision where labels judge it: {correct / judged:.3f} ({correct}/{judged}, target >= 0.80)")


def run_stage(messages: list[Message]) -> tuple[list[list[Finding]], dict[str, float]]:
    """Import the messages as one-turn calls and run the real mine stage; findings per message, timings."""
    from callinsight.importer import import_transcripts
    from callinsight.localmodels.factories import load_embedder, load_spacy
    from callinsight.mining.stage import MiningStage
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress
    from callinsight.pipeline.settings import load_config
    from callinsight.store.db import connect

    root = Path(tempfile.mkdtemp(prefix="mining-real-"))
    write_default_config(root, overrides={"paths": {"models": str(REPO / "models")}})
    config = load_config(root / "callinsight.toml")
    path = root / "messages.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i, m in enumerate(messages):
            f.write(json.dumps({"id": f"m{i:05d}", "language": "en",
                                "utterances": [{"role": "customer", "text": m.text}]}) + "\n")
    result = import_transcripts(config, [path])
    if result.failed:
        raise SystemExit(f"import failed for {result.failed} message(s): {result.failures[:3]}")
    nlp, embedder = load_spacy(config), load_embedder(config)  # loaded before the clock starts
    con = connect(config.database_path)
    texts = [r[0] for r in con.execute("SELECT text FROM utterances ORDER BY call_id, seq").fetchall()]
    t0 = time.perf_counter()
    stage_result = MiningStage(nlp=nlp, embedder=embedder).run(StageContext(config, con, "bench", null_progress()))
    stage_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_sentences = sum(sum(1 for _ in d.sents) for d in nlp.pipe(texts, batch_size=128))
    spacy_s = time.perf_counter() - t0
    rows = con.execute("SELECT call_id, kind, category, confidence, method, quote FROM v_insights").fetchall()
    stored = dict(con.execute("SELECT call_id, text FROM utterances").fetchall())
    bad_quotes = sum(1 for r in rows if r[5] not in stored[r[0]])
    by_call: dict[str, list[Finding]] = defaultdict(list)
    for call_id, kind, category, confidence, method, _ in rows:
        by_call[call_id].append((kind, category, confidence, method))
    timing = {"stage_s": stage_s, "spacy_s": spacy_s, "sentences": n_sentences, "bad_quotes": bad_quotes,
              "processed": stage_result.processed, "quotes": len(rows)}
    return [by_call.get(f"m{i:05d}", []) for i in range(len(messages))], timing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test"], default="test")
    ap.add_argument("--freeze", action="store_true", help="write the TEST keys' checksum (once, before any test run)")
    ap.add_argument("--smoke", type=int, default=0, help="DEV only: the first N messages of each set (a quick check)")
    args = ap.parse_args()
    messages = load_messages(args.split)
    if args.smoke and args.split == "dev":
        seen: Counter[str] = Counter()
        messages = [m for m in messages if (seen.update([m.set]) or seen[m.set] <= args.smoke)]
    if args.split == "test":
        digest = keys_checksum(messages)
        if args.freeze:
            CHECKSUM.write_text(digest + "\n", encoding="utf-8")
            print(f"froze {len(messages)} TEST keys: {digest}")
            return
        expected = CHECKSUM.read_text(encoding="utf-8").strip()
        if digest != expected:
            raise SystemExit(f"TEST keys changed: checksum {digest} != frozen {expected} ({CHECKSUM})")
        print(f"TEST keys verified: {len(messages)} messages, sha256 {digest[:16]}...")
    print(f"messages: {dict(Counter(m.set for m in messages))}")
    findings, timing = run_stage(messages)
    print_scores(score(messages, findings), args.split)
    print(f"\nquotes that are not exact substrings of the stored text: {timing['bad_quotes']} of {timing['quotes']}")
    load = os.getloadavg()[0]
    rate = timing["sentences"] / timing["stage_s"]
    spacy_rate = timing["sentences"] / timing["spacy_s"]
    print(f"throughput ({timing['sentences']} sentences, {timing['processed']} calls; load average {load:.1f} on "
          f"{os.cpu_count()} cores, so absolute figures are low): whole mine stage {rate:.0f} sentences/s; plain "
          f"spaCy nlp.pipe over the same texts {spacy_rate:.0f} sentences/s; ratio stage/spaCy {rate / spacy_rate:.2f}")


if __name__ == "__main__":
    main()
