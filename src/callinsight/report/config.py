"""The ``[report]`` section."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from callinsight.config import Settings
from callinsight.errors import ConfigError


@dataclass
class ReportConfig:
    """The marketer's trend report."""

    period: str = "week"
    """``week`` or ``month``: the period the report compares."""
    quotes_per_section: int = 3
    """How many evidence quotes each finding shows."""
    min_calls: int = 5
    """Below this many calls in the period, the report says "not enough calls yet" instead of naming trends."""
    weeks_shown: int = 12
    """How many weeks the trend charts and sparklines cover."""
    language: str = "en"
    """Language of the report's headings, labels and notes: ``en`` or ``ko`` (numbers and quotes stay as they are)."""

    def __post_init__(self) -> None:
        # Checked when the file is loaded, so a typo fails `callinsight run` before any work, not at its end.
        if self.period not in ("week", "month"):
            raise ConfigError(f"[report] period must be \"week\" or \"month\", got {self.period!r}")
        if self.min_calls < 1 or self.weeks_shown < 1 or self.quotes_per_section < 0:
            raise ConfigError("[report] min_calls and weeks_shown must be at least 1, quotes_per_section at least 0")
        if self.language not in ("en", "ko"):
            raise ConfigError(f"[report] language must be \"en\" or \"ko\", got {self.language!r}")


class ReportSettings(Settings, Protocol):
    """What the report reads: its section, plus the shared ones (company, paths)."""

    report: ReportConfig
