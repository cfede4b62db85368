"""Turning taxonomy phrase patterns into spaCy matchers on lemmas.

Pattern syntax (documented in the taxonomy file): words matched on their lemma, ``*`` for up to three
arbitrary words, ``a|b`` for alternatives of one word.

Speed: each doc's ``NORM`` attribute is overwritten with its lower-cased lemma (``lemma_norms``), so
lemmas are compared case-insensitively by plain string equality ("Slack" keeps its capital in spaCy's
lemma). Patterns without ``*`` go to a ``PhraseMatcher`` on NORM (alternatives expanded), which is
a hash lookup per token; only wildcard patterns need the slower token ``Matcher``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from callinsight.errors import ConfigError

WILDCARD: dict[str, Any] = {"OP": "{0,3}"}
#: A pattern whose alternatives expand to more phrases than this is matched by the token Matcher.
MAX_EXPANSION = 64


@dataclass(frozen=True)
class CompiledPattern:
    key: str  # matcher key, e.g. "p/<kind>/<category>/<index>"
    text: str  # the pattern as written, for the evidence column
    starts_negated: bool  # the pattern itself begins with a negation ("can not afford")


def lemma_norms(doc: Any) -> Any:
    """Put each token's lower-cased lemma in NORM (what the matchers compare)."""
    for token in doc:
        token.norm_ = token.lemma_.lower()
    return doc


class PatternMatcher:
    """A PhraseMatcher and a token Matcher behind one call, returning (key, start, end)."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.vocab = nlp.vocab
        self.phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self.tokens = Matcher(nlp.vocab)
        self._has_tokens = False

    def add_phrases(self, key: str, phrases: list[list[str]]) -> None:
        from spacy.tokens import Doc

        self.phrases.add(key, [Doc(self.vocab, words=p) for p in phrases])

    def add_tokens(self, key: str, specs: list[dict[str, Any]]) -> None:
        self.tokens.add(key, [specs])
        self._has_tokens = True

    def __call__(self, doc: Any) -> list[tuple[str, int, int]]:
        found = [(self.vocab.strings[m], s, e) for m, s, e in self.phrases(doc)]
        if self._has_tokens:
            found += [(self.vocab.strings[m], s, e) for m, s, e in self.tokens(doc)]
        return found


class PatternCompiler:
    """Lemmatizes pattern words once (one ``nlp.pipe`` over all of them) and compiles patterns."""

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
            self._lemmas[word] = [t.lemma_.lower() for t in doc]

    def slots(self, pattern: str, where: str) -> list[list[str] | None]:
        """One entry per token: the lemmas it may be, or None for a wildcard."""
        slots: list[list[str] | None] = []
        for chunk in pattern.split():
            if chunk == "*":
                slots.append(None)
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
                slots.append(sorted(set(lemmas)))
            else:
                slots.extend([lemma] for lemma in self._lemmas[alternatives[0]])
        return slots

    def starts_negated(self, slots: list[list[str] | None]) -> bool:
        first = slots[0] if slots else None
        return first is not None and any(lemma in self.negation for lemma in first)


def build_matcher(
    nlp: Any, entries: list[tuple[str, str, str]], negation_cues: Iterable[str], source: str
) -> tuple[PatternMatcher, dict[str, CompiledPattern]]:
    """``entries`` = (key, pattern text, where-for-messages). Returns the matcher and key -> pattern."""
    compiler = PatternCompiler(nlp, negation_cues, source)
    compiler.prepare(p for _, p, _ in entries)
    matcher = PatternMatcher(nlp)
    compiled: dict[str, CompiledPattern] = {}
    for key, text, where in entries:
        slots = compiler.slots(text, where)
        if not slots or all(s is None for s in slots):
            raise ConfigError(f"{source}: '{where}': pattern '{text}' has no words")
        expansion = 1
        for s in slots:
            expansion *= len(s) if s is not None else MAX_EXPANSION + 1
        if expansion <= MAX_EXPANSION:
            matcher.add_phrases(key, [list(p) for p in itertools.product(*[s for s in slots if s is not None])])
        else:
            matcher.add_tokens(
                key, [dict(WILDCARD) if s is None else {"NORM": s[0]} if len(s) == 1 else {"NORM": {"IN": s}} for s in slots]
            )
        compiled[key] = CompiledPattern(key=key, text=text, starts_negated=compiler.starts_negated(slots))
    return matcher, compiled
