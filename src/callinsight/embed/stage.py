"""The ``embed`` stage: one normalised sentence embedding per content utterance, stored once.

Reads the utterances of calls the stage has not seen (``pending_calls``), keeps the content turns
(``embed.select``), encodes them in batches through the executor, and writes ``utterance_embeddings``.
A batch of whole calls is written in one transaction together with each call's ``stage_done`` row, so
every call is stored whole or not at all. Utterances that already have an embedding are never encoded
again (re-transcribing a call drops its embeddings, so they are recomputed from the new text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from callinsight.embed.select import Turn, select_content
from callinsight.embed.worker import EmbedBatch, EmbeddingWorker
from callinsight.pipeline.context import StageContext, StageResult
from callinsight.pipeline.executor import Lost, make_executor
from callinsight.stage_names import EMBED
from callinsight.store.db import transaction
from callinsight.store.writes import mark_stage_done, pending_calls

if TYPE_CHECKING:
    from pathlib import Path

    import duckdb

    from callinsight.config import Settings
    from callinsight.topics.config import TopicsSettings

#: Texts per encode batch: large enough for throughput, small enough that a crash loses little.
BATCH_TEXTS = 256
#: Calls per batch at most, so that calls with few or no content turns still commit in steady steps.
BATCH_CALLS = 500


class EmbedStage:
    name = EMBED

    def __init__(self, worker: Callable[[EmbedBatch], Any] | None = None) -> None:
        self._worker = worker  # injectable (tests count encodes); default: the configured embedder

    def run(self, ctx: StageContext[TopicsSettings]) -> StageResult:
        con, cfg = ctx.con, ctx.config
        calls = pending_calls(con, self.name)
        if not calls:
            return StageResult(self.name, message="no new calls")
        turns = _load_turns(con, calls)
        done = _embedded_keys(con, calls)
        per_call = {c: select_content(turns.get(c, []), cfg.topics.min_words) for c in calls}
        todo = {c: [t for t in ts if (c, t.seq) not in done] for c, ts in per_call.items()}
        n_texts = sum(len(ts) for ts in todo.values())
        worker = self._worker or EmbeddingWorker(_model_path(cfg), device=cfg.models.device)
        executor = make_executor(ctx.options.executor)
        model_name = cfg.models.embedder
        stored = 0
        lost = 0
        try:
            with ctx.progress.task("embed", total=n_texts, unit="utterances") as task:
                for batch, vectors in executor.map(worker, list(_batches(calls, todo))):
                    if isinstance(vectors, Lost):  # a dead Ray worker: its calls stay pending for the next run
                        lost += 1
                        continue
                    _write(con, batch, vectors, model_name, per_call)
                    stored += len(batch.texts)
                    task.advance(len(batch.texts))
        finally:
            executor.close()
        skipped = sum(1 for c in calls if not per_call[c])
        return StageResult(
            self.name,
            processed=len(calls) - skipped,
            skipped=skipped,
            message=f"{stored} utterances embedded from {len(calls)} calls ({skipped} without content turns)"
            + (f"; {lost} batch(es) lost with a worker, left for the next run" if lost else ""),
            details={"encoded": stored, "reused": sum(len(v) for v in per_call.values()) - stored},
        )


def _model_path(cfg: Settings) -> Path:
    from callinsight.localmodels.registry import resolve

    return resolve(cfg.models_dir, "embedder", cfg.models.embedder)


def _load_turns(con: duckdb.DuckDBPyConnection, calls: list[str]) -> dict[str, list[Turn]]:
    rows = con.execute(
        "SELECT call_id, seq, role, text FROM utterances WHERE call_id IN (SELECT unnest(?)) ORDER BY call_id, seq",
        [calls],
    ).fetchall()
    out: dict[str, list[Turn]] = {}
    for call_id, seq, role, text in rows:
        out.setdefault(call_id, []).append(Turn(call_id, int(seq), role, text or ""))
    return out


def _embedded_keys(con: duckdb.DuckDBPyConnection, calls: list[str]) -> set[tuple[str, int]]:
    rows = con.execute(
        "SELECT call_id, seq FROM utterance_embeddings WHERE call_id IN (SELECT unnest(?))", [calls]
    ).fetchall()
    return {(r[0], int(r[1])) for r in rows}


def _batches(calls: list[str], todo: dict[str, list[Turn]]) -> Iterator[EmbedBatch]:
    """Whole calls grouped until a batch holds about ``BATCH_TEXTS`` texts (or ``BATCH_CALLS`` calls)."""
    group: list[str] = []
    keys: list[tuple[str, int]] = []
    texts: list[str] = []
    for call_id in calls:
        group.append(call_id)
        for t in todo[call_id]:
            keys.append((call_id, t.seq))
            texts.append(t.text)
        if len(texts) >= BATCH_TEXTS or len(group) >= BATCH_CALLS:
            yield EmbedBatch(tuple(group), tuple(keys), tuple(texts))
            group, keys, texts = [], [], []
    if group:
        yield EmbedBatch(tuple(group), tuple(keys), tuple(texts))


def _write(
    con: duckdb.DuckDBPyConnection,
    batch: EmbedBatch,
    vectors: Any,
    model_name: str,
    per_call: dict[str, list[Turn]],
) -> None:
    with transaction(con):
        if batch.texts:
            import pandas as pd

            frame = pd.DataFrame(
                {
                    "call_id": [k[0] for k in batch.keys],
                    "seq": [k[1] for k in batch.keys],
                    "embedding": list(vectors),
                }
            )
            con.register("_embed_batch", frame)
            try:
                con.execute(
                    "INSERT INTO utterance_embeddings (call_id, seq, model, embedding) "
                    "SELECT call_id, seq, ?, CAST(embedding AS FLOAT[384]) FROM _embed_batch",
                    [model_name],
                )
            finally:
                con.unregister("_embed_batch")
        for call_id in batch.calls:
            if per_call[call_id]:
                mark_stage_done(con, call_id, "embed")
            else:
                mark_stage_done(con, call_id, "embed", status="skipped", reason="no content utterances")
