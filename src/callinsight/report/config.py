"""The ``[report]`` section."""

from __future__ import annotations

from dataclasses import dataclass


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
