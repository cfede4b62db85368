"""How often mono role assignment gets roles right: stereo calls mixed down to mono, judged against the
roles the stereo channels give.

    .venv/bin/python benchmarks/mono_roles.py [--audio DIR] [--limit 8] [--model whisper-tiny.en]

For each stereo recording, the stereo transcript (one channel per role) is the truth. The two channels
are averaged into one track (as a single-track phone recorder would store the call) and run through
the mono path: transcription, resemblyzer diarization, cue-based role assignment. Every word of the
mono transcript is matched to the stereo utterance covering its midpoint (nearest if none does). The
script prints, over all words and over all utterances (majority of their words):

- correct: the mono role equals the stereo role;
- wrong: a definite role (agent/customer) that differs;
- unknown: the call was labelled ``unknown`` (role confidence below ``transcribe.role_min_confidence``);

plus per call the method, the role confidence and the voice separation. Words the stereo transcript
has no utterance near (over 1 s away) are left out, as they have no truth.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sample_audio import pick_recordings

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def truth_role(stereo: Any, t: float) -> str | None:
    best, distance = None, 1.0
    for u in stereo.utterances:
        d = 0.0 if u.start_s <= t <= u.end_s else min(abs(t - u.start_s), abs(t - u.end_s))
        if d <= distance:
            best, distance = u.role, d
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--audio", type=Path, help="folder of stereo recordings (default: recordings/samples)")
    parser.add_argument("--limit", type=int, default=8, help="recordings to use (default 8)")
    parser.add_argument("--model", default="whisper-tiny.en", help="model under models/ (default whisper-tiny.en)")
    parser.add_argument("--company", default="Northwind", help="company.name for the role cues (default: the demo calls' Northwind)")
    args = parser.parse_args()

    import logging
    import wave

    import numpy as np

    logging.getLogger("faster_whisper").setLevel(logging.WARNING)
    from callinsight.ingest.stage import plan_ingest
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.settings import load_config
    from callinsight.records import CallSource, Transcript
    from callinsight.transcribe.audio import decode, probe
    from callinsight.transcribe.worker import TranscribeWorker

    files = pick_recordings(args.audio, args.limit, stereo_only=True)
    words: Counter[str] = Counter()
    utts: Counter[str] = Counter()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_default_config(
            root,
            overrides={
                "paths": {"models": str(REPO / "models"), "recordings": str(files[0].parent)},
                "models": {"whisper": args.model},
                "company": {"name": args.company},
            },
        )
        config = load_config(root / "callinsight.toml")
        metadata = {s.path: s.metadata for s in plan_ingest(config, set(), set()).sources}
        worker = TranscribeWorker(config)
        print(f"{'call':40} {'method':9} {'conf':>5} {'sep':>5} {'words ok':>8} {'unknown':>8}")
        for f in files:
            meta = metadata.get(f)
            if meta is None:
                continue
            stereo = worker(CallSource(call_id="stereo", path=f, size_bytes=f.stat().st_size, metadata=meta))
            channels = decode(f, probe(f)).channels
            mono_path = root / (f.stem + "-mono.wav")
            mix = np.clip((channels[0] + channels[1]) / 2, -1, 1)
            with wave.open(str(mono_path), "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(16000)
                w.writeframes((mix * 32767).astype(np.int16).tobytes())
            mono = worker(CallSource(call_id="mono", path=mono_path, size_bytes=mono_path.stat().st_size, metadata=meta))
            if not isinstance(stereo, Transcript) or not isinstance(mono, Transcript):
                print(f"{f.name:40} failed: {getattr(stereo, 'reason', '')} {getattr(mono, 'reason', '')}")
                continue
            call_words: Counter[str] = Counter()
            for u in mono.utterances:
                verdicts: Counter[str] = Counter()
                for w in u.words:
                    truth = truth_role(stereo, (w.start + w.end) / 2)
                    if truth is None:
                        continue
                    verdict = "unknown" if u.role == "unknown" else "correct" if u.role == truth else "wrong"
                    verdicts[verdict] += 1
                call_words.update(verdicts)
                if verdicts:
                    utts[verdicts.most_common(1)[0][0]] += 1
            words.update(call_words)
            n = sum(call_words.values()) or 1
            sep = mono.options.get("voice_separation")
            print(
                f"{f.name[:40]:40} {mono.role_method:9} {mono.role_confidence or 0:5.2f} {sep if sep is not None else '-':>5} "
                f"{call_words['correct'] / n:8.0%} {call_words['unknown'] / n:8.0%}"
            )
    for label, counts in (("words", words), ("utterances", utts)):
        n = sum(counts.values()) or 1
        print(
            f"{label:11}: correct {counts['correct'] / n:6.1%}  wrong {counts['wrong'] / n:6.1%}  "
            f"unknown {counts['unknown'] / n:6.1%}  (n={sum(counts.values())})"
        )
    decided = words["correct"] + words["wrong"]
    if decided:
        print(f"of words given a definite role, correct: {words['correct'] / decided:.1%}")
    print(f"{len(files)} call(s) in {time.perf_counter() - start:.0f}s")


if __name__ == "__main__":
    main()
