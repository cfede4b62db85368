"""The schedule of the sample set: which call happens when, about what, and which concerns it plants.

The planted changes are scheduled explicitly (not drawn at random) so that the trend is guaranteed to
be there; everything else (weekday, time, persona, voices, wording) is drawn from a seeded Random.

Weeks are numbered 1..9 from Monday 2026-09-07 to Monday 2026-11-02.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from samples.content import CallPlan

FIRST_MONDAY = date(2026, 9, 7)
WEEKS = 9
TIMEZONE = ZoneInfo("America/New_York")  # the offset changes on 2026-11-01 (EDT -> EST), as in real data

# Planted change (a): Slack integration complaints, as "how many support calls this week carry it".
SLACK_PER_WEEK = {1: 0, 2: 1, 3: 0, 4: 0, 5: 1, 6: 1, 7: 2, 8: 2, 9: 2}
# Planted change (b): HubSpot appears in sales calls from week 5 on and grows.
HUBSPOT_PER_WEEK = {1: 0, 2: 0, 3: 0, 4: 0, 5: 1, 6: 1, 7: 1, 8: 2, 9: 2}
# Planted change (c): onboarding / setup confusion, common in weeks 1-4, rare later.
ONBOARDING_SUPPORT_WEEKS = {1, 2, 3, 4, 8}  # one onboarding support call in each of these weeks
ONBOARDING_SALES_WEEKS = {1, 2, 3, 4}  # plus a confused trial user in one sales call
SUPPORT_CALLS_PER_WEEK = {2: 3, 5: 3, 8: 3}  # default 2
CANCELLATION_WEEKS = {3, 6, 9}  # steady background churn, unrelated to the planted changes
MONO_CALL = (4, "support", 1)  # (week, kind, index within that week's calls of that kind): mixed down, mp3

SALES_AGENTS = ["Tom Becker", "Priya Shah"]
SUPPORT_AGENTS = ["Sarah Miller", "Mike Chen", "Emma Lopez"]
ACCOUNTS = {
    "it-director": ["Cedar Health", "Harbor Bank", "Pinecrest Insurance"],
    "support-team-lead": ["Bluewater Travel", "Redwood Retail", "Orbit Fitness"],
    "startup-founder": ["Nimbus Labs", "Brightlane", "Fernwood Studio"],
    "bargain-hunter": ["Quickfix Plumbing", "Budget Movers"],
    "ops-manager": ["Atlas Home Services", "Kestrel Logistics"],
}
SALES_PERSONAS = ["it-director", "support-team-lead", "startup-founder", "bargain-hunter", "ops-manager"]
SUPPORT_PERSONAS = ["support-team-lead", "it-director", "ops-manager", "startup-founder", "support-team-lead"]
CUSTOMER_FIRST_NAMES = ["Laura", "James", "Nina", "Robert", "Grace", "Daniel", "Olivia", "Peter", "Hannah", "Mark"]
SALES_TYPES = ["discovery", "demo_follow_up", "pricing", "renewal"]
OTHER_SUPPORT_TYPES = ["billing", "reporting", "integration"]


def week_start(week: int) -> date:
    return FIRST_MONDAY + timedelta(weeks=week - 1)


def _started_at(week: int, rng: random.Random, taken: set[tuple[int, int]]) -> datetime:
    while True:
        weekday, hour = rng.randint(0, 4), rng.randint(9, 16)
        if (weekday, hour) not in taken:
            taken.add((weekday, hour))
            break
    day = week_start(week) + timedelta(days=weekday)
    return datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=TIMEZONE)


def _shuffled_cycle(items: list[str], n: int, rng: random.Random) -> list[str]:
    """Each item once per block, in shuffled order: personas spread evenly over the weeks."""
    order: list[str] = []
    while len(order) < n:
        block = list(items)
        rng.shuffle(block)
        order += block
    return order[:n]


def build_plans(seed: int) -> list[tuple[datetime, CallPlan, bool]]:
    """All calls in time order: (started_at, plan, is_mono). Call numbers follow time order."""
    rng = random.Random(seed)
    calls: list[tuple[datetime, CallPlan, bool]] = []
    sales_count = support_count = 0
    sales_personas = _shuffled_cycle(SALES_PERSONAS, 2 * WEEKS, rng)
    support_personas = _shuffled_cycle(SUPPORT_PERSONAS, WEEKS * 3, rng)
    for week in range(1, WEEKS + 1):
        taken: set[tuple[int, int]] = set()
        for i in range(2):
            persona = sales_personas[sales_count]
            call_type = SALES_TYPES[(sales_count + week) % len(SALES_TYPES)]
            if persona == "bargain-hunter":
                call_type = "pricing"
            sales_count += 1
            plan = CallPlan(
                number=0, week=week, kind="sales",
                direction="outbound" if call_type in ("discovery", "renewal") or rng.random() < 0.3 else "inbound",
                call_type=call_type, agent_first="", customer_first=rng.choice(CUSTOMER_FIRST_NAMES),
                account=rng.choice(ACCOUNTS[persona]), persona=persona,
                hubspot=i < HUBSPOT_PER_WEEK[week],
                onboarding=week in ONBOARDING_SALES_WEEKS and i == 1 and persona != "bargain-hunter",
                price_objection=i == 0 or persona == "bargain-hunter",
                pii=rng.random() < 0.3,
            )
            agent = SALES_AGENTS[(week + i) % 2]
            plan = replace(plan, agent_first=agent.split()[0])
            calls.append((_started_at(week, rng, taken), plan, (week, "sales", i) == MONO_CALL))
        for i in range(SUPPORT_CALLS_PER_WEEK.get(week, 2)):
            persona = support_personas[support_count]
            slack = i < SLACK_PER_WEEK[week]
            cancellation = not slack and week in CANCELLATION_WEEKS and i == SUPPORT_CALLS_PER_WEEK.get(week, 2) - 1
            onboarding = not slack and not cancellation and week in ONBOARDING_SUPPORT_WEEKS and i == SLACK_PER_WEEK[week]
            if slack:
                call_type = "integration"
            elif cancellation:
                call_type = "cancellation"
            elif onboarding:
                call_type = "onboarding"
            else:
                call_type = OTHER_SUPPORT_TYPES[support_count % len(OTHER_SUPPORT_TYPES)]
            support_count += 1
            agent = SUPPORT_AGENTS[(support_count + week) % len(SUPPORT_AGENTS)]
            plan = CallPlan(
                number=0, week=week, kind="support", direction="outbound" if rng.random() < 0.15 else "inbound",
                call_type=call_type, agent_first=agent.split()[0], customer_first=rng.choice(CUSTOMER_FIRST_NAMES),
                account=rng.choice(ACCOUNTS[persona]), persona=persona,
                slack=slack, onboarding=onboarding, churn=cancellation, pii=rng.random() < 0.35,
            )
            calls.append((_started_at(week, rng, taken), plan, (week, "support", i) == MONO_CALL))
    calls.sort(key=lambda item: item[0])
    return [(started, replace(plan, number=n), mono) for n, (started, plan, mono) in enumerate(calls, start=1)]


def agent_full_name(first: str) -> str:
    return next(name for name in SALES_AGENTS + SUPPORT_AGENTS if name.split()[0] == first)
