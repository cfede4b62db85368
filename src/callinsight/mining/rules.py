"""Rule detection: taxonomy patterns on lemmas (spaCy matchers), negation-aware, per sentence.

One matcher holds every category pattern, the pain-point topic words, the problem cues and the
journey-stage cues, so each document is matched once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from callinsight.mining.patterns import build_matcher, lemma_norms
from callinsight.mining.taxonomy import Taxonomy

#: A negation this many words before a match (inside the same clause) cancels it.
NEGATION_WINDOW = 4
_CLAUSE_BREAKS = {",", ";", ":", "but", "although", "though", "however", "-", "—"}


@dataclass(frozen=True)
class RuleHit:
    kind: str
    category: str
    sentence: int  # index of the sentence in the doc
    pattern: str
    matched: str
    topic: bool  # a topic word: counts only with a problem cue in the sentence
    negated: bool


@dataclass
class DocMatches:
    """What the matcher found in one utterance's doc."""

    hits: list[RuleHit] = field(default_factory=list)
    problem_sentences: set[int] = field(default_factory=set)  # sentences holding a non-negated problem cue
    excluded: set[tuple[int, str, str]] = field(default_factory=set)  # (sentence, kind, category) ruled out
    stage_cues: Counter[tuple[str, str]] = field(default_factory=Counter)  # (audience, stage) -> count


class RuleDetector:
    def __init__(self, nlp: Any, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.negation = {c.lower() for c in taxonomy.negation_cues}
        entries: list[tuple[str, str, str]] = []
        for c in taxonomy.categories:
            base = f"kinds.{c.kind}.categories.{c.id}"
            entries += [(f"p/{c.kind}/{c.id}/{i}", p, f"{base}.patterns[{i}]") for i, p in enumerate(c.patterns)]
            entries += [(f"t/{c.kind}/{c.id}/{i}", p, f"{base}.topics[{i}]") for i, p in enumerate(c.topics)]
            entries += [(f"x/{c.kind}/{c.id}/{i}", p, f"{base}.exclude[{i}]") for i, p in enumerate(c.exclude)]
        entries += [(f"c/problem/{i}", p, f"problem_cues[{i}]") for i, p in enumerate(taxonomy.problem_cues)]
        for audience, stages in taxonomy.stages.items():
            for stage, cues in stages.items():
                entries += [(f"s/{audience}/{stage}/{i}", p, f"stages.{audience}.{stage}[{i}]") for i, p in enumerate(cues)]
        self.matcher, self.patterns = build_matcher(nlp, entries, taxonomy.negation_cues, taxonomy.source)

    def match(self, doc: Any, sentence_starts: list[int]) -> DocMatches:
        """Match one doc; ``sentence_starts`` are the token indexes where its sentences start."""
        out = DocMatches()
        raw = []  # (tag, rest, start, end, sentence, negated, pattern)
        lemma_norms(doc)
        for key, start, end in self.matcher(doc):
            pattern = self.patterns[key]
            sent = sentence_of(sentence_starts, start)
            negated = not pattern.starts_negated and self._negated(doc, start, sentence_starts[sent])
            tag, *rest = key.split("/")
            raw.append((tag, rest, start, end, sent, negated, pattern.text))
        # "don't think it's too expensive": the negation of the longer match covers "expensive" inside it
        negated_spans = {(r[1][0], r[1][1], r[2], r[3]) for r in raw if r[5] and r[0] in ("p", "t")}
        seen: dict[tuple[str, str, int, bool], RuleHit] = {}
        for tag, rest, start, end, sent, negated, text in raw:
            if tag == "s":
                if not negated:
                    out.stage_cues[(rest[0], rest[1])] += 1
                continue
            if tag == "c":
                if not negated:
                    out.problem_sentences.add(sent)
                continue
            if tag == "x":
                out.excluded.add((sent, rest[0], rest[1]))
                continue
            kind, category = rest[0], rest[1]
            if not negated:
                negated = any(k == kind and c == category and s <= start and end <= e for k, c, s, e in negated_spans)
            hit = RuleHit(kind, category, sent, text, doc[start:end].text, tag == "t", negated)
            # One hit per (category, sentence, topic-ness): the first non-negated wins over negated ones.
            slot = (kind, category, sent, hit.topic)
            if slot not in seen or (seen[slot].negated and not negated):
                seen[slot] = hit
        out.hits = [h for h in seen.values() if (h.sentence, h.kind, h.category) not in out.excluded]
        return out

    def _negated(self, doc: Any, start: int, sent_start: int) -> bool:
        i, steps = start - 1, 0
        while i >= sent_start and steps < NEGATION_WINDOW:
            tok = doc[i]
            low = tok.lower_
            if low in _CLAUSE_BREAKS:
                return False
            if low in self.negation or tok.lemma_.lower() in self.negation:
                # "no longer need it" and "no, too expensive" are not negations of what follows
                nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
                if not (low == "no" and nxt in ("longer", ",", ".")):
                    return True
            i -= 1
            steps += 1
        return False


def sentence_of(starts: list[int], token: int) -> int:
    lo = 0
    for i, s in enumerate(starts):
        if s <= token:
            lo = i
        else:
            break
    return lo
