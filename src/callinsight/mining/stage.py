"""The ``mine`` stage: insights, sentiment and journey stage for every call not mined yet."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from callinsight.errors import ConfigError
from callinsight.mining.miner import CallText, Miner
from callinsight.mining.store import STAGE, mark_skipped, read_calls, write_mined_call
from callinsight.mining.taxonomy import Taxonomy, load_taxonomy
from callinsight.pipeline.context import StageContext, StageResult
from callinsight.records import Failure
from callinsight.store.writes import pending_calls, record_failure

if TYPE_CHECKING:
    from callinsight.config import Settings
    from callinsight.mining.config import MiningSettings


def base_language(code: str | None) -> str | None:
    return code.replace("_", "-").split("-")[0].lower() if code else None


def covered_languages(taxonomy: Taxonomy, configured: list[str]) -> set[str]:
    covered = {base_language(x) for x in taxonomy.languages} & {base_language(x) for x in configured}
    if not covered:
        raise ConfigError(
            f"no language is both in [mining] languages {configured} and covered by taxonomy {taxonomy.source} "
            f"({list(taxonomy.languages)})",
            hint="list a language the taxonomy covers in [mining] languages",
        )
    return {c for c in covered if c}


def load_configured_taxonomy(config: MiningSettings) -> Taxonomy:
    return load_taxonomy(config.path(config.mining.taxonomy) if config.mining.taxonomy else None)


@contextmanager
def fast_pipes(nlp: Any) -> Iterator[Any]:
    """Sentence boundaries from the small ``senter`` instead of the parser (faster; lemmas need no parse)."""
    if "senter" not in getattr(nlp, "disabled", []) or "parser" not in nlp.pipe_names:
        yield nlp
        return
    nlp.enable_pipe("senter")
    nlp.disable_pipe("parser")
    try:
        yield nlp
    finally:
        nlp.disable_pipe("senter")
        nlp.enable_pipe("parser")


class MiningStage:
    name = STAGE

    def __init__(self, nlp: Any = None, embedder: Any = None, taxonomy: Taxonomy | None = None) -> None:
        self._nlp = nlp
        self._embedder = embedder
        self._taxonomy = taxonomy

    def run(self, ctx: StageContext[MiningSettings]) -> StageResult:
        config = ctx.config
        con = ctx.con
        result = StageResult(stage=self.name)
        pending = pending_calls(con, STAGE)
        if not pending:
            result.message = "nothing new to mine"
            return result
        taxonomy = self._taxonomy or load_configured_taxonomy(config)
        covered = covered_languages(taxonomy, config.mining.languages)
        rows = con.execute(
            "SELECT call_id, language, source_path FROM calls WHERE call_id IN (SELECT unnest(?))", [pending]
        ).fetchall()
        language = {r[0]: r[1] for r in rows}
        paths = {r[0]: r[2] for r in rows}
        to_mine = []
        for call_id in pending:
            lang = base_language(language.get(call_id))
            if lang is not None and lang not in covered:
                mark_skipped(con, call_id, f"language {lang} not covered by taxonomy")
                result.skipped += 1
            else:
                to_mine.append(call_id)
        t0 = time.monotonic()
        sentences = 0
        if to_mine:
            nlp = self._nlp if self._nlp is not None else _load_spacy(config)
            embedder = self._embedder
            if embedder is None and config.mining.semantic:
                from callinsight.localmodels.factories import load_embedder

                embedder = load_embedder(config)
            with fast_pipes(nlp):
                miner = Miner(nlp, embedder, taxonomy, config.mining, config.company)
                with ctx.progress.task("mine", total=len(to_mine), unit="calls") as task:
                    size = max(1, config.mining.batch_calls)
                    for i in range(0, len(to_mine), size):
                        batch = read_calls(con, to_mine[i : i + size])
                        sentences += sum(len(c.utterances) for c in batch)
                        done, failed = self._mine_batch(ctx, miner, batch, paths)
                        result.processed += done
                        result.failed += failed
                        task.advance(len(batch))
        seconds = time.monotonic() - t0
        result.details = {"utterances": sentences, "mining_seconds": seconds, "skipped_language": result.skipped}
        parts = [f"{result.processed} calls mined"]
        if result.skipped:
            parts.append(f"{result.skipped} skipped (language not covered by the taxonomy)")
        if result.failed:
            parts.append(f"{result.failed} failed")
        result.message = ", ".join(parts)
        return result

    def _mine_batch(self, ctx: StageContext, miner: Miner, batch: list[CallText], paths: dict[str, str]) -> tuple[int, int]:
        try:
            mined = miner.mine(batch)
        except Exception:
            if len(batch) == 1:
                raise
            # Find the call that breaks the batch: mine one by one, recording the bad one(s).
            done = failed = 0
            for call in batch:
                d, f = self._mine_one(ctx, miner, call, paths)
                done, failed = done + d, failed + f
            return done, failed
        for m in mined:
            write_mined_call(ctx.con, m, ctx.run_id)
        return len(mined), 0

    def _mine_one(self, ctx: StageContext, miner: Miner, call: CallText, paths: dict[str, str]) -> tuple[int, int]:
        try:
            (m,) = miner.mine([call])
        except Exception as exc:
            ctx.log.warning("mining failed for call %s: %s", call.call_id, exc)
            failure = Failure(paths.get(call.call_id, call.call_id), STAGE, f"mining failed: {type(exc).__name__}: {exc}", call.call_id)
            record_failure(ctx.con, failure, ctx.run_id)
            return 0, 1
        write_mined_call(ctx.con, m, ctx.run_id)
        return 1, 0


def _load_spacy(config: Settings) -> Any:
    from callinsight.localmodels.factories import load_spacy

    return load_spacy(config)
