"""Which mining categories are a persona's documented concerns, so one concern is counted once.

A documented concern such as "Setup and onboarding: afraid that configuration will be confusing" is
voiced in many ways; the sentence matcher (``concern_match``) recognises some of them ("the onboarding
steps don't match what I see on screen") and misses others ("I can't figure out how to configure the
inbox rules in the setup"), which mining still files under its ``onboarding`` category. Counting those as
an undocumented "onboarding" concern splits one concern in two: the proposal asks to *add* what the
document already says, and a fading concern fades in neither half.

A category is linked to a documented concern of the persona when both hold:

1. the concern names the category (every word of the category id appears in the concern, compared on
   crude lemmas and a shared stem: ``price`` ~ "Price: ... per-agent pricing", ``integration`` ~
   "Integrations with the identity provider"); and
2. the persona's own calls confirm it: at least ``MIN_SHARED`` customer utterances of that category, and
   at least ``MIN_SHARE`` of them, matched the concern, and it is the concern they match most.

The second condition keeps a word in common from linking different things: Slack complaints
(``integration``) never match the IT director's "Integrations with the identity provider that break",
so they stay a new, undocumented concern.

An uncategorised finding (``other``) in a call that already voices a named concern (documented or a
category) is not counted as a concern of its own: mostly it is the same complaint in words the taxonomy
does not know ("Our trial ends soon and we haven't finished onboarding" in an onboarding call), and "other"
is nothing a persona owner can document.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from callinsight.personas.phrases import lemmas

#: Utterances of a category that must match a documented concern before the category counts as it.
MIN_SHARED = 2
#: ... and at least this share of the category's utterances in the persona's calls (a couple of chance
#: matches among many findings of the category do not make it the concern).
MIN_SHARE = 0.2
#: Two words with this many leading letters in common share a stem ("pricing" ~ "price" needs 4).
STEM = 4

Utterance = tuple[str, int]  # (call_id, seq)


def _shares_stem(word: str, words: Iterable[str]) -> bool:
    stem = word[: max(STEM, min(len(word) - 1, 6))] if len(word) > STEM else word
    return any(w == word or (len(stem) >= STEM and w.startswith(stem)) for w in words)


def names_category(concern: str, category: str) -> bool:
    """Does the concern's text name the category ("onboarding", "missing_feature")?"""
    words = [lemmas(w)[0] for w in category.replace("_", " ").split() if lemmas(w)]
    concern_words = set(lemmas(concern))
    return bool(words) and all(_shares_stem(w, concern_words) for w in words)


def category_links(
    concerns: Mapping[int, str],
    categorised: Mapping[Utterance, set[str]],
    hits: Mapping[Utterance, set[int]],
) -> dict[str, int]:
    """category -> documented concern id, for one persona.

    ``concerns``: concern id -> text; ``categorised``: each customer utterance with a mining finding ->
    its categories; ``hits``: each utterance that matched documented concerns -> their ids.
    """
    shared: dict[str, Counter[int]] = defaultdict(Counter)
    found: Counter[str] = Counter()
    for utterance, categories in categorised.items():
        found.update(categories)
        for concern_id in hits.get(utterance, ()):
            for category in categories:
                shared[category][concern_id] += 1
    links: dict[str, int] = {}
    for category, counts in shared.items():
        concern_id, n = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
        confirmed = n >= MIN_SHARED and n >= MIN_SHARE * found[category]
        if confirmed and concern_id in concerns and names_category(concerns[concern_id], category):
            links[category] = concern_id
    return links
