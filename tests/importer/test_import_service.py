"""``import_transcripts`` and ``callinsight import`` end to end, on a fresh store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.importer import import_transcripts
from callinsight.pipeline.configfile import write_default_config
from callinsight.pipeline.settings import load_config
from callinsight.store.db import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"


@pytest.fixture
def cfg(tmp_path: Path) -> Any:
    """A workspace config; import needs no models."""
    write_default_config(tmp_path)
    return load_config(tmp_path / "callinsight.toml")


def rows(cfg: Any, sql: str) -> list[tuple[Any, ...]]:
    with open_store(cfg.database_path, read_only=True) as con:
        return con.execute(sql).fetchall()


def test_folder_import_stores_good_calls_and_records_bad_inputs(cfg: Any) -> None:
    result = import_transcripts(cfg, [FIXTURES])
    # call.json, call.srt, call.txt, call.vtt, calls.jsonl lines 1 and 7.
    assert (result.new, result.updated) == (6, 0)
    reasons = {Path(f.path).name: f.reason for f in result.failures}
    assert set(reasons) == {
        "bad_timing.vtt", "missing_text.json", "no_labels.txt",
        "calls.jsonl:2", "calls.jsonl:3", "calls.jsonl:5", "calls.jsonl:6",
    }  # fmt: skip
    stored = rows(cfg, "SELECT path, stage, reason, run_id FROM v_failures ORDER BY path")
    assert len(stored) == 7
    assert all(stage == "import" and run_id == result.run_id for _, stage, _, run_id in stored)
    assert {Path(p).name: r for p, _, r, _ in stored} == reasons
    assert rows(cfg, "SELECT count(*) FROM v_calls WHERE source = 'import'") == [(6,)]
    run = rows(cfg, f"SELECT command, status, calls_new, calls_failed FROM runs WHERE run_id = '{result.run_id}'")
    assert run == [("import", "partial", 6, 7)]
    # Each call has its metrics row, and the ingest stage is done so `run` goes on with the next stages.
    assert rows(cfg, "SELECT count(*) FROM call_metrics") == [(6,)]
    assert rows(cfg, "SELECT count(*) FROM stage_done WHERE stage = 'ingest'") == [(6,)]


def test_metadata_metrics_and_redaction_are_stored(cfg: Any) -> None:
    import_transcripts(cfg, [FIXTURES / "call.json"])
    (call,) = rows(cfg, "SELECT call_id, source, started_at, duration_s, language, direction, kind, agent, account, status FROM v_calls")
    assert call[0] == "acme-2026-0001" and call[1] == "import"
    assert call[3:] == (20.0, "en", "outbound", "sales", "Dana", "Globex", "transcribed")
    extra = json.loads(rows(cfg, "SELECT metadata FROM calls")[0][0])
    assert extra == {"crm_opportunity": "OPP-17"}
    texts = [r[0] for r in rows(cfg, "SELECT text FROM v_utterances ORDER BY seq")]
    assert texts[3] == "Better reporting. Call me back on [PHONE]."
    assert texts[1] == "Sure. We have 20 seats and pay $500 a month, which feels expensive."  # ordinary numbers stay
    assert rows(cfg, "SELECT kind, n FROM redactions") == [("PHONE", 1)]
    (m,) = rows(cfg, "SELECT turn_count, talk_s_agent, talk_s_customer, questions_agent FROM call_metrics")
    assert m == (4, 7.5, 11.5, 2)


def test_reimport_replaces_and_reports_updated(cfg: Any, tmp_path: Path) -> None:
    src = tmp_path / "in" / "call.json"
    src.parent.mkdir()
    shutil.copy(FIXTURES / "call.json", src)
    first = import_transcripts(cfg, [src])
    assert [(c[0], c[1]) for c in first.calls] == [("acme-2026-0001", "new")]
    data = json.loads(src.read_text())
    data["utterances"] = data["utterances"][:2]
    src.write_text(json.dumps(data))
    second = import_transcripts(cfg, [src])
    assert [(c[0], c[1]) for c in second.calls] == [("acme-2026-0001", "updated")]
    assert (second.new, second.updated, second.failed) == (0, 1, 0)
    assert rows(cfg, "SELECT count(*) FROM calls") == [(1,)]
    assert rows(cfg, "SELECT count(*) FROM utterances") == [(2,)]


def test_redaction_can_be_disabled(cfg: Any) -> None:
    cfg.redaction.enabled = False
    import_transcripts(cfg, [FIXTURES / "call.txt"])
    texts = [r[0] for r in rows(cfg, "SELECT text FROM utterances")]
    assert any("4111 1111 1111 1111" in t for t in texts)
    assert rows(cfg, "SELECT count(*) FROM redactions") == [(0,)]


def test_missing_path_is_a_recorded_failure(cfg: Any, tmp_path: Path) -> None:
    result = import_transcripts(cfg, [tmp_path / "nope.jsonl", FIXTURES / "call.srt"])
    assert result.new == 1
    assert [f.reason for f in result.failures] == ["no such file or folder"]


# --- CLI --------------------------------------------------------------------------------------------

runner = CliRunner()


def invoke(cfg: Any, *args: str) -> Any:
    return runner.invoke(app, ["--config", str(cfg.source), *args])


def test_cli_import_exit_codes_and_summary(cfg: Any) -> None:
    ok = invoke(cfg, "import", str(FIXTURES / "call.vtt"), str(FIXTURES / "call.srt"), "--agent", "Jordan")
    assert ok.exit_code == 0, ok.output
    assert "2 new, 0 updated, 0 unchanged, 0 failed" in ok.output
    again = invoke(cfg, "import", str(FIXTURES / "call.vtt"))
    assert again.exit_code == 0 and "0 new, 1 updated" in again.output
    bad = invoke(cfg, "import", str(FIXTURES / "calls.jsonl"))
    assert bad.exit_code == 3
    assert "calls.jsonl:2: utterance 1: unknown role 'robot'" in bad.output
    assert "2 new, 0 updated, 0 unchanged, 4 failed" in bad.output
    srt_roles = rows(cfg, "SELECT role FROM utterances u JOIN calls c USING (call_id) WHERE c.source_path LIKE '%.srt' ORDER BY seq")
    assert [r[0] for r in srt_roles] == ["agent", "customer", "agent"]


def test_cli_sql_shows_redacted_text_of_an_imported_call(cfg: Any, tmp_path: Path) -> None:
    p = tmp_path / "phone.txt"
    p.write_text("Agent: Thanks for calling.\nCustomer: Sure, my number is (415) 555-2671, call me back.\n")
    assert invoke(cfg, "import", str(p)).exit_code == 0
    out = invoke(cfg, "sql", "SELECT * FROM v_utterances", "--format", "csv")
    assert out.exit_code == 0, out.output
    assert "[PHONE]" in out.output
    assert "555-2671" not in out.output and "415" not in out.output


def test_cli_contract_input(cfg: Any, tmp_path: Path) -> None:
    """The two calls the contract checker imports."""
    p = tmp_path / "calls.jsonl"
    p.write_text(
        '{"id": "c1", "started_at": "2026-09-01T10:00:00+00:00", "metadata": {"kind": "sales", "direction": "outbound"}, "utterances": [{"role": "agent", "start": 0.0, "end": 3.0, "text": "Thanks for taking my call, how is the rollout going?"}, {"role": "customer", "start": 3.5, "end": 9.0, "text": "Honestly the price went up again and it is too expensive for a team our size."}, {"role": "customer", "start": 9.5, "end": 14.0, "text": "Onboarding took three weeks and the setup guide was confusing."}]}\n'
        '{"id": "c2", "started_at": "2026-09-09T15:30:00+00:00", "metadata": {"kind": "support", "direction": "inbound"}, "utterances": [{"role": "agent", "start": 0.0, "end": 2.0, "text": "Support, how can I help?"}, {"role": "customer", "start": 2.5, "end": 8.0, "text": "The reports keep timing out and I want to cancel if this is not fixed by Friday."}]}\n'
    )  # fmt: skip
    result = invoke(cfg, "import", str(p))
    assert result.exit_code == 0, result.output
    assert rows(cfg, "SELECT call_id, kind, direction FROM v_calls ORDER BY call_id") == [
        ("c1", "sales", "outbound"),
        ("c2", "support", "inbound"),
    ]
    # Nothing in these calls is personal data: "three weeks" and "Friday" stay.
    assert rows(cfg, "SELECT count(*) FROM redactions") == [(0,)]
