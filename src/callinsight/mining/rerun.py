"""Library side of the ``callinsight mining`` commands (``rerun_mining`` itself drives the runner, so it
lives in ``callinsight.pipeline.maintenance``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.errors import ConfigError
from callinsight.mining.taxonomy import default_taxonomy_text

if TYPE_CHECKING:
    from callinsight.config import Settings


def copy_default_taxonomy(output: Path, *, force: bool = False) -> Path:
    """Write the shipped default taxonomy to ``output`` for editing."""
    if output.exists() and not force:
        raise ConfigError(f"{output} already exists", hint="use --force to overwrite it")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(default_taxonomy_text(), encoding="utf-8")
    return output


def forget_all_mining(config: Settings) -> int:
    """Delete every insight and every 'mine' mark in one transaction, under the batch lock."""
    from callinsight.mining.store import forget_mining
    from callinsight.pipeline.lock import batch_lock
    from callinsight.store.db import open_store

    with batch_lock(config.lock_path), open_store(config.database_path) as con:
        return forget_mining(con)
