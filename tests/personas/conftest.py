"""Fixtures of the persona tests: the persona documents and the labelled synthetic calls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "personas"
DOCS = FIXTURES / "docs"
MALFORMED = FIXTURES / "malformed"
START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # a Monday


def transcript(call_id: str, turns: list[tuple[str, str]], *, week: int = 1, hint: str | None = None, day: int = 0) -> Any:
    """A call as the importer would store it: role-labelled, timed utterances."""
    from callinsight.records import CallMetadata, Transcript, Utterance

    utterances, t = [], 0.0
    for seq, (role, text) in enumerate(turns):
        length = max(1.0, len(text.split()) * 0.4)
        utterances.append(Utterance(seq=seq, role=role, start_s=t, end_s=t + length, text=text))  # type: ignore[arg-type]
        t += length + 0.5
    started = START + timedelta(weeks=week - 1, days=day)
    meta = CallMetadata(started_at=started, persona=hint, source="import")
    return Transcript(call_id=call_id, source="import", source_path=f"{call_id}.json", metadata=meta,
                      utterances=utterances, language="en", duration_s=t, role_method="import")


def load_labelled() -> list[dict[str, Any]]:
    import yaml

    return list(yaml.safe_load((FIXTURES / "calls.yaml").read_text(encoding="utf-8"))["calls"])


def store_labelled(con: Any, calls: list[dict[str, Any]] | None = None) -> dict[str, str]:
    """Write the labelled calls; returns call id -> expected persona id."""
    from callinsight.store.writes import write_transcript

    expected = {}
    for call in calls if calls is not None else load_labelled():
        write_transcript(con, transcript(call["id"], [tuple(t) for t in call["turns"]], week=call["week"], hint=call.get("hint")), None)
        expected[call["id"]] = call["expected"]
    return expected


@pytest.fixture
def stage_ctx(config: Any, con: Any) -> Any:
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress

    return StageContext(config=config, con=con, run_id="test", progress=null_progress())


def write_doc(tmp_path: Path, name: str, text: str) -> Path:
    """A small document written for a test (indented in the test source, or not)."""
    import textwrap

    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def parse_text(tmp_path: Path, name: str, text: str) -> dict[str, list[str]]:
    """Write a small document and parse it: each persona's name and its concerns."""
    from callinsight.personas.parse import parse_document

    return {p.name: [c.text for c in p.concerns] for p in parse_document(write_doc(tmp_path, name, text)).personas}
