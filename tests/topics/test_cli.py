"""``callinsight topics list`` and ``callinsight topics refit`` in-process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from callinsight.cli import app
from callinsight.embed.stage import EmbedStage
from callinsight.embed.worker import EmbeddingWorker
from callinsight.localmodels.registry import resolve
from callinsight.pipeline.context import StageContext
from callinsight.pipeline.progress import null_progress
from topics.corpus import store_weeks


def test_list_and_refit(workspace: Path, config: Any, embedder: Any) -> None:
    runner = CliRunner()
    cfg = ["--config", str(workspace / "callinsight.toml")]
    (workspace / "callinsight.toml").write_text(
        (workspace / "callinsight.toml").read_text().replace('model_dir = ""', f'model_dir = "{workspace / "tm"}"')
    )
    from callinsight.store.db import connect

    con = connect(config.database_path)
    result = runner.invoke(app, [*cfg, "topics", "refit"])
    assert result.exit_code == 1 and "no embedded content utterances" in result.output
    store_weeks(con, {"billing": [4], "slack": [4]})
    worker = EmbeddingWorker(resolve(config.models_dir, "embedder", config.models.embedder))
    worker._model = embedder
    EmbedStage(worker=worker).run(StageContext(config=config, con=con, run_id="t", progress=null_progress()))
    con.close()

    result = runner.invoke(app, [*cfg, "topics", "list"])
    assert result.exit_code == 0 and "no topics yet" in result.output
    result = runner.invoke(app, [*cfg, "topics", "refit"])
    assert result.exit_code == 0, result.output
    assert "topic model v1" in result.output and "kmeans-fallback" in result.output
    result = runner.invoke(app, [*cfg, "topics", "refit"])
    assert "topic model v2" in result.output and "kept their ids" in result.output
    result = runner.invoke(app, [*cfg, "topics", "list"])
    assert result.exit_code == 0 and "label" in result.output and "size" in result.output
    assert (workspace / "tm" / "v2" / "centroids.safetensors").exists()
