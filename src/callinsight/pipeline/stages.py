"""The stage registry: names users type (``callinsight run --stages``) -> stage classes, imported lazily."""

from __future__ import annotations

import importlib
from typing import Any

from callinsight.errors import ConfigError

#: In pipeline order. ``ingest`` discovers, transcribes, redacts and stores new recordings.
STAGES: dict[str, str] = {
    "ingest": "callinsight.ingest.stage:IngestStage",
    "mine": "callinsight.mining.stage:MiningStage",
    "embed": "callinsight.embed.stage:EmbedStage",
    "topics": "callinsight.topics.stage:TopicsStage",
    "personas": "callinsight.personas.stage:PersonasStage",
    "report": "callinsight.report.stage:ReportStage",
}


def parse_stages(value: str | list[str]) -> list[str]:
    names = [s.strip() for s in (value.split(",") if isinstance(value, str) else value) if s.strip()]
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise ConfigError(f"unknown stage(s): {', '.join(unknown)}", hint=f"stages: {', '.join(STAGES)}")
    return sorted(dict.fromkeys(names), key=list(STAGES).index)  # pipeline order, no repeats


def load_stage(name: str, **kwargs: Any) -> Any:
    module_name, cls_name = STAGES[name].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("callinsight"):
            return None  # a stage not built yet: skipped by the runner with a message
        raise
    return getattr(module, cls_name)(**kwargs)
