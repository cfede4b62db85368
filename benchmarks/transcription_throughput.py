"""Transcription throughput and accuracy: plain faster-whisper vs callinsight's ingest stage, one run.

    .venv/bin/python benchmarks/transcription_throughput.py [--audio DIR] [--limit 4] [--model whisper-base]
        [--skip 3] [--rounds 1] [--variants fw-beam5,fw-greedy,fw-batched,ci-seq,ci-batched,ci-default]

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
  calls in shared batches), in this one process (``--executor local``, CTranslate2's threads);
- ``ci-default``: what ``callinsight run`` does with the default settings (``executor = "auto"``:
  batch 8 in one worker process per CPU, each with ``cpu_count // processes`` threads, when there is
  audio enough; ``ci-batched`` vs ``ci-default`` is the "threads vs processes" question);
- ``ci-seq-procs`` (not run unless named): the sequential path in the same worker processes, to
  tell what batching adds once every core has its own process.

Variants run round-robin (v1, v2, … v1, v2, …) for ``--rounds`` rounds and the *minimum* wall time
per variant is reported, so a noisy neighbour on a shared machine hurts all alike. Word error rate is
per channel against ``reference_scripts.jsonl`` (the samples' generator text; words as
``demo_truth.words`` makes them), summed over the calls. Peak memory is the most the variant's process
and its worker processes held at once (proportional set size, sampled every 0.2 s, so shared library
pages count once).
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
VARIANTS = ("fw-beam5", "fw-greedy", "fw-batched", "ci-seq", "ci-batched", "ci-default")
EXTRA = ("ci-seq-procs",)
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


RAN_ON = ["in-process"]  # what the ingest variant ran on (its stage's "executor" detail)


def pipeline(model_name: str, files: list[Path], batch_size: int, executor: str) -> dict[str, list[str]]:
    """The ingest stage into a fresh store, on ``executor`` (``default``: the ``[run]`` section's
    default, as ``callinsight run`` does)."""
    from callinsight.pipeline.context import StageOptions
    from callinsight.pipeline.runner import run_pipeline
    from callinsight.store.db import connect

    with tempfile.TemporaryDirectory() as tmp:
        config = make_workspace(Path(tmp), files, model_name, batch_size=batch_size)
        name = None if executor == "default" else executor
        options = StageOptions(executor=config.run.executor_options(name))  # type: ignore[arg-type]
        summary = run_pipeline(config, ["ingest"], options=options)
        if summary.failed:
            raise SystemExit(f"{summary.failed} recording(s) failed in the pipeline")
        RAN_ON[0] = str(summary.results[0].details.get("executor", ""))
        con = connect(config.database_path)
        rows = con.execute(
            "SELECT c.source_path, u.channel, u.text FROM utterances u JOIN calls c USING (call_id) ORDER BY u.start_s"
        ).fetchall()
        con.close()
    out: dict[str, list[str]] = {f.name: ["", ""] for f in files}
    for path, channel, text in rows:
        out[Path(path).name][int(channel)] += " " + text
    return out


class PeakMemory:
    """The most memory this process and its descendants held at once (sum of PSS, Linux /proc)."""

    def __init__(self) -> None:
        import threading

        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _pids(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                children.setdefault(ppid, []).append(int(entry))
        out, todo = [], [os.getpid()]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo.extend(children.get(pid, []))
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            total = 0
            for pid in self._pids():
                try:
                    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                        if line.startswith("Pss:"):
                            total += int(line.split()[1])
                            break
                except OSError:
                    continue
            self.peak_kb = max(self.peak_kb, total)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024


def run_one(variant: str, model_name: str, files: list[Path]) -> dict[str, Any]:
    memory = PeakMemory() if Path("/proc/self/smaps_rollup").exists() else None
    start = time.perf_counter()
    if variant.startswith("fw-"):
        texts = plain(model_name, files, variant)
    elif variant == "ci-seq":
        texts = pipeline(model_name, files, 0, "local")
    elif variant == "ci-batched":
        texts = pipeline(model_name, files, 8, "local")
    elif variant == "ci-default":
        texts = pipeline(model_name, files, 8, "default")
    elif variant == "ci-seq-procs":
        texts = pipeline(model_name, files, 0, "processes")
    else:
        raise SystemExit(f"unknown variant {variant}")
    wall = time.perf_counter() - start
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    peak = memory.stop() if memory else max(own.ru_maxrss, kids.ru_maxrss) / 1024
    return {"wall_s": wall, "cpu_s": cpu, "peak_mb": peak, "texts": texts, "ran_on": RAN_ON[0]}


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
    parser.add_argument("--limit", type=int, default=10, help="recordings to use after --skip (default 10: calls 4-13 of the samples)")
    parser.add_argument("--skip", type=int, default=3, help="leave out the first N recordings: the batched path's VAD settings were tuned on the first 3 (default 3)")
    parser.add_argument("--model", default="whisper-base", help="model under models/ (default whisper-base)")
    parser.add_argument("--rounds", type=int, default=1, help="round-robin rounds (default 1); the minimum per variant counts")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated subset of " + ", ".join(VARIANTS + EXTRA))
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
            print(f"  round {r + 1} {v:17s} {res['wall_s']:7.1f} s wall {res['cpu_s']:7.1f} s CPU (load {os.getloadavg()[0]:.1f}; "
                  f"ran on: {res['ran_on']})", flush=True)
    base = min(walls[BASELINE]) if BASELINE in walls else None
    base_wer = word_error_rate(results[BASELINE]["texts"], scripts) if BASELINE in results else None
    base_cpu = min(cpus[BASELINE]) if BASELINE in cpus else None
    print(f"\n{'variant':17s} {'wall s':>7s} {'audio s/s':>9s} {'x ci-seq':>8s} {'CPU s':>7s} {'x ci-seq':>8s} "
          f"{'WER':>6s} {'WER pts':>8s} {'peak MB':>8s}  ran on")
    for v in variants:
        wall, cpu = min(walls[v]), min(cpus[v])
        wer = word_error_rate(results[v]["texts"], scripts)
        ratio = f"{base / wall:8.2f}" if base else ""
        cpu_ratio = f"{base_cpu / cpu:8.2f}" if base_cpu else ""
        delta = f"{100 * (wer - base_wer):+8.1f}" if base_wer is not None else ""
        print(f"{v:17s} {wall:7.1f} {audio_s / wall:9.2f} {ratio} {cpu:7.1f} {cpu_ratio} {100 * wer:5.1f}% {delta} "
              f"{results[v]['peak_mb']:8.0f}  {results[v]['ran_on'] if v.startswith('ci-') else ''}")
    print("x ci-seq: throughput relative to today's pipeline (ci-seq); CPU s: user+system time of the variant's "
          "processes, steadier than wall time on a loaded machine")
    print(f"load average at the end {os.getloadavg()[0]:.1f} (a shared machine: compare ratios, not absolute figures)")


if __name__ == "__main__":
    main()
