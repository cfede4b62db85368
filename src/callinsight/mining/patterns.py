"""Turning taxonomy phrase patterns into a spaCy ``Matcher`` on lemmas.

Pattern syntax (documented in the taxonomy file): words matched on their lemma, ``*`` for up to three
arbitrary words, ``a|b`` for alternatives of one word. Lemmas are compared case-insensitively by
listing the usual casings, because spaCy keeps proper nouns ("Slack") capitalised in their lemma.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from callinsight.errors import ConfigError

WILDCARD: dict[str, Any] = {"OP": "{0,3}"}


@dataclass(frozen=True)
class CompiledPattern:
    key: str  # matcher key: "<kind>/<category>/<pattern|topic|cue>/<index>"
    text: str  # the pattern as written, for the evidence column
    starts_negated: bool  # the pattern itself begins with a negation ("can not afford")


def _casings(lemma: str) -> list[str]:
    return sorted({lemma, lemma.lower(), lemma.capitalize(), lemma.upper()})


class PatternCompiler:
    """Lemmatizes pattern words once (one ``nlp.pipe`` over all of them) and builds token specs."""

    def __init__(self, nlp: Any, negation_cues: Iterable[str], source: str) -> None:
        self.nlp = nlp
        self.negation = {c.lower() for c in negation_cues}
        self.source = source
        self._lemmas: dict[str, list[str]] = {}

    def prepare(self, patterns: Iterable[str]) -> None:
        words: set[str] = set()
        for p in patterns:
            for chunk in p.split():
                if chunk != "*":
                    words.update(a for a in chunk.split("|") if a)
        todo = sorted(w for w in words if w not in self._lemmas)
        for word, doc in zip(todo, self.nlp.pipe(todo), strict=True):
            self._lemmas[word] = [t.lemma_ for t in doc]

    def specs(self, pattern: str, where: str) -> tuple[list[dict[str, Any]], bool]:
        specs: list[dict[str, Any]] = []
        first_lemmas: list[str] = []
        for chunk in pattern.split():
            if chunk == "*":
                specs.append(dict(WILDCARD))
                continue
            alternatives = [a for a in chunk.split("|") if a]
            if len(alternatives) > 1:
                lemmas = []
                for a in alternatives:
                    got = self._lemmas[a]
                    if len(got) != 1:
                        raise ConfigError(
                            f"{self.source}: '{where}': alternative '{a}' in '{pattern}' is {len(got)} words; "
                            "alternatives separated by '|' must be single words"
                        )
                    lemmas.append(got[0])
                specs.append({"LEMMA": {"IN": sorted({c for lm in lemmas for c in _casings(lm)})}})
                first_lemmas.extend(lemmas)
            else:
                for lemma in self._lemmas[alternatives[0]]:
                    specs.append({"LEMMA": {"IN": _casings(lemma)}})
                    first_lemmas.append(lemma)
        starts_negated = bool(first_lemmas) and first_lemmas[0].lower() in self.negation
        return specs, starts_negated


def build_matcher(nlp: Any, entries: list[tuple[str, str, str]], negation_cues: Iterable[str], source: str) -> tuple[Any, dict[str, CompiledPattern]]:
    """``entries`` = (key, pattern text, where-for-messages). Returns the matcher and key -> pattern."""
    from spacy.matcher import Matcher

    compiler = PatternCompiler(nlp, negation_cues, source)
    compiler.prepare(p for _, p, _ in entries)
    matcher = Matcher(nlp.vocab)
    compiled: dict[str, CompiledPattern] = {}
    for key, text, where in entries:
        specs, starts_negated = compiler.specs(text, where)
        if not specs or all(s == WILDCARD for s in specs):
            raise ConfigError(f"{source}: '{where}': pattern '{text}' has no words")
        matcher.add(key, [specs])
        compiled[key] = CompiledPattern(key=key, text=text, starts_negated=starts_negated)
    return matcher, compiled
