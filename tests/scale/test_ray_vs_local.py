"""The required check: ``callinsight run --stages ingest`` stores the same rows with Ray as without it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scale"

# Ray gives each actor OMP_NUM_THREADS = its CPUs, and OpenBLAS (numpy: faster-whisper's log-mel
# features) follows it, while the main process uses every CPU. ``models.cpu_threads = 1`` pins both the
# model's threads and, while the worker transcribes, numpy's BLAS threads (TranscribeWorker._blas_threads),
# so float sums run in the same order on both sides and the comparison can be exact instead of "close".
# Default settings otherwise, batched decoding included: ingest groups the calls differently per executor
# (one group of two locally, one call per actor here), and the rows must still be the same.
CALLS = "SELECT * EXCLUDE (run_id, created_at) FROM calls ORDER BY call_id"
UTTERANCES = "SELECT * FROM utterances ORDER BY call_id, seq"
METRICS = "SELECT * FROM call_metrics ORDER BY call_id"


def workspace(root: Path, recordings: Path, models_dir: Path) -> Path:
    from callinsight.pipeline.configfile import write_default_config

    return write_default_config(
        root,
        overrides={
            "paths": {"models": str(models_dir), "recordings": str(recordings)},
            "models": {"whisper": "whisper-tiny.en", "cpu_threads": 1},
        },
    )


def run_cli(config: Path, *args: str) -> str:
    from callinsight.cli import app

    result = CliRunner().invoke(app, ["--config", str(config), "run", "--stages", "ingest", "--no-progress", *args])
    assert result.exit_code == 0, result.output
    return result.output


def stored(config_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    from callinsight.pipeline.settings import load_config
    from callinsight.store.db import open_store

    with open_store(load_config(config_path).database_path, read_only=True) as con:
        return {name: con.execute(sql).fetchall() for name, sql in (("calls", CALLS), ("utterances", UTTERANCES), ("metrics", METRICS))}


@pytest.mark.slow
def test_ray_executor_stores_the_same_rows_as_local(tmp_path: Path, models_dir: Path, ray_cluster: Any) -> None:
    recordings = tmp_path / "recordings"  # one folder for both runs, so source paths match too
    recordings.mkdir()
    for clip in sorted(FIXTURES.glob("*.ogg")):
        shutil.copy2(clip, recordings / clip.name)
    local_cfg = workspace(tmp_path / "local", recordings, models_dir)
    ray_cfg = workspace(tmp_path / "ray", recordings, models_dir)

    out_local = run_cli(local_cfg)
    out_ray = run_cli(ray_cfg, "--executor", "ray", "--workers", "2")
    assert "2 new call(s)" in out_local and "2 new call(s)" in out_ray

    local, ray = stored(local_cfg), stored(ray_cfg)
    assert len(local["calls"]) == 2
    # Real transcripts, not empty ones: both parties heard in both calls.
    assert {(u[0], u[2]) for u in local["utterances"]} == {(c[0], r) for c in local["calls"] for r in ("agent", "customer")}
    assert local == ray

    # A second Ray run finds nothing new: the stored calls are the ones the stage knows.
    assert "0 new call(s)" in run_cli(ray_cfg, "--executor", "ray", "--workers", "2")


@pytest.mark.slow
def test_embedding_batches_on_ray_match_local(session_config: Any, ray_cluster: Any) -> None:
    import numpy as np

    from callinsight.embed.worker import EmbedBatch, EmbeddingWorker
    from callinsight.localmodels.registry import resolve
    from callinsight.pipeline.executor import LocalExecutor
    from callinsight.scale.ray_executor import RayExecutor

    texts = ["I was charged twice this month", "the app keeps crashing", "can I get a refund", "thanks, bye"]
    batches = [EmbedBatch(("c1",), (("c1", i),), (t,)) for i, t in enumerate(texts)]
    worker = EmbeddingWorker(resolve(session_config.models_dir, "embedder", session_config.models.embedder))
    local = {b.keys: v for b, v in LocalExecutor().map(worker, batches)}
    ex = RayExecutor(workers=1)  # one actor: each one imports sentence-transformers (seconds)
    ray = {b.keys: v for b, v in ex.map(worker, batches)}
    ex.close()
    assert set(ray) == set(local)
    for key, vectors in local.items():
        assert vectors.shape == (1, 384)
        # Other thread counts in the actors may change the last float bits, never the meaning.
        np.testing.assert_allclose(ray[key], vectors, atol=1e-5)
