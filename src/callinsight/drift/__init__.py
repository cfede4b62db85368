"""Drift: is a subject's share of the week (or of recent weeks) different from before?

One package for every drift question in callinsight (topics, insight categories, persona concerns,
the report's period-over-period movers):

- ``drift.stats``: the tests and measures (two-proportion test, Cohen's h, Benjamini-Hochberg,
  Jensen-Shannon divergence, week-over-week distribution shift);
- ``drift.flags``: weekly shares and the new / growing / fading / stable flags built on them;
- ``drift.segments``: the flags per call segment (direction, kind, persona) over counted items;
- ``drift.categories``: the insight-category items (``kind:category`` from ``v_insights``).
"""

from callinsight.drift.flags import DriftFlag, Status, WeeklyShare, flag_drift, weekly_shares
from callinsight.drift.segments import DriftSettings, drift_flags
from callinsight.drift.stats import (
    ShiftRow,
    benjamini_hochberg,
    cohens_h,
    distribution_shift,
    js_divergence,
    period_change_p,
    two_proportion_p,
)

__all__ = [
    "DriftFlag",
    "DriftSettings",
    "ShiftRow",
    "Status",
    "WeeklyShare",
    "benjamini_hochberg",
    "cohens_h",
    "distribution_shift",
    "drift_flags",
    "flag_drift",
    "js_divergence",
    "period_change_p",
    "two_proportion_p",
    "weekly_shares",
]
