"""What a call says, as persona mapping sees it: its customer utterances (with embeddings) and the
categories mining found in it.

Embeddings written by the embed stage (``utterance_embeddings``) are reused when present; whatever is
missing is encoded with the local MiniLM.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from callinsight.personas.store import table_exists
from callinsight.records import CONCERN_KINDS

if TYPE_CHECKING:
    import duckdb
    import numpy as np


@dataclass
class Utterance:
    seq: int
    text: str
    start_s: float | None
    end_s: float | None


@dataclass
class CallContent:
    call_id: str
    hint: str | None
    utterances: list[Utterance] = field(default_factory=list)
    insight_labels: list[str] = field(default_factory=list)  # "pain point: billing", to help the mapping


def load_call_content(con: duckdb.DuckDBPyConnection, call_ids: list[str], min_words: int) -> list[CallContent]:
    """Customer-side utterances of each call (every utterance when no role is known), in call order."""
    if not call_ids:
        return []
    hints = dict(con.execute("SELECT call_id, persona_hint FROM calls WHERE call_id IN (SELECT unnest(?))", [call_ids]).fetchall())
    rows = con.execute(
        """SELECT call_id, seq, role, text, start_s, end_s FROM utterances
           WHERE call_id IN (SELECT unnest(?)) ORDER BY call_id, seq""",
        [call_ids],
    ).fetchall()
    by_call: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows:
        by_call.setdefault(row[0], []).append(row)
    labels = _insight_labels(con, call_ids)
    out = []
    for call_id in call_ids:
        turns = by_call.get(call_id, [])
        has_customer = any(r[2] == "customer" for r in turns)
        chosen = [
            Utterance(int(r[1]), r[3], r[4], r[5])
            for r in turns
            if (r[2] == "customer" or (not has_customer and r[2] == "unknown")) and len(r[3].split()) >= min_words
        ]
        out.append(CallContent(call_id, hints.get(call_id), chosen, labels.get(call_id, [])))
    return out


def _insight_labels(con: duckdb.DuckDBPyConnection, call_ids: list[str]) -> dict[str, list[str]]:
    if not table_exists(con, "insights"):
        return {}
    rows = con.execute(
        """SELECT DISTINCT call_id, kind, category FROM insights
           WHERE call_id IN (SELECT unnest(?)) AND role <> 'agent' AND kind IN (SELECT unnest(?))""",
        [call_ids, list(CONCERN_KINDS)],
    ).fetchall()
    out: dict[str, list[str]] = {}
    for call_id, kind, category in rows:
        out.setdefault(call_id, []).append(f"{kind.replace('_', ' ')}: {category.replace('_', ' ')}")
    return out


def utterance_vectors(con: duckdb.DuckDBPyConnection, embedder: Any, calls: list[CallContent]) -> dict[str, np.ndarray]:
    """Normalised embeddings of each call's chosen utterances: stored ones reused, the rest encoded in one batch."""
    import numpy as np

    stored: dict[tuple[str, int], Any] = {}
    wanted = [(c.call_id, u.seq) for c in calls for u in c.utterances]
    dim = _dim(embedder)
    table = "utterance_embeddings_ml" if dim == 512 else "utterance_embeddings"  # the embed stage's two spaces
    if wanted and table_exists(con, table):
        rows = con.execute(
            f"SELECT call_id, seq, embedding FROM {table} WHERE call_id IN (SELECT unnest(?))",
            [sorted({c.call_id for c in calls})],
        ).fetchall()
        stored = {(r[0], int(r[1])): r[2] for r in rows if r[2] is not None and len(r[2]) == dim}
    missing = [(c.call_id, u) for c in calls for u in c.utterances if (c.call_id, u.seq) not in stored]
    if missing:
        encoded = encode(embedder, [u.text for _, u in missing])
        for (call_id, u), vec in zip(missing, encoded, strict=True):
            stored[(call_id, u.seq)] = vec
    out = {}
    for c in calls:
        if c.utterances:
            out[c.call_id] = normalise(np.asarray([stored[(c.call_id, u.seq)] for u in c.utterances], dtype=np.float32))
        else:
            out[c.call_id] = np.zeros((0, _dim(embedder)), dtype=np.float32)
    return out


def _dim(embedder: Any) -> int:
    """The embedder's vector size (384 for MiniLM, 512 for the multilingual encoder)."""
    get = getattr(embedder, "get_embedding_dimension", None) or getattr(embedder, "get_sentence_embedding_dimension", None)
    return int(get()) if get is not None else 384


def encode(embedder: Any, texts: list[str]) -> np.ndarray:
    import numpy as np

    if not texts:
        return np.zeros((0, _dim(embedder)), dtype=np.float32)
    vectors = embedder.encode(texts, batch_size=64, show_progress_bar=False, convert_to_numpy=True)
    return normalise(np.asarray(vectors, dtype=np.float32))


def normalise(matrix: np.ndarray) -> np.ndarray:
    import numpy as np

    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)
