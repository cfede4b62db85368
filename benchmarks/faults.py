"""Faults, measured on real runs of the installed ``callinsight`` command (each in its own process).

1. kill -9 at N random moments of an import + ``run --stages ingest,mine`` batch, then a clean run of
   the same batch: are the stored rows exactly those of an uninterrupted run?
2. Two runs started at once, T times: how often is exactly one refused with exit 75?
3. 30 kinds of bad input (transcripts, recordings, sidecars, a manifest) in one batch: is each recorded
   in ``v_failures`` with its file and a reason, and does the batch complete (good inputs stored,
   exit 3)?
4. A store on a full file system (a 2 MiB tmpfs) and on a read-only one (the tmpfs remounted ``ro``):
   a clear one-line error, and nothing half-written (every stored call has all its utterances).
   Needs ``mount`` (root or CAP_SYS_ADMIN); without it this part says so and is skipped.

Imported transcripts (the demo's reference scripts in ``recordings/samples/reference_scripts.jsonl``)
keep the kill test fast; the bad-input batch also ingests audio with ``whisper-tiny.en`` (the test
fixture clip). ``[mining] semantic = false`` skips loading the sentence embedder in every run.

    .venv/bin/python benchmarks/faults.py                 # all parts, 20 kills, 5 double starts
    .venv/bin/python benchmarks/faults.py --kills 5 --only kill
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CLI = str(REPO / ".venv" / "bin" / "callinsight")
SCRIPTS = REPO / "recordings" / "samples" / "reference_scripts.jsonl"
CLIP = REPO / "tests" / "fixtures" / "audio" / "stereo_support.ogg"
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}

# Rows compared between runs: everything but run ids and wall-clock times.
TABLES = {
    "calls": "SELECT * EXCLUDE (run_id, created_at) FROM calls ORDER BY call_id",
    "utterances": "SELECT * FROM utterances ORDER BY call_id, seq",
    "call_metrics": "SELECT * FROM call_metrics ORDER BY call_id",
    "redactions": "SELECT * FROM redactions ORDER BY call_id, kind",
    "insights": "SELECT * EXCLUDE (run_id) FROM insights ORDER BY ALL",
    "stage_done": "SELECT call_id, stage, status, reason FROM stage_done ORDER BY ALL",
}


def workspace(root: Path, *, audio: bool = False) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    subprocess.run([CLI, "init", str(root)], check=True, capture_output=True, env=ENV)
    cfg = root / "callinsight.toml"
    text = cfg.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^models = ".*"$', f'models = "{(REPO / "models").resolve()}"', text, count=1)
    text = text.replace("semantic = true", "semantic = false")
    if audio:
        text = text.replace('whisper = "whisper-base"', 'whisper = "whisper-tiny.en"')
    cfg.write_text(text, encoding="utf-8")
    return cfg


def import_file(root: Path, n_calls: int) -> Path:
    """The first ``n_calls`` reference scripts as an import JSONL file."""
    lines = []
    for line in SCRIPTS.read_text(encoding="utf-8").splitlines()[:n_calls]:
        item = json.loads(line)
        stamp = item["file"][:19]
        started = f"{stamp[:10]}T{stamp[11:].replace('-', ':')}+00:00"
        utterances = [
            {"role": t["role"], "start": t["start_s"], "end": t["end_s"], "text": t["text"]} for t in item["turns"]
        ]
        lines.append(json.dumps({"id": Path(item["file"]).stem, "started_at": started, "utterances": utterances}))
    path = root / "calls.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def batch_cmd(cfg: Path, data: Path) -> list[str]:
    return [
        "sh",
        "-c",
        f'"{CLI}" --config "{cfg}" import "{data}" && "{CLI}" --config "{cfg}" run --stages ingest,mine --no-progress',
    ]


def rows(cfg: Path) -> dict[str, list[tuple[Any, ...]]]:
    import duckdb

    db = cfg.parent / "callinsight.duckdb"
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}
    finally:
        con.close()


def part_kill(n_kills: int, n_calls: int, seed: int) -> None:
    base = Path(tempfile.mkdtemp(prefix="faults-kill-"))
    try:
        ref_cfg = workspace(base / "reference")
        data = import_file(base, n_calls)
        t0 = time.monotonic()
        done = subprocess.run(batch_cmd(ref_cfg, data), capture_output=True, text=True, env=ENV)
        duration = time.monotonic() - t0
        if done.returncode != 0:
            sys.exit(f"the uninterrupted batch failed ({done.returncode}): {done.stderr.strip()[-400:]}")
        reference = rows(ref_cfg)
        print(
            f"1. kill -9 during import + mine of {n_calls} imported calls (uninterrupted: {duration:.1f} s, "
            f"{len(reference['utterances'])} utterances, {len(reference['insights'])} insights)"
        )
        rng = random.Random(seed)
        same = clean_ok = stale_locks = interrupted = late = 0
        # A kill after the batch has ended interrupts nothing: it is not counted, and the window the
        # moments are drawn from shrinks (batches run faster than the reference when the load drops).
        window = duration
        k = 0
        while interrupted < n_kills and k < 3 * n_kills:
            cfg = workspace(base / f"kill-{k}")
            at = rng.uniform(0.05, window)
            proc = subprocess.Popen(
                batch_cmd(cfg, data),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=ENV,
                start_new_session=True,
            )
            time.sleep(at)
            killed = proc.poll() is None
            if killed:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            k += 1
            if not killed:
                late += 1
                window *= 0.8
                shutil.rmtree(cfg.parent, ignore_errors=True)
                continue
            interrupted += 1
            stale_locks += (cfg.parent / "callinsight.duckdb.lock").exists()
            clean = subprocess.run(batch_cmd(cfg, data), capture_output=True, text=True, env=ENV)
            clean_ok += clean.returncode == 0
            got = rows(cfg) if clean.returncode == 0 else {}
            diff = [t for t in TABLES if got.get(t) != reference[t]]
            same += not diff
            print(
                f"   kill {interrupted:2d} at {at:5.1f} s: clean run exit {clean.returncode}, "
                f"rows {'identical' if not diff else 'DIFFER in ' + ', '.join(diff)}",
                flush=True,
            )
            shutil.rmtree(cfg.parent, ignore_errors=True)
        print(
            f"   => {same}/{interrupted} interrupted batches ended with exactly the rows of the uninterrupted run; "
            f"clean runs exit 0: {clean_ok}/{interrupted}; a lock left by the killed run (taken over): {stale_locks}; "
            f"{late} drawn moment(s) fell after the batch had ended and were not counted",
            flush=True,
        )
    finally:
        shutil.rmtree(base, ignore_errors=True)


def part_concurrent(trials: int, n_calls: int) -> None:
    base = Path(tempfile.mkdtemp(prefix="faults-two-"))
    try:
        outcomes = []
        for k in range(trials):
            cfg = workspace(base / f"ws-{k}")
            data = import_file(base, n_calls)
            subprocess.run([CLI, "--config", str(cfg), "import", str(data)], check=True, capture_output=True, env=ENV)
            cmd = [CLI, "--config", str(cfg), "run", "--stages", "ingest,mine", "--no-progress"]
            procs = [
                subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
                for _ in range(2)
            ]
            results = [(p.wait(), p.stderr.read() if p.stderr else "") for p in procs]
            codes = sorted(c for c, _ in results)
            outcomes.append(codes)
            refused = [e for c, e in results if c == 75]
            print(
                f"   trial {k + 1}: exit codes {codes}"
                + (f" — {refused[0].strip().splitlines()[0]}" if refused else "")
            )
        ok = sum(1 for c in outcomes if c == [0, 75])
        print(f"2. two runs at once: exactly one exit 75 (and the other 0) in {ok}/{trials} trials")
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _wav(path: Path, seconds: float, freq: float) -> None:
    import math
    import struct
    import wave

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        frames = b"".join(
            struct.pack("<h", int(3000 * math.sin(2 * math.pi * freq * i / 16000))) for i in range(int(16000 * seconds))
        )
        w.writeframes(frames)


def bad_inputs(ws: Path) -> tuple[Path, dict[str, str]]:
    """30 bad inputs: (folder to import, {file name: kind}); recordings go to ws/recordings."""
    imp = ws / "imports"
    rec = ws / "recordings"
    imp.mkdir()
    rec.mkdir(exist_ok=True)
    good_utt = [{"role": "customer", "start": 0, "end": 2, "text": "The export keeps failing."}]
    kinds: dict[str, str] = {}

    def put(name: str, content: bytes | str, kind: str, folder: Path = imp) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        kinds[name] = kind

    put("empty.json", b"", "empty JSON file")
    put("blank.json", "  \n\n ", "whitespace-only JSON file")
    put("syntax.json", '{"id": "x", "utterances": [', "JSON syntax error")
    put("array.json", "[1, 2, 3]", "JSON array of numbers")
    put("no_utts.json", '{"id": "nu"}', "call without utterances")
    put("zero_utts.json", '{"id": "zu", "utterances": []}', "empty utterance list")
    put("no_text.json", '{"id": "nt", "utterances": [{"role": "customer"}]}', "utterance without text")
    put(
        "num_text.json", '{"id": "nn", "utterances": [{"role": "customer", "text": 42}]}', "utterance text not a string"
    )
    put(
        "bad_time.json",
        json.dumps({"id": "bt", "started_at": "yesterday", "utterances": good_utt}),
        "unparseable started_at",
    )
    put(
        "neg_time.json",
        json.dumps({"id": "ng", "utterances": [{"role": "customer", "start": 5, "end": 1, "text": "hi"}]}),
        "end before start",
    )
    put("meta_str.json", json.dumps({"id": "ms", "metadata": "vip", "utterances": good_utt}), "metadata not an object")
    put("latin1.txt", "Agent: Gr\xfc\xdfe, caf\xe9\n".encode("latin-1"), "not UTF-8 text")
    put("garbage.vtt", os.urandom(512), "binary garbage as subtitles")
    put("bad_ts.srt", "1\nnot a time --> never\nhello\n", "broken SRT timestamps")
    put("no_header.vtt", "00:00.000 --> 00:01.000\nhello\n", "WebVTT without header")
    put("empty.txt", b"", "empty text transcript")
    put("lines.jsonl", json.dumps({"id": "ok1", "utterances": good_utt}) + "\n{broken\n", "JSONL with a broken line")
    put("string_line.jsonl", '"just a string"\n', "JSONL line that is not an object")
    put("roles.json", json.dumps({"id": "rl", "utterances": [{"role": 7, "text": "hi"}]}), "role not a string")
    put("deep.json", "[" * 100000 + "]" * 100000, "JSON nested too deep")
    # Recordings, sidecars and a manifest (ingest).
    put("zero.wav", b"", "0-byte recording", rec)
    put("text.mp3", "this is not audio", "text file named .mp3", rec)
    put("truncated.ogg", CLIP.read_bytes()[:1500], "truncated Ogg file", rec)
    put("riff.wav", b"RIFF\x00\x00\x00\x00WAVEfmt " + os.urandom(64), "WAV header with garbage", rec)
    for i, (sidecar, kind) in enumerate(
        [
            ("{not json", "sidecar with invalid JSON"),
            ("[1, 2]", "sidecar that is a JSON array"),
            ('{"started_at": "next tuesday"}', "sidecar with an unparseable started_at"),
            ('{"direction": "sideways"}', "sidecar with an unknown direction"),
            ("", "empty sidecar"),
        ]
    ):
        name = f"tone-{i}.wav"
        _wav(rec / name, 1.0, 300 + 50 * i)
        put(name + ".json", sidecar, kind, rec)
    sub = rec / "site"
    sub.mkdir()
    _wav(sub / "tone-m.wav", 1.0, 700)
    put("site/manifest.csv", "name,agent\ntone-m.wav,Dana\n", "manifest without a 'file' column", rec)
    shutil.copy2(CLIP, rec / "good.ogg")
    (imp / "good.json").write_text(json.dumps({"id": "good", "utterances": good_utt}), encoding="utf-8")
    return imp, kinds


def part_bad_inputs() -> None:
    import duckdb

    base = Path(tempfile.mkdtemp(prefix="faults-bad-"))
    try:
        cfg = workspace(base / "ws", audio=True)
        imp, kinds = bad_inputs(cfg.parent)
        r1 = subprocess.run([CLI, "--config", str(cfg), "import", str(imp)], capture_output=True, text=True, env=ENV)
        r2 = subprocess.run(
            [CLI, "--config", str(cfg), "run", "--stages", "ingest,mine", "--no-progress"],
            capture_output=True,
            text=True,
            env=ENV,
        )
        con = duckdb.connect(str(cfg.parent / "callinsight.duckdb"), read_only=True)
        # "calls.jsonl:2" and "calls.json[0]" name a line or an item of a file: match the file.
        failures = [
            (re.sub(r"(\[\d+\]|:\d+)$", "", p), r)
            for p, r in con.execute("SELECT path, reason FROM v_failures").fetchall()
        ]
        stored = {r[0] for r in con.execute("SELECT call_id FROM calls").fetchall()}
        good_audio = con.execute("SELECT count(*) FROM calls WHERE source = 'audio'").fetchone()
        con.close()
        recorded = 0
        print(f"3. {len(kinds)} kinds of bad input (import exit {r1.returncode}, run exit {r2.returncode}):")
        for name, kind in kinds.items():
            hits = [
                (p, r)
                for p, r in failures
                if Path(p).name == Path(name).name or (name.endswith(".json") and Path(p).name == name)
            ]
            if not hits and name.endswith(".wav.json"):
                hits = [(p, r) for p, r in failures if Path(p).name == name[: -len(".json")]]
            if not hits and name.endswith("manifest.csv"):
                hits = [(p, r) for p, r in failures if "manifest" in p or "tone-m" in p]
            ok = bool(hits) and all(r.strip() for _, r in hits)
            recorded += ok
            print(f"   {'recorded' if ok else 'MISSING '} {kind:<42} {name:<20} {hits[0][1][:70] if hits else ''}")
        print(
            f"   => {recorded}/{len(kinds)} recorded with file and reason; good inputs stored: "
            f"import {'good' in stored}, audio {bool(good_audio and good_audio[0])}; "
            f"exit codes import {r1.returncode}, run {r2.returncode} (3 = completed with failures)"
        )
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _consistent(db: Path, expected: dict[str, int]) -> str:
    import duckdb

    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error as exc:
        return f"store cannot be opened: {str(exc).splitlines()[0][:80]}"
    try:
        per_call = dict(con.execute("SELECT call_id, count(*) FROM utterances GROUP BY call_id").fetchall())
        calls = [r[0] for r in con.execute("SELECT call_id FROM calls").fetchall()]
    finally:
        con.close()
    partial = [c for c in calls if per_call.get(c, 0) != expected.get(c)]
    orphans = [c for c in per_call if c not in calls]
    return f"{len(calls)} calls stored whole, {len(partial)} partial, {len(orphans)} orphan utterance sets"


def part_disk(n_calls: int) -> None:
    mnt = Path(tempfile.mkdtemp(prefix="faults-disk-"))
    if (
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True).returncode
        != 0
    ):
        print("4. full / read-only disk: skipped — cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)")
        mnt.rmdir()
        return
    base = Path(tempfile.mkdtemp(prefix="faults-diskws-"))
    try:
        cfg = workspace(base / "ws")
        cfg.write_text(
            cfg.read_text(encoding="utf-8").replace(
                'database = "callinsight.duckdb"', f'database = "{mnt}/callinsight.duckdb"'
            ),
            encoding="utf-8",
        )
        data = import_file(base, n_calls)
        expected = {
            json.loads(line)["id"]: len(json.loads(line)["utterances"]) for line in data.read_text().splitlines()
        }
        # Fill the disk but leave a little room: the store must hit "full" while writing calls.
        filler = mnt / "filler"
        subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k", "count=31"], capture_output=True)
        r = subprocess.run([CLI, "--config", str(cfg), "import", str(data)], capture_output=True, text=True, env=ENV)
        err = r.stderr.strip().splitlines()
        print(
            f"4a. store on a full disk (2 MiB tmpfs, {n_calls} calls): exit {r.returncode}; "
            f"stderr {len(err)} line(s): {err[0][:150] if err else ''}"
        )
        filler.unlink()
        print(f"    after freeing space, the store holds: {_consistent(mnt / 'callinsight.duckdb', expected)}")
        subprocess.run(["mount", "-o", "remount,size=64m", str(mnt)], check=True)
        r = subprocess.run([CLI, "--config", str(cfg), "import", str(data)], capture_output=True, text=True, env=ENV)
        print(f"    a clean import then: exit {r.returncode}; {_consistent(mnt / 'callinsight.duckdb', expected)}")
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        r = subprocess.run([CLI, "--config", str(cfg), "import", str(data)], capture_output=True, text=True, env=ENV)
        err = r.stderr.strip().splitlines()
        print(
            f"4b. store on a read-only disk: import exit {r.returncode}; stderr {len(err)} line(s): {err[0][:150] if err else ''}"
        )
        q = subprocess.run(
            [CLI, "--config", str(cfg), "sql", "SELECT count(*) FROM v_calls", "--format", "csv"],
            capture_output=True,
            text=True,
            env=ENV,
        )
        print(
            f"    `callinsight sql` on it: exit {q.returncode} {q.stdout.strip().splitlines()[-1:] or q.stderr.strip()[:120]}; "
            f"{_consistent(mnt / 'callinsight.duckdb', expected)}"
        )
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        mnt.rmdir()
        shutil.rmtree(base, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="fault benchmarks on real callinsight runs")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--calls", type=int, default=12, help="imported calls per batch")
    parser.add_argument("--trials", type=int, default=5, help="double starts")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--only", choices=("kill", "two", "bad", "disk"))
    args = parser.parse_args()
    print(f"callinsight fault benchmark ({os.cpu_count()} CPUs, shared and loaded machine: times are indicative)")
    if args.only in (None, "kill"):
        part_kill(args.kills, args.calls, args.seed)
    if args.only in (None, "two"):
        part_concurrent(args.trials, args.calls)
    if args.only in (None, "bad"):
        part_bad_inputs()
    if args.only in (None, "disk"):
        part_disk(args.calls)


if __name__ == "__main__":
    main()
