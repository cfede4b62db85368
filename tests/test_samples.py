"""Invariants of the committed sample set (recordings/samples/, personas/samples/).

The demo and the benchmarks rely on these: enough calls over enough weeks, a valid sidecar for every
recording, stereo everywhere except the one documented mono call, small enough to ship, a ground truth
that matches the files, and the planted trends actually present in that ground truth.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "recordings" / "samples"
PERSONAS = REPO / "personas" / "samples"
AUDIO_EXTENSIONS = {".ogg", ".mp3"}
NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})_call-(\d{3})\.(ogg|mp3)$")
REQUIRED_KEYS = {"started_at", "direction", "kind", "agent", "account", "tags"}
DOCUMENTED_KEYS = {"started_at", "direction", "kind", "agent", "account", "persona", "language", "tags"}


def recordings() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in AUDIO_EXTENSIONS)


def sidecar(path: Path) -> dict:
    return json.loads(path.with_name(path.name + ".json").read_text())


def ground_truth() -> list[dict[str, str]]:
    with (SAMPLES / "ground_truth.csv").open() as f:
        return list(csv.DictReader(f))


def test_enough_calls_over_enough_weeks() -> None:
    calls = recordings()
    assert len(calls) >= 30
    weeks = {datetime.fromisoformat(sidecar(p)["started_at"]).isocalendar()[:2] for p in calls}
    assert len(weeks) >= 8


def test_every_recording_has_a_valid_sidecar() -> None:
    for path in recordings():
        match = NAME.match(path.name)
        assert match, f"{path.name}: name is not YYYY-MM-DDTHH-MM-SS_call-NNN.ext"
        data = sidecar(path)
        assert data.keys() >= REQUIRED_KEYS, f"{path.name}: missing {REQUIRED_KEYS - data.keys()}"
        started = datetime.fromisoformat(data["started_at"])
        assert started.utcoffset() is not None, f"{path.name}: started_at has no UTC offset"
        assert started.strftime("%Y-%m-%dT%H-%M-%S") == match.group(1), f"{path.name}: name and started_at differ"
        assert data["direction"] in {"inbound", "outbound"}
        assert data["kind"] in {"sales", "support"}
        assert isinstance(data["tags"], list) and all(isinstance(t, str) for t in data["tags"])
        assert data.keys() - DOCUMENTED_KEYS, f"{path.name}: no unknown key to exercise `extra`"


def test_sample_set_mixes_kinds_directions_and_persona_hints() -> None:
    sidecars = [sidecar(p) for p in recordings()]
    assert {s["kind"] for s in sidecars} == {"sales", "support"}
    assert {s["direction"] for s in sidecars} == {"inbound", "outbound"}
    hinted = sum("persona" in s for s in sidecars)
    assert len(sidecars) / 5 <= hinted <= len(sidecars) / 2


def test_stereo_except_the_documented_mono_call() -> None:
    av = pytest.importorskip("av")
    mono_calls = {p.name for p in recordings() if p.suffix == ".mp3"}
    assert len(mono_calls) == 1, "exactly one mono call (the mp3), as recordings/samples/README.md says"
    readme = (SAMPLES / "README.md").read_text()
    assert all(name in readme for name in mono_calls), "the mono call is named in the README"
    for path in recordings():
        with av.open(str(path)) as container:
            channels = container.streams.audio[0].codec_context.layout.nb_channels
            duration_s = container.duration / 1_000_000
        expected = 1 if path.name in mono_calls else 2
        assert channels == expected, f"{path.name}: {channels} channels, expected {expected}"
        assert 25 <= duration_s <= 90, f"{path.name}: {duration_s:.1f} s"


def _decode_16k_stereo(av: Any, path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        resampler = av.AudioResampler(format="fltp", layout="stereo", rate=16000)
        frames = [f.to_ndarray() for packet in container.decode(audio=0) for f in resampler.resample(packet)]
    return np.concatenate(frames, axis=1)


def test_each_party_is_alone_on_its_channel() -> None:
    """Guards the Opus setting: libopus' normal stereo at low bitrates leaks one party onto both channels."""
    av = pytest.importorskip("av")
    references = [json.loads(line) for line in (SAMPLES / "reference_scripts.jsonl").read_text().splitlines()]
    stereo = [r for r in references if not r["file"].endswith(".mp3")]
    for ref in stereo[:: max(1, len(stereo) // 4)]:  # a spread of calls keeps the test quick
        audio = _decode_16k_stereo(av, SAMPLES / ref["file"])
        turns = ref["turns"]
        for turn in turns:
            if any(o["role"] != turn["role"] and o["start_s"] < turn["end_s"] + 0.3 and o["end_s"] > turn["start_s"] - 0.3
                   for o in turns):
                continue  # overlapping speech: both channels legitimately carry sound
            window = audio[:, int(turn["start_s"] * 16000): int(turn["end_s"] * 16000)]
            own, other = np.sqrt((window**2).mean(axis=1))[[turn["channel"], 1 - turn["channel"]]]
            assert own > 0.01, f"{ref['file']}: {turn['role']} turn at {turn['start_s']} s is silent"
            assert other < own * 0.01, f"{ref['file']}: {turn['role']} leaks onto the other channel"


def test_whole_set_is_small() -> None:
    total = sum(p.stat().st_size for p in SAMPLES.rglob("*") if p.is_file())
    assert total < 5_000_000, f"sample folder is {total / 1e6:.2f} MB"


def test_ground_truth_matches_the_files() -> None:
    rows = ground_truth()
    assert sorted(r["file"] for r in rows) == [p.name for p in recordings()]
    for row in rows:
        data = sidecar(SAMPLES / row["file"])
        assert row["kind"] == data["kind"] and row["direction"] == data["direction"]
        assert row["started_at"] == data["started_at"]
        assert row["persona_hint"] == data.get("persona", "")
        assert int(row["channels"]) == (1 if row["file"].endswith(".mp3") else 2)
    references = [json.loads(line) for line in (SAMPLES / "reference_scripts.jsonl").read_text().splitlines()]
    assert [r["file"] for r in references] == [r["file"] for r in rows]
    for ref, row in zip(references, rows, strict=True):
        assert len(ref["turns"]) == int(row["turns"])
        assert 8 <= len(ref["turns"]) <= 16


def _share(rows: list[dict[str, str]], weeks: range, kind: str, column: str) -> float:
    chosen = [r for r in rows if int(r["week"]) in weeks and r["kind"] == kind]
    return sum(int(r[column]) for r in chosen) / len(chosen)


def test_planted_changes_are_in_the_ground_truth() -> None:
    rows = ground_truth()
    # (a) Slack integration complaints grow: at most one support call in weeks 1-3, most in weeks 7-9.
    assert sum(int(r["slack_integration"]) for r in rows if int(r["week"]) <= 3) <= 1
    assert _share(rows, range(7, 10), "support", "slack_integration") > 0.5
    # (b) HubSpot never in weeks 1-4, then in a growing share of sales calls.
    assert not any(int(r["hubspot"]) for r in rows if int(r["week"]) <= 4)
    assert _share(rows, range(8, 10), "sales", "hubspot") > _share(rows, range(5, 8), "sales", "hubspot") > 0
    # (c) Onboarding confusion fades.
    early = sum(int(r["onboarding_confusion"]) for r in rows if int(r["week"]) <= 4)
    late = sum(int(r["onboarding_confusion"]) for r in rows if int(r["week"]) >= 5)
    assert early >= 6 and late <= 2


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _persona_ids() -> set[str]:
    """Ids and name slugs the documents define: ``id:`` / ``name:`` lines and persona headings."""
    ids = set()
    for path in PERSONAS.iterdir():
        text = path.read_text()
        ids |= set(re.findall(r"^id:\s*([\w-]+)\s*$", text, flags=re.M))
        ids |= {_slug(name) for name in re.findall(r"^name:\s*(.+)$", text, flags=re.M)}
        ids |= {_slug(h) for h in re.findall(r"^#{1,2} (.+)$", text, flags=re.M)}
    return ids


def test_persona_documents_cover_the_calls_and_are_stale() -> None:
    ids = _persona_ids()
    for row in ground_truth():
        assert row["persona_truth"] in ids, row["file"]
    for hint in {r["persona_hint"] for r in ground_truth()} - {""}:
        assert _slug(hint) in ids, f"persona hint {hint!r} names no persona document"
    for path in PERSONAS.iterdir():
        text = path.read_text().lower()
        # Deliberately stale: the documents predate the planted changes.
        assert "slack" not in text and "hubspot" not in text, path.name
