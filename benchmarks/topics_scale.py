"""Topic fit time and peak memory at 10k and 100k utterances, and the nightly assignment time.

    .venv/bin/python benchmarks/topics_scale.py                    # 10k and 100k
    .venv/bin/python benchmarks/topics_scale.py --sizes 10000      # one size

Each size runs in a fresh process (so peak RSS is that fit's alone, UMAP's numba compilation included,
as every nightly process pays it) with the production path: ``fit_topics`` with UMAP, HDBSCAN,
outlier reassignment and KeyBERT labels, then the model is stored in a DuckDB file and a "day" of 1,000
new utterances is assigned with ``assign_new`` (nearest stored centroid, what the nightly run does).
Utterances are BANKING77 queries with their stored MiniLM embeddings (run topics_banking77.py first);
sizes above 13,083 repeat the queries with a small Gaussian jitter on the embedding (renormalised), so
100k is a synthetic stand-in with the same topic structure, not 100k distinct sentences.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from topics_banking77 import BENCH, bench_config, embedded_ids, import_and_embed, load_banking77, stored_embeddings


def corpus(n: int, seed: int = 0) -> tuple[list[str], Any]:
    import numpy as np

    rows = load_banking77()
    source = bench_config("banking77.duckdb")
    import_and_embed(source, rows)
    kept = embedded_ids(source)
    texts, X = stored_embeddings(source, [r[0] for r in rows if r[0] in kept])
    rng = np.random.default_rng(seed)
    idx = rng.choice(len(texts), size=n, replace=n > len(texts))
    out = X[idx].copy()
    if n > len(texts):
        out += rng.normal(scale=0.02, size=out.shape).astype(np.float32)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
    return [texts[i] for i in idx], out


def one(n: int) -> dict[str, float]:
    """Fit n utterances in this process; store the model; assign a day of 1,000 new ones."""
    import pandas as pd

    from callinsight.localmodels.factories import load_embedder
    from callinsight.store.db import open_store
    from callinsight.topics.fit import FitOptions, fit_topics
    from callinsight.topics.stable_ids import match_topics
    from callinsight.topics.store import Corpus, assign_new, write_version

    texts, X = corpus(n + 1000)
    fit_texts, fit_X, new_texts, new_X = texts[:n], X[:n], texts[n:], X[n:]
    config = bench_config(f"scale-{n}.duckdb")
    embedder = load_embedder(config)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    fit = fit_topics(fit_texts, fit_X, FitOptions(), embedder=embedder)
    fit_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    config.database_path.unlink(missing_ok=True)
    with open_store(config.database_path) as con:
        keys = [(f"c{i}", 0) for i in range(n + 1000)]
        frame = pd.DataFrame({"call_id": [k[0] for k in keys], "text": texts, "embedding": list(X)})
        con.register("_u", frame)
        con.execute("INSERT INTO calls (call_id, source, source_path) SELECT call_id, 'import', 'scale' FROM _u")
        con.execute("INSERT INTO utterances (call_id, seq, role, text) SELECT call_id, 0, 'customer', text FROM _u")
        con.execute("INSERT INTO utterance_embeddings SELECT call_id, 0, 'minilm', CAST(embedding AS FLOAT[384]) FROM _u")
        ids = match_topics({}, {t.local_id: t.centroid for t in fit.topics}, min_similarity=0.75, next_id=0)
        write_version(con, 1, fit, ids, Corpus(keys[:n], fit_texts, fit_X), path=None, note="scale", run_id=None)
        t0 = time.perf_counter()
        assigned = assign_new(con, 1, None)
        assign_s = time.perf_counter() - t0
    del new_texts, new_X
    return {
        "n": n, "fit_s": fit_s, "peak_rss_mb": peak_mb, "rss_before_fit_mb": rss_before / 1024,
        "topics": len([t for t in fit.topics if t.local_id >= 0]),
        "outliers": sum(1 for t in fit.doc_topics if t == -1) / n,
        "assigned": assigned, "assign_s": assign_s, "assign_per_s": assigned / assign_s if assign_s else float("nan"),
        "fit_per_s": n / fit_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    BENCH.mkdir(parents=True, exist_ok=True)
    print(f"{'n':>8}{'fit s':>9}{'docs/s':>9}{'peak RSS MB':>13}{'topics':>8}{'outliers':>10}{'assign 1000 s':>15}")
    results = []
    for n in args.sizes:
        proc = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{n:>8} failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(r)
        print(f"{r['n']:>8}{r['fit_s']:9.1f}{r['fit_per_s']:9.0f}{r['peak_rss_mb']:13.0f}{r['topics']:8d}"
              f"{r['outliers']:10.1%}{r['assign_s']:15.2f}")
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(f"fit time ratio {b['fit_s'] / a['fit_s']:.1f}x for {b['n'] / a['n']:.0f}x the data; "
              f"peak memory ratio {b['peak_rss_mb'] / a['peak_rss_mb']:.1f}x")


if __name__ == "__main__":
    main()
