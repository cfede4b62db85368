"""How the agent answered a customer's concern in the next agent turn.

``answered``: the agent's turn takes the concern up (shares content words with the customer's
sentence, or offers something: "we can", "let me", "I'll", a discount, a fix) and is more than a
few words. ``acknowledged``: only empathy or a backchannel ("I understand", "sorry to hear that").
``ignored``: the agent's turn does neither. ``no_reply``: no agent turn follows before the customer
speaks twice more, or the call ends.
"""

from __future__ import annotations

import re

_ACK = re.compile(
    r"\b(i understand|i see|i hear you|understood|got it|makes sense|sorry|apolog|that'?s fair|fair enough|"
    r"i know|totally|absolutely|of course|thanks for (telling|letting|sharing|raising)|good (point|question))\b",
    re.I,
)
_OFFER = re.compile(
    r"\b(we can|we could|i can|i could|let me|i'?ll|we'?ll|you can|you could|here'?s|what if|how about|"
    r"discount|offer|credit|refund|fix|fixed|resolve|escalat|workaround|walk you through|set (it|that) up|"
    r"send you|look into|check (on|that|this)|schedule|because|the reason)\b",
    re.I,
)
_WORD = re.compile(r"[a-z][a-z']+")
_STOP_WORDS = (
    "the a an and or but so to of in on at for with is are was were be been it its this that these those "
    "i you we they he she me my our your their us them do does did not no yes just really very can could "
    "would will have has had what how when where why which who about from there here then than too also "
    "get got like know think want need okay ok yeah right well um uh"
)
_STOP = frozenset(_STOP_WORDS.split())
MIN_ANSWER_WORDS = 6


def content_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def classify_response(concern: str, agent_turn: str | None) -> str:
    if agent_turn is None:
        return "no_reply"
    words = _WORD.findall(agent_turn.lower())
    overlap = content_words(concern) & content_words(agent_turn)
    if len(words) >= MIN_ANSWER_WORDS and (overlap or _OFFER.search(agent_turn)):
        return "answered"
    if _ACK.search(agent_turn):
        return "acknowledged"
    return "ignored"


def next_agent_turn(roles: list[str], seq_index: int, lookahead: int = 2) -> int | None:
    """Index of the first agent turn after ``seq_index`` (within ``lookahead`` customer turns), if any."""
    for turns, j in enumerate(range(seq_index + 1, len(roles))):
        if turns > lookahead:
            return None
        if roles[j] == "agent":
            return j
    return None
