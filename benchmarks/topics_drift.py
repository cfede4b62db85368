"""Planted drift: does one growing concern get flagged in time, and nothing else?

    .venv/bin/python benchmarks/topics_drift.py                  # labels and topics, 400 utterances a week
    .venv/bin/python benchmarks/topics_drift.py --per-week 200 --seeds 5 --no-topics

Ten BANKING77 intents stand in for customer concerns. Twelve weeks of traffic: four baseline weeks where
the growing intent holds 5%, then eight weeks in which it grows linearly from 5% to 30% (15% is passed
in growth week 4, overall week 8) while the nine others split the rest evenly. Each week's utterances
are drawn (seeded) from the intents' queries.

Two checks, both with the product's defaults ([topics] baseline_weeks 4, p 0.01, min_count 3, and the
pooled recent window: recent_weeks 3 against recent_baseline_weeks 6 at recent_p_value 0.05):
1. ``labels``: ``callinsight.drift.flag_drift`` on the true intents (the statistics alone).
2. ``topics``: end to end — the utterances are stored as dated calls with their embeddings, the topics
   stage fits and computes drift from the store; a flagged topic counts for the growing concern when most
   of its utterances are the growing intent, otherwise it is a false flag.
Prints the first week flagged, weeks after reaching 15% (target: at most 2) and false flags (target: 0).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from topics_banking77 import BENCH, bench_config, embedded_ids, import_and_embed, load_banking77, stored_embeddings

GROWING = "card_arrival"
STABLE = ["exchange_rate", "top_up_failed", "lost_or_stolen_card", "pending_transfer", "beneficiary_not_allowed",
          "declined_card_payment", "change_pin", "balance_not_updated_after_bank_transfer", "apple_pay_or_google_pay"]
BASELINE_WEEKS, GROWTH_WEEKS = 4, 8
START = date(2026, 1, 5)


def growing_share(week: int) -> float:
    """Week 1..12: 5% for four weeks, then linear from 5% to 30% over eight weeks."""
    if week <= BASELINE_WEEKS:
        return 0.05
    return 0.05 + 0.25 * (week - BASELINE_WEEKS - 1) / (GROWTH_WEEKS - 1)


def first_week_at(share: float) -> int:
    return next(w for w in range(1, BASELINE_WEEKS + GROWTH_WEEKS + 1) if growing_share(w) >= share)


def plant(per_week: int, seed: int, allowed: set[str] | None = None) -> list[tuple[int, str, str]]:
    """(week, call_id of a query, intent) for every utterance of the twelve weeks."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for call_id, _, label in load_banking77():
        if allowed is None or call_id in allowed:
            by_label[label].append(call_id)
    rng = random.Random(seed)
    out = []
    for week in range(1, BASELINE_WEEKS + GROWTH_WEEKS + 1):
        g = growing_share(week)
        weights = [g] + [(1 - g) / len(STABLE)] * len(STABLE)
        for label in rng.choices([GROWING, *STABLE], weights=weights, k=per_week):
            out.append((week, rng.choice(by_label[label]), label))
    return out


def evaluate(flags: dict[int, set[str]], is_growing: Any) -> tuple[int | None, int]:
    """First week a growing-concern subject is flagged, and the number of false (week, subject) flags."""
    first = min((w for w, subjects in flags.items() if any(is_growing(s) for s in subjects)), default=None)
    false = sum(1 for subjects in flags.values() for s in subjects if not is_growing(s))
    return first, false


def label_check(plan: list[tuple[int, str, str]]) -> tuple[int | None, int]:
    from callinsight.drift import drift_flags
    from callinsight.topics.config import TopicsConfig

    cfg = TopicsConfig()  # the product's defaults (the trend test since issue 13)
    counts: Counter[tuple[int, str]] = Counter((w, label) for w, _, label in plan)
    totals: Counter[int] = Counter(w for w, _, _ in plan)
    flags: dict[int, set[str]] = defaultdict(set)
    for f in drift_flags(counts, totals, cfg.drift_settings()):
        if f.status != "stable":
            flags[f.week].add(f.subject)
    return evaluate(flags, lambda s: s == GROWING)


