"""The pipeline's stage names, each spelled once: users type them (``callinsight run --stages``), the
store records them (``stage_done.stage``, ``failures.stage``), the registry keys stages by them.

A base-layer module (no imports) so that stages, the store and the pipeline can all use the constants.
"""

from __future__ import annotations

from typing import Final

INGEST: Final = "ingest"
MINE: Final = "mine"
EMBED: Final = "embed"
TOPICS: Final = "topics"
PERSONAS: Final = "personas"
REPORT: Final = "report"

#: Pipeline order.
PIPELINE_ORDER: Final = (INGEST, MINE, EMBED, TOPICS, PERSONAS, REPORT)
