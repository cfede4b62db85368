"""Transcription throughput and accuracy: plain faster-whisper vs callinsight's ingest stage, one run.

    .venv/bin/python benchmarks/transcription_throughput.py [--audio DIR] [--limit 4] [--model whisper-base]
        [--rounds 2] [--variants fw-beam5,fw-greedy,fw-batched,ci-seq,ci-batched,ci-batched-2proc]

Variants (every one in a fresh process that loads its own model, so each pays the same start-up and
its peak memory is its own):

- ``fw-beam5``: ``WhisperModel.transcribe`` with the library's defaults (beam 5, temperature fallback,
  conditioning on previous text) plus ``vad_filter=True, word_timestamps=True``, channel by channel
  (customer first with language detection, agent in that language);
- ``fw-greedy``: the same with callinsight's sequential settings (beam 1, no conditioning);
- ``fw-batched``: faster-whisper's ``BatchedInferencePipeline.transcribe`` (batch 8, greedy, word
  timestamps), channel by channel;
- ``ci-seq``: ``run_pipeline(config, ["ingest"])`` with ``transcribe.batch_size = 0`` (today's path)
  into a fresh store: discovery, hashing, metadata, decoding, transcription, turns, redaction, metrics,
  one transaction per call;
- ``ci-batched``: the same with ``transcribe.batch_size = 8`` (chunks of both channels and of several
  calls in shared batches);
- ``ci-batched-2proc``: the batched worker in two processes with one CPU thread each (calls split
  between them) instead of one process with two threads: the "threads vs processes" question.

Variants run round-robin (v1, v2, … v1, v2, …) for ``--rounds`` rounds and the *minimum* wall time
per variant is reported, so a noisy neighbour on a shared machine hurts all alike. Word error rate is
per channel against ``reference_scripts.jsonl`` (the samples' generator text; words as
``demo_truth.words`` makes them), summed over the calls. Peak memory is each process's max RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sample_audio import pick_recordings

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
VARIANTS = ("fw-beam5", "fw-greedy", "fw-batched", "ci-seq", "ci-batched", "ci-batched-2proc")
BASELINE = "ci-seq"


# ------------------------------------------------------------------ one variant (in its own process)


def make_workspace(root: Path, files: list[Path], model: str, **transcribe: Any) -> Any:
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.settings import load_config

    rec = root / "recordings"
    rec.mkdir(parents=True)
    for f in files:
        shutil.copy(f, rec / f.name)
        sidecar = f.with_name(f.name + ".json")
        if sidecar.exists():
            shutil.copy(sidecar, rec / sidecar.name)
    overrides: dict[str, Any] = {"paths": {"models": str(REPO / "models")}, "models": {"whisper": model}}
    if transcribe:
        overrides["transcribe"] = transcribe
    write_default_config(root, overrides=overrides)
    return load_config(root / "callinsight.toml")


def plain(model_name: str, files: list[Path], variant: str) -> dict[str, list[str]]:
    """Plain faster-whisper, channel by channel; texts per file, [agent channel 0, customer channel 1]."""
    from faster_whisper import BatchedInferencePipeline, WhisperModel, decode_audio

    model = WhisperModel(str(REPO / "models" / model_name), device="cpu", compute_type="int8", local_files_only=True)
    settings: dict[str, Any] = {"vad_filter": True, "word_timestamps": True}
    if variant == "fw-greedy":
        settings.update(beam_size=1, condition_on_previous_text=False)
    runner: Any = model
    if variant == "fw-batched":
        runner = BatchedInferencePipeline(model)
        settings.update(beam_size=1, batch_size=8)
    out = {}
    for f in files:
        channels = decode_audio(str(f), sampling_rate=16000, split_stereo=True)
        segments, info = runner.transcribe(channels[1], **settings)
        customer = " ".join(s.text for s in segments)
        segments, _ = runner.transcribe(channels[0], language=info.language, **settings)
        out[f.name] = [" ".join(s.text for s in segments), customer]
    return out


def _texts(transcripts: list[Any]) -> dict[str, list[str]]:
    return {
        Path(t.source_path).name: [" ".join(u.text for u in t.utterances if u.channel == ch) for ch in (0, 1)]
        for t in transcripts
    }


def pipeline(model_name: str, files: list[Path], batch_size: int) -> dict[str, list[str]]:
    from callinsight.pipeline.runner import run_pipeline
    from callinsight.store.db import connect

    with tempfile.TemporaryDirectory() as tmp:
        config = make_workspace(Path(tmp), files, model_name, batch_size=batch_size)
        summary = run_pipeline(config, ["ingest"])
        if summary.failed:
            raise SystemExit(f"{summary.failed} recording(s) failed in the pipeline")
        con = connect(config.database_path)
        rows = con.execute(
            "SELECT c.source_path, u.channel, u.text FROM utterances u JOIN calls c USING (call_id) ORDER BY u.start_s"
        ).fetchall()
        con.close()
    out: dict[str, list[str]] = {f.name: ["", ""] for f in files}
    for path, channel, text in rows:
        out[Path(path).name][int(channel)] += " " + text
    return out


def _half(args: tuple[str, list[str], str]) -> dict[str, list[str]]:
    """One worker process of ``ci-batched-2proc``: its share of the calls, one CPU thread."""
    from callinsight.records import CallMetadata, CallSource, Transcript
    from callinsight.transcribe.worker import TranscribeWorker

    root, names, model_name = args
    files = [Path(n) for n in names]
    config = make_workspace(Path(root), files, model_name, batch_size=8)
    config.models.cpu_threads = 1
    worker = TranscribeWorker(config)
    sources = [CallSource(f"c{i}", f, f.stat().st_size, CallMetadata()) for i, f in enumerate(files)]
    results = worker.batch(sources)
    return _texts([r for r in results if isinstance(r, Transcript)])


def two_processes(model_name: str, files: list[Path]) -> dict[str, list[str]]:
    from concurrent.futures import ProcessPoolExecutor

    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(2) as pool:
        parts = [(str(Path(tmp) / f"p{i}"), [str(f) for f in files[i::2]], model_name) for i in range(2)]
        out: dict[str, list[str]] = {}
        for texts in pool.map(_half, parts):
            out.update(texts)
    return out


def run_one(variant: str, model_name: str, files: list[Path]) -> dict[str, Any]:
    start = time.perf_counter()
    if variant.startswith("fw-"):
        texts = plain(model_name, files, variant)
    elif variant == "ci-seq":
        texts = pipeline(model_name, files, 0)
    elif variant == "ci-batched":
        texts = pipeline(model_name, files, 8)
    elif variant == "ci-batched-2proc":
        texts = two_processes(model_name, files)
    else:
        raise SystemExit(f"unknown variant {variant}")
    wall = time.perf_counter() - start
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    rss_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": rss_kb / 1024, "texts": texts}


# ------------------------------------------------------------------ the driver


def word_error_rate(texts: dict[str, list[str]], scripts: dict[str, list[dict[str, Any]]]) -> float:
    from demo_truth import edit_distance, words

    errors = total = 0
    for name, per_channel in texts.items():
        for channel, hyp in enumerate(per_channel):
            ref = words(" ".join(t["text"] for t in scripts[name] if t["channel"] == channel))
            errors += edit_distance(ref, words(hyp))
            total += len(ref)
    return errors / max(total, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--audio", type=Path, help="folder of stereo recordings with reference_scripts.jsonl (default: recordings/samples)")
    parser.add_argument("--limit", type=int, default=4, help="recordings to use (default 4)")
    parser.add_argument("--skip", type=int, default=3, help="leave out the first N recordings: the batched path's VAD settings were tuned on the first 3 (default 3)")
    parser.add_argument("--model", default="whisper-base", help="model under models/ (default whisper-base)")
    parser.add_argument("--rounds", type=int, default=2, help="round-robin rounds (default 2); the minimum per variant counts")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated subset of " + ", ".join(VARIANTS))
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one variant, print JSON
    parser.add_argument("--files", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    import logging

    logging.getLogger("faster_whisper").setLevel(logging.WARNING)
    if args.one:
        print("RESULT " + json.dumps(run_one(args.one, args.model, args.files)))
        return

    from callinsight.transcribe.audio import probe

    files = pick_recordings(args.audio, args.limit + args.skip, stereo_only=True)[args.skip :]
    scripts_path = files[0].parent / "reference_scripts.jsonl"
    scripts = {json.loads(line)["file"]: json.loads(line)["turns"] for line in scripts_path.read_text().splitlines() if line}
    audio_s = sum(probe(f).duration_s or 0.0 for f in files)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    load = os.getloadavg()
    print(f"{len(files)} stereo recording(s) ({files[0].name} ...; the first {args.skip} left out: tuning), {audio_s:.0f} s of audio, model {args.model}, {os.cpu_count()} CPUs, "
          f"load average {load[0]:.1f} at start; {args.rounds} round(s) round-robin, min wall per variant")
    walls: dict[str, list[float]] = {v: [] for v in variants}
    cpus: dict[str, list[float]] = {v: [] for v in variants}
    results: dict[str, dict[str, Any]] = {}
    for r in range(args.rounds):
        for v in variants:
            cmd = [sys.executable, __file__, "--one", v, "--model", args.model, "--files", *map(str, files)]
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
            line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
            if line is None:
                raise SystemExit(f"{v} failed:\n{proc.stderr[-3000:]}")
            res = json.loads(line[7:])
            walls[v].append(res["wall_s"])
            cpus[v].append(res["cpu_s"])
            results[v] = res
            print(f"  round {r + 1} {v:17s} {res['wall_s']:7.1f} s wall {res['cpu_s']:7.1f} s CPU (load {os.getloadavg()[0]:.1f})", flush=True)
    base = min(walls[BASELINE]) if BASELINE in walls else None
    base_wer = word_error_rate(results[BASELINE]["texts"], scripts) if BASELINE in results else None
    base_cpu = min(cpus[BASELINE]) if BASELINE in cpus else None
    print(f"\n{'variant':17s} {'wall s':>7s} {'audio s/s':>9s} {'x ci-seq':>8s} {'CPU s':>7s} {'x ci-seq':>8s} "
          f"{'WER':>6s} {'WER pts':>8s} {'peak MB':>8s}")
    for v in variants:
        wall, cpu = min(walls[v]), min(cpus[v])
        wer = word_error_rate(results[v]["texts"], scripts)
        ratio = f"{base / wall:8.2f}" if base else ""
        cpu_ratio = f"{base_cpu / cpu:8.2f}" if base_cpu else ""
        delta = f"{100 * (wer - base_wer):+8.1f}" if base_wer is not None else ""
        print(f"{v:17s} {wall:7.1f} {audio_s / wall:9.2f} {ratio} {cpu:7.1f} {cpu_ratio} {100 * wer:5.1f}% {delta} "
              f"{results[v]['peak_rss_mb']:8.0f}")
    print("x ci-seq: throughput relative to today's pipeline (ci-seq); CPU s: user+system time of the variant's "
          "processes, steadier than wall time on a loaded machine")
    print(f"load average at the end {os.getloadavg()[0]:.1f} (a shared machine: compare ratios, not absolute figures)")


if __name__ == "__main__":
    main()
