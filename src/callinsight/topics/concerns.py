"""Concerns: near-duplicate topics (and the insight categories heard in them) counted as one subject.

A topic model splits one customer concern over several topics when people word it differently ("the
Slack sync broke", "our Slack alerts stopped"), and mining files the same sentences under a category.
Drift must test the concern, not its fragments: a concern spread over three topics is never big
enough anywhere to be flagged.

- **Topics**: average-linkage clustering of the current topics' centroids (cosine); topics whose
  centroids are at least ``similarity`` alike form one concern. The concern is named after its largest
  topic, and its id is ``c<smallest topic id>`` so that it stays put while its topics do.
- **Categories**: an insight category belongs to the concern that holds most of its findings'
  utterances (at least ``category_share`` of them, and at least ``min_findings``); a category that no
  concern holds that much of stays a subject of its own. Such a category is a fragment of its
  concern: its row is flagged only together with the concern, with the concern's word
  (``concern_verdict``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from callinsight.drift.flags import Status


@dataclass
class Concern:
    concern_id: str  # "c<smallest topic id>"
    label: str
    topics: list[int]
    categories: list[str] = field(default_factory=list)  # "kind:category"


def group_topics(centroids: Mapping[int, Any], labels: Mapping[int, str], sizes: Mapping[int, int], similarity: float) -> dict[int, Concern]:
    """topic id -> its concern. The outlier topic (-1) and topics without a centroid are left out."""
    import numpy as np

    ids = sorted(t for t in centroids if t != -1)
    if not ids:
        return {}
    groups: list[list[int]]
    if len(ids) == 1 or similarity >= 1:
        groups = [[t] for t in ids]
    else:
        from scipy.cluster.hierarchy import fcluster, linkage
        from scipy.spatial.distance import pdist

        matrix = np.stack([np.asarray(centroids[t], dtype=np.float64) for t in ids])
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
        tree = linkage(pdist(matrix, metric="cosine"), method="average")
        cluster = fcluster(tree, t=1 - similarity, criterion="distance")
        by: dict[int, list[int]] = defaultdict(list)
        for t, c in zip(ids, cluster, strict=True):
            by[int(c)].append(t)
        groups = list(by.values())
    out: dict[int, Concern] = {}
    for members in groups:
        members = sorted(members)
        biggest = max(members, key=lambda t: (sizes.get(t, 0), -t))
        concern = Concern(f"c{members[0]}", labels.get(biggest, str(biggest)), members)
        for t in members:
            out[t] = concern
    return out


def attach_categories(
    concerns: Mapping[int, Concern], findings: Sequence[tuple[str, int | None]], *, category_share: float = 0.5, min_findings: int = 3
) -> dict[str, Concern]:
    """category -> the concern holding most of its findings, from (category, topic of the finding's utterance)."""
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    concern_of: dict[str, Concern] = {}
    for category, topic in findings:
        c = concerns.get(topic) if topic is not None else None
        by_category[category][c.concern_id if c else ""] += 1
        if c:
            concern_of[c.concern_id] = c
    out: dict[str, Concern] = {}
    for category, counter in by_category.items():
        total = sum(counter.values())
        best, n = max(((cid, k) for cid, k in counter.items() if cid), key=lambda x: x[1], default=("", 0))
        if best and n >= min_findings and n / total >= category_share:
            out[category] = concern_of[best]
            if category not in concern_of[best].categories:
                concern_of[best].categories.append(category)
    return out


def concern_verdict(category_status: Status, concern_status: Status | None) -> Status:
    """The status a category row shows when the category lies in a concern (``attach_categories``).

    The concern is the subject drift tests; the category is a fragment of it (the HubSpot objections
    of a HubSpot concern). A fragment is flagged only with its concern, in the same direction and
    with the concern's word: one concern, one verdict, where testing the fragment alone read "new"
    beside its concern's "growing", or flagged a few findings the concern's test does not confirm.
    """
    up = ("new", "growing")
    if category_status == "stable" or concern_status is None:
        return "stable"
    if (category_status in up and concern_status in up) or (category_status == "fading" == concern_status):
        return concern_status
    return "stable"