def topic_check(plan: list[tuple[int, str, str]], seed: int) -> tuple[int | None, int, str]:
    """Store the planted weeks as calls (with the embeddings the banking77 store already holds), run topics."""
    import pandas as pd

    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress
    from callinsight.store.db import open_store
    from callinsight.topics.stage import TopicsStage

    source = bench_config("banking77.duckdb")
    ids = sorted({c for _, c, _ in plan})
    texts, X = stored_embeddings(source, ids)
    vector = dict(zip(ids, X, strict=True))
    text = dict(zip(ids, texts, strict=True))
    config = bench_config(f"drift-{seed}.duckdb")
    for leftover in (config.database_path, config.database_path.with_suffix(".duckdb.wal")):
        leftover.unlink(missing_ok=True)
    with open_store(config.database_path) as con:
        calls, utts = [], []
        for i, (week, source_id, _) in enumerate(plan):
            call_id = f"w{week:02d}-{i:05d}"
            started = datetime.combine(START + timedelta(weeks=week - 1), datetime.min.time(), UTC) + timedelta(minutes=i % 5000)
            calls.append((call_id, started))
            utts.append((call_id, text[source_id], vector[source_id]))
        con.register("_calls", pd.DataFrame(calls, columns=["call_id", "started_at"]))
        con.execute("INSERT INTO calls (call_id, source, source_path, started_at) SELECT call_id, 'import', 'planted', started_at FROM _calls")
        frame = pd.DataFrame({"call_id": [u[0] for u in utts], "text": [u[1] for u in utts], "embedding": [u[2] for u in utts]})
        con.register("_utts", frame)
        con.execute("INSERT INTO utterances (call_id, seq, role, text) SELECT call_id, 0, 'customer', text FROM _utts")
        con.execute("INSERT INTO utterance_embeddings SELECT call_id, 0, 'minilm', CAST(embedding AS FLOAT[384]) FROM _utts")
        result = TopicsStage().run(StageContext(config=config, con=con, run_id="planted", progress=null_progress()))
        con.register("_labels", pd.DataFrame({"call_id": [f"w{w:02d}-{i:05d}" for i, (w, _, _) in enumerate(plan)],
                                              "label": [lab for _, _, lab in plan]}))
        majority = {
            str(t): lab
            for t, lab in con.execute(
                """SELECT a.topic_id, l.label FROM v_utterance_topics a JOIN _labels l USING (call_id)
                   GROUP BY a.topic_id, l.label
                   QUALIFY row_number() OVER (PARTITION BY a.topic_id ORDER BY count(*) DESC) = 1"""
            ).fetchall()
        }
        flags: dict[int, set[str]] = defaultdict(set)
        for week, subject in con.execute(
            "SELECT week, subject FROM v_drift WHERE subject_type = 'topic' AND segment_type = 'all' AND status <> 'stable'"
        ).fetchall():
            flags[(week - START).days // 7 + 1].add(subject)
    first, false = evaluate(flags, lambda s: majority.get(s) == GROWING)
    return first, false, result.message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-week", type=int, default=400)
    parser.add_argument("--seeds", type=int, default=3, help="repeat the label check with this many seeds")
    parser.add_argument("--no-topics", action="store_true", help="only the label-level check")
    args = parser.parse_args()
    BENCH.mkdir(parents=True, exist_ok=True)
    at15 = first_week_at(0.15)
    print(f"growing intent {GROWING!r}: " + ", ".join(f"w{w} {growing_share(w):.0%}" for w in range(1, 13)))
    print(f"reaches 15% in week {at15}; target: flagged by week {at15 + 2}, no false flags")
    allowed = None
    if not args.no_topics:  # the topic check needs the queries' stored embeddings (encoded once)
        source = bench_config("banking77.duckdb")
        import_and_embed(source, load_banking77())
        allowed = embedded_ids(source)
    for seed in range(args.seeds):
        first, false = label_check(plant(args.per_week, seed, allowed))
        lag = "never" if first is None else f"week {first} ({first - at15:+d} vs 15%)"
        print(f"labels  seed {seed}: first flagged {lag}; false flags {false}")
    if not args.no_topics:
        first, false, message = topic_check(plant(args.per_week, 0, allowed), 0)
        lag = "never" if first is None else f"week {first} ({first - at15:+d} vs 15%)"
        print(f"topics  seed 0: first flagged {lag}; false flags {false}")
        print(f"        {message}")


if __name__ == "__main__":
    main()
