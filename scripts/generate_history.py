"""Generate the bundled transcript history in recordings/history/ (deterministic, seeded).

    .venv/bin/python scripts/generate_history.py            # rewrite recordings/history/northwind_history.jsonl
    .venv/bin/python scripts/generate_history.py --out DIR  # somewhere else

Companies that adopt callinsight bring history exported from their previous call recorder; the demo
does the same. This writes 13 weeks of Northwind calls (Monday 2026-08-10 to Friday 2026-11-06; the
bundled recordings are weeks 5-13 of it) as JSON Lines in ``callinsight import``'s format: a few
short turns per call, an agent greeting, the customer's concern in their own words, a reply.

Wording: every concern has several openers, several ways of saying its core and several details,
combined at random (seeded), so that no two calls need read alike. Each variant is dealt once per round
(``Decks``), so every wording keeps its share week after week: drawn independently, a wording that the
topic model gives its own topic drifted by chance. The sentences were written for this file; none is
copied from the mining taxonomy or from any evaluation data.

Weeks 1-4 also hold the calls that the bundled recordings (weeks 5-13) stand for later: the recordings'
own schedule for their first four weeks, moved back, with their longer sales and support talk
paraphrased (``history_recorder.py``). Without them, everything only the recordings talk about began in
week 5 and looked like a trend.

Planted changes, scheduled explicitly per week (everything else is constant, week after week):
- new concern: Slack integration problems, absent in weeks 1-5, then 1, 2, ... 8 calls a week;
- growing competitor: HubSpot in sales calls, 1 a week in weeks 1-4 growing to 8 in week 13;
- fading concern: onboarding / setup confusion, 8 a week in weeks 1-4 falling to 1 from week 11;
- nine steady concerns (billing, reporting, pricing, ...): 27 calls every week;
- weeks 1-4: 4-5 longer calls a week standing in for the recordings (above).
About 490 calls, 36-44 a week: with fewer (about 340, 25-31 a week) v_drift and the report still
flagged the three changes but persona drift, which counts each persona's few calls, flagged nothing.

Who calls: every call comes from one of the five personas of personas/samples (``PERSONAS_OF``), the
planted concerns mostly from the personas they concern (Slack: IT director and support lead; HubSpot:
ops manager and founder; setup confusion: founder and support lead), each steady concern from the same
personas in the same numbers every week. As real exports do, most calls (8 in 10) carry the CRM's
segment as the import format's ``persona`` hint, 1 in 10 callers name their role in their own words,
and 1 in 10 calls carry neither. Without that, the planted concerns' calls mostly mapped to no persona
and persona drift saw 1-2 a week per persona, too few to flag. No caller voices a concern the persona
documents list and the demo treats as stale (an offline desktop app, fax, on-premise, paper reports).
``history_truth.csv`` beside it lists each call's week, concern and persona.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from history_recorder import stand_in_calls

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "recordings" / "history"
SEED = 20260810
FIRST_MONDAY = date(2026, 8, 10)
WEEKS = 13
ZONE = ZoneInfo("America/New_York")

# Calls a week per planted concern (index 0 = week 1).
PLANTED = {
    "slack": [0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8],
    "hubspot": [1, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8],
    "onboarding": [8, 8, 8, 8, 7, 6, 5, 4, 3, 2, 1, 1, 1],
}
# Calls a week per steady concern: the same every week.
STEADY = {"billing": 4, "reporting": 4, "pricing": 4, "feature": 3, "seats": 3, "security": 3, "cancel": 2, "export": 2, "howto": 2}
SALES = {"hubspot", "pricing", "security", "feature"}

# Who raises each concern (persona ids of personas/samples), dealt like the wording (``Decks``) so each
# persona keeps its share of every concern week after week. The planted concerns come mostly from the
# personas they plausibly concern: a broken Slack sync lands on the IT director (integrations) and the
# support lead (the queue); a HubSpot bundle tempts the ops manager (vendors, cost per site) and the
# founder (price); setup confusion is the founder's and the support lead's. A steady concern's deck is
# as long as its weekly count, so every persona hears it equally often every week.
PERSONAS_OF: dict[str, list[str]] = {
    "slack": ["it-director"] * 5 + ["support-team-lead"] * 4 + ["ops-manager"],
    "hubspot": ["ops-manager"] * 5 + ["startup-founder"] * 3 + ["it-director", "support-team-lead"],
    "onboarding": ["startup-founder"] * 5 + ["support-team-lead"] * 3 + ["ops-manager", "it-director"],
    "billing": ["ops-manager", "ops-manager", "startup-founder", "support-team-lead"],
    "reporting": ["support-team-lead", "support-team-lead", "ops-manager", "ops-manager"],
    "pricing": ["startup-founder", "startup-founder", "bargain-hunter", "ops-manager"],
    "feature": ["support-team-lead", "startup-founder", "support-team-lead"],
    "seats": ["support-team-lead", "it-director", "ops-manager"],
    "security": ["it-director", "it-director", "it-director"],
    "cancel": ["startup-founder", "ops-manager"],
    "export": ["ops-manager", "it-director"],
    "howto": ["support-team-lead", "startup-founder"],
}
# How the call says who the customer is: real exports mostly carry the CRM's segment (the import
# format's ``persona`` hint); some callers only name their role; a few calls carry neither.
CUES = ["segment"] * 8 + ["role", "none"]
SEGMENT = {"it-director": "IT Director", "support-team-lead": "Support Team Lead", "startup-founder": "Startup Founder",
           "bargain-hunter": "Bargain Hunter", "ops-manager": "Operations Manager"}
ROLES = {
    "it-director": ["I look after IT for us.", "I'm the one responsible for our systems.", "I head up the IT side here."],
    "support-team-lead": ["I lead our support agents.", "I run the help desk team here.", "I'm in charge of our customer service crew."],
    "startup-founder": ["I'm one of the founders, we're still a small company.", "I started this business two years ago.",
                        "I co-own the company, we're a handful of people."],
    "bargain-hunter": ["I handle the purchasing for us.", "Buying software is my job here.", "I'm in procurement."],
    "ops-manager": ["I run operations across our branches.", "I'm responsible for how our sites run day to day.",
                    "I manage operations for all our offices."],
}

OPENERS = [
    "So the reason I'm calling is that", "Hi, quick one:", "Okay, so basically", "Honestly,", "I wanted to let you know that",
    "Well,", "The thing is,", "Right, so", "I'll get straight to it:", "Hey, thanks for picking up.",
]
CONCERNS: dict[str, dict[str, list[str]]] = {
    "slack": {
        "core": [
            "our Slack integration stopped syncing tickets", "messages from our Slack channel never turn into tickets anymore",
            "the Slack connector keeps disconnecting every couple of hours", "replies we post in Slack don't reach the customer",
            "the Slack app shows an authorization error since Monday", "ticket alerts stopped arriving in our Slack workspace",
        ],
        "detail": [
            "We reinstalled the Slack app twice and it still drops.", "My team lives in Slack, so this hurts a lot.",
            "Half of our urgent requests come in through Slack.", "Can someone look at the Slack sync logs on your side?",
            "It worked fine until last week, now the Slack link breaks every day.",
        ],
    },
    "hubspot": {
        "core": [
            "HubSpot offered us their service hub bundled with our marketing plan", "we're comparing you with HubSpot right now",
            "HubSpot quoted us a cheaper price for the whole bundle", "our marketing team already pays for HubSpot and wants one vendor",
            "a HubSpot rep showed us their ticketing last week", "HubSpot would give us the help desk almost for free",
        ],
        "detail": [
            "Why should we stay with you instead of moving to HubSpot?", "The HubSpot deal ends this month, so we need an answer.",
            "HubSpot also has the CRM, which our sales people like.", "Can you match what HubSpot is offering?",
        ],
        # The growing competitor is one these customers already use elsewhere in the company: each
        # HubSpot caller says so, in one of several ways, before their question.
        "already": [
            "We already pay for HubSpot on the marketing side.", "Our sales team already works in HubSpot's CRM all day.",
            "We already have HubSpot for our newsletters and contacts.", "All our customer contacts already sit in HubSpot.",
            "We've been using HubSpot for marketing for two years already.",
        ],
    },
    "onboarding": {
        "core": [
            "the setup wizard is really confusing", "we got lost setting up our first mailbox during onboarding",
            "I can't figure out how to configure the inbox rules in the setup", "the onboarding steps don't match what I see on screen",
            "importing our agents during setup failed and I don't know why", "the getting started guide skips the part we need",
        ],
        "detail": [
            "We're new and still trying to get the account set up.", "Is there someone who can walk us through the setup?",
            "Our trial ends soon and we haven't finished onboarding.", "I went through the setup three times already.",
        ],
    },
    "billing": {
        "core": [
            "we were charged twice on this month's invoice", "the invoice shows more seats than we actually have",
            "our card payment went through but the account says unpaid", "I need a copy of last quarter's invoice with our tax number",
        ],
        "detail": ["Can you fix the invoice and send a new one?", "Our finance team needs this sorted before the month closes.",
                   "I'd like a refund for the extra charge.", "Please send it to our accounting address."],
    },
    "reporting": {
        "core": [
            "the weekly dashboard shows the wrong response times", "the resolution time report is missing last week's tickets",
            "I can't filter the ticket report by team", "the charts on the analytics page load forever",
        ],
        "detail": ["My manager uses that report every Monday.", "Is there a way to schedule the report by email?",
                   "The numbers don't match what we count by hand.", "We need the report by agent as well."],
    },
    "pricing": {
        "core": [
            "the professional plan is more than our budget allows", "the price per agent seems high for a team our size",
            "we'd need a discount to get this approved", "the annual price went up compared with last year",
        ],
        "detail": ["Do you have anything for smaller teams?", "Could we pay monthly instead?",
                   "I have to justify the cost to our finance director.", "What would a two year contract cost?"],
    },
    "feature": {
        "core": [
            "it would be great to have a dark mode for the agent view", "we'd love canned replies that agents can share",
            "could you add a way to merge duplicate tickets", "a spell checker in the reply editor would really help us",
        ],
        "detail": ["Is that on your roadmap?", "Other teams here asked for the same thing.",
                   "That would save my agents a lot of clicks.", "Any idea when that might come?"],
    },
    "seats": {
        "core": [
            "I need to add three new agents to our account", "how do I remove a user who left the company",
            "one of our agents can't log in after the password reset", "we want to give a manager read only access",
        ],
        "detail": ["They start on Monday.", "I looked in the admin page but couldn't find it.",
                   "Can you do it from your side?", "Thanks, that's all on the user side."],
    },
    "security": {
        "core": [
            "we need single sign on with our identity provider", "our auditors ask for the audit log of every change",
            "do you encrypt customer data at rest", "we need your security questionnaire filled in",
        ],
        "detail": ["Our compliance review is next month.", "Without that we can't sign.",
                   "Please send the documentation to our security team.", "Is that included in the standard plan?"],
    },
    "cancel": {
        "core": [
            "we're thinking about cancelling at the end of the quarter", "we might not renew our subscription this year",
            "the team hardly uses the tool, so we may close the account", "management asked me to look into ending the contract",
        ],
        "detail": ["What's the notice period?", "Nothing personal, it's a budget decision.",
                   "Would we lose our ticket history?", "Can we downgrade instead?"],
    },
    "export": {
        "core": [
            "the CSV export of our tickets is missing the tags column", "the nightly export to our data warehouse failed",
            "I need all our ticket history exported for an audit", "the export file has broken characters in customer names",
        ],
        "detail": ["We load that file into our spreadsheets every Friday.", "Can you run it again for us?",
                   "Is there an API for that instead?", "It's urgent for our quarterly review."],
    },
    "howto": {
        "core": [
            "how do I set up an automatic reply for weekends", "where can I change the ticket priority labels",
            "is there a keyboard shortcut to close a ticket", "how do I move a ticket to another team",
        ],
        "detail": ["Sorry if that's a basic question.", "I couldn't find it in the help center.",
                   "Thanks, I'll try that right away.", "Great, that's easier than I thought."],
    },
}
GREETINGS = [
    "Thanks for calling Northwind, this is {agent}. How can I help?", "Northwind support, {agent} speaking.",
    "Hi, this is {agent} from Northwind. What can I do for you today?", "Good morning, Northwind, {agent} here.",
    "Hello, you're through to {agent} at Northwind.",
]
REPLIES = [
    "I understand, let me look into that for you.", "Thanks for telling me. I'll check what's going on.",
    "Got it. Let me pull up your account.", "Okay, I'm noting that down and I'll follow up by email.",
    "That makes sense. Give me a moment to check.", "Sorry about that, let's sort it out.",
]
CLOSINGS = ["Okay, thanks for your help.", "Great, thank you.", "Alright, talk soon.", "Perfect, thanks a lot.", "Thanks, bye."]
AGENTS = {"sales": ["Tom Becker", "Priya Shah"], "support": ["Sarah Miller", "Mike Chen", "Emma Lopez"]}
ACCOUNTS = ["Cedar Health", "Harbor Bank", "Bluewater Travel", "Redwood Retail", "Nimbus Labs", "Brightlane", "Atlas Home Services",
            "Kestrel Logistics", "Orbit Fitness", "Fernwood Studio", "Pinecrest Insurance", "Quickfix Plumbing", "Budget Movers"]


def week_start(week: int) -> date:
    return FIRST_MONDAY + timedelta(weeks=week - 1)


class Decks:
    """Wording drawn like cards: each variant once per round, rounds shuffled (seeded).

    Independent draws let a wording cluster in a few weeks by chance, and a topic model that splits a
    concern by wording (one topic for "could we pay monthly?") then sees that wording grow or fade. Dealt
    in rounds, every wording keeps its concern's share week after week, so only the planted concerns move.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.left: dict[tuple[str, str], list[str]] = {}

    def deal(self, key: tuple[str, str], variants: list[str]) -> str:
        pile = self.left.get(key)
        if not pile:
            pile = list(variants)
            self.rng.shuffle(pile)
            self.left[key] = pile
        return pile.pop()


