"""What every stage gets (``StageContext``) and returns (``StageResult``), and the ``Stage`` protocol."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, runtime_checkable

from callinsight.pipeline.executor import ExecutorOptions
from callinsight.pipeline.progress import Progress

if TYPE_CHECKING:
    import duckdb

    from callinsight.config import Settings

#: The settings a stage reads: the stage names its own protocol (``StageContext[MiningSettings]``); the
#: runner hands every stage the composed ``Config``, which satisfies all of them.
C_co = TypeVar("C_co", bound="Settings", covariant=True)


@dataclass(frozen=True)
class StageOptions:
    """Run-time choices that are not part of ``callinsight.toml`` (or override it for one run)."""

    executor: ExecutorOptions = field(default_factory=ExecutorOptions)
    """Where a stage that fans out (ingest, embed) runs its per-call work."""


@dataclass
class StageContext(Generic[C_co]):
    config: C_co
    con: duckdb.DuckDBPyConnection
    run_id: str
    progress: Progress
    log: logging.Logger = field(default_factory=lambda: logging.getLogger("callinsight"))
    options: StageOptions = field(default_factory=StageOptions)


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


@runtime_checkable
class Stage(Protocol):
    """A pipeline stage: reads what earlier stages stored, writes its own tables, only does new work."""

    name: str

    def run(self, ctx: StageContext[Any]) -> StageResult: ...
