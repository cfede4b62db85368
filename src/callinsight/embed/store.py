"""The embed stage's reads and writes: utterances to embed, the embeddings already stored, and
``utterance_embeddings`` rows written a batch of whole calls at a time, with their ``stage_done`` marks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from callinsight.embed.select import Turn
from callinsight.embed.spaces import MINILM, SPACES, Space
from callinsight.embed.worker import EmbedBatch
from callinsight.store.db import transaction
from callinsight.store.writes import mark_stage_done

if TYPE_CHECKING:
    import duckdb


def load_turns(con: duckdb.DuckDBPyConnection, calls: list[str]) -> dict[str, list[Turn]]:
    rows = con.execute(
        "SELECT call_id, seq, role, text FROM utterances WHERE call_id IN (SELECT unnest(?)) ORDER BY call_id, seq",
        [calls],
    ).fetchall()
    out: dict[str, list[Turn]] = {}
    for call_id, seq, role, text in rows:
        out.setdefault(call_id, []).append(Turn(call_id, int(seq), role, text or ""))
    return out


def call_languages(con: duckdb.DuckDBPyConnection, calls: list[str]) -> dict[str, str | None]:
    """Each call's language (``calls.language``: metadata, config, Whisper's detection or the import's)."""
    rows = con.execute("SELECT call_id, language FROM calls WHERE call_id IN (SELECT unnest(?))", [calls]).fetchall()
    return {r[0]: r[1] for r in rows}


def embedded_keys(con: duckdb.DuckDBPyConnection, calls: list[str]) -> set[tuple[str, int]]:
    """Utterances already embedded, in either space (an utterance is in one of the two tables)."""
    rows = con.execute(
        """SELECT call_id, seq FROM utterance_embeddings WHERE call_id IN (SELECT unnest(?))
           UNION ALL SELECT call_id, seq FROM utterance_embeddings_ml WHERE call_id IN (SELECT unnest(?))""",
        [calls, calls],
    ).fetchall()
    return {(r[0], int(r[1])) for r in rows}


def write_batch(
    con: duckdb.DuckDBPyConnection,
    batch: EmbedBatch,
    vectors: Any,
    model_name: str,
    per_call: dict[str, list[Turn]],
    *,
    space: Space = SPACES[MINILM],
    languages: dict[tuple[str, int], str | None] | None = None,
    mark: bool = True,
) -> None:
    """One batch's embeddings and each of its calls' ``stage_done`` row (skipped: no content turns), all or nothing.

    ``space`` picks the table (MiniLM or multilingual); ``mark`` False writes the vectors only (the
    multilingual pass runs first, the MiniLM pass over every call then marks them)."""
    with transaction(con):
        if batch.texts:
            import pandas as pd

            frame = pd.DataFrame(
                {
                    "call_id": [k[0] for k in batch.keys],
                    "seq": [k[1] for k in batch.keys],
                    "embedding": list(vectors),
                    "language": [(languages or {}).get(k) for k in batch.keys],
                }
            )
            con.register("_embed_batch", frame)
            try:
                if space.name == MINILM:
                    con.execute(
                        "INSERT INTO utterance_embeddings (call_id, seq, model, embedding) "
                        "SELECT call_id, seq, ?, CAST(embedding AS FLOAT[384]) FROM _embed_batch",
                        [model_name],
                    )
                else:
                    con.execute(
                        f"INSERT INTO {space.table} (call_id, seq, model, language, embedding) "
                        f"SELECT call_id, seq, ?, language, CAST(embedding AS FLOAT[{space.dim}]) FROM _embed_batch",
                        [model_name],
                    )
            finally:
                con.unregister("_embed_batch")
        if not mark:
            return
        for call_id in batch.calls:
            if per_call[call_id]:
                mark_stage_done(con, call_id, "embed")
            else:
                mark_stage_done(con, call_id, "embed", status="skipped", reason="no content utterances")
