"""Where a call sits in the customer journey, from its metadata and content.

Audience: the call's ``kind`` metadata decides (sales -> prospect, support -> customer); without it,
the audience whose cues and findings score higher wins (churn signals and pain points point to an
existing customer, objections to a prospect). Stage: the taxonomy's stage cues found in the call,
plus the findings that imply a stage (a cancellation request puts the call in ``cancellation``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from callinsight.mining.taxonomy import AUDIENCE_STAGES, FALLBACK_STAGE

_SALES = {"sales", "prospect", "demo", "outbound", "presales", "pre-sales"}
_SUPPORT = {"support", "service", "customer", "success", "helpdesk", "account_management", "renewal"}

#: Findings that imply a stage, with their weight (a stage cue counts 1).
FINDING_WEIGHTS: dict[tuple[str, str], tuple[str, str, float]] = {
    ("churn_signal", "cancel"): ("customer", "cancellation", 3.0),
    ("churn_signal", "switch"): ("customer", "cancellation", 2.0),
    ("churn_signal", "refund"): ("customer", "cancellation", 1.5),
    ("churn_signal", "downgrade"): ("customer", "renewal", 2.0),
    ("pain_point", "onboarding"): ("customer", "onboarding", 2.0),
    ("objection", "price"): ("prospect", "decision", 1.0),
    ("objection", "authority"): ("prospect", "decision", 1.5),
    ("objection", "contract"): ("prospect", "decision", 1.5),
    ("objection", "timing"): ("prospect", "consideration", 1.0),
    ("objection", "need"): ("prospect", "consideration", 1.0),
    ("objection", "competitor"): ("prospect", "consideration", 1.0),
    ("feature_request", "feature_request"): ("prospect", "consideration", 0.5),
}


@dataclass(frozen=True)
class JourneyStage:
    audience: str
    stage: str
    confidence: float
    evidence: str


def audience_from_metadata(kind: str | None) -> str | None:
    k = (kind or "").strip().lower()
    if k in _SALES:
        return "prospect"
    if k in _SUPPORT:
        return "customer"
    return None


def classify_stage(
    metadata_kind: str | None, stage_cues: Counter[tuple[str, str]], findings: list[tuple[str, str]]
) -> JourneyStage:
    scores: dict[tuple[str, str], float] = {}
    for key, n in stage_cues.items():
        scores[key] = scores.get(key, 0.0) + float(n)
    kinds = Counter(k for k, _ in findings)
    for kind, category in findings:
        if (kind, category) in FINDING_WEIGHTS:
            audience, stage, weight = FINDING_WEIGHTS[(kind, category)]
            scores[(audience, stage)] = scores.get((audience, stage), 0.0) + weight
    known = audience_from_metadata(metadata_kind)
    evidence = [f"metadata kind={metadata_kind}"] if known else []
    if known is not None:
        audience = known
    else:
        totals = {a: sum(v for (aa, _), v in scores.items() if aa == a) for a in AUDIENCE_STAGES}
        totals["customer"] += 1.0 * (kinds["pain_point"] + kinds["churn_signal"])
        totals["prospect"] += 1.0 * kinds["objection"]
        audience = "customer" if totals["customer"] >= totals["prospect"] else "prospect"
        evidence.append(f"content: customer {totals['customer']:.1f} vs prospect {totals['prospect']:.1f}")
    within = {stage: scores.get((audience, stage), 0.0) for stage in AUDIENCE_STAGES[audience]}
    total = sum(within.values())
    best_stage, best = max(within.items(), key=lambda kv: kv[1])
    if best <= 0:
        return JourneyStage(audience, FALLBACK_STAGE[audience], 0.3, "; ".join([*evidence, "no stage cues: fallback"]))
    evidence.append(", ".join(f"{s} {v:g}" for s, v in sorted(within.items(), key=lambda kv: -kv[1]) if v))
    return JourneyStage(audience, best_stage, round(best / total, 3), "; ".join(evidence))
