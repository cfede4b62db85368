"""Who is who: role values and speaker names mapped to ``agent`` / ``customer`` / ``unknown``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from callinsight.records import Role

#: Role values accepted in the JSON format (case-insensitive), by role.
ROLE_SYNONYMS: dict[Role, tuple[str, ...]] = {
    "agent": (
        "agent", "rep", "representative", "sales", "salesperson", "sales rep", "seller", "support",
        "support agent", "advisor", "adviser", "ae", "sdr", "bdr", "csm", "account executive", "operator",
        "staff", "employee", "host", "consultant",
    ),
    "customer": (
        "customer", "client", "caller", "prospect", "buyer", "lead", "user", "contact", "guest",
        "member", "patient", "visitor",
    ),
    "unknown": ("unknown", "other", "speaker", "unk", ""),
}  # fmt: skip
_BY_VALUE = {value: role for role, values in ROLE_SYNONYMS.items() for value in values}
#: Words in a speaker *name* that give the role away ("Acme Support", "Sales Rep 2", "Caller").
_AGENT_WORDS = {"agent", "rep", "representative", "sales", "support", "advisor", "operator", "ae", "sdr", "csm"}
_CUSTOMER_WORDS = {"customer", "client", "caller", "prospect", "buyer", "lead"}
#: The greeting heuristic only looks at the first turns: a customer may name the company later on.
GREETING_TURNS = 4


def normalize_role(value: object) -> Role | None:
    """The role a JSON ``role`` value stands for, or None when it is not one we know."""
    if value is None:
        return "unknown"
    if not isinstance(value, str):
        return None
    return _BY_VALUE.get(" ".join(value.lower().replace("_", " ").replace("-", " ").split()))


def speaker_roles(
    turns: Sequence[tuple[str, str]],
    *,
    agent_names: Iterable[str] = (),
    company_names: Iterable[str] = (),
) -> tuple[dict[str, Role], float | None]:
    """Map speaker names (of ``(speaker, text)`` turns, in order) to roles, with a confidence.

    In order: names given with ``--agent`` (every other speaker is then the customer); names that are
    or contain a role word ("Agent", "Acme Support", "Client"); names containing the company's name;
    else the first speaker who says the company's name in the first turns ("thanks for calling
    Acme") is the agent. Once
    an agent is known the other speakers are customers; with no agent found everyone stays ``unknown``.
    """
    speakers = list(dict.fromkeys(name for name, _ in turns))
    wanted_agents = {_fold(n) for n in agent_names}
    companies = [_fold(c) for c in company_names if c.strip()]
    roles: dict[str, Role] = {}
    confidence: float | None = 1.0
    if wanted_agents:
        for name in speakers:
            roles[name] = "agent" if _fold(name) in wanted_agents else "customer"
        return roles, confidence
    for name in speakers:
        words = set(_fold(name).split())
        if normalize_role(name) in ("agent", "customer"):
            roles[name] = normalize_role(name) or "unknown"
        elif words & _AGENT_WORDS or any(_contains(_fold(name), c) for c in companies):
            roles[name] = "agent"
        elif words & _CUSTOMER_WORDS:
            roles[name] = "customer"
    if "agent" not in roles.values() and companies:
        greeter = next(
            (name for name, text in turns[:GREETING_TURNS] if name not in roles and any(_contains(_fold(text), c) for c in companies)),
            None,
        )
        if greeter is not None:
            roles[greeter] = "agent"
            confidence = 0.6  # a heuristic, not a label
    if "agent" in roles.values():
        for name in speakers:
            roles.setdefault(name, "customer")
    for name in speakers:
        roles.setdefault(name, "unknown")
    if all(r == "unknown" for r in roles.values()):
        confidence = None
    return roles, confidence


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _contains(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None
