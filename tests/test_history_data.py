"""Invariants of the bundled transcript history (recordings/history/) that `make demo` imports.

The demo's drift claim rests on them: the committed files are what the generator writes, only the
planted concerns change over the weeks (every other wording keeps its weekly share), the weeks before
the bundled recordings hold their stand-ins, the Korean calls are spread over the history, most calls
say who the customer is (persona drift counts each persona's calls), the planted concerns come mostly
from the personas they concern, and no caller voices a concern the persona documents list as stale.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HISTORY = REPO / "recordings" / "history"
FIRST_MONDAY = date(2026, 8, 10)


def _week(started_at: str) -> int:
    return (datetime.fromisoformat(started_at).date() - FIRST_MONDAY).days // 7 + 1


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (HISTORY / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_committed_history_is_what_the_generator_writes(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from generate_history import generate
    finally:
        sys.path.remove(str(REPO / "scripts"))
    generate(tmp_path)
    for name in ("northwind_history.jsonl", "history_truth.csv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (HISTORY / name).read_text(encoding="utf-8"), name


def test_steady_wordings_keep_their_weekly_share() -> None:
    truth = {r["id"]: r for r in csv.DictReader((HISTORY / "history_truth.csv").open(encoding="utf-8"))}
    steady = {"billing", "reporting", "pricing", "feature", "seats", "security", "cancel", "export", "howto"}
    per_week: dict[str, Counter[int]] = defaultdict(Counter)
    for row in _rows("northwind_history.jsonl"):
        if truth[row["id"]]["concern"] in steady:
            detail = row["utterances"][3]["text"]  # the customer's second turn: one of a few details per concern
            per_week[detail][_week(row["started_at"])] += 1
    assert per_week
    for detail, weeks in per_week.items():
        counts = [weeks[w] for w in range(1, 14)]
        # Dealt in rounds: a wording can drift by at most one round, never cluster in a few weeks.
        assert max(counts) - min(counts) <= 2, (detail, counts)
        assert sum(counts[:6]) and sum(counts[7:]), (detail, counts)


def test_stand_ins_for_the_recordings_fill_weeks_1_to_4_only_without_planted_concerns() -> None:
    stand_ins = [r for r in _rows("northwind_history.jsonl") if r["id"].startswith("nw-rec-")]
    weeks = Counter(_week(r["started_at"]) for r in stand_ins)
    assert set(weeks) == {1, 2, 3, 4} and all(4 <= n <= 5 for n in weeks.values())
    text = " ".join(u["text"].lower() for r in stand_ins for u in r["utterances"])
    assert "slack" not in text and "hubspot" not in text


def test_korean_calls_are_spread_over_the_history() -> None:
    weeks = sorted(_week(r["started_at"]) for r in _rows("ko_calls.jsonl"))
    assert len(weeks) == len(set(weeks)) >= 6  # at most one a week
    assert weeks[0] <= 2 and weeks[-1] >= 11


PERSONA_IDS = {"it-director", "support-team-lead", "startup-founder", "bargain-hunter", "ops-manager"}


def _truth() -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in csv.DictReader((HISTORY / "history_truth.csv").open(encoding="utf-8"))}


def test_most_calls_carry_a_persona_hint_that_names_their_truth_persona() -> None:
    truth = _truth()
    calls = [r for r in _rows("northwind_history.jsonl") if r["id"].startswith("nw-hist-")]
    hinted = [r for r in calls if "persona" in r["metadata"]]
    assert 0.7 <= len(hinted) / len(calls) < 0.95  # most, not all: some callers only name their role
    for row in hinted:  # the hint is the persona's display name ("IT Director" for it-director)
        assert row["metadata"]["persona"].lower().replace(" ", "-").replace("operations", "ops") == truth[row["id"]]["persona"]
    assert {truth[r["id"]]["persona"] for r in calls} == PERSONA_IDS


def test_planted_concerns_come_mostly_from_the_personas_they_concern() -> None:
    by_concern: dict[str, Counter[str]] = defaultdict(Counter)
    for row in _truth().values():
        by_concern[row["concern"]][row["persona"]] += 1
    for concern, personas in (("slack", {"it-director", "support-team-lead"}), ("hubspot", {"ops-manager", "startup-founder"}),
                              ("onboarding", {"startup-founder", "support-team-lead"})):
        counts = by_concern[concern]
        assert sum(counts[p] for p in personas) / sum(counts.values()) >= 0.75, (concern, counts)


def test_each_persona_hears_each_steady_concern_equally_often_every_week() -> None:
    steady = {"billing", "reporting", "pricing", "feature", "seats", "security", "cancel", "export", "howto"}
    weekly: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for row in _truth().values():
        if row["concern"] in steady:
            weekly[(row["concern"], row["persona"])][int(row["week"])] += 1
    for key, weeks in weekly.items():
        assert len({weeks[w] for w in range(1, 14)}) == 1, (key, weeks)  # else persona drift sees a trend


def test_no_generated_caller_voices_a_stale_documented_concern() -> None:
    # personas/samples document these concerns; the demo's design is that no caller raises them any more
    stale = ("offline", "desktop", "fax", "on-premise", "on premise", "paper report", "print")
    text = " ".join(u["text"].lower() for r in _rows("northwind_history.jsonl") if r["id"].startswith("nw-hist-")
                    for u in r["utterances"] if u["role"] == "customer")
    assert text and not [w for w in stale if w in text]
