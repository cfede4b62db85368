"""Invariants of the bundled transcript history (recordings/history/) that `make demo` imports.

The demo's drift claim rests on them: the committed files are what the generator writes, only the
planted concerns change over the weeks (every other wording keeps its weekly share), the weeks before
the bundled recordings hold their stand-ins, and the Korean calls are spread over the history.
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
