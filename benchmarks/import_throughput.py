"""``callinsight import`` throughput: batched transactions against one transaction per call, in one run.

    .venv/bin/python benchmarks/import_throughput.py                 # 2,000 calls each way
    .venv/bin/python benchmarks/import_throughput.py --calls 20000 --old-calls 1000

Writes N short transcripts (one agent and one customer turn, made-up sentences; no evaluation data) as
JSON Lines, then imports them into fresh stores: once with ``batch_size=1`` (every call its own
transaction: the path before issue 13) and once with the default batches. Parsing, redaction and
metrics run in both, so the figures are the whole ``callinsight import``. Prints calls per second and
the ratio; a second import of the same file (everything unchanged) is timed too.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

WORDS = ["invoice", "seats", "dashboard", "export", "login", "refund", "report", "plan", "inbox", "ticket", "team", "price"]


def write_calls(path: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            words = " ".join(rng.choice(WORDS) for _ in range(8))
            f.write(json.dumps({
                "id": f"bench-{i:07d}", "started_at": f"2026-0{1 + i % 9}-{1 + i % 28:02d}T{9 + i % 8:02d}:00:00+00:00",
                "metadata": {"direction": "inbound", "kind": "support"},
                "utterances": [{"role": "agent", "text": "Hello, how can I help?"},
                               {"role": "customer", "text": f"The {words} is not right."}],
            }) + "\n")


def timed_import(folder: Path, source: Path, batch_size: int) -> tuple[float, int, float]:
    from callinsight.importer import import_transcripts
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.settings import load_config

    folder.mkdir(parents=True)
    write_default_config(folder)
    cfg = load_config(folder / "callinsight.toml")
    started = time.perf_counter()
    result = import_transcripts(cfg, [source], batch_size=batch_size)
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = import_transcripts(cfg, [source], batch_size=batch_size)
    assert again.unchanged == result.new
    return first, result.new, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=2000, help="calls for the batched import")
    parser.add_argument("--old-calls", type=int, default=0, help="calls for the one-per-call import (default: --calls)")
    args = parser.parse_args()
    old_n = args.old_calls or args.calls
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_calls(root / "new.jsonl", args.calls)
        write_calls(root / "old.jsonl", old_n)
        old_s, old_stored, _ = timed_import(root / "old", root / "old.jsonl", batch_size=1)
        new_s, new_stored, again_s = timed_import(root / "new", root / "new.jsonl", batch_size=500)
        shutil.rmtree(root / "old")
    old_rate, new_rate = old_stored / old_s, new_stored / new_s
    print("one-turn transcripts (agent + customer), JSON Lines, redaction and metrics included")
    print(f"machine: {os.cpu_count()} CPUs, 1-minute load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"one transaction per call : {old_stored:6d} calls in {old_s:7.2f} s = {old_rate:8.0f} calls/s")
    print(f"batches of 500           : {new_stored:6d} calls in {new_s:7.2f} s = {new_rate:8.0f} calls/s")
    print(f"ratio                    : {new_rate / old_rate:.1f}x")
    print(f"second import, all unchanged: {new_stored} calls in {again_s:.2f} s = {new_stored / again_s:.0f} calls/s")


if __name__ == "__main__":
    main()
