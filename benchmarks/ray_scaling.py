"""Transcription throughput: the local executor vs Ray with 1 and 2 workers, on the same audio, in one run.

    .venv/bin/python benchmarks/ray_scaling.py [--audio DIR] [--model whisper-tiny.en] [--limit 6] [--repeat 2]

Prints audio seconds per wall second for each executor, the ratios between them, Ray's overhead per call
(a worker that does nothing, so what is left is the executor's own cost), and the scaling model of
docs/scale.md: audio hours one night can take with N workers, from the measured per-worker throughput.

Every worker gets one model thread (``cpu_threads``, default 1) and Ray reserves one CPU per actor, so
"1 worker" means the same compute on both executors and the ratios isolate what Ray adds. The audio
defaults to ``recordings/samples`` when it holds recordings, else the test fixtures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # offline: no usage statistics
sys.path.insert(0, str(REPO / "tests" / "scale"))  # the no-op worker for the overhead figure


def sources(audio: Path, repeat: int, limit: int, config: Any) -> list[Any]:
    from callinsight.ingest.stage import plan_ingest

    plan = plan_ingest(replace(config, paths=replace(config.paths, recordings=str(audio))), set(), set())
    if not plan.sources:
        raise SystemExit(f"no readable recordings under {audio}")
    # A private copy: the audio must stay the same for every executor even if the folder is regenerated.
    snapshot = Path(tempfile.mkdtemp(prefix="callinsight-bench-audio-"))
    chosen = []
    for src in plan.sources[:limit]:
        copy = snapshot / src.path.name
        shutil.copy2(src.path, copy)
        chosen.append(replace(src, path=copy))
    return chosen * repeat  # the same calls again: more items per worker, same audio for every executor


def default_audio() -> Path:
    samples = REPO / "recordings" / "samples"
    if samples.is_dir() and any(p.suffix.lower() in {".wav", ".mp3", ".ogg", ".flac", ".opus", ".m4a"} for p in samples.rglob("*")):
        return samples
    # Both fixture folders, through a folder of links (discovery reads one root).
    both = Path(tempfile.mkdtemp(prefix="callinsight-bench-"))
    for folder in ("audio", "scale"):
        for clip in (REPO / "tests" / "fixtures" / folder).iterdir():
            if clip.suffix in {".ogg", ".mp3", ".wav"}:
                (both / clip.name).symlink_to(clip)
    return both


def timed_map(executor: Any, worker: Any, items: list[Any]) -> tuple[float, float, int]:
    """(wall seconds, audio seconds transcribed, calls lost or failed)."""
    from callinsight.records import Transcript

    start = time.perf_counter()
    audio_s, bad = 0.0, 0
    for _, result in executor.map(worker, items):
        if isinstance(result, Transcript):
            audio_s += result.duration_s or 0.0
        else:
            bad += 1
    return time.perf_counter() - start, audio_s, bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audio", type=Path, default=None, help="folder of recordings (default: samples or fixtures)")
    parser.add_argument("--model", default="whisper-tiny.en")
    parser.add_argument("--repeat", type=int, default=2, help="process the calls this many times over")
    parser.add_argument("--limit", type=int, default=6, help="distinct calls to use, at most (keeps a run to minutes)")
    parser.add_argument("--cpu-threads", type=int, default=1, help="model threads per worker")
    parser.add_argument("--noop-calls", type=int, default=300, help="items for the Ray overhead figure")
    parser.add_argument("--device", default="cpu", help="cpu or cuda (a GPU run: each Ray worker gets 1/workers GPU)")
    parser.add_argument("--compute-type", default=None, help="CTranslate2 compute type (default int8 on CPU, float16 on GPU)")
    args = parser.parse_args()

    import ray
    from ray_toy_workers import NoopWorker

    from callinsight.localmodels.factories import load_whisper
    from callinsight.pipeline.executor import LocalExecutor
    from callinsight.pipeline.settings import Config
    from callinsight.scale.ray_executor import RayExecutor
    from callinsight.transcribe.worker import TranscribeWorker

    config = Config(root=REPO)
    config.models.whisper = args.model
    config.models.cpu_threads = args.cpu_threads
    config.models.device = args.device
    config.models.compute_type = args.compute_type or ("float16" if args.device == "cuda" else "int8")
    audio = args.audio or default_audio()
    items = sources(audio, args.repeat, args.limit, config)
    print(f"audio: {audio} — {len(items)} calls ({len(items) // args.repeat} distinct x{args.repeat}), "
          f"model {args.model}, {args.cpu_threads} thread(s) per worker, {os.cpu_count()} CPUs")

    t0 = time.perf_counter()
    load_whisper(config)
    load_s = time.perf_counter() - t0

    rows: dict[str, tuple[float, float, int]] = {}
    # The local run pays this process's first imports (torch for the speaker encoder…), which Ray's actors
    # pay in parallel; it runs again after Ray and the faster of the two counts, so Ray is not flattered.
    local_runs = [timed_map(LocalExecutor(), TranscribeWorker(config), items)]

    t0 = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray_start_s = time.perf_counter() - t0
    ray.cloudpickle.register_pickle_by_value(sys.modules["ray_toy_workers"])
    for n in (1, 2):
        gpus = 1 / n if args.device == "cuda" else 0  # one GPU shared by the actors of a GPU run
        ex = RayExecutor(workers=n, num_gpus_per_worker=gpus)  # reuses the cluster; actors start and load models inside the timing
        rows[f"ray x{n}"] = timed_map(ex, TranscribeWorker(config), items)
        ex.close()

    local_runs.append(timed_map(LocalExecutor(), TranscribeWorker(config), items))
    rows = {"local": min(local_runs), **rows}
    print(f"local runs: {', '.join(f'{w:.1f}s' for w, _, _ in local_runs)} (before / after Ray)")

    noop_items = list(range(args.noop_calls))
    t0 = time.perf_counter()
    list(LocalExecutor().map(NoopWorker(), noop_items))
    local_noop = (time.perf_counter() - t0) / len(noop_items)
    ex = RayExecutor(workers=1)
    list(ex.map(NoopWorker(), noop_items[:4]))  # actor start-up is not per-call overhead
    t0 = time.perf_counter()
    list(ex.map(NoopWorker(), noop_items))
    ray_noop = (time.perf_counter() - t0) / len(noop_items)
    ex.close()
    ray.shutdown()

    print(f"\nmodel load {load_s:.2f}s (paid once per worker); Ray local cluster start {ray_start_s:.1f}s (once per run)")
    print(f"{'executor':10} {'wall s':>8} {'audio s':>8} {'audio s / wall s':>17} {'vs local':>9} {'lost/failed':>11}")
    if any(bad for _, _, bad in rows.values()):
        print("warning: some calls failed or were lost; their audio is not counted")
    base = rows["local"][1] / rows["local"][0]
    for name, (wall, audio_s, bad) in rows.items():
        rate = audio_s / wall
        print(f"{name:10} {wall:8.1f} {audio_s:8.1f} {rate:17.1f} {rate / base:8.2f}x {bad:11d}")
    r1 = rows["ray x1"][1] / rows["ray x1"][0]
    r2 = rows["ray x2"][1] / rows["ray x2"][0]
    print(f"\nray x2 / ray x1 = {r2 / r1:.2f}x   ray x1 / local = {r1 / base:.2f}x   ray x2 / local = {r2 / base:.2f}x")
    print(f"Ray overhead per call: {ray_noop * 1000:.2f} ms (no-op worker; local executor {local_noop * 1e6:.1f} µs)")
    writer = writer_calls_per_s()
    print(f"one DuckDB writer: {writer:.0f} calls/s stored (40 utterances each, one transaction per call)")

    # The scaling model: a night of `hours` wall time, per-worker throughput from the 1-worker Ray run
    # (it includes Ray's overhead and one model load per actor, so it is slightly pessimistic).
    per_worker = r1
    unit = "1 GPU shared" if args.device == "cuda" else f"{args.cpu_threads} CPU thread(s)"
    print(f"\nscaling model ({args.model}, {args.device}, {unit} per worker, {per_worker:.1f} audio s per wall s per worker):")
    print(f"{'workers':>8} {'audio h per 8 h night':>22}")
    for n in (1, 2, 8, 32):
        print(f"{n:8d} {per_worker * n * 8:22.0f}")


def writer_calls_per_s(n: int = 60) -> float:
    """How many calls per second the single DuckDB writer stores: the ceiling before Parquet parts pay off."""
    from test_parquet_sink import transcript  # the same synthetic calls the Parquet tests compare

    from callinsight.store.db import connect
    from callinsight.store.writes import write_transcript

    calls = [transcript(37) for _ in range(n)]  # 40 utterances each
    for i, t in enumerate(calls):
        t.call_id = f"bench{i:04d}"
    with tempfile.TemporaryDirectory() as d:
        con = connect(Path(d) / "w.duckdb")
        start = time.perf_counter()
        for t in calls:
            write_transcript(con, t, "bench")
        seconds = time.perf_counter() - start
        con.close()
    return n / seconds


if __name__ == "__main__":
    main()
