"""Conversation scripts for the bundled sample calls: who says what, as (role, text) turns.

The text is what espeak-ng speaks, so it is written the way people talk on the phone: numbers and
e-mail addresses are spelled out as spoken words, and sentences are short. Each call is built from a
``CallPlan`` (what the call is about and which planted concerns it carries) and a seeded ``Random``,
so the same plan always gives the same words.

Planted phrases (the later pipeline stages should surface them; see recordings/samples/README.md):
- Slack integration: customers say "Slack integration" together with "not syncing" / "keeps breaking".
- HubSpot: customers say "HubSpot" together with "bundle" / "cheaper".
- Onboarding confusion: customers say "setup" together with "confusing" (and often "onboarding", which
  Whisper base hears from espeak as "unboding", "on logging" or "running": "setup" is the reliable word).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

Turn = tuple[str, str]  # (role, text), role is "agent" or "customer"


@dataclass(frozen=True)
class CallPlan:
    """Everything that decides a call's content; the ground truth row is written from it too."""

    number: int
    week: int  # 1..9
    kind: str  # sales / support
    direction: str  # inbound / outbound
    call_type: str  # discovery, demo_follow_up, pricing, renewal / billing, onboarding, integration, reporting, cancellation
    agent_first: str
    customer_first: str
    account: str
    persona: str  # persona id (truth)
    slack: bool = False
    hubspot: bool = False
    onboarding: bool = False
    price_objection: bool = False
    churn: bool = False
    pii: bool = False


