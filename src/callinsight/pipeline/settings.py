"""The composed configuration: every stage's section in one ``Config``, loaded from ``callinsight.toml``.

Only the runner and the CLI build this. The base (``callinsight.config``) knows no stage; each stage owns
its section in ``<stage>/config.py``; this module lists them in the file's order (which is also the order
``callinsight init`` writes them in).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from callinsight.config import Workspace, load_into
from callinsight.ingest.config import IngestConfig
from callinsight.mining.config import MiningConfig
from callinsight.personas.config import PersonasConfig
from callinsight.pipeline.config import RunConfig
from callinsight.redact.config import RedactionConfig
from callinsight.report.config import ReportConfig
from callinsight.store.config import StoreConfig
from callinsight.topics.config import TopicsConfig
from callinsight.transcribe.config import TranscribeConfig


@dataclass
class Config(Workspace):
    """The whole configuration; ``root`` is the folder relative paths resolve against."""

    ingest: IngestConfig = field(default_factory=IngestConfig)
    transcribe: TranscribeConfig = field(default_factory=TranscribeConfig)
    redaction: RedactionConfig = field(default_factory=RedactionConfig)
    mining: MiningConfig = field(default_factory=MiningConfig)
    topics: TopicsConfig = field(default_factory=TopicsConfig)
    personas: PersonasConfig = field(default_factory=PersonasConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    run: RunConfig = field(default_factory=RunConfig)
    store: StoreConfig = field(default_factory=StoreConfig)


def load_config(path: Path | None = None, *, required: bool = False) -> Config:
    """Load and validate a config file (see ``callinsight.config.load_into``)."""
    return load_into(Config, path, required=required)
