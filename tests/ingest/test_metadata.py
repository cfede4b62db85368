"""Discovery and metadata precedence (sidecar > manifest > file name > mtime), without transcribing."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from callinsight.ingest.discover import content_hash, find_recordings
from callinsight.ingest.metadata import timestamp_from_name
from callinsight.ingest.stage import plan_ingest
from fixtures.audio import clips


@pytest.fixture
def short_wav(tmp_path: Path) -> Any:
    samples = clips.stereo_channels(1.0)

    def make(path: Path, variant: int) -> Path:
        return clips.write_wav(path, samples, pad_samples=variant)  # a different call id per variant

    return make


def by_name(plan: Any) -> dict[str, Any]:
    return {s.path.name: s.metadata for s in plan.sources}


def test_precedence_per_key_and_unknown_keys_kept(config: Any, short_wav: Any) -> None:
    rec = config.recordings_dir
    a = short_wav(rec / "2026-09-14T10-22-05_a.wav", 1)
    short_wav(rec / "2026-09-14T10-22-05_b.wav", 2)
    c = short_wav(rec / "sub" / "c.wav", 3)
    d = short_wav(rec / "d.wav", 4)
    os.utime(d, (1_700_000_000, 1_700_000_000))
    (rec / "manifest.csv").write_text(
        "file,agent,direction,started_at,region\n"
        f"{a.name},manifest-agent,outbound,2026-01-01T09:00:00+00:00,emea\n"
        "2026-09-14T10-22-05_b.wav,bob,inbound,,\n"
        "sub/c.wav,carol,,,apac\n"
    )
    (rec / (a.name + ".json")).write_text(
        json.dumps({"agent": "sidecar-agent", "kind": "Sales", "tags": ["renewal", "vip"], "crm_id": 42})
    )
    (c.with_suffix(".json")).write_text(json.dumps({"started_at": "2026-03-02 08:15:00", "language": "EN"}))

    meta = by_name(plan_ingest(config, set(), set()))
    a_meta = meta["2026-09-14T10-22-05_a.wav"]
    assert a_meta.agent == "sidecar-agent"  # sidecar beats manifest
    assert a_meta.direction == "outbound"  # manifest fills what the sidecar lacks
    assert a_meta.started_at == datetime(2026, 1, 1, 9, tzinfo=UTC) and a_meta.source == "manifest"
    assert a_meta.kind == "sales" and a_meta.tags == ("renewal", "vip")
    assert a_meta.extra == {"region": "emea", "crm_id": 42}

    b_meta = meta["2026-09-14T10-22-05_b.wav"]
    assert (b_meta.agent, b_meta.direction) == ("bob", "inbound")
    assert b_meta.started_at == datetime(2026, 9, 14, 10, 22, 5, tzinfo=UTC) and b_meta.source == "filename"

    c_meta = meta["c.wav"]  # manifest row by relative path; `c.json` sidecar applies to c.wav
    assert c_meta.agent == "carol" and c_meta.language == "en" and c_meta.extra == {"region": "apac"}
    assert c_meta.started_at == datetime(2026, 3, 2, 8, 15, tzinfo=UTC) and c_meta.source == "sidecar"

    d_meta = meta["d.wav"]
    assert d_meta.started_at == datetime.fromtimestamp(1_700_000_000, tz=UTC) and d_meta.source == "mtime"


def test_exact_sidecar_name_wins_over_stem_sidecar(config: Any, short_wav: Any) -> None:
    wav = short_wav(config.recordings_dir / "call.wav", 0)
    wav.with_suffix(".json").write_text('{"agent": "stem"}')
    Path(str(wav) + ".json").write_text('{"agent": "exact"}')
    assert by_name(plan_ingest(config, set(), set()))["call.wav"].agent == "exact"


def test_naive_times_use_the_configured_zone(config: Any) -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    assert timestamp_from_name("20260914_102205-call.mp3", berlin) == datetime(2026, 9, 14, 10, 22, 5, tzinfo=berlin)
    assert timestamp_from_name("call-2026-09-14.mp3", UTC) == datetime(2026, 9, 14, tzinfo=UTC)
    assert timestamp_from_name("call-123456789012345.mp3", UTC) is None


def test_bad_metadata_fails_the_call_with_the_reason(config: Any, short_wav: Any) -> None:
    rec = config.recordings_dir
    empty = short_wav(rec / "empty-sidecar.wav", 1)
    Path(str(empty) + ".json").write_bytes(b"")
    broken = short_wav(rec / "broken.wav", 2)
    Path(str(broken) + ".json").write_text("{not json")
    bad_time = short_wav(rec / "bad-time.wav", 3)
    Path(str(bad_time) + ".json").write_text('{"started_at": "yesterday"}')
    short_wav(rec / "good.wav", 4)

    plan = plan_ingest(config, set(), set())
    assert [s.path.name for s in plan.sources] == ["good.wav"]
    reasons = {Path(f.path).name: f.reason for f, _ in plan.failures}
    assert reasons == {
        "empty-sidecar.wav": "sidecar: empty file (0 bytes) (empty-sidecar.wav.json)",
        "broken.wav": reasons["broken.wav"],
        "bad-time.wav": "sidecar: started_at 'yesterday' is not an ISO 8601 time (bad-time.wav.json)",
    }
    assert reasons["broken.wav"].startswith("sidecar: invalid JSON")
    # The content key covers the sidecar: fixing it makes the call eligible again.
    failed = {(f.path, k) for f, k in plan.failures}
    assert plan_ingest(config, set(), failed).failed_before == 3  # unchanged: not retried
    Path(str(broken) + ".json").write_text('{"agent": "fixed", "note": "longer than before"}')
    again = plan_ingest(config, set(), failed)
    assert by_name(again)["broken.wav"].agent == "fixed" and again.failed_before == 2


def test_content_hash_ignores_names_and_finds_all_formats(config: Any, tmp_path: Path) -> None:
    rec = config.recordings_dir
    shutil.copy(clips.STEREO, rec / "one.ogg")
    (rec / "deep" / "er").mkdir(parents=True)
    shutil.copy(clips.STEREO, rec / "deep" / "er" / "renamed.OGG")
    shutil.copy(clips.MONO_NO_CUES, rec / "x.mp3")
    (rec / "notes.txt").write_text("ignored")
    (rec / ".hidden.wav").write_text("ignored")
    found = [f.path.name for f in find_recordings(rec, config.ingest.extensions)]
    assert found == ["one.ogg", "x.mp3", "renamed.OGG"]
    assert content_hash(rec / "one.ogg") == content_hash(rec / "deep" / "er" / "renamed.OGG")
    plan = plan_ingest(config, set(), set())
    assert sorted(s.path.name for s in plan.sources) == ["one.ogg", "x.mp3"]
    assert plan.known == 1  # the renamed copy
    assert len(plan.sources[0].call_id) == 16


def test_hash_cache_skips_reading_unchanged_files(config: Any, short_wav: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from callinsight.ingest import discover

    wav = short_wav(config.recordings_dir / "call.wav", 0)
    first = plan_ingest(config, set(), set(), use_hash_cache=True)
    call_id = first.sources[0].call_id
    assert config.database_path.with_name(config.database_path.name + ".hashes.json").exists()

    def no_reading(path: Path) -> str:
        raise AssertionError(f"{path} was hashed again")

    monkeypatch.setattr(discover, "content_hash", no_reading)
    again = plan_ingest(config, {call_id}, set(), use_hash_cache=True)
    assert again.known == 1 and not again.sources

    os.utime(wav, ns=(wav.stat().st_atime_ns, wav.stat().st_mtime_ns + 10**9))  # touched: must re-hash
    with pytest.raises(AssertionError, match="hashed again"):
        plan_ingest(config, {call_id}, set(), use_hash_cache=True)
