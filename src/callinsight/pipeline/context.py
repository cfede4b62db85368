"""What every stage gets (``StageContext``) and returns (``StageResult``), and the ``Stage`` protocol."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from callinsight.pipeline.progress import Progress

if TYPE_CHECKING:
    import duckdb

    from callinsight.config import Config


@dataclass
class StageContext:
    config: Config
    con: duckdb.DuckDBPyConnection
    run_id: str
    progress: Progress
    log: logging.Logger = field(default_factory=lambda: logging.getLogger("callinsight"))
    options: dict[str, Any] = field(default_factory=dict)  # e.g. executor settings for a stage that fans out


@dataclass
class StageResult:
    stage: str
    processed: int = 0  # calls (or items) done this run
    skipped: int = 0  # deliberately not processed, with a recorded reason
    failed: int = 0  # inputs recorded in `failures`
    audio_s: float = 0.0
    seconds: float = 0.0
    message: str = ""  # one line for the log / run summary
    details: dict[str, Any] = field(default_factory=dict)


class Stage(Protocol):
    """A pipeline stage: reads what earlier stages stored, writes its own tables, only does new work."""

    name: str

    def run(self, ctx: StageContext) -> StageResult: ...