# --- persona voices: what each kind of customer cares about (consistent with personas/samples/) ---
PERSONA_INTRO = {
    "it-director": "I'm the IT director at {account}, so I look after our systems and security.",
    "support-team-lead": "I lead the support team at {account}, about fifteen agents.",
    "startup-founder": "I'm one of the founders of {account}, we're a small team of eight people.",
    "bargain-hunter": "I'm calling for {account}, I handle the purchasing.",
    "ops-manager": "I'm the operations manager at {account}, we run three sites.",
}
PERSONA_PAINS = {
    "it-director": [
        "Security is my first question. Do you support single sign on with Okta?",
        "Our compliance team needs audit logs for every change an agent makes.",
        "We need the SOC two report and encryption of customer data at rest.",
        "Anything we buy has to connect to our identity provider before we roll it out.",
    ],
    "support-team-lead": [
        "Our ticket backlog is over three hundred tickets and it keeps growing.",
        "Our first response time went up to six hours, and customers are noticing.",
        "My agents need something simple. They waste time clicking between screens.",
        "I need a weekly report on response times for my manager, and building it by hand takes hours.",
    ],
    "startup-founder": [
        "Price matters a lot for us, every dollar counts at our stage.",
        "I need us up and running this week, we don't have time for a long project.",
        "We're answering support emails from a shared inbox and things get lost.",
    ],
    "bargain-hunter": [
        "What's the best discount you can give me?",
        "Is there a free plan, or a coupon code for the first year?",
        "Another vendor offered us fifty percent off, can you match that?",
    ],
    "ops-manager": [
        "I need to see service levels across all three sites in one place.",
        "Staffing is my headache. I need to know how many tickets come in per hour so I can plan shifts.",
        "We export everything to spreadsheets every Friday, and that export has to keep working.",
    ],
}
FEATURE_REQUESTS = [
    "It would be great if the dashboard showed response times per agent.",
    "Do you support WhatsApp messages as a channel?",
    "It would be great if we could schedule reports by email every Monday.",
    "Do you have a mobile app for agents who are on the road?",
    "It would be great if tickets could be merged automatically when a customer writes twice.",
]
OTHER_TOOLS = [
    "Right now we use Zendesk, but the contract is up for renewal.",
    "We tried Salesforce service cloud, but it was far too heavy for us.",
    "Today it's a shared inbox and a spreadsheet, honestly.",
    "We've been on Zendesk for three years and it's okay, nothing special.",
]
PRICE_OBJECTIONS = [
    "Honestly, the price is a concern. It's more than we budgeted for this year.",
    "The per agent price is too expensive for us, is there any flexibility?",
    "Our budget is tight, and the professional plan is more than we planned to spend.",
]
OTHER_OBJECTIONS = [
    "The timing is hard, we can't start anything before the new year.",
    "I need to check with our CFO before we sign anything.",
    "We can't sign a three year contract. We need monthly terms.",
    "You don't have a WhatsApp channel yet, and we really need it.",
]
HUBSPOT_LINES = [
    "To be honest, we're also looking at HubSpot. Their bundle is cheaper.",
    "HubSpot offered us their service bundle with the CRM included, and it's cheaper than your quote.",
    "Our marketing team already uses HubSpot, and they say the HubSpot bundle would be cheaper for us.",
    "We got a quote from HubSpot last week. Their bundle is cheaper, so I have to compare.",
]
SLACK_LINES = [
    "Our Slack integration keeps breaking. Messages from Slack are not syncing into tickets anymore.",
    "The Slack integration stopped syncing again. Messages our customers post in Slack never show up as tickets.",
    "Since the last update the Slack integration is broken. Replies are not syncing back to Slack.",
    "It's the Slack integration again. Half of the Slack messages are not syncing, and my team misses them.",
]
SLACK_DETAILS = [
    "We reconnected the Slack integration twice and it breaks again after a day.",
    "We only noticed because a customer complained that nobody answered them in Slack.",
    "It worked fine until a few weeks ago. Now the Slack messages are not syncing at least once a day.",
]
SLACK_ESCALATION = [
    "If the Slack integration isn't fixed this month, we'll have to look at switching.",
    "Honestly this is really frustrating, we pay for this integration and it doesn't work.",
    "I've had three tickets open about the Slack integration and nothing has changed.",
]
ONBOARDING_LINES = [
    "The setup is really confusing. We can't figure out how to configure the ticket routing rules.",
    "Onboarding has been hard. The setup wizard is confusing and my agents don't know where to start.",
    "We're stuck on the setup. Importing our users was confusing and half of them have no access.",
    "Honestly the onboarding and the setup were confusing. We still haven't connected our support email address.",
]
POSITIVE_CLOSINGS = [
    "That's great, thank you so much. This was really helpful.",
    "Perfect, I appreciate it. That's exactly what I needed.",
    "Great, thanks a lot. I'm happy with how quickly you sorted that out.",
]
NEGATIVE_CLOSINGS = [
    "Okay. Honestly I'm disappointed, but let's see what happens.",
    "Fine. This has been a frustrating week, I hope it gets better.",
]
CHURN_LINES = [
    "I want to cancel our subscription at the end of this month.",
    "We're thinking about switching to Zendesk, to be honest.",
    "Can we get a refund for this month? We barely used it.",
    "We may downgrade to the basic plan, we can't justify the cost.",
]
# Spoken contact details (fictional: 555-01xx numbers are reserved for fiction, example.com is reserved).
SPOKEN_EMAILS = [
    ("{first} dot {last} at example dot com", "{first}.{last}@example.com"),
    ("{first} at {account_slug} dot example dot com", "{first}@{account_slug}.example.com"),
]
SPOKEN_PHONES = [
    ("five five five, zero one four two, eight eight one", "555-0142-881"),
    ("five five five, zero one nine three, two two seven", "555-0193-227"),
    ("five five five, zero one six seven, four zero five", "555-0167-405"),
]
LAST_NAMES = ["Ellis", "Moreno", "Walker", "Brooks", "Nguyen", "Fischer", "Patel", "Olsen"]