def sentence(decks: Decks, concern: str) -> tuple[str, str]:
    """The customer's two turns about one concern: an opener + a core, then a detail (each dealt)."""
    parts = CONCERNS[concern]
    core = decks.deal((concern, "core"), parts["core"])
    opener = decks.deal(("", "opener"), OPENERS)
    first = f"{opener} {core}." if not opener.endswith(".") else f"{opener} {core[0].upper()}{core[1:]}."
    detail = decks.deal((concern, "detail"), parts["detail"])
    if "already" in parts:
        detail = f"{decks.deal((concern, 'already'), parts['already'])} {detail}"
    return first, detail


def conversation(rng: random.Random, decks: Decks, week: int, number: int, concern: str, persona: str) -> dict[str, object]:
    kind = "sales" if concern in SALES else "support"
    agent = rng.choice(AGENTS[kind])
    day = week_start(week) + timedelta(days=rng.randint(0, 4))
    started = datetime(day.year, day.month, day.day, rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59), tzinfo=ZONE)
    first, detail = sentence(decks, concern)
    cue = decks.deal(("", "cue"), CUES)
    if cue == "role":
        first = f"{decks.deal((persona, 'role'), ROLES[persona])} {first}"
    texts = [("agent", rng.choice(GREETINGS).format(agent=agent.split()[0])), ("customer", first),
             ("agent", rng.choice(REPLIES)), ("customer", detail), ("agent", "Anything else I can help with?"),
             ("customer", rng.choice(CLOSINGS))]
    turns, t = [], 0.0
    for role, text in texts:
        length = round(0.35 * len(text.split()) + 0.6, 1)
        turns.append({"role": role, "start": round(t, 1), "end": round(t + length, 1), "text": text})
        t += length + 0.4
    direction = "outbound" if kind == "sales" and rng.random() < 0.4 else "inbound"
    metadata = {"direction": direction, "kind": kind, "agent": agent, "account": rng.choice(ACCOUNTS)}
    if cue == "segment":
        metadata["persona"] = SEGMENT[persona]
    return {
        "id": f"nw-hist-{started:%Y%m%d}-{number:04d}",
        "started_at": started.isoformat(),
        "language": "en",
        "metadata": metadata,
        "utterances": turns,
    }


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    decks = Decks(random.Random(seed + 1))
    out.mkdir(parents=True, exist_ok=True)
    rows, truth = [], []
    number = 0
    for week in range(1, WEEKS + 1):
        plan = [c for c, per_week in PLANTED.items() for _ in range(per_week[week - 1])]
        plan += [c for c, n in STEADY.items() for _ in range(n)]
        rng.shuffle(plan)
        for concern in plan:
            number += 1
            persona = decks.deal((concern, "persona"), PERSONAS_OF[concern])
            conv = conversation(rng, decks, week, number, concern, persona)
            rows.append(conv)
            truth.append({"id": conv["id"], "week": week, "week_start": week_start(week).isoformat(), "concern": concern,
                          "persona": persona})
    for conv in stand_in_calls(seed):
        plan_of = conv.pop("_plan")
        week = (date.fromisoformat(str(conv["started_at"])[:10]) - FIRST_MONDAY).days // 7 + 1
        concern = f"recorder:{plan_of.call_type}" + (":onboarding" if plan_of.onboarding and plan_of.call_type != "onboarding" else "")
        rows.append(conv)
        truth.append({"id": conv["id"], "week": week, "week_start": week_start(week).isoformat(), "concern": concern,
                      "persona": plan_of.persona})
    rows.sort(key=lambda r: str(r["started_at"]))
    with (out / "northwind_history.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (out / "history_truth.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "week", "week_start", "concern", "persona"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(truth, key=lambda r: str(r["id"])))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rows = generate(args.out, args.seed)
    size = (args.out / "northwind_history.jsonl").stat().st_size
    print(f"{len(rows)} calls over {WEEKS} weeks from {FIRST_MONDAY}, {size / 1e3:.0f} kB")
    for week in range(1, WEEKS + 1):
        print(f"week {week:2d}: " + ", ".join(f"{c} {v[week - 1]}" for c, v in PLANTED.items())
              + f", steady {sum(STEADY.values())}")


if __name__ == "__main__":
    main()
