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
