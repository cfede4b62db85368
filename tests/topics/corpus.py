"""Generated customer utterances on a few distinct themes, and a helper that stores them as calls."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

THEMES: dict[str, tuple[list[str], list[str]]] = {
    "slack": (
        ["the slack integration", "our slack channel sync", "slack notifications", "the slack connector"],
        ["keeps failing to post messages", "stopped syncing after the update", "drops half of the alerts",
         "disconnects every morning", "sends duplicate messages to the channel"],
    ),
    "billing": (
        ["the invoice", "our monthly bill", "the credit card charge", "the renewal price"],
        ["was charged twice this month", "is much higher than the quote", "has a wrong tax amount",
         "went up without any notice", "does not match our contract"],
    ),
    "onboarding": (
        ["setting up the workspace", "the onboarding checklist", "importing our contacts", "inviting the team"],
        ["was really confusing for new users", "took our admins three weeks", "has steps nobody understood",
         "needs a proper tutorial video", "left people unsure where to start"],
    ),
    "reporting": (
        ["the dashboard export", "weekly sales reports", "the analytics charts", "custom report filters"],
        ["load far too slowly", "show numbers that do not add up", "cannot be exported to excel",
         "time out for large date ranges", "miss the pipeline stage breakdown"],
    ),
}


def utterances(theme: str, n: int, seed: int = 0) -> list[str]:
    rng = random.Random(f"{theme}-{seed}")
    subjects, problems = THEMES[theme]
    openers = ["", "honestly ", "so ", "the problem is ", "what bothers us is that "]
    return [f"{rng.choice(openers)}{rng.choice(subjects)} {rng.choice(problems)}".strip() for _ in range(n)]


def store_call(con: Any, call_id: str, texts: list[str], started_at: datetime | None = None, agent_lines: int = 1,
               direction: str | None = "inbound") -> None:
    """Store one call: an agent greeting, the customer's texts, agent replies in between."""
    from callinsight.records import CallMetadata, Transcript, Utterance
    from callinsight.store.writes import write_transcript

    utts = [Utterance(0, "agent", 0.0, 2.0, "Thanks for calling Acme support, how can I help you today?")]
    for i, text in enumerate(texts):
        utts.append(Utterance(len(utts), "customer", 3.0 + i * 6, 6.0 + i * 6, text))
        if agent_lines:
            utts.append(Utterance(len(utts), "agent", 6.0 + i * 6, 8.0 + i * 6, "I see, let me check that for you."))
    utts.append(Utterance(len(utts), "customer", 100.0, 101.0, "Okay thanks, bye!"))
    meta = CallMetadata(started_at=started_at or datetime(2026, 1, 5, 10, tzinfo=UTC), direction=direction, kind="support",
                        source="import")
    write_transcript(con, Transcript(call_id, "import", f"{call_id}.json", meta, utts, "en", None, role_method="import"), None)


def store_weeks(con: Any, plan: dict[str, list[int]], start: datetime | None = None, per_call: int = 4, seed: int = 0) -> int:
    """``plan[theme][week]`` customer utterances of each theme in each week, as calls of ``per_call`` texts."""
    start = start or datetime(2026, 1, 5, 10, tzinfo=UTC)
    n_calls = 0
    for theme, weeks in plan.items():
        for w, n in enumerate(weeks):
            texts = utterances(theme, n, seed=seed * 1000 + w)
            for j in range(0, n, per_call):
                store_call(con, f"{theme}-{seed}-{w}-{j}", texts[j : j + per_call], start + timedelta(weeks=w, hours=j))
                n_calls += 1
    return n_calls
