"""Stable topic ids across refits: match new topics to the previous version's by centroid cosine.

Why not BERTopic's ``merge_models``: it keeps the old model's topics as they were and only appends the
new model's dissimilar topics, so a refit on everything would never update (or retire) an old topic,
and it needs the old model loaded. Matching centroids lets the refit see all data while ids persist:
the pairs are found with the Hungarian algorithm (one-to-one, maximal total similarity) and kept when
their cosine is at least ``min_similarity``; every other new topic gets a fresh id, larger than any id
ever used, so a retired id is never given to a different topic. The outlier topic is always -1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

OUTLIER = -1


@dataclass(frozen=True)
class IdMatch:
    topic_id: int  # the stable id
    matched_from: int | None  # the previous version's topic it continues
    similarity: float | None


def match_topics(
    previous: dict[int, Any], new: dict[int, Any], *, min_similarity: float, next_id: int
) -> dict[int, IdMatch]:
    """Map each new local topic id to a stable id. Centroids are unit vectors keyed by topic id."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    out: dict[int, IdMatch] = {}
    if OUTLIER in new:
        out[OUTLIER] = IdMatch(OUTLIER, OUTLIER if OUTLIER in previous else None, None)
    old_ids = sorted(t for t in previous if t != OUTLIER)
    new_ids = sorted(t for t in new if t != OUTLIER)
    if old_ids and new_ids:
        sim = np.stack([new[t] for t in new_ids]) @ np.stack([previous[t] for t in old_ids]).T
        rows, cols = linear_sum_assignment(-sim)
        for r, c in zip(rows, cols, strict=True):
            if sim[r, c] >= min_similarity:
                out[new_ids[r]] = IdMatch(old_ids[c], old_ids[c], float(sim[r, c]))
    for t in new_ids:  # local ids come ordered by size, so bigger new topics get the lower new ids
        if t not in out:
            out[t] = IdMatch(next_id, None, None)
            next_id += 1
    return out
