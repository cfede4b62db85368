"""Mapping labelled synthetic calls to the fixture personas with the real MiniLM."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import DOCS, store_labelled


@pytest.fixture(scope="module")
def mapped(tmp_path_factory: pytest.TempPathFactory, models_dir: Path, embedder: Any) -> Any:
    """The fixture personas and labelled calls, mapped once for the module."""
    from callinsight.personas.importer import import_into
    from callinsight.personas.stage import PersonasStage
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress
    from callinsight.pipeline.settings import load_config
    from callinsight.store.db import connect

    root = tmp_path_factory.mktemp("mapped")
    write_default_config(root, overrides={"paths": {"models": str(models_dir)}})
    config = load_config(root / "callinsight.toml")
    con = connect(config.database_path)
    expected = store_labelled(con)
    import_into(con, [DOCS])
    result = PersonasStage(embedder=embedder).run(StageContext(config=config, con=con, run_id="t", progress=null_progress()))
    yield config, con, expected, result
    con.close()


def test_labelled_calls_map_to_their_persona(mapped: Any) -> None:
    _, con, expected, result = mapped
    got = dict(con.execute("SELECT call_id, coalesce(persona_id, 'unassigned') FROM call_personas").fetchall())
    assert set(got) == set(expected) and result.processed == len(expected)
    correct = sum(got[c] == e for c, e in expected.items())
    assert correct / len(expected) >= 0.9, {c: (e, got[c]) for c, e in expected.items() if got[c] != e}


def test_off_topic_calls_stay_unassigned_rather_than_forced(mapped: Any) -> None:
    _, con, _, _ = mapped
    rows = con.execute("SELECT call_id, persona_id, persona, method, score FROM v_call_personas WHERE call_id LIKE 'off-%'").fetchall()
    assert rows and all(r[1] is None and r[2] == "unassigned" and r[3] == "threshold" for r in rows)
    assert all(r[4] is not None for r in rows)  # the score is kept, to explain the decision


def test_metadata_hint_wins(mapped: Any) -> None:
    _, con, _, _ = mapped
    row = con.execute("SELECT persona_id, method FROM call_personas WHERE call_id = 'dan-4'").fetchone()
    assert row == ("decision-maker-dan", "metadata")
    assert con.execute("SELECT count(*) FROM call_personas WHERE method = 'metadata'").fetchone()[0] == 1


def test_negative_persona_calls_are_flagged(mapped: Any) -> None:
    _, con, _, _ = mapped
    flagged = {r[0] for r in con.execute("SELECT call_id FROM v_call_personas WHERE is_negative").fetchall()}
    assert {"bar-1", "bar-2", "bar-3", "sam-1", "sam-2"} <= flagged
    assert not any(c.startswith(("oli", "ian", "fio", "dan")) for c in flagged)
    kinds = con.execute("SELECT kind, personas FROM persona_findings WHERE kind = 'negative_match' ORDER BY 2").fetchall()
    assert [k[1] for k in kinds] == [["bargain-hunter"], ["student-sam"]]


def test_distinct_personas_are_not_flagged_as_overlapping(mapped: Any) -> None:
    _, con, _, _ = mapped
    assert con.execute("SELECT count(*) FROM persona_findings WHERE kind = 'overlap'").fetchone()[0] == 0


def test_documented_concerns_are_heard_and_views_have_their_columns(mapped: Any) -> None:
    _, con, _, _ = mapped
    cols = {
        view: [d[0] for d in con.execute(f"SELECT * FROM {view} LIMIT 0").description]
        for view in ("v_personas", "v_call_personas", "v_persona_drift")
    }
    assert cols["v_personas"][:5] == ["persona_id", "persona", "version", "is_negative", "source"]
    assert cols["v_call_personas"][:5] == ["call_id", "persona_id", "persona", "score", "method"]
    assert cols["v_persona_drift"][:6] == ["persona", "period", "concern", "status", "share", "evidence_count"]
    heard = con.execute(
        """SELECT sum(calls) FROM v_persona_drift WHERE persona_id = 'it-ian' AND status = 'documented-and-heard'
           AND concern = 'Setting up single sign-on with SAML for every new tool'"""
    ).fetchone()[0]
    assert heard >= 2  # ian-1 and ian-3 ask for SAML single sign-on in their own words
    # every evidence quote is the stored text of a customer utterance of a call mapped to that persona
    bad = con.execute(
        """SELECT count(*) FROM persona_evidence e JOIN utterances u USING (call_id, seq)
           JOIN call_personas cp USING (call_id)
           WHERE u.text <> e.quote OR u.role <> 'customer' OR cp.persona_id <> e.persona_id"""
    ).fetchone()[0]
    assert bad == 0
