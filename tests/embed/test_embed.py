"""The embed stage: content selection, one stored embedding per utterance, never encoded twice."""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np
import pytest

from callinsight.embed.select import Turn, content_words, is_content, select_content
from callinsight.embed.stage import EmbedStage
from callinsight.embed.worker import EmbedBatch, EmbeddingWorker
from callinsight.pipeline.context import StageContext
from callinsight.pipeline.progress import null_progress
from topics.corpus import store_call


class CountingWorker:
    """Wraps the real worker and counts what it was asked to encode."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.encoded: list[str] = []

    def __call__(self, batch: EmbedBatch) -> Any:
        self.encoded.extend(batch.texts)
        return self.inner(batch)


@pytest.fixture
def worker(config: Any, embedder: Any) -> CountingWorker:
    from callinsight.localmodels.registry import resolve

    real = EmbeddingWorker(resolve(config.models_dir, "embedder", config.models.embedder))
    real._model = embedder  # reuse the session's loaded model
    return CountingWorker(real)


def _ctx(config: Any, con: Any) -> StageContext:
    return StageContext(config=config, con=con, run_id="test", progress=null_progress())


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Hi, thanks so much, bye!", False),
        ("Yeah okay, sounds good, thank you.", False),
        ("um yeah I mean you know", False),
        ("It is [EMAIL] [PHONE]", False),
        ("The Slack sync broke again after the update", True),
        ("Thanks, but the invoice was charged twice", True),
        ("charged twice, sadly", False),  # three words: below min_words = 4
    ],
)
def test_content_rule(text: str, keep: bool) -> None:
    assert is_content(text, min_words=4) is keep, content_words(text)


def test_selection_uses_customer_turns_or_unknown_when_no_roles() -> None:
    turns = [
        Turn("c", 0, "agent", "Thanks for calling, the billing portal is on our website today"),
        Turn("c", 1, "customer", "The billing portal shows the wrong amount again"),
        Turn("c", 2, "unknown", "The export to excel does not work for us"),
    ]
    assert [t.seq for t in select_content(turns, 4)] == [1]
    no_roles = [Turn("d", 0, "unknown", "The export to excel does not work for us")]
    assert [t.seq for t in select_content(no_roles, 4)] == [0]


def test_embeddings_are_stored_once_and_reused(config: Any, con: Any, worker: CountingWorker) -> None:
    store_call(con, "a", ["The slack integration stopped syncing messages", "Our invoice was charged twice this month"])
    store_call(con, "b", ["Okay, thanks!"])  # no content: skipped with a reason
    stage = EmbedStage(worker=worker)
    result = stage.run(_ctx(config, con))
    assert result.processed == 1 and result.skipped == 1
    assert sorted(worker.encoded) == ["Our invoice was charged twice this month", "The slack integration stopped syncing messages"]
    rows = con.execute("SELECT call_id, seq, model, embedding FROM utterance_embeddings ORDER BY seq").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("a", 1), ("a", 3)]  # customer turns only, agent turns skipped
    vec = np.asarray(rows[0][3])
    assert vec.shape == (384,) and abs(float(np.linalg.norm(vec)) - 1) < 1e-4
    assert con.execute("SELECT status, reason FROM stage_done WHERE call_id = 'b' AND stage = 'embed'").fetchone() == (
        "skipped", "no content utterances")

    worker.encoded.clear()
    assert stage.run(_ctx(config, con)).message == "no new calls"
    # Even when a call is handed to the stage again, stored embeddings are reused, not recomputed.
    con.execute("DELETE FROM stage_done WHERE stage = 'embed'")
    again = stage.run(_ctx(config, con))
    assert worker.encoded == [] and again.details["reused"] == 2
    # A new call: only its utterances are encoded.
    store_call(con, "c", ["Weekly sales reports load far too slowly"])
    stage.run(_ctx(config, con))
    assert worker.encoded == ["Weekly sales reports load far too slowly"]


def test_worker_pickles_without_its_model(worker: CountingWorker) -> None:
    out = worker(EmbedBatch(("x",), (("x", 1),), ("The dashboard export is broken",)))
    assert out.shape == (1, 384)
    clone = pickle.loads(pickle.dumps(worker.inner))
    assert clone._model is None and clone.model_path == worker.inner.model_path
