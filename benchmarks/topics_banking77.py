"""Topic quality on BANKING77: agreement with the 77 intent labels, tuned fit vs plain BERTopic defaults.

    .venv/bin/python benchmarks/topics_banking77.py              # all 13,083 queries (train + test)
    .venv/bin/python benchmarks/topics_banking77.py --limit 3000 # a seeded sample, quicker

Each query is imported as a one-utterance call (role unknown, like an imported single-speaker text) into
a store at ``.cache/bench/banking77.duckdb``; the embed stage encodes them once (later runs reuse the
stored embeddings, as the product does), then the same embeddings are clustered twice in this run:
callinsight's fit (``topics.fit``: size-tuned UMAP/HDBSCAN, outlier reassignment) and BERTopic with
its defaults (UMAP 15/5, HDBSCAN min_cluster_size 10, eom). Prints NMI, ARI, outlier share, topic
count and fit seconds for both. Data: PolyAI BANKING77, CC BY 4.0 (``../shared/data/banking77``).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("NUMBA_CACHE_DIR", str(REPO / ".cache" / "numba"))
DATA = REPO.parent / "shared" / "data" / "banking77"
BENCH = REPO / ".cache" / "bench"


def load_banking77(limit: int | None = None, seed: int = 0) -> list[tuple[str, str, str]]:
    """(call_id, text, label) for every query, train then test; a seeded sample when ``limit`` is given."""
    if not (DATA / "train.csv").exists():
        sys.exit(f"BANKING77 not found at {DATA} (it lives in ../shared/data/banking77)")
    rows = []
    for split in ("train", "test"):
        with open(DATA / f"{split}.csv", encoding="utf-8") as f:
            for i, r in enumerate(csv.DictReader(f)):
                rows.append((f"b77-{split}-{i:05d}", r["text"], r["category"]))
    if limit and limit < len(rows):
        rows = random.Random(seed).sample(rows, limit)
    return rows


def bench_config(db_name: str) -> Any:
    from callinsight.pipeline.settings import Config

    config = Config(root=REPO)
    config.paths.database = str(BENCH / db_name)
    config.topics.model_dir = str(BENCH / f"{Path(db_name).stem}-topic-models")
    return config


def import_and_embed(config: Any, rows: list[tuple[str, str, str]]) -> float:
    """Import queries as one-utterance calls (if not there yet) and run the embed stage; returns seconds."""
    from callinsight.embed.stage import EmbedStage
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import Progress
    from callinsight.store.db import open_store
    from callinsight.store.writes import known_call_ids

    with open_store(config.database_path) as con:
        known = known_call_ids(con)
        new = [r for r in rows if r[0] not in known]
        if new:  # bulk insert: 13k one-utterance calls one transaction each would take minutes
            import pandas as pd

            frame = pd.DataFrame({"call_id": [r[0] for r in new], "text": [r[1] for r in new]})
            con.register("_queries", frame)
            con.execute(
                "INSERT INTO calls (call_id, source, source_path, started_at) "
                "SELECT call_id, 'import', 'banking77', TIMESTAMPTZ '2026-01-05 00:00:00+00' FROM _queries"
            )
            con.execute("INSERT INTO utterances (call_id, seq, role, text) SELECT call_id, 0, 'unknown', text FROM _queries")
            con.unregister("_queries")
        t0 = time.perf_counter()
        EmbedStage().run(StageContext(config=config, con=con, run_id="bench", progress=Progress()))
        return time.perf_counter() - t0


def stored_embeddings(config: Any, call_ids: list[str]) -> tuple[list[str], Any]:
    """Texts and embeddings of the given calls' (single) utterances, in the given order."""
    import numpy as np

    from callinsight.store.db import open_store

    with open_store(config.database_path, read_only=True) as con:
        data = con.execute(
            "SELECT e.call_id, u.text, e.embedding FROM utterance_embeddings e JOIN utterances u USING (call_id, seq)"
        ).fetchnumpy()
    index = {c: i for i, c in enumerate(data["call_id"])}
    order = [index[c] for c in call_ids]
    return [str(data["text"][i]) for i in order], np.stack([data["embedding"][i] for i in order]).astype(np.float32)


def embedded_ids(config: Any) -> set[str]:
    from callinsight.store.db import open_store

    with open_store(config.database_path, read_only=True) as con:
        return {r[0] for r in con.execute("SELECT call_id FROM utterance_embeddings").fetchall()}


def scores(labels: list[str], topics: list[int]) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    return {
        "nmi": normalized_mutual_info_score(labels, topics),
        "ari": adjusted_rand_score(labels, topics),
        "outliers": sum(1 for t in topics if t == -1) / len(topics),
        "topics": len({t for t in topics if t != -1}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="seeded sample of this many queries")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    BENCH.mkdir(parents=True, exist_ok=True)
    rows = load_banking77(args.limit)
    config = bench_config("banking77.duckdb")
    embed_s = import_and_embed(config, rows)
    n_all = len(rows)
    kept = embedded_ids(config)
    rows = [r for r in rows if r[0] in kept]  # the content rule drops very short queries
    texts, X = stored_embeddings(config, [r[0] for r in rows])
    labels = [r[2] for r in rows]
    print(f"BANKING77: {n_all} queries, {len(rows)} kept as content utterances, {len(set(labels))} labels; "
          f"embed stage {embed_s:.1f}s (about 0 when the stored embeddings are reused)")

    from callinsight.localmodels.factories import load_embedder
    from callinsight.topics.fit import FitOptions, fit_topics

    embedder = load_embedder(config)
    t0 = time.perf_counter()
    ours = fit_topics(texts, X, FitOptions(seed=args.seed), embedder=embedder)
    ours_s = time.perf_counter() - t0

    from bertopic import BERTopic

    t0 = time.perf_counter()
    defaults, _ = BERTopic(embedding_model=embedder).fit_transform(texts, embeddings=X)
    default_s = time.perf_counter() - t0

    a, b = scores(labels, ours.doc_topics), scores(labels, [int(t) for t in defaults])
    print(f"{'':24}{'NMI':>7}{'ARI':>7}{'outliers':>10}{'topics':>8}{'fit s':>8}")
    print(f"{'callinsight (tuned)':24}{a['nmi']:7.3f}{a['ari']:7.3f}{a['outliers']:10.1%}{a['topics']:8d}{ours_s:8.1f}")
    print(f"{'BERTopic defaults':24}{b['nmi']:7.3f}{b['ari']:7.3f}{b['outliers']:10.1%}{b['topics']:8d}{default_s:8.1f}")
    print(f"NMI gain {a['nmi'] - b['nmi']:+.3f}; params {ours.params}")
    print("sample labels:", "; ".join(t.label for t in ours.topics[1:9]))


if __name__ == "__main__":
    main()
