"""Call metadata goes through the same detectors as transcripts; keep_fields stay as they are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from callinsight.records import CallMetadata
from callinsight.redact import RedactionConfig, redact_document
from callinsight.redact.metadata import kind_by_name, redact_metadata

KINDS = tuple(RedactionConfig().kinds)


def test_values_and_field_names_are_redacted_except_kept_fields() -> None:
    meta = CallMetadata(
        agent="Dana Whitfield",
        account="jane.doe@example.com",
        tags=("vip", "call back 555-123-4567"),
        extra={"customer_name": "Maria Lopez", "crm": {"phone": 5551234567, "notes": "card 4111 1111 1111 1111"},
               "seats": 40, "region": "EMEA"},
    )  # fmt: skip
    out, counts = redact_metadata(meta, KINDS, ("agent",))
    assert out.agent == "Dana Whitfield"
    assert out.account == "[EMAIL]"
    assert out.tags == ("vip", "call back [PHONE]")
    assert out.extra == {
        "customer_name": "[NAME]",
        "crm": {"phone": "[PHONE]", "notes": "card [CARD]"},
        "seats": 40,
        "region": "EMEA",
    }
    assert counts == {"EMAIL": 1, "PHONE": 2, "NAME": 1, "CARD": 1}
    kept, _ = redact_metadata(meta, KINDS, ("agent", "account", "customer_name"))
    assert kept.account == "jane.doe@example.com" and kept.extra["customer_name"] == "Maria Lopez"


def test_field_names() -> None:
    assert kind_by_name("customer_name") == "NAME"
    assert kind_by_name("company_name") is None
    assert kind_by_name("E-Mail") == "EMAIL"
    assert kind_by_name("email_address") == "EMAIL"
    assert kind_by_name("mobilePhone") == "PHONE"
    assert kind_by_name("연락처") == "PHONE"
    assert kind_by_name("street_address") == "ADDRESS"
    assert kind_by_name("seats") is None


def test_redact_document_counts_and_respects_enabled() -> None:
    text = "Persona: Pat. Quote: 'call me on 555-123-4567 or pat@example.com'"
    redacted, counts = redact_document(text, RedactionConfig())
    assert "555-123-4567" not in redacted and "pat@example.com" not in redacted
    assert counts == {"PHONE": 1, "EMAIL": 1}
    assert redact_document(text, RedactionConfig(enabled=False)) == (text, {})


def test_imported_metadata_is_stored_redacted(config: Any, tmp_path: Path) -> None:
    from callinsight.importer.service import import_transcripts
    from callinsight.query import run_query

    call = {
        "id": "m1",
        "started_at": "2026-09-01T10:00:00+00:00",
        "metadata": {"agent": "Dana Whitfield", "account": "jane.doe@example.com", "caller_phone": "+1 415 555 2671"},
        "utterances": [{"role": "customer", "start": 0, "end": 2, "text": "Hi, my name is Maria Lopez."}],
    }
    path = tmp_path / "calls.jsonl"
    path.write_text(json.dumps(call) + "\n", encoding="utf-8")
    import_transcripts(config, [path])
    rows = run_query(config.database_path, "SELECT agent, account, CAST(metadata AS VARCHAR) FROM calls").rows
    agent, account, extra = rows[0]
    assert agent == "Dana Whitfield" and account == "[EMAIL]"
    assert "555" not in extra and "[PHONE]" in extra
    text = run_query(config.database_path, "SELECT text FROM v_utterances").rows[0][0]
    assert text == "Hi, my name is [NAME]."
    counts = dict(run_query(config.database_path, "SELECT kind, n FROM redactions").rows)
    assert counts == {"EMAIL": 1, "PHONE": 1, "NAME": 1}


def test_the_agents_own_name_is_kept_in_speech_only_while_agent_is_a_kept_field() -> None:
    from callinsight.records import Transcript, Utterance
    from callinsight.redact import redact_transcript

    t = Transcript(
        call_id="c",
        source="import",
        source_path="/x",
        metadata=CallMetadata(agent="Dana Whitfield"),
        utterances=[
            Utterance(seq=0, role="agent", text="Hi, this is Dana from Acme.", start_s=0, end_s=1),
            Utterance(seq=1, role="customer", text="Hello, my name is Maria Lopez.", start_s=1, end_s=2),
        ],
        language="en",
        duration_s=2.0,
    )
    kept = redact_transcript(t, RedactionConfig())
    assert [u.text for u in kept.utterances] == ["Hi, this is Dana from Acme.", "Hello, my name is [NAME]."]
    strict = redact_transcript(t, RedactionConfig(keep_fields=[]))
    assert strict.utterances[0].text == "Hi, this is [NAME] from Acme."
    # A bare name under a field whose name says nothing ("agent") has nothing a text rule can see.
    assert strict.metadata.agent == "Dana Whitfield"
