"""The ``mine`` stage: insights, sentiment and journey stage for every call not mined yet."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callinsight.errors import ConfigError, StoreError
from callinsight.mining.languages import base_language, embedder_for, nlp_for, support_for
from callinsight.mining.miner import CallText, MinedCall, Miner
from callinsight.mining.problems import load_cues
from callinsight.mining.spacy_speed import numpy_matmul
from callinsight.mining.store import STAGE, mark_skipped, read_calls, write_mined_call, write_mined_calls
from callinsight.mining.taxonomy import Taxonomy, load_taxonomy
from callinsight.pipeline.context import StageContext, StageResult
from callinsight.records import Failure
from callinsight.store.writes import pending_calls, record_failure

if TYPE_CHECKING:
    from callinsight.mining.config import MiningSettings


#: Where the example sentences' vectors are kept between runs, under the models folder (``vector_cache.py``).
VECTOR_CACHE = Path(".cache") / "example-vectors"


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
        configured = [lang for lang in (base_language(x) for x in config.mining.languages) if lang]
        default_lang = configured[0] if configured else "en"
        taxonomy_file = config.path(config.mining.taxonomy) if config.mining.taxonomy else None
        rows = con.execute(
            "SELECT call_id, language, source_path FROM calls WHERE call_id IN (SELECT unnest(?))", [pending]
        ).fetchall()
        language = {r[0]: r[1] for r in rows}
        paths = {r[0]: r[2] for r in rows}
        # Calls by language: each is mined with its own language's taxonomy, cues and pipeline.
        by_language: dict[str, list[str]] = {}
        for call_id in pending:
            lang = base_language(language.get(call_id)) or default_lang
            by_language.setdefault(lang, []).append(call_id)
        t0 = time.monotonic()
        sentences = 0
        for lang, call_ids in sorted(by_language.items()):
            reason = self._unsupported(lang, configured, taxonomy_file)
            if reason is not None:
                for call_id in call_ids:
                    mark_skipped(con, call_id, reason)
                result.skipped += len(call_ids)
                continue
            miner = self._miner(config, lang, taxonomy_file)
            with fast_pipes(miner.nlp), numpy_matmul(miner.nlp), \
                    ctx.progress.task(f"mine ({lang})", total=len(call_ids), unit="calls") as task:
                size = max(1, config.mining.batch_calls)
                for i in range(0, len(call_ids), size):
                    batch = read_calls(con, call_ids[i : i + size])
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

    def _unsupported(self, lang: str, configured: list[str], taxonomy_file: Path | None) -> str | None:
        """Why calls in ``lang`` are not mined here, or None."""
        if lang not in configured:
            return f"language {lang} not covered by taxonomy"
        if lang == "en" and self._taxonomy is not None:
            return None
        support = support_for(lang, taxonomy_file)
        if support.taxonomy is None:
            return f"language {lang} not covered by taxonomy"
        return None if support.has_nlp or (lang == "en" and self._nlp is not None) else f"language {lang}: no NLP pipeline"

    def _miner(self, config: MiningSettings, lang: str, taxonomy_file: Path | None) -> Miner:
        """The models, taxonomy and problem cues of one language (injected ones serve English)."""
        english = lang == "en"
        support = support_for(lang, taxonomy_file)
        taxonomy = self._taxonomy if english and self._taxonomy is not None else load_taxonomy(support.taxonomy)
        if lang not in {base_language(x) for x in taxonomy.languages}:
            raise ConfigError(f"{taxonomy.source}: 'languages': lists {list(taxonomy.languages)}, but it is used for {lang}",
                              hint=f"add {lang} to its languages, or name the file taxonomy.<language>.yaml")
        nlp = self._nlp if english and self._nlp is not None else nlp_for(lang, config)
        embedder = None
        if config.mining.semantic:
            embedder = self._embedder if english and self._embedder is not None else embedder_for(lang, config)
        cues = load_cues(lang) if support.has_cues else None
        return Miner(nlp, embedder, taxonomy, config.mining, config.company, cues, vector_cache=config.models_dir / VECTOR_CACHE)

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
        self._write(ctx, mined)
        return len(mined), 0

    def _write(self, ctx: StageContext, mined: list[MinedCall]) -> None:
        """The batch in one transaction; when the store refuses it, each call in its own (all or nothing each)."""
        if len(mined) > 1:
            try:
                write_mined_calls(ctx.con, mined, ctx.run_id)
                return
            except StoreError:
                raise  # the store itself refused (disk full, read-only): no call can be written
            except Exception as exc:
                ctx.log.info("mine: writing a batch of %d calls failed (%s); writing them one by one", len(mined), exc)
        for m in mined:
            write_mined_call(ctx.con, m, ctx.run_id)

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

