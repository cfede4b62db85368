"""Persona mapping quality: accuracy and unassigned share on the labelled synthetic calls.

    .venv/bin/python benchmarks/persona_mapping.py            # the configured thresholds
    .venv/bin/python benchmarks/persona_mapping.py --sweep    # also accuracy / unassigned for other min_score values
    .venv/bin/python benchmarks/persona_mapping.py --heard    # "heard" precision/recall of documented concerns

``--heard``: the demo's customer turns (recordings/samples/reference_scripts.jsonl) against the demo's
documented concerns (personas/samples), labelled per sentence in benchmarks/data/personas_heard_labels.jsonl
(which concerns a sentence voices, by a distinctive part of the concern's text). Compares the old rule
(whole turn, best concern per persona, cosine >= threshold) with sentence matching plus key phrases.

The set: the persona documents in tests/fixtures/personas/docs (front matter + bullets, a prose wiki
page, a handbook page with two personas incl. a negative one, plain YAML with two personas) and the
calls in tests/fixtures/personas/calls.yaml, each labelled with the persona it belongs to or
``unassigned`` (off-topic calls no persona should claim). One call carries a metadata hint.
Caveat: the default thresholds were chosen on this same small set, so the figures are optimistic.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="report other min_score thresholds too")
    parser.add_argument("--heard", action="store_true", help="only the documented-concern 'heard' evaluation")
    args = parser.parse_args()
    if args.heard:
        heard_benchmark()
        return

    from tests.personas.conftest import DOCS, store_labelled

    from callinsight.localmodels.factories import load_embedder
    from callinsight.personas.importer import import_into
    from callinsight.personas.stage import PersonasStage
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress
    from callinsight.pipeline.settings import load_config
    from callinsight.store.db import connect

    root = Path(tempfile.mkdtemp(prefix="persona-bench-"))
    write_default_config(root, overrides={"paths": {"models": str(REPO / "models")}})
    config = load_config(root / "callinsight.toml")
    con = connect(config.database_path)
    expected = store_labelled(con)
    imported = import_into(con, [DOCS])
    t0 = time.monotonic()
    embedder = load_embedder(config)
    t_load = time.monotonic() - t0
    t0 = time.monotonic()
    PersonasStage(embedder=embedder).run(StageContext(config=config, con=con, run_id="bench", progress=null_progress()))
    t_map = time.monotonic() - t0
    rows = con.execute("SELECT call_id, coalesce(persona_id, 'unassigned'), method, scores FROM call_personas").fetchall()
    got = {r[0]: r[1] for r in rows}
    methods = {r[0]: r[2] for r in rows}
    scores = {r[0]: json.loads(r[3]) for r in rows}

    c = config.personas
    print(f"personas: {len(imported.personas)} from {len({p.source for p in imported.personas})} documents; "
          f"calls: {len(expected)} ({sum(e != 'unassigned' for e in expected.values())} with a persona, "
          f"{sum(e == 'unassigned' for e in expected.values())} off-topic)")
    print(f"thresholds: min_score={c.min_score} min_margin={c.min_margin} top_k={c.top_k}")
    report("configured", expected, got)
    errors = [(cid, e, got[cid]) for cid, e in sorted(expected.items()) if got[cid] != e]
    for cid, e, g in errors:
        print(f"  miss: {cid} expected {e}, got {g} ({methods[cid]})")
    print(f"time: model load {t_load:.1f}s, mapping {t_map:.1f}s for {len(expected)} calls "
          f"({t_map / len(expected) * 1000:.0f} ms/call incl. encoding; shared CPU, noisy)")
    if args.sweep:
        print("\nmin_score sweep (margin as configured; decisions recomputed from the stored scores):")
        for threshold in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
            swept = {}
            for cid, s in scores.items():
                if methods[cid] == "metadata":
                    swept[cid] = got[cid]
                    continue
                ranked = sorted(s.items(), key=lambda kv: -kv[1])
                best, second = ranked[0], ranked[1] if len(ranked) > 1 else ("", 0.0)
                ok = best[1] >= threshold and best[1] - second[1] >= c.min_margin
                swept[cid] = best[0] if ok else "unassigned"
            report(f"min_score={threshold:.2f}", expected, swept)
    con.close()


def report(label: str, expected: dict[str, str], got: dict[str, str]) -> None:
    persona_calls = [c for c, e in expected.items() if e != "unassigned"]
    off = [c for c, e in expected.items() if e == "unassigned"]
    correct = sum(got[c] == expected[c] for c in expected)
    assigned = [c for c in persona_calls if got[c] != "unassigned"]
    precision = sum(got[c] == expected[c] for c in assigned) / len(assigned) if assigned else 0.0
    wrong_persona = Counter(got[c] for c in off if got[c] != "unassigned")
    print(
        f"{label:>16}: accuracy {correct / len(expected):.1%} ({correct}/{len(expected)}), "
        f"unassigned share {sum(got[c] == 'unassigned' for c in expected) / len(expected):.1%}, "
        f"persona calls left unassigned {sum(got[c] == 'unassigned' for c in persona_calls)}/{len(persona_calls)}, "
        f"precision of assignments {precision:.1%}, off-topic forced onto a persona {sum(wrong_persona.values())}/{len(off)}"
    )


def heard_benchmark() -> None:
    import numpy as np

    from callinsight.localmodels.factories import load_embedder
    from callinsight.personas.concern_match import (
        concern_part_vectors,
        concern_similarities,
        match_sentences,
        utterance_sentences,
    )
    from callinsight.personas.content import encode
    from callinsight.personas.parse import parse_file
    from callinsight.personas.phrases import distinctive_phrases
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.settings import load_config

    docs = [d for f in sorted((REPO / "personas" / "samples").iterdir()) for d in parse_file(f)]
    concerns = [(d.persona_id, c.text) for d in docs for c in d.concerns]
    labels = {}
    for line in (REPO / "benchmarks" / "data" / "personas_heard_labels.jsonl").read_text().splitlines():
        row = json.loads(line)
        idx = set()
        for key in row["voices"]:
            found = [i for i, (_, text) in enumerate(concerns) if key in text]
            if len(found) != 1:
                raise SystemExit(f"label key {key!r} matches {len(found)} documented concerns")
            idx.add(found[0])
        labels[row["sentence"]] = idx
    turns = sorted({
        t["text"] for line in (REPO / "recordings" / "samples" / "reference_scripts.jsonl").read_text().splitlines()
        for t in json.loads(line)["turns"] if t["role"] == "customer"
    })
    root = Path(tempfile.mkdtemp(prefix="persona-heard-"))
    write_default_config(root, overrides={"paths": {"models": str(REPO / "models")}})
    config = load_config(root / "callinsight.toml")
    embedder = load_embedder(config)
    min_words = config.personas.min_words
    split = {t: utterance_sentences(t, min_words) for t in turns}
    gold = {t: set().union(*(labels.get(s, set()) for s in split[t].texts)) for t in turns}
    turns = [t for t in turns if any(s in labels for s in split[t].texts)]  # PII read-outs are not labelled
    concern_vecs = encode(embedder, [text for _, text in concerns])
    part_vecs, part_owners = concern_part_vectors([text for _, text in concerns], lambda texts: encode(embedder, texts))
    turn_vecs = dict(zip(turns, encode(embedder, turns), strict=True))
    sentences = sorted({s for t in turns for s in split[t].texts})
    sent_vecs = dict(zip(sentences, encode(embedder, sentences), strict=True))
    by_persona: dict[str, list[int]] = {}
    for i, (pid, _) in enumerate(concerns):
        by_persona.setdefault(pid, []).append(i)
    phrases = distinctive_phrases(text for _, text in concerns)
    positives = sum(len(gold[t]) for t in turns)
    print(f"heard: {len(turns)} distinct customer turns, {len(concerns)} documented concerns, "
          f"{positives} labelled (turn, concern) pairs voiced")

    def score(pred: dict[str, set[int]]) -> str:
        tp = sum(len(pred[t] & gold[t]) for t in turns)
        n_pred = sum(len(pred[t]) for t in turns)
        p = tp / n_pred if n_pred else 0.0
        r = tp / positives if positives else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"precision {p:6.1%}  recall {r:6.1%}  F1 {f1:.2f}  ({tp} right of {n_pred} predicted)"

    for threshold in (0.35, 0.4, 0.45, 0.5):
        pred = {}
        for t in turns:  # before: the whole turn, the best concern per persona
            pred[t] = set()
            for idx in by_persona.values():
                sims = concern_vecs[idx] @ turn_vecs[t]
                if sims.max() >= threshold:
                    pred[t].add(idx[int(sims.argmax())])
        print(f"  before (whole turn)        threshold {threshold:.2f}: {score(pred)}")
    for parts, threshold, phrase_threshold in [
        (parts, t, pt) for parts in (False, True) for t in (0.4, 0.45, 0.5, 0.55) for pt in (t, 0.3, 0.2)
    ]:
        if True:
            pred = {}
            for t in turns:
                vecs = np.asarray([sent_vecs[s] for s in split[t].texts])
                pred[t] = set()
                for idx in by_persona.values():
                    sims = concern_similarities(vecs, part_vecs, part_owners, len(concerns))[:, idx] if parts else vecs @ concern_vecs[idx].T
                    hit = match_sentences(sims, split[t].lemmas, [phrases[i] for i in idx], threshold, phrase_threshold)
                    pred[t] |= {idx[c] for c in hit}
            label = ("sentences" if phrase_threshold == threshold else f"+ phrases >= {phrase_threshold:.2f}")
            label += " + parts" if parts else ""
            print(f"  after  ({label:27}) threshold {threshold:.2f}: {score(pred)}")


if __name__ == "__main__":
    main()
