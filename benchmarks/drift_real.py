"""Drift on real labelled data: week of first detection of a planted steady rise, and false flags.

    .venv/bin/python benchmarks/drift_real.py                      # TEST rows, all sets, 20/60/300 a week
    .venv/bin/python benchmarks/drift_real.py --split dev --seeds 40 --methods all   # method choice (DEV)

Data (``../shared/data``; each row's split by ``split.py``: tune on DEV, report TEST):
- ``banking77``: 13,083 banking queries, 77 intents (undated: weeks are random draws, i.e. shuffled);
- ``cfpb``: CFPB complaint narratives of 2023 with their ``issue`` label, grouped by the real ISO week
  they were received (34 weeks, 24+ issues);
- ``ko``: Korean citizen petitions 2019-W14..W35 with their 17 categories, by real ISO week.

Scenarios, 12 weekly reports each run; a report at week t sees weeks 1..t and is scored from t = 4 on:
- ``flat``: twelve real weeks drawn at random and put in random order ("weeks shuffled"), ``N`` items a
  week resampled from each real week, so the real week-to-week mix stays but no trend is there. Any flag
  is false.
- ``grow4``: four weeks at 5% then eight weeks growing linearly to 25% for one planted subject (a random
  label per seed, its items drawn from all its rows); the rest of each week is that real week's other
  items. 15% is crossed in week 9; target: flagged by week 11.
- ``grow0``: the same rise from week 1 (5% .. 25% over weeks 1-8, then 25%): 15% crossed in week 5,
  target by week 7, so detection has to work from 4 weeks of history on.
A report is a false report when it flags any subject other than the planted one. Target: at most 1 in
20 reports (5%) at each volume.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO / ".." / "shared" / "data"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(DATA))
sys.path.insert(0, str(REPO / "src"))

WEEKS = 12
FIRST_REPORT = 4  # a report is scored from 4 weeks of history on
BASE_SHARE, TOP_SHARE = 0.05, 0.25

Pools = list[list[str]]  # one list of labels per real week (a single pool for undated data)


# ------------------------------------------------------------------ data
def _split_ok(key: str, split: str) -> bool:
    from split import is_test

    return is_test(key) == (split == "test")


def load_banking77(split: str) -> Pools:
    labels = []
    for part in ("train", "test"):
        with open(DATA / "banking77" / f"{part}.csv", encoding="utf-8") as f:
            labels += [r["category"] for r in csv.DictReader(f) if _split_ok(r["text"], split)]
    return [labels]


def load_cfpb(split: str) -> Pools:
    weeks: dict[tuple[int, int], list[str]] = defaultdict(list)
    with open(DATA / "cfpb_narratives" / "cfpb_narratives.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["issue"] and r["date_received"].startswith("2023") and _split_ok(r["narrative"], split):
                iso = date.fromisoformat(r["date_received"]).isocalendar()
                weeks[(iso.year, iso.week)].append(r["issue"])
    return [v for _, v in sorted(weeks.items()) if len(v) >= (8 if split == "test" else 25)]


def load_ko(split: str) -> Pools:
    weeks: dict[str, list[str]] = defaultdict(list)
    path = DATA / "ko" / "petitions_cheongwadae" / "petitions_2019-04_2019-08.csv"
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if _split_ok(r["petition_idx"], split):
                weeks[r["iso_week"]].append(r["category"])
    return [v for _, v in sorted(weeks.items())]


LOADERS: dict[str, Callable[[str], Pools]] = {"banking77": load_banking77, "cfpb": load_cfpb, "ko": load_ko}


# ------------------------------------------------------------------ scenarios
def planted_share(scenario: str, week: int) -> float:
    lead = 4 if scenario == "grow4" else 0
    if week <= lead:
        return BASE_SHARE
    step = min(week - lead - 1, 7)
    return BASE_SHARE + (TOP_SHARE - BASE_SHARE) * step / 7


def crossing_week(scenario: str) -> int:
    return next(w for w in range(1, WEEKS + 1) if planted_share(scenario, w) >= 0.15)


def simulate(pools: Pools, scenario: str, per_week: int, seed: int, mode: str = "items") -> tuple[list[Counter[str]], str | None]:
    """Weekly label counts for one run, and the planted label (None when flat).

    ``items``: every message gets a random week (the weeks of the messages shuffled): no week-to-week
    difference in mix beyond sampling. ``weeks``: whole real weeks in random order, resampled to
    ``per_week``: the real weekly mix stays (more varied than real at volumes above the real week's).
    """
    rng = random.Random(seed)
    if mode == "items":
        pools = [[lab for pool in pools for lab in pool]]
    order = [rng.randrange(len(pools)) for _ in range(WEEKS)] if len(pools) > 1 else [0] * WEEKS
    if len(pools) >= WEEKS:
        order = rng.sample(range(len(pools)), WEEKS)
    planted = None
    everything = [lab for pool in pools for lab in pool]
    if scenario != "flat":
        common = [lab for lab, c in Counter(everything).items() if c >= 20]
        planted = rng.choice(sorted(common))
    weeks = []
    for w, idx in enumerate(order, start=1):
        pool = pools[idx]
        if planted is None:
            weeks.append(Counter(rng.choices(pool, k=per_week)))
            continue
        rest = [lab for lab in pool if lab != planted] or [lab for lab in everything if lab != planted]
        k = sum(rng.random() < planted_share(scenario, w) for _ in range(per_week))
        week = Counter(rng.choices(rest, k=per_week - k))
        week[planted] += k
        weeks.append(week)
    return weeks, planted


# ------------------------------------------------------------------ methods
def matrix(weeks: list[Counter[str]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    subjects = sorted({s for w in weeks for s in w})
    x = np.array([[w.get(s, 0) for w in weeks] for s in subjects], dtype=float)
    n = np.array([sum(w.values()) for w in weeks], dtype=float)
    return subjects, x, n


def method_window(weeks: list[Counter[str]], **_: Any) -> dict[int, set[str]]:
    """The product's defaults before issue 13: single-week test + pooled recent window."""
    from callinsight.drift import flag_drift

    counts = {(i, s): c for i, w in enumerate(weeks, start=1) for s, c in w.items()}
    totals = {i: sum(w.values()) for i, w in enumerate(weeks, start=1)}
    out: dict[int, set[str]] = defaultdict(set)
    for f in flag_drift(counts, totals, baseline_weeks=4, alpha=0.01, min_count=3, min_effect=0.2, recent_weeks=3,
                        recent_baseline_weeks=6, recent_alpha=0.05):
        if f.status != "stable":
            out[f.week].add(f.subject)
    return out


def method_trend(weeks: list[Counter[str]], *, variant: str, q: float = 0.05, window: int = 12, min_effect: float = 0.2,
                 min_count: int = 3, seed: int = 0) -> dict[int, set[str]]:
    import drift_methods as dm

    subjects, X, n = matrix(weeks)
    rng = np.random.default_rng(seed)
    out: dict[int, set[str]] = defaultdict(set)
    for t in range(FIRST_REPORT, WEEKS + 1):
        lo = max(0, t - window)
        x, nn = X[:, lo:t], n[lo:t]
        keep = (x.sum(axis=1) >= max(min_count, 5)) & (x.sum(axis=1) >= 0.01 * nn.sum())
        idx = np.flatnonzero(keep)
        if not len(idx):
            continue
        x = x[idx]
        p, z = dm.cochran_armitage(x, nn, overdispersion=variant in ("od", "od+step"))
        if variant.startswith("pod"):
            from scipy import stats

            phi = dm.pooled_dispersion(X[:, lo:t], nn)
            p = 2 * stats.norm.sf(np.abs(z) / np.sqrt(phi))
        if variant == "perm":
            pp, _ = dm.permutation_trend(x, nn, rng)
            p = np.maximum(p, pp)
        start, end = dm.fitted_ends(x, nn)
        h = dm.cohens_h(end, start)
        fam = [p]
        if variant.endswith("+step"):
            ps, hs = dm.step_test(x, nn)
            fam.append(ps)
        adj = dm.bh(np.concatenate(fam))
        m = len(idx)
        flagged = (adj[:m] < q) & (np.abs(h) >= min_effect)
        recent = x[:, -2:].sum(axis=1)
        flagged &= np.where(h > 0, recent >= min_count, start * nn[0] + start * nn[1] >= min_count)
        if variant.endswith("+step"):
            flagged |= (adj[m:] < q) & (np.abs(hs) >= 2 * min_effect) & (x[:, -1] >= min_count)
        out[t] = {subjects[idx[i]] for i in np.flatnonzero(flagged)}
    return out


def method_product(weeks: list[Counter[str]], *, history: int = 12, seed: int = 0, **kw: Any) -> dict[int, set[str]]:
    """``callinsight.drift.trend.trend_report`` on each report's history (the product's trend test)."""
    from callinsight.drift.trend import trend_report

    subjects = sorted({s for w in weeks for s in w})
    out: dict[int, set[str]] = defaultdict(set)
    for t in range(FIRST_REPORT, WEEKS + 1):
        hist = weeks[max(0, t - history) : t]
        counts = {s: [w.get(s, 0) for w in hist] for s in subjects}
        rows = trend_report(counts, [sum(w.values()) for w in hist], seed=seed, **kw)
        out[t] = {r.subject for r in rows if r.status != "stable"}
    return out


METHODS: dict[str, Callable[..., dict[int, set[str]]]] = {
    "product": method_product,
    "product-a05": lambda weeks, **kw: method_product(weeks, alpha=0.05, **kw),
    "product-a01": lambda weeks, **kw: method_product(weeks, alpha=0.01, **kw),
    "window": method_window,
    "trend": lambda weeks, **kw: method_trend(weeks, variant="ca", **kw),
    "trend-od": lambda weeks, **kw: method_trend(weeks, variant="od", **kw),
    "trend-perm": lambda weeks, **kw: method_trend(weeks, variant="perm", **kw),
    "trend-pod": lambda weeks, **kw: method_trend(weeks, variant="pod", **kw),
    "trend-pod+step": lambda weeks, **kw: method_trend(weeks, variant="pod+step", **kw),
    "trend+step": lambda weeks, **kw: method_trend(weeks, variant="ca+step", **kw),
    "trend-od+step": lambda weeks, **kw: method_trend(weeks, variant="od+step", **kw),
}


# ------------------------------------------------------------------ scoring
def score(flags: dict[int, set[str]], planted: str | None) -> tuple[int | None, int, int]:
    """First report week flagging the planted subject, reports with a false flag, reports scored."""
    first = min((t for t, s in flags.items() if planted in s and t >= FIRST_REPORT), default=None)
    false = sum(1 for t in range(FIRST_REPORT, WEEKS + 1) if flags.get(t, set()) - {planted})
    return first, false, WEEKS - FIRST_REPORT + 1


def run(datasets: list[str], volumes: list[int], seeds: int, methods: list[str], split: str, modes: list[str],
        window_seeds: int) -> None:
    print(f"split: {split.upper()} rows; {seeds} seeds per cell ({min(seeds, window_seeds)} for 'window'); "
          f"reports scored from week {FIRST_REPORT} to {WEEKS}")
    for scenario in ("grow4", "grow0"):
        print(f"{scenario}: planted share " + " ".join(f"{planted_share(scenario, w):.0%}" for w in range(1, WEEKS + 1))
              + f"; crosses 15% in week {crossing_week(scenario)}, target flagged by week {crossing_week(scenario) + 2}")
    header = f"{'data':<10}{'N/wk':>5} {'method':<14}| {'flat: false reports':<21}| {'grow4 first week (target <= 11)':<40}| false  | {'grow0 first week (target <= 7)':<40}| false"
    for ds in datasets:
        pools = LOADERS[ds](split)
        print(f"\n{ds}: {sum(map(len, pools))} {split} rows in {len(pools)} real week(s), {len({x for p in pools for x in p})} labels")
        print(header)
        for mode, per_week in [(m, v) for m in modes if len(pools) > 1 or m == "items" for v in volumes]:
            runs = {sc: [simulate(pools, sc, per_week, 1000 * s + per_week, mode) for s in range(seeds)] for sc in ("flat", "grow4", "grow0")}
            for name in methods:
                cells = []
                for sc in ("flat", "grow4", "grow0"):
                    firsts, false, total = [], 0, 0
                    n_runs = min(seeds, window_seeds) if name == "window" else seeds
                    for s, (weeks, planted) in enumerate(runs[sc][:n_runs]):
                        f, fl, tot = score(METHODS[name](weeks, seed=s), planted)
                        firsts.append(f)
                        false += fl
                        total += tot
                    if sc == "flat":
                        cells.append(f"{false}/{total} = {false / total:5.1%}")
                    else:
                        target = crossing_week(sc) + 2
                        hit = sum(1 for f in firsts if f is not None and f <= target)
                        seen = sorted(f for f in firsts if f is not None)
                        med = f"median wk {seen[len(seen) // 2]}" if seen else "never"
                        cells.append(f"{hit}/{n_runs} in time, {len(seen)}/{n_runs} ever, {med}")
                        cells.append(f"{false / total:5.1%}")
                print(f"{ds + ':' + mode:<16}{per_week:>5} {name:<14}| {cells[0]:<21}| {cells[1]:<40}| {cells[2]:<6} | {cells[3]:<40}| {cells[4]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--data", nargs="*", default=list(LOADERS))
    parser.add_argument("--per-week", type=int, nargs="*", default=[20, 60, 300])
    parser.add_argument("--methods", nargs="*", default=["window", "product"],
                        help="window: the recent-window comparison before issue 13; product: the trend test as shipped; all")
    parser.add_argument("--window-seeds", type=int, default=5, help="seeds for the slow 'window' method (Fisher tests)")
    parser.add_argument("--modes", nargs="*", default=["items", "weeks"], help="how flat weeks are made (see simulate)")
    args = parser.parse_args()
    methods = list(METHODS) if args.methods == ["all"] else args.methods
    if not DATA.exists():
        sys.exit(f"evaluation data not found at {DATA}")
    started = time.perf_counter()
    run(args.data, args.per_week, args.seeds, methods, args.split, args.modes, args.window_seeds)
    print(f"\n{time.perf_counter() - started:.0f} s (shared, loaded 2-core machine)")


if __name__ == "__main__":
    main()
