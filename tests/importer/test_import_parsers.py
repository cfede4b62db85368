"""Parsing each transcript format into ``Transcript`` records (no store involved)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from callinsight.importer import ImportOptions, TranscriptFormatError, parse_file
from callinsight.records import Transcript

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
ACME = ImportOptions(company_names=("Acme",))


def parsed(path: Path, opts: ImportOptions = ACME) -> list[Transcript | TranscriptFormatError]:
    return list(parse_file(path, opts))


def one(path: Path, opts: ImportOptions = ACME) -> Transcript:
    (item,) = parsed(path, opts)
    assert isinstance(item, Transcript), item
    return item


def test_json_conversation_fields_and_metadata() -> None:
    t = one(FIXTURES / "call.json")
    assert t.call_id == "acme-2026-0001"
    assert t.source == "import" and t.role_method == "import"
    assert t.language == "en"
    m = t.metadata
    assert m.started_at == datetime(2026, 9, 1, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    assert (m.direction, m.kind, m.agent, m.account, m.persona) == ("outbound", "sales", "Dana", "Globex", "ops-manager")
    assert m.tags == ("renewal", "q3")
    assert m.extra == {"crm_opportunity": "OPP-17"}  # unknown keys are kept
    assert m.source == "import"
    # Role synonyms, case-insensitive: Rep/rep -> agent, prospect/Client -> customer.
    assert [u.role for u in t.utterances] == ["agent", "customer", "agent", "customer"]
    assert [u.seq for u in t.utterances] == [0, 1, 2, 3]
    assert t.duration_s == 20.0
    assert all(u.language == "en" for u in t.utterances)


def test_json_lines_good_lines_import_and_bad_lines_say_where_and_why() -> None:
    items = parsed(FIXTURES / "calls.jsonl")
    good = [i for i in items if isinstance(i, Transcript)]
    bad = {e.path.rsplit(":", 1)[1]: e.reason for e in items if isinstance(e, TranscriptFormatError)}
    assert len(good) == 2
    assert good[0].call_id == "j1"
    assert good[0].utterances[1].role == "customer"  # "caller"
    assert good[0].metadata.started_at == datetime(2026, 9, 2, 9, 0, tzinfo=UTC)
    assert set(bad) == {"2", "3", "5", "6"}
    assert "unknown role 'robot'" in bad["2"]
    assert "bad timestamp" in bad["3"]
    assert "missing text" in bad["5"]
    assert "invalid JSON" in bad["6"]
    # Line 7 has no id: one is derived from its content, the same every time.
    derived = good[1]
    assert len(derived.call_id) == 16
    assert derived.call_id == [t for t in parsed(FIXTURES / "calls.jsonl") if isinstance(t, Transcript)][1].call_id
    assert derived.metadata.started_at == datetime(2026, 9, 3, 12, 0, tzinfo=UTC)  # naive: read as UTC
    assert derived.duration_s is None  # untimed


def test_naive_times_use_the_configured_zone(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    p = tmp_path / "x.json"
    p.write_text('{"id": "z", "started_at": "2026-01-05T09:00:00", "utterances": [{"role": "agent", "text": "hi"}]}')
    t = one(p, ImportOptions(timezone=ZoneInfo("Asia/Seoul")))
    assert t.metadata.started_at is not None and t.metadata.started_at.utcoffset() == timedelta(hours=9)


def test_vtt_voice_tags_continuation_and_greeting_heuristic() -> None:
    t = one(FIXTURES / "call.vtt")
    assert [(u.role, u.text) for u in t.utterances] == [
        ("agent", "Thanks for calling Acme, this is Dana."),
        ("customer", "Hi Dana. The dashboard is really slow since Monday."),  # <i> dropped
        ("customer", "and exports time out."),  # a cue without a voice continues Sam
        ("agent", "Sorry to hear that. Which browser do you use?"),
    ]
    assert (t.utterances[1].start_s, t.utterances[1].end_s) == (4.0, 8.0)
    assert t.role_confidence == 0.6  # from the greeting, not a label
    assert t.metadata.agent == "Dana Lee"
    assert t.metadata.extra["speakers"] == {"Dana Lee": "agent", "Sam Ortiz": "customer"}
    assert t.duration_s == 13.0


def test_srt_speaker_prefixes_and_agent_option() -> None:
    # No role word and no company name: nobody can be told apart ...
    t = one(FIXTURES / "call.srt")
    assert {u.role for u in t.utterances} == {"unknown"}
    assert t.role_confidence is None
    # ... unless the agent is named.
    t = one(FIXTURES / "call.srt", ImportOptions(agent_names=("jordan",)))
    assert [(u.role, u.start_s) for u in t.utterances] == [("agent", 0.0), ("customer", 3.0), ("agent", 7.5)]
    assert t.utterances[1].text == "We want to cancel, the price went up again."


def test_plain_text_prefixes_and_continuation_lines() -> None:
    t = one(FIXTURES / "call.txt")
    assert [u.role for u in t.utterances] == ["agent", "customer", "agent"]
    assert t.utterances[1].text == "I was charged twice this month. The second charge was on my card 4111 1111 1111 1111."
    assert all(u.start_s is None for u in t.utterances)
    assert t.metadata.source == "mtime"


def test_same_content_gives_the_same_id(tmp_path: Path) -> None:
    a = one(FIXTURES / "call.txt").call_id
    copy = tmp_path / "copy.txt"
    copy.write_bytes((FIXTURES / "call.txt").read_bytes())
    assert one(copy).call_id == a


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("bad/bad_timing.vtt", "line 3: bad timestamp"),
        ("bad/no_labels.txt", "line 1: text before the first speaker label"),
        ("bad/missing_text.json", "utterance 0: missing text"),
    ],
)
def test_malformed_files(name: str, reason: str) -> None:
    (item,) = parsed(FIXTURES / name)
    assert isinstance(item, TranscriptFormatError)
    assert item.path.endswith(name)
    assert reason in item.reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "empty file"),
        ("[1, 2", "invalid JSON"),
        ('{"id": "x"}', "missing 'utterances'"),
        ('{"id": "x", "utterances": []}', "non-empty list"),
        ('{"id": "x", "metadata": [], "utterances": [{"text": "a"}]}', "'metadata' must be an object"),
        ('{"id": "x", "utterances": [{"text": "a", "start": 5, "end": 2}]}', "end 2.0 is before start 5.0"),
        ('{"id": "x", "utterances": [{"text": "a", "start": "soon"}]}', "bad timestamp 'soon'"),
        ('{"id": "x", "utterances": [{"text": "a", "role": 3}]}', "unknown role 3"),
    ],
)
def test_malformed_json(tmp_path: Path, content: str, reason: str) -> None:
    p = tmp_path / "x.json"
    p.write_text(content)
    (item,) = parsed(p)
    assert isinstance(item, TranscriptFormatError)
    assert reason in item.reason


def test_json_accepts_clock_strings_and_missing_roles(tmp_path: Path) -> None:
    p = tmp_path / "x.json"
    p.write_text('{"id": 7, "utterances": [{"text": "a", "start": "00:01:02.5", "end": "1:05"}]}')
    t = one(p)
    assert t.call_id == "7"
    assert (t.utterances[0].role, t.utterances[0].start_s, t.utterances[0].end_s) == ("unknown", 62.5, 65.0)


def test_unsupported_file_type(tmp_path: Path) -> None:
    p = tmp_path / "notes.docx"
    p.write_bytes(b"x")
    (item,) = parsed(p)
    assert isinstance(item, TranscriptFormatError) and "unsupported file type" in item.reason


KOREAN_SRT = """1
00:00:01,000 --> 00:00:03,500
상담원: 안녕하세요, 무엇을 도와드릴까요?

2
00:00:04,000 --> 00:00:07,000
고객: 지난달 요금이 두 번 청구됐어요.
"""


@pytest.mark.parametrize("encoding", ["cp949", "utf-16"])
def test_korean_subtitles_saved_in_a_windows_encoding_read_as_in_utf8(tmp_path: Path, encoding: str) -> None:
    utf8, other = tmp_path / "utf8.srt", tmp_path / "other.srt"
    utf8.write_text(KOREAN_SRT, encoding="utf-8")
    other.write_bytes(KOREAN_SRT.encode(encoding))
    texts = [u.text for u in one(utf8).utterances]
    assert [u.text for u in one(other).utterances] == texts and "지난달 요금이 두 번 청구됐어요." in texts


def test_bytes_in_no_encoding_are_a_format_error(tmp_path: Path) -> None:
    p = tmp_path / "noise.srt"
    p.write_bytes(bytes(range(128, 256)) * 8 + b"\x00\x01\x02" * 50)
    (item,) = parsed(p)
    assert isinstance(item, TranscriptFormatError) and "encoding" in item.reason