SALES_OPENERS = {
    "discovery": "We're looking for a new helpdesk tool and a colleague mentioned Northwind.",
    "demo_follow_up": "Thanks for the demo last week. The team liked it, but I have some questions.",
    "pricing": "I wanted to go over the pricing you sent us before we decide.",
    "renewal": "Our annual plan renews next month, and I wanted to talk about the renewal.",
}
SUPPORT_OPENERS = {
    "billing": "I have a question about our invoice. We were charged for twenty agents but we only have fifteen.",
    "onboarding": "We just signed up last month and we need help getting started.",
    "integration": "We have a problem with one of the integrations.",
    "reporting": "The reports are really slow. The weekly report takes minutes to load.",
    "cancellation": "I'm calling about our account, we're not happy with how things are going.",
}
SUPPORT_DETAILS = {
    "billing": "We removed five agents in August, but the invoice still shows twenty seats.",
    "onboarding": "We have the account, but we don't know how to set up the team inboxes.",
    "integration": "The email integration drops attachments larger than ten megabytes.",
    "reporting": "When I filter by team, the report just spins and then times out.",
    "cancellation": "We don't use half of the features and the price went up this year.",
}
SUPPORT_FIXES = {
    "billing": "I can see the extra seats. I'll credit the difference on your next invoice.",
    "onboarding": "Let me walk you through it. I'll also send you our setup checklist.",
    "integration": "That's a known limit. I'll raise it with our engineers and send you a workaround.",
    "reporting": "Our team is working on report speed. For now, a shorter date range loads much faster.",
    "cancellation": "I'm sorry to hear that. Let me see what I can do before we process anything.",
}


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _agent_greeting(plan: CallPlan, rng: random.Random) -> str:
    if plan.direction == "outbound":
        return rng.choice([
            f"Hi {plan.customer_first}, this is {plan.agent_first} from Northwind. Is now still a good time?",
            f"Hello {plan.customer_first}, it's {plan.agent_first} calling from Northwind, thanks for taking my call.",
        ])
    desk = "sales" if plan.kind == "sales" else "support"
    return rng.choice([
        f"Thanks for calling Northwind {desk}, this is {plan.agent_first}. How can I help you today?",
        f"Northwind {desk}, {plan.agent_first} speaking. What can I do for you?",
    ])


def _contact_turns(plan: CallPlan, rng: random.Random) -> list[Turn]:
    """A PII moment: the customer reads out an e-mail address or phone number (redaction demo)."""
    last = rng.choice(LAST_NAMES)
    if rng.random() < 0.5:
        spoken, _ = rng.choice(SPOKEN_EMAILS)
        text = spoken.format(first=plan.customer_first.lower(), last=last.lower(), account_slug=_slug(plan.account))
        return [("agent", "What's the best email to send this to?"), ("customer", f"Sure, it's {text}.")]
    spoken, _ = rng.choice(SPOKEN_PHONES)
    return [("agent", "What's a good number to reach you on?"), ("customer", f"You can call me on {spoken}.")]


MAX_TURNS = 16
OPTIONAL_BUDGET = 14  # optional exchanges stop here, keeping calls near the 30-75 s the demo wants


def _room(turns: list[Turn], plan: CallPlan, extra: int) -> bool:
    """Whether an optional exchange still fits, keeping room for the contact details and the closing."""
    reserved = 2 + (2 if plan.pii else 0)
    return len(turns) + extra + reserved <= OPTIONAL_BUDGET


def sales_script(plan: CallPlan, rng: random.Random) -> list[Turn]:
    turns: list[Turn] = [("agent", _agent_greeting(plan, rng))]
    intro = PERSONA_INTRO[plan.persona].format(account=plan.account)
    turns.append(("customer", f"Hi {plan.agent_first}. {intro} {SALES_OPENERS[plan.call_type]}"))
    turns.append(("agent", rng.choice([
        "Great. What are you using today, and what's not working?",
        "Happy to help. Can you tell me a bit about how your team handles support today?",
    ])))
    pains = rng.sample(PERSONA_PAINS[plan.persona], k=2)
    bargain = plan.persona == "bargain-hunter"  # asks about price only: no tools, features or setup talk
    turns.append(("customer", pains[0] if bargain else f"{rng.choice(OTHER_TOOLS)} {pains[0]}"))
    turns.append(("agent", rng.choice([
        "That makes sense. What would a good result look like for you in three months?",
        "Understood. Who else is involved in the decision?",
    ])))
    turns.append(("customer", pains[1]))
    if plan.hubspot:
        turns.append(("agent", "Are you comparing us with other tools right now?"))
        turns.append(("customer", rng.choice(HUBSPOT_LINES)))
        turns.append(("agent", "Thanks for telling me. Our bundle includes the knowledge base and reporting, so let's compare line by line."))
    if plan.onboarding and not bargain:
        turns.append(("customer", rng.choice(ONBOARDING_LINES)))
        turns.append(("agent", "I'm sorry about that. I'll book a setup session with our onboarding team."))
    if plan.price_objection:
        turns.append(("customer", rng.choice(PRICE_OBJECTIONS)))
        turns.append(("agent", "I hear you. Would an annual plan with fewer seats to start help?"))
    elif rng.random() < 0.6 and _room(turns, plan, 2) and not bargain:
        turns.append(("customer", rng.choice(OTHER_OBJECTIONS)))
        turns.append(("agent", "That's fair. What would you need from us to move forward?"))
    if rng.random() < 0.45 and _room(turns, plan, 2) and not bargain:
        turns.append(("customer", rng.choice(FEATURE_REQUESTS)))
        turns.append(("agent", "Good question. It's on our roadmap, and I'll note that you asked."))
    if plan.pii:
        turns.extend(_contact_turns(plan, rng))
    turns.append(("agent", rng.choice([
        "I'll send a summary and a proposal by Friday. Does that work?",
        "Let's set up a follow up next week with your team. Does Tuesday work?",
    ])))
    sentiment = NEGATIVE_CLOSINGS if plan.hubspot and rng.random() < 0.4 else POSITIVE_CLOSINGS
    turns.append(("customer", rng.choice(sentiment)))
    return turns


