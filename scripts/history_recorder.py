"""The history's stand-ins for the bundled recordings in weeks 1-4 (used by scripts/generate_history.py).

The bundled recordings (recordings/samples/) cover weeks 5-13 of the demo's history: about four
longer calls a week (sales discovery, demos, pricing, renewals; support onboarding, reporting,
billing, cancellations) on top of the history's short calls. Before week 5 the company's old recorder
took those calls, so the exported history holds them: without them every kind of talk that only the
recordings carry (slow reports, shared inboxes, Zendesk renewals, coupon requests...) would start in
week 5 and look like a trend to the drift test.

So weeks 1-4 get the calls the recordings' own schedule (``scripts/samples/plan.py``) plans for its
first four weeks, moved back four weeks, with the planted concerns of that period left out (no Slack,
no HubSpot: both start later in the history). The wording is a paraphrase of the recordings' kinds
of talk, written for this file, never copied from the mining taxonomy or any evaluation data.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from samples.content import CallPlan
from samples.plan import agent_full_name, build_plans

SAMPLES_SEED = 20260907  # scripts/generate_samples.py's seed: the same schedule as the recordings
SHIFT = timedelta(weeks=4)

INTRO = {
    "it-director": "I run IT for {account}, so systems, access and security all land on my desk.",
    "support-team-lead": "I manage the support desk at {account}, we're around fifteen agents.",
    "startup-founder": "I co-founded {account}, there are eight of us in total.",
    "bargain-hunter": "I'm phoning on behalf of {account}, buying things is my job there.",
    "ops-manager": "I look after operations at {account}, across our three locations.",
}
PAINS = {
    "it-director": [
        "First thing I need to know: can we log in through Okta with single sign on?",
        "Every change an agent makes has to end up in an audit trail for our compliance people.",
        "We'd want your SOC two report, and stored customer data has to be encrypted.",
        "Nothing goes live here until it talks to our identity provider.",
    ],
    "support-team-lead": [
        "We have more than three hundred open tickets and the pile only gets bigger.",
        "Our first reply now takes about six hours and customers have started to notice.",
        "My agents want something simple, they lose time jumping from screen to screen.",
        "My manager wants response times every week and I put that report together by hand.",
    ],
    "startup-founder": [
        "Cost really matters to us at this stage, we watch every dollar.",
        "We have to be live this week, there's no time for a big rollout.",
        "All our support mail goes into one shared mailbox and things slip through.",
    ],
    "bargain-hunter": [
        "What's the lowest price you can do for us?",
        "Do you have a free tier, or a promo code for the first year?",
        "Another company offered us half off, could you do the same?",
    ],
    "ops-manager": [
        "I want the service levels of all three locations on a single screen.",
        "Staffing is the hard part, I need tickets per hour to plan our shifts.",
        "Every Friday we pull everything into spreadsheets and that pull has to keep working.",
    ],
}
SALES_OPENERS = {
    "discovery": "We're shopping around for a new helpdesk and a colleague suggested you.",
    "demo_follow_up": "The team enjoyed the demo last week, I just have a few questions left.",
    "pricing": "I'd like to go through the prices you sent before we make up our minds.",
    "renewal": "Our yearly plan comes up for renewal next month and I'd like to talk about it.",
}
SUPPORT_OPENERS = {
    "billing": "Our invoice is off, we were billed for twenty agents and there are only fifteen of us.",
    "onboarding": "We joined last month and need a hand getting everything going.",
    "integration": "One of our connected tools is giving us trouble.",
    "reporting": "Our reports are very slow, the weekly one takes ages to open.",
    "cancellation": "I'm calling about our account, things haven't been going well for us.",
}
SUPPORT_DETAILS = {
    "billing": "We took five agents off in August, yet the invoice still counts twenty seats.",
    "onboarding": "The account exists, but we can't work out how to create the team mailboxes.",
    "integration": "Email attachments over ten megabytes never make it into the ticket.",
    "reporting": "As soon as I filter by team, the report keeps loading and then gives up.",
    "cancellation": "We use maybe half of the features and the price went up again this year.",
}
ONBOARDING = [
    "The setup is confusing, we can't see how to configure the routing rules for tickets.",
    "Getting started has been rough, the setup wizard confuses my agents and they don't know where to begin.",
    "We're stuck in the setup, importing our users was confusing and half of them can't get in.",
    "Honestly the setup confused us, our support address still isn't connected.",
]
TOOLS = [
    "We're on Zendesk at the moment, and that contract is coming up for renewal.",
    "We tried the Salesforce service product, it was much too heavy for a team like ours.",
    "Right now it's one shared mailbox plus a spreadsheet, to be honest.",
    "We've used Zendesk for three years, it does the job and that's about it.",
]
PRICE = [
    "To be honest the price worries me, it's above what we set aside this year.",
    "Per agent it's too expensive for us, is there any room to move?",
    "Money is tight, and the professional plan costs more than we planned for.",
]
OBJECTIONS = [
    "Timing is difficult, we can't start anything new before January.",
    "I have to run it past our CFO before anything gets signed.",
    "A three year commitment won't work for us, we'd need to go month to month.",
    "There's no WhatsApp channel yet, and we really need one.",
]
FEATURES = [
    "It would help if the dashboard showed response times for each agent.",
    "Can customers reach us over WhatsApp through your tool?",
    "Could the reports be mailed to us automatically every Monday?",
    "Is there an app for agents who work out on the road?",
    "It would be nice if two tickets from the same customer merged by themselves.",
]
CHURN = [
    "I'd like to end our subscription when this month is over.",
    "Honestly, we're thinking about moving over to Zendesk.",
    "Could we get this month refunded? We hardly used it.",
    "We might drop to the basic plan, the cost is hard to justify.",
]
GOOD_BYE = ["Great, thanks so much, that really helped.", "Perfect, that's just what I needed, thank you.",
            "Thanks a lot, glad that got sorted so quickly."]
BAD_BYE = ["Okay. I'm not thrilled, but let's see how it goes.", "Fine. It's been a rough week, hopefully it gets better."]
LAST_NAMES = ["Ellis", "Moreno", "Walker", "Brooks", "Nguyen", "Fischer", "Patel", "Olsen"]


def stand_in_plans() -> list[tuple[datetime, CallPlan]]:
    """The recordings' plans for their weeks 1-4, four weeks earlier, without Slack or HubSpot."""
    out = []
    for started, plan, _mono in build_plans(SAMPLES_SEED):
        if plan.week <= 4:
            out.append((started - SHIFT, replace(plan, slack=False, hubspot=False)))
    return out


