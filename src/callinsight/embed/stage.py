"""The ``embed`` stage: one normalised sentence embedding per content utterance, stored once.

Reads the utterances of calls the stage has not seen (``pending_calls``), keeps the content turns
(``embed.select``), encodes them in batches through the executor, and writes ``utterance_embeddings``
(``embed.store``).
A batch of whole calls is written in one transaction together with each call's ``stage_done`` row, so
every call is stored whole or not at all. Utterances that already have an embedding are never encoded
again (re-transcribing a call drops its embeddings, so they are recomputed from the new text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from callinsight.embed.select import Turn, select_content
from callinsight.embed.spaces import MINILM, MULTILINGUAL, SPACES, MultilingualEmbeddingWorker, utterance_space
from callinsight.embed.store import call_languages, embedded_keys, load_turns, write_batch
from callinsight.embed.worker import EmbedBatch, EmbeddingWorker
from callinsight.pipeline.context import StageContext, StageResult
from callinsight.pipeline.executor import Lost, make_executor
from callinsight.stage_names import EMBED
from callinsight.store.writes import pending_calls

if TYPE_CHECKING:
    from pathlib import Path

    from callinsight.config import Settings
    from callinsight.topics.config import TopicsSettings

#: Texts per encode batch: large enough for throughput, small enough that a crash loses little.
BATCH_TEXTS = 256
#: Calls per batch at most, so that calls with few or no content turns still commit in steady steps.
BATCH_CALLS = 500


class EmbedStage:
    name = EMBED

    def __init__(
        self,
        worker: Callable[[EmbedBatch], Any] | None = None,
        multilingual_worker: Callable[[EmbedBatch], Any] | None = None,
    ) -> None:
        self._worker = worker  # injectable (tests count encodes); default: the configured embedder
        self._ml_worker = multilingual_worker  # default: the configured multilingual embedder (USE)

    def run(self, ctx: StageContext[TopicsSettings]) -> StageResult:
        con, cfg = ctx.con, ctx.config
        calls = pending_calls(con, self.name)
        if not calls:
            return StageResult(self.name, message="no new calls")
        turns = load_turns(con, calls)
        done = embedded_keys(con, calls)
        per_call = {c: select_content(turns.get(c, []), cfg.topics.min_words) for c in calls}
        todo = {c: [t for t in ts if (c, t.seq) not in done] for c, ts in per_call.items()}
        # Each utterance goes to the space of its language (its script, else the call's): English to
        # MiniLM, anything else to the multilingual encoder (embed/spaces.py).
        call_lang = call_languages(con, calls)
        placed = {(c, t.seq): utterance_space(t.text, call_lang.get(c)) for c, ts in todo.items() for t in ts}
        ml_todo = {c: [t for t in ts if placed[(c, t.seq)][0] == MULTILINGUAL] for c, ts in todo.items()}
        ml_todo = {c: ts for c, ts in ml_todo.items() if ts}
        todo = {c: [t for t in ts if placed[(c, t.seq)][0] == MINILM] for c, ts in todo.items()}
        n_texts = sum(len(ts) for ts in todo.values()) + sum(len(ts) for ts in ml_todo.values())
        executor = make_executor(ctx.options.executor)
        stored = 0
        lost = 0
        lost_calls: set[str] = set()
        try:
            with ctx.progress.task("embed", total=n_texts, unit="utterances") as task:
                if ml_todo:
                    ml_worker = self._ml_worker or MultilingualEmbeddingWorker(_ml_model_path(cfg))
                    languages = {k: v[1] for k, v in placed.items()}
                    for batch, vectors in executor.map(ml_worker, list(_batches(list(ml_todo), ml_todo))):
                        if isinstance(vectors, Lost):
                            lost += 1
                            lost_calls.update(batch.calls)
                            continue
                        write_batch(con, batch, vectors, cfg.models.multilingual_embedder, per_call,
                                    space=SPACES[MULTILINGUAL], languages=languages, mark=False)
                        stored += len(batch.texts)
                        task.advance(len(batch.texts))
                worker = self._worker or EmbeddingWorker(_model_path(cfg), device=cfg.models.device)
                en_calls = [c for c in calls if c not in lost_calls]  # a lost call stays pending as a whole
                for batch, vectors in executor.map(worker, list(_batches(en_calls, todo))):
                    if isinstance(vectors, Lost):  # a dead Ray worker: its calls stay pending for the next run
                        lost += 1
                        continue
                    write_batch(con, batch, vectors, cfg.models.embedder, per_call)
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


def _ml_model_path(cfg: Settings) -> Path:
    from callinsight.localmodels.registry import resolve

    return resolve(cfg.models_dir, "use", cfg.models.multilingual_embedder)


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