def support_script(plan: CallPlan, rng: random.Random) -> list[Turn]:
    turns: list[Turn] = [("agent", _agent_greeting(plan, rng))]
    topic = plan.call_type
    opener = SUPPORT_OPENERS[topic]
    if plan.slack:
        opener = rng.choice(SLACK_LINES)
    elif plan.onboarding and topic != "onboarding":
        opener = f"{opener} {rng.choice(ONBOARDING_LINES)}"
    intro = PERSONA_INTRO[plan.persona].format(account=plan.account)
    turns.append(("customer", f"Hi {plan.agent_first}. {intro} {opener}"))
    turns.append(("agent", rng.choice([
        "I'm sorry to hear that. When did this start?",
        "Okay, let me pull up your account. Can you tell me a bit more?",
    ])))
    if plan.slack:
        details = rng.choice(SLACK_DETAILS)
    elif topic == "onboarding" or plan.onboarding:
        details = rng.choice(ONBOARDING_LINES) if topic == "onboarding" else SUPPORT_DETAILS[topic]
    else:
        details = SUPPORT_DETAILS[topic]
    turns.append(("customer", details))
    turns.append(("agent", rng.choice([
        "Got it. How many people on your team are affected?",
        "Thanks. Have you changed anything in your settings recently?",
    ])))
    turns.append(("customer", rng.choice(PERSONA_PAINS[plan.persona])))
    fix = (
        "I can see errors on the Slack connection. I'll escalate it to our integrations team today."
        if plan.slack else SUPPORT_FIXES[topic]
    )
    turns.append(("agent", fix))
    if plan.slack and (plan.week >= 7 or rng.random() < 0.3):
        turns.append(("customer", rng.choice(SLACK_ESCALATION)))
        turns.append(("agent", "I completely understand. I'll personally follow up until it's fixed."))
    if plan.churn:
        turns.append(("customer", rng.choice(CHURN_LINES)))
        turns.append(("agent", "I understand. Before we do that, can I offer you a call with your account manager?"))
    if rng.random() < 0.4 and _room(turns, plan, 2):
        turns.append(("customer", rng.choice(FEATURE_REQUESTS)))
        turns.append(("agent", "I'll pass that on to our product team."))
    if plan.pii:
        turns.extend(_contact_turns(plan, rng))
    turns.append(("agent", "Is there anything else I can help you with today?"))
    negative = plan.churn or (plan.slack and plan.week >= 7)
    turns.append(("customer", rng.choice(NEGATIVE_CLOSINGS if negative else POSITIVE_CLOSINGS)))
    return turns


def build_script(plan: CallPlan) -> list[Turn]:
    rng = random.Random(f"script-{plan.number}")
    turns = sales_script(plan, rng) if plan.kind == "sales" else support_script(plan, rng)
    if not 8 <= len(turns) <= MAX_TURNS:
        raise ValueError(f"call {plan.number}: {len(turns)} turns, expected 8 to {MAX_TURNS}")
    return turns
