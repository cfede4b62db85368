"""The stage registry: one ``StageSpec`` per stage, in pipeline order.

A spec names the stage (the constant users type in ``callinsight run --stages``), where its class lives
(imported only when the pipeline is assembled, so ``callinsight --help`` stays fast), the ``callinsight.toml``
section the stage owns, and the stages whose output it reads. Assembling checks every stage against the
``Stage`` protocol; a spec whose module or class cannot be found is an error, never a silent skip.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from callinsight.errors import CallinsightError, ConfigError
from callinsight.pipeline.context import Stage
from callinsight.stage_names import EMBED, INGEST, MINE, PERSONAS, REPORT, TOPICS


class StageLoadError(CallinsightError):
    """A registered stage could not be imported or is not a ``Stage``: a bug in the registry or the stage."""


@dataclass(frozen=True)
class StageSpec:
    name: str
    """What users type and the store records (``callinsight.stage_names``)."""
    factory: str
    """``module:Class`` building the stage with no arguments (models are loaded lazily from the config)."""
    section: str | None
    """The ``callinsight.toml`` section (a ``Config`` attribute) the stage owns, declared in ``<stage>/config.py``."""
    needs: tuple[str, ...] = ()
    """Stages whose stored output this one reads; they come earlier in the pipeline."""

    def build(self, **kwargs: Any) -> Stage:
        module_name, _, attr = self.factory.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            raise StageLoadError(f"stage '{self.name}': cannot import {module_name}: {exc}") from exc
        cls = getattr(module, attr, None)
        if cls is None:
            raise StageLoadError(f"stage '{self.name}': {module_name} has no {attr}")
        stage = cls(**kwargs)
        if not isinstance(stage, Stage) or stage.name != self.name:
            raise StageLoadError(
                f"stage '{self.name}': {self.factory} is not a Stage named '{self.name}' "
                "(it needs `name` and `run(ctx) -> StageResult`)"
            )
        return stage


#: In pipeline order. ``ingest`` discovers, transcribes, redacts and stores new recordings.
SPECS: tuple[StageSpec, ...] = (
    StageSpec(INGEST, "callinsight.ingest.stage:IngestStage", "ingest"),
    StageSpec(MINE, "callinsight.mining.stage:MiningStage", "mining", needs=(INGEST,)),
    StageSpec(EMBED, "callinsight.embed.stage:EmbedStage", None, needs=(INGEST,)),
    StageSpec(TOPICS, "callinsight.topics.stage:TopicsStage", "topics", needs=(EMBED,)),
    StageSpec(PERSONAS, "callinsight.personas.stage:PersonasStage", "personas", needs=(MINE, EMBED)),
    StageSpec(REPORT, "callinsight.report.stage:ReportStage", "report", needs=(MINE, TOPICS, PERSONAS)),
)
STAGES: dict[str, StageSpec] = {spec.name: spec for spec in SPECS}


def parse_stages(value: str | list[str]) -> list[str]:
    names = [s.strip() for s in (value.split(",") if isinstance(value, str) else value) if s.strip()]
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise ConfigError(f"unknown stage(s): {', '.join(unknown)}", hint=f"stages: {', '.join(STAGES)}")
    return sorted(dict.fromkeys(names), key=list(STAGES).index)  # pipeline order, no repeats


def load_stage(name: str, **kwargs: Any) -> Stage:
    """Build the registered stage ``name`` (``StageLoadError`` if it cannot be built)."""
    return STAGES[name].build(**kwargs)


def assemble(names: list[str]) -> list[Stage]:
    """Every named stage built and checked before any work starts."""
    return [load_stage(name) for name in parse_stages(names)]