def script(plan: CallPlan, rng: random.Random) -> list[tuple[str, str]]:
    """(role, text) turns of one stand-in call, in the shape of the recordings' calls."""
    intro = INTRO[plan.persona].format(account=plan.account)
    bargain = plan.persona == "bargain-hunter"
    if plan.kind == "sales":
        turns = [("agent", f"Hi {plan.customer_first}, {plan.agent_first} from Northwind here."),
                 ("customer", f"Hi {plan.agent_first}. {intro} {SALES_OPENERS[plan.call_type]}"),
                 ("agent", "Sure. How does your team handle support today?")]
        pains = rng.sample(PAINS[plan.persona], k=2)
        turns.append(("customer", pains[0] if bargain else f"{rng.choice(TOOLS)} {pains[0]}"))
        turns += [("agent", "Understood. Who else decides on this?"), ("customer", pains[1])]
        if plan.onboarding and not bargain:
            turns += [("customer", rng.choice(ONBOARDING)), ("agent", "Sorry about that, I'll book a setup session for you.")]
        if plan.price_objection:
            turns += [("customer", rng.choice(PRICE)), ("agent", "Would starting with fewer seats on an annual plan help?")]
        elif rng.random() < 0.6 and not bargain:
            turns += [("customer", rng.choice(OBJECTIONS)), ("agent", "Fair enough. What would you need from us?")]
        if rng.random() < 0.45 and not bargain:
            turns += [("customer", rng.choice(FEATURES)), ("agent", "It's on the roadmap, I'll note your request.")]
    else:
        topic = plan.call_type
        opener = SUPPORT_OPENERS[topic]
        if plan.onboarding and topic != "onboarding":
            opener = f"{opener} {rng.choice(ONBOARDING)}"
        detail = rng.choice(ONBOARDING) if topic == "onboarding" else SUPPORT_DETAILS[topic]
        turns = [("agent", f"Northwind support, {plan.agent_first} speaking."),
                 ("customer", f"Hi {plan.agent_first}. {intro} {opener}"),
                 ("agent", "I'm sorry to hear that. Can you tell me more?"), ("customer", detail),
                 ("agent", "Thanks. How many people does this affect?"), ("customer", rng.choice(PAINS[plan.persona])),
                 ("agent", "Let me take care of that for you.")]
        if plan.churn:
            turns += [("customer", rng.choice(CHURN)), ("agent", "I understand. Could we set up a call with your account manager first?")]
        if rng.random() < 0.4:
            turns += [("customer", rng.choice(FEATURES)), ("agent", "I'll pass that on to our product team.")]
    if plan.pii:
        last = rng.choice(LAST_NAMES).lower()
        turns += [("agent", "Where should I send the details?"),
                  ("customer", f"Please use {plan.customer_first.lower()}.{last}@example.com, thanks.")]
    turns.append(("agent", "Anything else I can do for you today?"))
    turns.append(("customer", rng.choice(BAD_BYE if plan.churn else GOOD_BYE)))
    return turns


def stand_in_calls(seed: int) -> list[dict[str, object]]:
    """The stand-in calls as ``callinsight import`` JSON Lines rows (sorted by start time)."""
    rows = []
    for started, plan in stand_in_plans():
        rng = random.Random(f"{seed}-recorder-{plan.number}")
        turns, t = [], 0.0
        for role, text in script(plan, rng):
            length = round(0.35 * len(text.split()) + 0.6, 1)
            turns.append({"role": role, "start": round(t, 1), "end": round(t + length, 1), "text": text})
            t += length + 0.5
        metadata: dict[str, object] = {"direction": plan.direction, "kind": plan.kind,
                                       "agent": agent_full_name(plan.agent_first), "account": plan.account}
        if plan.number % 3 == 1:  # the recordings carry a persona hint on every third call
            metadata["persona"] = plan.persona
        rows.append({"id": f"nw-rec-{started:%Y%m%d}-{plan.number:03d}", "started_at": started.isoformat(),
                     "language": "en", "metadata": metadata, "utterances": turns, "_plan": plan})
    return sorted(rows, key=lambda r: str(r["started_at"]))
