"""Runs that redo a stage's work: forget what it stored, then run it again as a recorded pipeline run.

They live here, not in the stage, because they drive the runner (a stage never imports the pipeline
that assembles it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from callinsight.mining.rerun import forget_all_mining
from callinsight.mining.stage import load_configured_taxonomy
from callinsight.pipeline.runner import RunSummary, run_pipeline
from callinsight.stage_names import MINE

if TYPE_CHECKING:
    from callinsight.pipeline.progress import Progress
    from callinsight.pipeline.settings import Config


def rerun_mining(config: Config, *, progress: Progress | None = None) -> tuple[int, RunSummary]:
    """Re-mine every call (after a taxonomy change). The taxonomy is validated before anything is deleted."""
    load_configured_taxonomy(config)
    forgotten = forget_all_mining(config)
    return forgotten, run_pipeline(config, [MINE], progress=progress)
