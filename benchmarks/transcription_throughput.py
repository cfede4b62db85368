"""Pipeline overhead: ``callinsight`` ingest end to end vs plain faster-whisper, same audio, one run.

    .venv/bin/python benchmarks/transcription_throughput.py [--audio DIR] [--limit 4] [--model whisper-base] [--rounds 2]

Both sides do the same transcription work with the same model and settings (int8 on CPU, VAD, word
timestamps, beam size from the default config, ``condition_on_previous_text=False``), on the same channels:

- **plain**: load ``WhisperModel``, then per recording ``decode_audio(split_stereo=True)`` and
  ``WhisperModel.transcribe`` on each channel (customer channel first with language detection, agent
  channel in the detected language, which is what the pipeline does), consuming every segment;
- **pipeline**: ``run_pipeline(config, ["ingest"])`` into a fresh DuckDB store: discovery, content hash,
  metadata, probing, decoding, the same transcription, turn merging, redaction, metrics and one
  transaction per call (including its own model load, as plain includes its).

Throughput is audio seconds per wall second. The sides alternate for ``--rounds`` rounds (plain,
pipeline, plain, pipeline…) so that a noisy neighbour hurts both alike; the figure reported is the
median per side, and ``overhead = plain throughput / pipeline throughput - 1`` (goal: under 10%).
As the end-to-end ratio is at the mercy of a busy CPU, the script also times the stage alone with
transcription replayed (``Replay``): the pipeline's own work, which is what the overhead consists of.
Recordings default to ``recordings/samples`` (stereo demo calls), else the test fixtures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sample_audio import pick_recordings

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def make_workspace(root: Path, files: list[Path], model: str) -> Any:
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.settings import load_config

    rec = root / "recordings"
    rec.mkdir(parents=True)
    for f in files:
        shutil.copy(f, rec / f.name)
        sidecar = f.with_name(f.name + ".json")
        if sidecar.exists():
            shutil.copy(sidecar, rec / sidecar.name)
    write_default_config(root, overrides={"paths": {"models": str(REPO / "models")}, "models": {"whisper": model}})
    return load_config(root / "callinsight.toml")


def run_plain(config: Any, files: list[Path]) -> float:
    from faster_whisper import WhisperModel, decode_audio

    from callinsight.localmodels.registry import resolve

    start = time.perf_counter()
    m = config.models
    model = WhisperModel(
        str(resolve(config.models_dir, "whisper", m.whisper)),
        device=m.device, compute_type=m.compute_type, cpu_threads=m.cpu_threads, local_files_only=True,
    )
    t = config.transcribe
    settings = dict(vad_filter=t.vad, word_timestamps=True, beam_size=t.beam_size, condition_on_previous_text=False)
    agent = t.agent_channel
    for f in files:
        channels = decode_audio(str(f), sampling_rate=16000, split_stereo=True)
        segments, info = model.transcribe(channels[1 - agent], language=t.language or None, **settings)
        list(segments)
        segments, _ = model.transcribe(channels[agent], language=t.language or info.language, **settings)
        list(segments)
    return time.perf_counter() - start


def run_pipeline_once(config: Any) -> tuple[float, int]:
    from callinsight.pipeline.runner import run_pipeline

    start = time.perf_counter()
    summary = run_pipeline(config, ["ingest"])
    seconds = time.perf_counter() - start
    if summary.failed:
        raise SystemExit(f"{summary.failed} recording(s) failed in the pipeline: see `callinsight status`")
    return seconds, summary.processed_calls


class Replay:
    """A worker that hands back transcripts made earlier: timing the stage with it leaves only what
    the pipeline adds around decoding and transcription."""

    def __init__(self, by_name: dict[str, Any]) -> None:
        self.by_name = by_name

    def __call__(self, source: Any) -> Any:
        import copy

        t = copy.deepcopy(self.by_name[source.path.name])
        t.call_id, t.source_path, t.metadata = source.call_id, str(source.path), source.metadata
        return t


def non_transcription_seconds(root: Path, files: list[Path]) -> tuple[float, int]:
    """Stage time with transcription replayed (tiny.en transcripts; the model does not matter here)."""
    from callinsight.ingest.stage import IngestStage
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress
    from callinsight.records import CallMetadata, CallSource
    from callinsight.store.db import open_store
    from callinsight.store.writes import start_run
    from callinsight.transcribe.worker import TranscribeWorker

    config = make_workspace(root, files, "whisper-tiny.en")
    worker = TranscribeWorker(config)
    made = {f.name: worker(CallSource("x", f, f.stat().st_size, CallMetadata())) for f in files}
    start = time.perf_counter()
    with open_store(config.database_path) as con:
        ctx = StageContext(config=config, con=con, run_id=start_run(con, "bench", ["ingest"]), progress=null_progress())
        result = IngestStage(worker=Replay(made)).run(ctx)
    return time.perf_counter() - start, result.processed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--audio", type=Path, help="folder of stereo recordings (default: recordings/samples)")
    parser.add_argument("--limit", type=int, default=4, help="recordings to use (default 4)")
    parser.add_argument("--model", default="whisper-base", help="model under models/ (default whisper-base)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds per side (default 2)")
    parser.add_argument("--no-breakdown", dest="breakdown", action="store_false", help="skip the non-transcription timing")
    args = parser.parse_args()

    import logging

    logging.getLogger("faster_whisper").setLevel(logging.WARNING)
    from callinsight.transcribe.audio import probe

    files = pick_recordings(args.audio, args.limit)
    audio_s = sum(probe(f).duration_s or 0.0 for f in files)
    channels = {probe(f).channels for f in files}
    print(f"{len(files)} recording(s), {audio_s:.0f} s of audio, channels {sorted(channels)}, model {args.model}")
    if channels != {2}:
        print("note: mono recordings go through diarization in the pipeline, which plain faster-whisper does not do")

    plain: list[float] = []
    pipeline: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = make_workspace(Path(tmp) / "warm", files[:1], args.model)
        run_plain(warm, files[:1])  # first-use costs (disk cache, CTranslate2 start-up) paid before timing
        for r in range(args.rounds):
            config = make_workspace(Path(tmp) / f"round{r}", files, args.model)
            plain.append(run_plain(config, files))
            seconds, n = run_pipeline_once(config)
            if n != len(files):
                raise SystemExit(f"pipeline stored {n} of {len(files)} calls")
            pipeline.append(seconds)
            print(f"round {r + 1}: plain {plain[-1]:.1f}s, pipeline {seconds:.1f}s")

    p, q = statistics.median(plain), statistics.median(pipeline)
    print(f"plain faster-whisper : {audio_s / p:6.2f} audio s per wall s ({p:.1f}s)")
    print(f"callinsight pipeline : {audio_s / q:6.2f} audio s per wall s ({q:.1f}s)")
    print(f"ratio pipeline/plain : {p / q:.3f}   overhead {100 * (q / p - 1):+.1f}% (goal < 10%)")
    if args.breakdown:
        with tempfile.TemporaryDirectory() as tmp:
            seconds, n = non_transcription_seconds(Path(tmp), files)
        print(
            f"pipeline work around transcription (discovery, hash, metadata, probe, turns, redaction, metrics, "
            f"store; no decoding): {seconds:.2f}s for {n} calls = {seconds / max(n, 1):.3f}s per call, "
            f"{100 * seconds / p:.1f}% of plain"
        )


if __name__ == "__main__":
    main()
