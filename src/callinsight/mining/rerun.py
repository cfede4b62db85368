"""Library side of the ``callinsight mining`` commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.errors import ConfigError
from callinsight.mining.taxonomy import default_taxonomy_text, load_taxonomy

if TYPE_CHECKING:
    from callinsight.pipeline.progress import Progress
    from callinsight.pipeline.runner import RunSummary
    from callinsight.pipeline.settings import Config


def copy_default_taxonomy(output: Path, *, force: bool = False) -> Path:
    """Write the shipped default taxonomy to ``output`` for editing."""
    if output.exists() and not force:
        raise ConfigError(f"{output} already exists", hint="use --force to overwrite it")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(default_taxonomy_text(), encoding="utf-8")
    return output


def forget_all_mining(config: Config) -> int:
    """Delete every insight and every 'mine' mark in one transaction, under the batch lock."""
    from callinsight.mining.persist import forget_mining
    from callinsight.pipeline.lock import batch_lock
    from callinsight.store.db import open_store

    with batch_lock(config.lock_path), open_store(config.database_path) as con:
        return forget_mining(con)


def rerun_mining(config: Config, *, progress: Progress | None = None) -> tuple[int, RunSummary]:
    """Re-mine every call (after a taxonomy change). The taxonomy is validated before anything is deleted."""
    from callinsight.pipeline.runner import run_pipeline

    load_taxonomy(config.path(config.mining.taxonomy) if config.mining.taxonomy else None)
    forgotten = forget_all_mining(config)
    return forgotten, run_pipeline(config, ["mine"], progress=progress)
