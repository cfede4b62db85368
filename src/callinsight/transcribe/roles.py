"""Which of two speakers in a mono call is the agent, from what they say.

Cues, each with a weight (evidence for "this speaker is the agent"):

- opening phrases agents use: "thank(s) for calling", "this is <name>", "my name is", "speaking",
  "how can/may I help", "what can I do for you", "is there anything else" (strong);
- the company's own name or alias said early in the call (strong): customers rarely say it first;
- phrases customers use about themselves: "I was charged", "my account", "I want to cancel" (evidence
  for the *other* speaker, medium);
- asking more of the questions (weak), speaking first on an inbound call (weak).

The evidence difference between the two speakers becomes a confidence in [0.5, 1); the caller labels
both speakers ``unknown`` below ``transcribe.role_min_confidence``. With the default 0.6, the weak cues
alone never decide: a call where nobody greets or names the company stays ``unknown``.

Whisper often mishears the greeting ("thank you for calling" -> "and you for calling"), so phrases
are matched loosely (regular expressions over the lowercased text).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

AGENT_PHRASES = (
    r"\bfor calling\b",
    r"\b(this is|it's|i'm|i am) \w+( \w+)?,? (calling )?(from|with|at)\b",
    r"\bcalling from\b",
    r"\bthanks? (you )?for (taking|making) (the )?time\b",
    r"\bhappy to help\b",
    r"\blet me (pull up|check|look|see)\b",
    r"\bmy name is\b",
    r"\b(how|what) (can|may|could) (i|we) (help|assist|do for you)",
    r"\bhow can i be of\b",
    r"\banything else (i|we) can\b",
    r"\bis there anything else\b",
    r"\bspeaking\b[.,!]",
    r"\bcould you (tell|give|confirm|spell)\b",
    r"\bi('ve| have) (refunded|updated|escalated|sent|processed)\b",
)
CUSTOMER_PHRASES = (
    r"\bi was (charged|billed|told)\b",
    r"\bmy (account|order|invoice|subscription|bill|card)\b",
    r"\bi (want|would like|need|'d like) to (cancel|know|change|upgrade|return)\b",
    r"\bi('m| am) (calling (about|because|regarding)|having|trying)\b",
    r"\bi have a (problem|question|issue)\b",
    r"\bwe('ve| have) been (on|using|with)\b",
    r"\bi'm (one of the|the) (founders?|manager|head|director|owner|lead)\b",
)
STRONG, MEDIUM, WEAK = 2.0, 1.0, 0.5
#: How quickly evidence turns into confidence: 0.5 (one weak cue) -> 0.58, 2.0 (one strong cue) -> 0.79.
SCALE = 3.0
#: Only the first turns count for greeting and company-name cues: that is where agents open.
OPENING_TURNS = 3


@dataclass(frozen=True)
class Turn:
    speaker: int
    start: float
    text: str


@dataclass
class RoleDecision:
    agent: int | None  # speaker id judged to be the agent, None when there is no evidence either way
    confidence: float  # 0.5 = a coin toss
    evidence: dict[int, float] = field(default_factory=dict)
    cues: list[str] = field(default_factory=list)  # what was found, for the record


def decide_roles(
    turns: Sequence[Turn],
    *,
    company_names: Sequence[str] = (),
    direction: str | None = None,
) -> RoleDecision:
    """Score each of (at most) two speakers as the agent and pick the one with more evidence."""
    speakers = sorted({t.speaker for t in turns})
    if len(speakers) != 2:
        return RoleDecision(agent=None, confidence=0.5, cues=[f"{len(speakers)} speaker(s)"])
    evidence = {s: 0.0 for s in speakers}
    cues: list[str] = []
    names = [re.escape(n.lower()) for n in company_names if n.strip()]
    opening: dict[int, int] = {s: 0 for s in speakers}
    questions = {s: 0 for s in speakers}
    for turn in sorted(turns, key=lambda t: t.start):
        text = turn.text.lower()
        other = speakers[1] if turn.speaker == speakers[0] else speakers[0]
        early = opening[turn.speaker] < OPENING_TURNS
        opening[turn.speaker] += 1
        for pattern in AGENT_PHRASES:
            if re.search(pattern, text):
                weight = STRONG if early else MEDIUM
                evidence[turn.speaker] += weight
                cues.append(f"speaker {turn.speaker}: agent phrase /{pattern}/")
        if early and names and re.search(r"\b(" + "|".join(names) + r")\b", text):
            evidence[turn.speaker] += STRONG
            cues.append(f"speaker {turn.speaker}: company name")
        for pattern in CUSTOMER_PHRASES:
            if re.search(pattern, text):
                evidence[other] += MEDIUM
                cues.append(f"speaker {turn.speaker}: customer phrase /{pattern}/")
        questions[turn.speaker] += text.count("?")
    if questions[speakers[0]] != questions[speakers[1]]:
        asker = max(speakers, key=lambda s: questions[s])
        evidence[asker] += WEAK
        cues.append(f"speaker {asker}: asks more questions")
    first = min(turns, key=lambda t: t.start).speaker
    if direction != "outbound":  # on outbound calls the customer picks up and often speaks first
        evidence[first] += WEAK
        cues.append(f"speaker {first}: speaks first")
    a, b = speakers
    margin = evidence[a] - evidence[b]
    if margin == 0:
        return RoleDecision(agent=None, confidence=0.5, evidence=evidence, cues=cues)
    confidence = 0.5 + 0.5 * math.tanh(abs(margin) / SCALE)
    return RoleDecision(agent=a if margin > 0 else b, confidence=round(confidence, 3), evidence=evidence, cues=cues)
