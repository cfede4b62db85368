"""The ingest stage end to end through the store: bad inputs, re-runs, renamed copies, kills."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import CountingWorker, count, run_stage

from callinsight.records import CallMetadata, Failure, Transcript, Utterance, Word
from callinsight.transcribe.worker import RetryableFailure
from fixtures.audio import clips

pytestmark = pytest.mark.slow


def add_bad_inputs(config: Any, make_call: Any) -> dict[str, str]:
    """One of each kind of bad input; returns file name -> expected start of the failure reason."""
    rec = config.recordings_dir
    (rec / "notes.wav").write_text("meeting notes, not a recording\n")
    (rec / "empty.mp3").write_bytes(b"")
    full = make_call("full.wav.tmp", 7)
    (rec / "cut.wav").write_bytes(full.read_bytes()[: full.stat().st_size // 3])
    full.unlink()
    clips.write_wav(rec / "silence.wav", clips.stereo_channels(1.0) * 0)
    with (rec / "huge.flac").open("wb") as f:
        f.truncate(3 * 1024 * 1024)
    Path(str(make_call("zero-sidecar.wav", 1)) + ".json").write_bytes(b"")
    Path(str(make_call("bad-json.wav", 2)) + ".json").write_text('{"agent": ')
    expected = {
        "notes.wav": "not an audio file",
        "empty.mp3": "empty file (0 bytes)",
        "cut.wav": "truncated/corrupt audio",
        "silence.wav": "no speech found (silence only)",
        "huge.flac": "file larger than ingest.max_file_mb",
        "zero-sidecar.wav": "sidecar: empty file (0 bytes)",
        "bad-json.wav": "sidecar: invalid JSON",
    }
    if os.geteuid() != 0:  # root reads anything: the permission case can only be shown as a normal user
        locked = make_call("locked.wav", 3)
        locked.chmod(0)
        expected["locked.wav"] = "permission denied"
    return expected


def test_bad_inputs_are_recorded_and_the_batch_goes_on(config: Any, con: Any, make_call: Any, real_worker: Any) -> None:
    config = dataclasses.replace(config, ingest=dataclasses.replace(config.ingest, max_file_mb=1))
    make_call("2026-09-14T10-22-05_good.wav")
    expected = add_bad_inputs(config, make_call)

    result = run_stage(config, con, real_worker)

    assert result.processed == 1 and result.failed == len(expected)
    assert result.audio_s == pytest.approx(10.5, abs=0.1)
    reasons = {Path(p).name: r for p, r in con.execute("SELECT path, reason FROM failures").fetchall()}
    assert set(reasons) == set(expected)
    for name, start in expected.items():
        assert reasons[name].startswith(start), (name, reasons[name])
    assert count(con, "SELECT count(*) FROM failures WHERE content_key IS NULL") == 0
    call = con.execute("SELECT call_id, started_at_source, channels, role_method FROM calls").fetchall()
    assert [c[1:] for c in call] == [("filename", 2, "channel")]
    roles = [r[0] for r in con.execute("SELECT role FROM utterances ORDER BY seq").fetchall()]
    assert roles == ["agent", "customer"]
    assert count(con, "SELECT count(*) FROM call_metrics") == 1
    assert count(con, "SELECT count(*) FROM stage_done WHERE stage = 'ingest'") == 1

    # Nothing new: nothing transcribed, unchanged bad inputs not retried, nothing failed again.
    again = CountingWorker(real_worker)
    second = run_stage(config, con, again)
    assert again.calls == 0 and second.processed == 0 and second.failed == 0
    assert second.details["failed_before"] == len(expected)


def test_renamed_copy_is_not_processed_twice(config: Any, con: Any, make_call: Any, real_worker: Any) -> None:
    first = make_call("a/call.wav")
    assert run_stage(config, con, real_worker).processed == 1
    shutil.copy(first, config.recordings_dir / "b-renamed-copy.wav")
    first.rename(first.with_name("moved.wav"))
    worker = CountingWorker(real_worker)
    result = run_stage(config, con, worker)
    assert worker.calls == 0 and result.processed == 0 and result.details["known"] == 2
    assert count(con, "SELECT count(*) FROM calls") == 1


def test_a_kill_mid_batch_leaves_whole_calls_and_the_next_run_resumes(
    config: Any, con: Any, make_call: Any, real_worker: Any
) -> None:
    for i in range(3):
        make_call(f"call-{i}.wav", i)
    killed = CountingWorker(real_worker, kill_at=2)
    with pytest.raises(KeyboardInterrupt):
        run_stage(config, con, killed)
    assert count(con, "SELECT count(*) FROM calls") == 1
    assert count(con, "SELECT count(DISTINCT call_id) FROM utterances") == 1
    assert count(con, "SELECT count(*) FROM failures") == 0

    resumed = CountingWorker(real_worker)
    result = run_stage(config, con, resumed)
    assert resumed.calls == 2 and result.processed == 2
    assert count(con, "SELECT count(*) FROM calls") == 3
    assert count(con, "SELECT count(*) FROM utterances u WHERE NOT EXISTS (SELECT 1 FROM calls c WHERE c.call_id = u.call_id)") == 0


def test_a_crash_inside_the_write_rolls_the_call_back(
    config: Any, con: Any, make_call: Any, real_worker: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from callinsight.store import writes

    make_call("call.wav")
    original = writes.mark_stage_done

    def crash(*args: Any, **kwargs: Any) -> None:  # the last statement of the call's transaction
        raise SystemExit("killed while writing")

    monkeypatch.setattr(writes, "mark_stage_done", crash)
    with pytest.raises(SystemExit):
        run_stage(config, con, real_worker)
    for table in ("calls", "utterances", "call_metrics", "stage_done"):
        assert count(con, f"SELECT count(*) FROM {table}") == 0, table

    monkeypatch.setattr(writes, "mark_stage_done", original)
    assert run_stage(config, con, real_worker).processed == 1
    assert count(con, "SELECT count(*) FROM utterances") == 2


def test_unexpected_errors_are_recorded_but_retried(config: Any, con: Any, make_call: Any, real_worker: Any) -> None:
    make_call("call.wav")

    def flaky(source: Any) -> Failure:
        return RetryableFailure(str(source.path), "ingest", "unexpected error, retried next run: OSError: disk hiccup", source.call_id)

    assert run_stage(config, con, flaky).failed == 1
    assert count(con, "SELECT count(*) FROM failures WHERE content_key IS NULL") == 1
    assert run_stage(config, con, real_worker).processed == 1


def test_text_is_redacted_and_metrics_computed_before_storing(config: Any, con: Any, make_call: Any) -> None:
    make_call("call.wav")

    def scripted(source: Any) -> Transcript:  # stands in for the model: the stage's own logic is under test
        words = [Word(0.0, 0.5, "mail", 0.9), Word(0.5, 1.0, "jane.doe@example.com", 0.8)]
        utts = [
            Utterance(0, "agent", 0.0, 1.0, "mail jane.doe@example.com", words, 0.85, "en", 0),
            Utterance(1, "customer", 1.5, 2.5, "Is that right?", [Word(1.5, 2.5, "right?", 0.9)], 0.9, "en", 1),
        ]
        return Transcript(source.call_id, "audio", str(source.path), CallMetadata(), utts, "en", 3.0, channels=2)

    assert run_stage(config, con, scripted).processed == 1
    text, words = con.execute("SELECT text, words FROM utterances WHERE seq = 0").fetchone()
    assert "jane.doe" not in text and "jane.doe" not in words and "[EMAIL]" in text
    assert "[EMAIL]" in [w["word"] for w in json.loads(words)]
    assert count(con, "SELECT n FROM redactions WHERE kind = 'EMAIL'") == 1
    assert count(con, "SELECT questions_customer FROM call_metrics") == 1


def test_calls_are_grouped_for_batching_by_count_and_audio() -> None:
    from pathlib import Path

    from callinsight.ingest.stage import GROUP_AUDIO_S, _groups
    from callinsight.records import CallMetadata, CallSource

    sources = [CallSource(f"c{i}", Path(f"c{i}.wav"), 1, CallMetadata()) for i in range(7)]
    short = {s.call_id: 60.0 for s in sources}
    assert [len(g) for g in _groups(sources, short, 3)] == [3, 3, 1]
    assert [len(g) for g in _groups(sources, short, 0)] == [1] * 7  # batching off: one call at a time
    long = {s.call_id: GROUP_AUDIO_S for s in sources}
    assert [len(g) for g in _groups(sources, long, 8)] == [1] * 7  # long calls: memory bound wins
    assert [s for g in _groups(sources, short, 8) for s in g] == sources
    assert [len(g) for g in _groups(sources, short, 8, workers=2)] == [4, 3]  # every process gets work


def test_groups_for_worker_processes_are_equal_in_audio() -> None:
    from pathlib import Path

    from callinsight.ingest.stage import _groups
    from callinsight.records import CallMetadata, CallSource

    sources = [CallSource(f"c{i}", Path(f"c{i}.wav"), 1, CallMetadata()) for i in range(20)]
    seconds = {s.call_id: 30.0 + 37.0 * (i % 5) for i, s in enumerate(sources)}  # 30 s .. 178 s
    groups = _groups(sources, seconds, 4, workers=2)
    assert sorted(s.call_id for g in groups for s in g) == sorted(s.call_id for s in sources)
    assert len(groups) % 2 == 0 and all(len(g) <= 4 for g in groups)
    audio = [sum(seconds[s.call_id] for s in g) for g in groups]
    assert audio == sorted(audio, reverse=True)  # longest first
    assert max(audio) - min(audio) < 37.0  # groups of 4 in discovery order: 342 s to 490 s
    assert [len(g) for g in _groups(sources[:3], seconds, 8, workers=4)] == [1, 1, 1]  # no empty group


def test_auto_runs_transcription_in_processes_only_when_the_audio_pays_for_them(
    config: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from callinsight.ingest.stage import _executor_options
    from callinsight.pipeline import executor as ex
    from callinsight.records import CallSource

    monkeypatch.setattr(ex, "usable_cpus", lambda: 4)
    monkeypatch.setattr(ex, "available_memory_mb", lambda: 64000.0)
    auto = ex.ExecutorOptions(name="auto")
    sources = [CallSource(f"c{i}", Path(f"c{i}.wav"), 1, CallMetadata()) for i in range(6)]
    minute = {s.call_id: 60.0 for s in sources}
    assert _executor_options(auto, config, sources, minute, injected=False) == ex.ExecutorOptions(name="processes", workers=4)
    assert _executor_options(auto, config, sources, {s.call_id: 10.0 for s in sources}, injected=False).name == "local"
    assert _executor_options(auto, config, sources, {"c0": 10.0}, injected=False).workers == 4  # probing cut short
    assert _executor_options(auto, config, sources, minute, injected=True).name == "local"  # a model loaded here
    monkeypatch.setattr(config.models, "device", "cuda")
    assert _executor_options(auto, config, sources, minute, injected=False).name == "local"  # one GPU, one process
    local = ex.ExecutorOptions(name="local")
    assert _executor_options(local, config, sources, minute, injected=False) is local


def test_worker_processes_store_the_same_calls_as_in_process(config: Any, con: Any, make_call: Any) -> None:
    """``executor = "processes"``: two spawned processes, each loading tiny.en itself, one writer."""
    from callinsight.ingest.stage import IngestStage
    from callinsight.pipeline.context import StageContext, StageOptions
    from callinsight.pipeline.executor import ExecutorOptions
    from callinsight.pipeline.progress import null_progress
    from callinsight.store.writes import start_run

    for i in range(3):
        make_call(f"call-{i}.wav", i)
    options = StageOptions(executor=ExecutorOptions(name="processes", workers=2))
    ctx = StageContext(config=config, con=con, run_id=start_run(con, "test", ["ingest"]), progress=null_progress(), options=options)
    result = IngestStage().run(ctx)
    assert result.processed == 3 and result.failed == 0
    rows = con.execute("SELECT call_id, string_agg(role, ',' ORDER BY seq) FROM utterances GROUP BY call_id").fetchall()
    assert len(rows) == 3 and {r[1] for r in rows} == {"agent,customer"}


def test_a_kill_while_worker_processes_run_leaves_whole_calls_and_the_next_run_resumes(
    config: Any, con: Any, make_call: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default path on a multi-core machine: groups of calls in worker processes, this process the
    only writer. A kill (SIGINT) while the second call is written loses the calls not yet stored only."""
    from callinsight.ingest.stage import IngestStage
    from callinsight.pipeline.context import StageContext, StageOptions
    from callinsight.pipeline.executor import ExecutorOptions
    from callinsight.pipeline.progress import null_progress
    from callinsight.store import writes
    from callinsight.store.writes import start_run

    for i in range(4):
        make_call(f"call-{i}.wav", i)
    options = StageOptions(executor=ExecutorOptions(name="processes", workers=2))
    original, written = writes.mark_stage_done, []

    def killed_on_the_second(*args: Any, **kwargs: Any) -> None:  # inside the second call's transaction
        written.append(1)
        if len(written) == 2:
            raise KeyboardInterrupt
        original(*args, **kwargs)

    monkeypatch.setattr(writes, "mark_stage_done", killed_on_the_second)
    ctx = StageContext(config=config, con=con, run_id=start_run(con, "test", ["ingest"]), progress=null_progress(), options=options)
    with pytest.raises(KeyboardInterrupt):
        IngestStage().run(ctx)
    assert count(con, "SELECT count(*) FROM calls") == 1
    assert count(con, "SELECT count(DISTINCT call_id) FROM utterances") == 1
    assert count(con, "SELECT count(*) FROM failures") == 0

    monkeypatch.setattr(writes, "mark_stage_done", original)
    ctx = StageContext(config=config, con=con, run_id=start_run(con, "test", ["ingest"]), progress=null_progress(), options=options)
    result = IngestStage().run(ctx)
    assert result.processed == 3 and count(con, "SELECT count(*) FROM calls") == 4
