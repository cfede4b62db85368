"""The ``topics`` stage and ``callinsight topics refit``.

- No model yet: fit on every embedded utterance (BERTopic, or the small-data fallback) -> version 1.
- A model exists: assign the new utterances to its topics (nearest centroid; seconds, no refit).
  Exception: when the current model is a fallback and the corpus has since grown past
  ``[topics] min_utterances``, the stage refits, because a real topic model is now possible.
- ``refit_topics``: fit on everything again; topics that persist keep their ids (``stable_ids``), new
  topics get new ids; the version's ``note`` says how many were kept, new and retired.
After either, drift is recomputed from the stored rows (``trends``).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callinsight.lang.spaces import MINILM, SPACES
from callinsight.pipeline.context import StageContext, StageResult
from callinsight.stage_names import TOPICS
from callinsight.topics.fit import FitOptions, fit_topics
from callinsight.topics.stable_ids import match_topics
from callinsight.topics.store import (
    assign_new,
    centroids,
    count_embedded,
    current_model,
    load_corpus,
    mark_topics_done,
    next_topic_id,
    write_version,
)
from callinsight.topics.trends import compute_drift

if TYPE_CHECKING:
    import duckdb

    from callinsight.topics.config import TopicsSettings


@dataclass(frozen=True)
class RefitResult:
    version: int
    method: str
    n_docs: int
    topics: int
    kept: int
    new: int
    retired: int
    message: str


def model_folder(config: TopicsSettings) -> Path:
    return config.path(config.topics.model_dir) if config.topics.model_dir else config.models_dir / "topics"


def fit_options(config: TopicsSettings, **overrides: Any) -> FitOptions:
    t = config.topics
    return FitOptions(
        seed=t.seed, min_utterances=t.min_utterances, outlier_similarity=t.outlier_similarity,
        merge_similarity=t.merge_similarity, **overrides,
    )


def refit_topics(
    config: TopicsSettings,
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str | None = None,
    options: FitOptions | None = None,
    embedder: Any = None,
    reason: str = "refit",
) -> RefitResult:
    """Fit a new model version on every embedded utterance, keeping ids of persisting topics."""
    from callinsight.errors import CallinsightError

    options = options or fit_options(config)
    # One fit per embedding space (English / MiniLM, other languages / multilingual), one model version.
    corpora = [c for c in (load_corpus(con, space=s) for s in SPACES) if c.keys]
    if not corpora:
        raise CallinsightError("no embedded content utterances to fit topics on", hint="run `callinsight run` first")
    previous = current_model(con)
    version = previous.version + 1 if previous else 1
    folder = model_folder(config) / f"v{version}"
    if folder.exists():  # a leftover of a database that was deleted: the rows, not the folder, are the truth
        shutil.rmtree(folder)
    next_id = next_topic_id(con)
    fitted = []
    for corpus in corpora:
        space_options, space_embedder, model_path = _space_models(config, corpus.space, options, embedder, len(corpus.keys))
        fit = fit_topics(corpus.texts, corpus.embeddings, space_options, embedder=space_embedder)
        old = centroids(con, previous.version, space=corpus.space) if previous else {}
        new = {t.local_id: t.centroid for t in fit.topics}
        ids = match_topics(old, new, min_similarity=config.topics.match_similarity, next_id=next_id)
        next_id = max([next_id - 1, *(m.topic_id for m in ids.values())]) + 1
        fit.save(folder if corpus.space == MINILM else folder / corpus.space, model_path)
        fitted.append((corpus, fit, ids, len(old)))
    kept = sum(1 for _, _, ids, _ in fitted for t, m in ids.items() if t != -1 and m.matched_from is not None)
    n_topics = sum(1 for _, fit, _, _ in fitted for t in fit.topics if t.local_id != -1)
    retired = sum(n_old for *_, n_old in fitted) - kept
    methods = "+".join(fit.method for _, fit, _, _ in fitted)
    messages = " ".join((f"[{c.space}] " if len(fitted) > 1 else "") + fit.message for c, fit, _, _ in fitted)
    if previous is None:
        note = f"first fit ({methods}): {n_topics} topics. {messages}"
    else:
        note = f"{reason} ({methods}): {kept} topics kept their ids, {n_topics - kept} new, {retired} retired. {messages}"
    n_docs = sum(len(c.keys) for c in corpora)
    for i, (corpus, fit, ids, _) in enumerate(fitted):
        write_version(con, version, fit, ids, corpus, path=str(folder), note=note, run_id=run_id, model_row=i == 0, n_docs=n_docs)
    return RefitResult(version, fitted[0][1].method, n_docs, n_topics, kept, n_topics - kept, retired, note)


def _space_models(
    config: TopicsSettings, space: str, options: FitOptions, embedder: Any, n_docs: int
) -> tuple[FitOptions, Any, Path]:
    """Fit options, label embedder and model folder for one embedding space (Korean keywords from Kiwi)."""
    from callinsight.localmodels.registry import resolve

    wants_embedder = options.labels == "keybert" and n_docs >= options.min_utterances
    if space == MINILM:
        if embedder is None and wants_embedder:
            from callinsight.localmodels.factories import load_embedder

            embedder = load_embedder(config)
        return options, embedder, resolve(config.models_dir, "embedder", config.models.embedder)
    from callinsight.lang.korean import KeywordTokenizer
    from callinsight.localmodels.factories import load_kiwi, load_multilingual_embedder
    from callinsight.localmodels.use import bertopic_embedder

    space_options = replace(options, tokenizer=options.tokenizer or KeywordTokenizer(load_kiwi(config)))
    ml = bertopic_embedder(load_multilingual_embedder(config)) if wants_embedder else None
    return space_options, ml, resolve(config.models_dir, "use", config.models.multilingual_embedder)


class TopicsStage:
    name = TOPICS

    def __init__(self, options: FitOptions | None = None, embedder: Any = None) -> None:
        self._options = options  # tests inject PCA / keyword labels; default: from the config
        self._embedder = embedder

    def run(self, ctx: StageContext[TopicsSettings]) -> StageResult:
        con, config = ctx.con, ctx.config
        options = self._options or fit_options(config)
        n_docs = count_embedded(con)
        model = current_model(con)
        details: dict[str, Any] = {}
        if n_docs == 0:
            message = "no content utterances yet: no topics"
            processed = 0
        elif model is None or (model.method != "bertopic" and n_docs >= options.min_utterances > model.n_docs):
            reason = "refit: the corpus grew past [topics] min_utterances"
            result = refit_topics(config, con, run_id=ctx.run_id, options=options, embedder=self._embedder, reason=reason)
            message, processed = result.message, result.n_docs
            details.update(version=result.version, method=result.method, topics=result.topics)
        else:
            processed = assign_new(con, model.version, ctx.run_id)
            message = f"{processed} new utterances assigned to the {model.method} topics of version {model.version}"
            details.update(version=model.version, method=model.method)
        mark_topics_done(con)
        current = current_model(con)
        summary = compute_drift(con, config.topics, current.version if current else None, ctx.run_id)
        details["drift"] = summary.flagged
        return StageResult(self.name, processed=processed, message=f"{message}; {summary.message()}", details=details)


def refit_store(config: TopicsSettings, options: FitOptions | None = None, embedder: Any = None) -> tuple[RefitResult, str]:
    """``callinsight topics refit``: under the batch lock, as a recorded run; returns the result and drift line."""
    from callinsight.pipeline.lock import batch_lock
    from callinsight.store.db import open_store
    from callinsight.store.writes import finish_run, start_run

    with batch_lock(config.lock_path), open_store(config.database_path) as con:
        run_id = start_run(con, f"{TOPICS} refit", [TOPICS])
        try:
            result = refit_topics(config, con, run_id=run_id, options=options, embedder=embedder)
            mark_topics_done(con)
            summary = compute_drift(con, config.topics, result.version, run_id)
        except BaseException as exc:
            finish_run(con, run_id, "failed", message=str(exc)[:500])
            raise
        finish_run(con, run_id, "ok", message=f"topics: {result.message}"[:1000])
    return result, summary.message()


def topics_table(config: TopicsSettings) -> list[tuple[int, str, list[str], int]]:
    """``callinsight topics list``: the current model's topics (read-only)."""
    from callinsight.store.db import open_store
    from callinsight.topics.store import list_topics

    with open_store(config.database_path, read_only=True) as con:
        return list_topics(con)
