"""The ``personas`` pipeline stage: import changed persona files, map new calls to personas, then
refresh the documented-versus-heard comparison and the persona-set checks."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from callinsight.pipeline.context import StageContext, StageResult
from callinsight.stage_names import PERSONAS
from callinsight.store.writes import pending_calls

if TYPE_CHECKING:
    import duckdb

    from callinsight.personas.config import PersonasConfig, PersonasSettings
    from callinsight.personas.mapping import Assignment, ConcernHit

BATCH = 50


class PersonasStage:
    name = PERSONAS

    def __init__(self, embedder: Any = None) -> None:
        self._embedder = embedder  # injected by tests; loaded lazily otherwise

    def run(self, ctx: StageContext[PersonasSettings]) -> StageResult:
        from callinsight.personas.analysis import refresh_analysis
        from callinsight.personas.importer import import_into
        from callinsight.personas.parse import OwnerHints
        from callinsight.personas.store import load_personas
        from callinsight.personas.suggest import write_proposals

        config, con = ctx.config, ctx.con
        result = StageResult(stage=self.name)
        if config.personas.import_on_run and config.personas_dir.is_dir():
            imported = import_into(con, [config.personas_dir], run_id=ctx.run_id, skip_known_failures=True,
                                   redaction=config.redaction, hints=OwnerHints.of(config.personas))
            result.failed = len(imported.failures)
            result.details["personas_changed"] = imported.changed
            if imported.retired:
                result.details["personas_retired"] = len(imported.retired)
        personas = load_personas(con)
        if not personas:
            result.message = "no personas imported yet (`callinsight personas import`); calls left for later"
            return result
        pending = pending_calls(con, self.name)
        if pending:
            from callinsight.lang.spaces import MINILM, space_for

            # English calls are mapped in MiniLM's space, other languages (Korean...) in the multilingual
            # encoder's, where a Korean call and an English or Korean persona document can be compared.
            languages = dict(con.execute(
                "SELECT call_id, language FROM calls WHERE call_id IN (SELECT unnest(?))", [pending]).fetchall())
            groups: dict[str, list[str]] = {}
            for call_id in pending:
                groups.setdefault(space_for(languages.get(call_id)), []).append(call_id)
            counts: dict[str, int] = {}
            for space, call_ids in sorted(groups.items()):
                embedder = self._embedder if space == MINILM else None
                if embedder is None:
                    from callinsight.localmodels.factories import load_embedder, load_multilingual_embedder

                    embedder = load_embedder(config) if space == MINILM else load_multilingual_embedder(config)
                got = map_calls(con, embedder, personas, call_ids, config.personas, run_id=ctx.run_id, progress=ctx.progress)
                for key, n in got.items():
                    counts[key] = counts.get(key, 0) + n
            result.processed = len(pending)
            result.details.update(counts)
        summary = refresh_analysis(con, config)
        result.details.update(summary)
        # the update proposals follow every mapping, so a run (and `make demo`) leaves reports/personas/ current
        proposals = write_proposals(con, config)
        result.details["proposals"] = len(proposals)
        result.message = (
            f"{result.processed} calls mapped ({result.details.get('unassigned', 0)} unassigned), "
            f"{len(personas)} personas, {summary.get('findings', 0)} persona-set findings, "
            f"{len(proposals)} update proposals in {config.reports_dir / 'personas'}"
        )
        return result


def map_calls(
    con: duckdb.DuckDBPyConnection,
    embedder: Any,
    personas: list[Any],
    call_ids: list[str],
    config: PersonasConfig,
    *,
    run_id: str | None = None,
    progress: Any = None,
) -> dict[str, int]:
    """Map the calls, writing each call's rows and its stage mark in one transaction."""
    import numpy as np

    from callinsight.personas.content import encode, load_call_content, utterance_vectors
    from callinsight.personas.mapping import concern_hits, decide, persona_vectors, score_personas
    from callinsight.personas.store import write_mapped_call

    vectors = persona_vectors(personas, lambda texts: encode(embedder, texts))
    counts = {"assigned": 0, "unassigned": 0, "negative": 0}
    from callinsight.pipeline.progress import null_progress

    with (progress or null_progress()).task("personas", total=len(call_ids), unit="calls") as task:
        for start in range(0, len(call_ids), BATCH):
            batch = load_call_content(con, call_ids[start : start + BATCH], config.min_words)
            vectors_by_call = utterance_vectors(con, embedder, batch)
            sentences_by_call = sentence_vectors(embedder, batch, vectors_by_call, config.min_words)
            label_texts = sorted({label for call in batch for label in call.insight_labels})
            label_vectors = dict(zip(label_texts, encode(embedder, label_texts), strict=True))
            for call in batch:
                u = vectors_by_call[call.call_id]
                labels = np.asarray([label_vectors[x] for x in call.insight_labels]) if call.insight_labels else u[:0]
                scores = score_personas(np.vstack([u, labels]) if labels.shape[0] else u, vectors, config.top_k)
                assignment = decide(call.call_id, call.hint, scores, personas, config)
                hits = concern_hits(call.call_id, [x.seq for x in call.utterances], sentences_by_call[call.call_id],
                                    vectors, config.concern_threshold, config.concern_phrase_threshold)
                centroid = u.mean(axis=0).tolist() if u.shape[0] else None
                write_mapped_call(con, call.call_id, _assignment_row(assignment, centroid, run_id), _hit_rows(hits))
                counts["unassigned" if assignment.persona_id is None else "assigned"] += 1
                counts["negative"] += int(assignment.is_negative)
                task.advance(1)
    return counts


def sentence_vectors(
    embedder: Any, batch: list[Any], vectors_by_call: dict[str, Any], min_words: int
) -> dict[str, list[tuple[Any, list[list[str]]]]]:
    """Per call, per customer utterance: its sentences' vectors and lemmas (for concern matching).
    A one-sentence utterance reuses the utterance's vector; the other sentences are encoded in one batch."""
    from callinsight.personas.concern_match import utterance_sentences
    from callinsight.personas.content import encode

    split = {c.call_id: [utterance_sentences(u.text, min_words) for u in c.utterances] for c in batch}
    to_encode = sorted({t for parts in split.values() for s in parts if len(s.texts) > 1 for t in s.texts})
    encoded = dict(zip(to_encode, encode(embedder, to_encode), strict=True))
    out: dict[str, list[tuple[Any, list[list[str]]]]] = {}
    for c in batch:
        rows = []
        for i, s in enumerate(split[c.call_id]):
            if len(s.texts) > 1:
                import numpy as np

                rows.append((np.asarray([encoded[t] for t in s.texts]), s.lemmas))
            else:
                rows.append((vectors_by_call[c.call_id][i : i + 1], s.lemmas))
        out[c.call_id] = rows
    return out


def _assignment_row(a: Assignment, centroid: list[float] | None, run_id: str | None) -> list[Any]:
    """``call_personas`` columns in ``personas.store.write_mapped_call``'s order."""
    return [a.call_id, a.persona_id, a.persona_version, a.score, a.margin, a.runner_up, a.method, a.is_negative,
            json.dumps({k: round(v, 4) for k, v in a.scores.items()}), centroid, run_id]


def _hit_rows(hits: list[ConcernHit]) -> list[list[Any]]:
    return [[h.call_id, h.seq, h.persona_id, h.persona_version, h.concern_id, h.similarity] for h in hits]
