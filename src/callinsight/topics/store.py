"""Topic rows in DuckDB: the corpus to fit, model versions, topics, assignments, drift (one writer: the stage)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from callinsight.lang.spaces import MINILM, SPACES
from callinsight.stage_names import TOPICS
from callinsight.store.db import transaction
from callinsight.store.writes import mark_stage_done
from callinsight.topics.fit import TopicFit
from callinsight.topics.stable_ids import IdMatch

if TYPE_CHECKING:
    import duckdb


@dataclass
class Corpus:
    keys: list[tuple[str, int]]  # (call_id, seq)
    texts: list[str]
    embeddings: Any  # (n, dim) float32, unit rows: 384 (minilm) or 512 (multilingual)
    space: str = MINILM


@dataclass(frozen=True)
class ModelVersion:
    version: int
    method: str
    n_docs: int


def load_corpus(con: duckdb.DuckDBPyConnection, only_unassigned_in: int | None = None, space: str = MINILM) -> Corpus:
    """Embedded utterances of one embedding space with their text, in a fixed order (call_id, seq) so fits
    are reproducible.

    With ``only_unassigned_in``, only those without an assignment in that model version.
    """
    import numpy as np

    where = ""
    params: list[Any] = []
    if only_unassigned_in is not None:
        where = (
            "WHERE NOT EXISTS (SELECT 1 FROM utterance_topics a WHERE a.model_version = ? "
            "AND a.call_id = e.call_id AND a.seq = e.seq)"
        )
        params = [only_unassigned_in]
    data = con.execute(
        f"""SELECT e.call_id, e.seq, u.text, e.embedding FROM {SPACES[space].table} e
            JOIN utterances u USING (call_id, seq) {where} ORDER BY e.call_id, e.seq""",
        params,
    ).fetchnumpy()
    n = len(data["call_id"])
    dim = SPACES[space].dim
    matrix = np.stack(list(data["embedding"])).astype(np.float32) if n else np.zeros((0, dim), dtype=np.float32)
    keys = [(str(c), int(s)) for c, s in zip(data["call_id"], data["seq"], strict=True)]
    return Corpus(keys, [str(t) for t in data["text"]], matrix, space)


def count_embedded(con: duckdb.DuckDBPyConnection, space: str | None = None) -> int:
    """Embedded utterances in one space, or in both."""
    spaces = [space] if space else list(SPACES)
    total = 0
    for s in spaces:
        row = con.execute(f"SELECT count(*) FROM {SPACES[s].table}").fetchone()
        total += int(row[0]) if row else 0
    return total


def current_model(con: duckdb.DuckDBPyConnection) -> ModelVersion | None:
    row = con.execute("SELECT version, method, n_docs FROM topic_models ORDER BY version DESC LIMIT 1").fetchone()
    return ModelVersion(int(row[0]), str(row[1]), int(row[2])) if row else None


def centroids(
    con: duckdb.DuckDBPyConnection, version: int, *, with_outliers: bool = False, space: str = MINILM
) -> dict[int, Any]:
    import numpy as np

    column = SPACES[space].centroid_column
    rows = con.execute(
        f"""SELECT topic_id, {column} FROM topics WHERE model_version = ? AND {column} IS NOT NULL
            AND coalesce(space, 'minilm') = ? ORDER BY topic_id""",
        [version, space],
    ).fetchall()
    return {int(t): np.asarray(c, dtype=np.float32) for t, c in rows if with_outliers or t != -1}


def next_topic_id(con: duckdb.DuckDBPyConnection) -> int:
    """One more than any topic id ever used, so that retired ids are never reused."""
    row = con.execute("SELECT max(topic_id) FROM topics").fetchone()
    return int(row[0]) + 1 if row and row[0] is not None else 0


def write_version(
    con: duckdb.DuckDBPyConnection,
    version: int,
    fit: TopicFit,
    ids: dict[int, IdMatch],
    corpus: Corpus,
    *,
    path: str | None,
    note: str,
    run_id: str | None,
    model_row: bool = True,
    n_docs: int | None = None,
) -> None:
    """A new model version with its topics and every document's assignment, in one transaction.

    A version fitted in two embedding spaces is written once per space: the first call writes the
    ``topic_models`` row (``n_docs`` over both), the others only their topics (``model_row`` False)."""
    import numpy as np
    import pandas as pd

    by_local = {t.local_id: t for t in fit.topics}
    stable = [ids[t].topic_id for t in fit.doc_topics]
    sims = [float(corpus.embeddings[i] @ by_local[t].centroid) for i, t in enumerate(fit.doc_topics)]
    space = SPACES[corpus.space]
    with transaction(con):
        if model_row:
            con.execute(
                "INSERT INTO topic_models (version, fitted_at, n_docs, method, params, path, note, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [version, datetime.now(UTC), n_docs if n_docs is not None else len(corpus.keys), fit.method,
                 json.dumps(fit.params), path, note, run_id],
            )
        taken = {int(r[0]) for r in con.execute("SELECT topic_id FROM topics WHERE model_version = ?", [version]).fetchall()}
        for t in fit.topics:
            m = ids[t.local_id]
            if m.topic_id in taken:  # the outlier topic (-1) is one row, written by the first space
                continue
            con.execute(
                f"INSERT INTO topics (model_version, topic_id, label, keywords, size, {space.centroid_column}, matched_from, "
                "match_similarity, space) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [version, m.topic_id, t.label, t.keywords, t.size, np.asarray(t.centroid, dtype=np.float32).tolist(),
                 m.matched_from, m.similarity, space.name],
            )
        frame = pd.DataFrame(
            {
                "call_id": [k[0] for k in corpus.keys],
                "seq": [k[1] for k in corpus.keys],
                "topic_id": stable,
                "similarity": sims,
            }
        )
        _insert_assignments(con, version, frame, "fit", run_id)


def assign_new(con: duckdb.DuckDBPyConnection, version: int, run_id: str | None) -> int:
    """Assign embedded utterances without a topic in ``version`` to its nearest topic centroid (cosine).

    This is what BERTopic's safetensors model does in ``transform`` with precomputed embeddings, without
    loading BERTopic: the centroids are rows in ``topics``. It takes seconds, whatever the corpus size.
    """
    return sum(_assign_space(con, version, run_id, space) for space in SPACES)


def _assign_space(con: duckdb.DuckDBPyConnection, version: int, run_id: str | None, space: str) -> int:
    import numpy as np
    import pandas as pd

    corpus = load_corpus(con, only_unassigned_in=version, space=space)
    if not corpus.keys:
        return 0
    cents = centroids(con, version, space=space)
    if not cents:  # a model with only outliers cannot assign; keep them as outliers
        ids, sims = [-1] * len(corpus.keys), [0.0] * len(corpus.keys)
    else:
        topic_ids = list(cents)
        sim = corpus.embeddings @ np.stack([cents[t] for t in topic_ids]).T
        best = sim.argmax(axis=1)
        ids = [topic_ids[int(b)] for b in best]
        sims = [float(sim[i, b]) for i, b in enumerate(best)]
    frame = pd.DataFrame(
        {"call_id": [k[0] for k in corpus.keys], "seq": [k[1] for k in corpus.keys], "topic_id": ids, "similarity": sims}
    )
    with transaction(con):
        _insert_assignments(con, version, frame, "assign", run_id)
    return len(corpus.keys)


def _insert_assignments(con: duckdb.DuckDBPyConnection, version: int, frame: Any, how: str, run_id: str | None) -> None:
    con.register("_topic_assignments", frame)
    try:
        con.execute(
            """INSERT INTO utterance_topics (model_version, call_id, seq, topic_id, similarity, assigned_by, run_id)
               SELECT ?, call_id, seq, topic_id, similarity, ?, ? FROM _topic_assignments""",
            [version, how, run_id],
        )
    finally:
        con.unregister("_topic_assignments")


def list_topics(con: duckdb.DuckDBPyConnection) -> list[tuple[int, str, list[str], int]]:
    """(topic_id, label, keywords, size) of the current model, largest first."""
    rows = con.execute("SELECT topic_id, label, keywords, size FROM v_topics ORDER BY size DESC, topic_id").fetchall()
    return [(int(r[0]), str(r[1]), list(r[2]), int(r[3])) for r in rows]


def write_drift(con: duckdb.DuckDBPyConnection, drift_rows: list[list[Any]], shift_rows: list[list[Any]]) -> None:
    """Replace ``drift`` and ``distribution_shift`` with freshly computed rows, in one transaction.

    Rows are in the tables' column order (see ``topics.trends.compute_drift``); recomputed in full each run.
    """
    with transaction(con):
        con.execute("DELETE FROM drift")
        con.execute("DELETE FROM distribution_shift")
        if drift_rows:
            con.executemany(
                """INSERT INTO drift (week, subject_type, subject, label, segment_type, segment, status, n, total, share,
                       baseline_n, baseline_total, baseline_share, effect, p_value, p_adjusted, test, model_version, run_id,
                       window_weeks)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                drift_rows,
            )
        if shift_rows:
            con.executemany(
                """INSERT INTO distribution_shift (week, previous_week, subject_type, segment_type, segment, js_divergence,
                       p_value, n, previous_n, shifted, model_version, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                shift_rows,
            )


def mark_topics_done(con: duckdb.DuckDBPyConnection) -> None:
    """Calls the embed stage finished are covered by this run's topics (assigned or fitted)."""
    rows = con.execute(
        """SELECT call_id FROM stage_done s WHERE stage = 'embed'
           AND NOT EXISTS (SELECT 1 FROM stage_done t WHERE t.call_id = s.call_id AND t.stage = 'topics')"""
    ).fetchall()
    with transaction(con):
        for (call_id,) in rows:
            mark_stage_done(con, call_id, TOPICS)
