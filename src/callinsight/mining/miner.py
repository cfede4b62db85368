"""Mining a batch of calls: one spaCy pass and one batched encoding over all of them, results per call.

Pure over its input (no store access), so the stage can write each call in its own transaction and a
scale-out executor can run batches elsewhere.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callinsight.config import CompanyConfig
from callinsight.mining.competitors import NameMatcher, ner_candidates
from callinsight.mining.config import MiningConfig
from callinsight.mining.journey import JourneyStage, classify_stage
from callinsight.mining.problems import (
    CategoryGuess,
    ProblemCues,
    ProblemDetector,
    ProblemSignal,
    SentenceSignals,
    nearest_categories,
)
from callinsight.mining.response import classify_response, next_agent_turn
from callinsight.mining.rules import DocMatches, RuleDetector
from callinsight.mining.semantic import SemanticDetector, SemanticHit
from callinsight.mining.sentiment import QuarterSentiment, SentimentScorer, call_quarters, label
from callinsight.mining.taxonomy import Taxonomy
from callinsight.mining.timing import quote_times, word_spans
from callinsight.mining.vector_cache import VectorCache
from callinsight.records import CONCERN_KINDS, OTHER_CATEGORY, Utterance

RULE_CONFIDENCE = 0.9
TOPIC_CONFIDENCE = 0.7  # a topic word plus a problem cue: weaker evidence than a full phrase
#: A sentence this negative makes a pain-point topic word count even without a problem cue.
NEGATIVE_TOPIC = -0.3
#: Kinds that report a problem: a sentence with one of them needs no `other` finding besides.
PROBLEM_KINDS = ("pain_point", "churn_signal", "objection")
#: Most sentence vectors kept per stage run (384 float32 each: about 30 MB).
VECTOR_CACHE = 20_000
#: The ``method`` column for each problem-detector signal.
SIGNAL_METHOD = {"cue": "rule", "function": "rule", "complaint": "rule", "churn": "rule", "sentiment": "sentiment",
                 "semantic": "semantic"}


@dataclass
class CallText:
    call_id: str
    language: str | None
    kind: str | None  # metadata: sales / support
    duration_s: float | None
    utterances: list[Utterance]
    account: str | None = None  # the customer's own organisation: never a competitor candidate


@dataclass
class Insight:
    seq: int
    role: str
    kind: str
    category: str
    quote: str
    char_start: int
    char_end: int
    start_s: float | None
    end_s: float | None
    method: str  # rule / semantic / fuzzy
    confidence: float
    evidence: str
    agent_response: str | None = None
    response_seq: int | None = None


@dataclass
class CandidateMention:
    seq: int
    role: str
    name: str
    quote: str
    char_start: int
    char_end: int
    start_s: float | None
    end_s: float | None


@dataclass
class MinedCall:
    call_id: str
    insights: list[Insight]
    sentiments: list[tuple[int, float, str]]  # (seq, score, label)
    quarters: list[QuarterSentiment]
    stage: JourneyStage
    candidates: list[CandidateMention] = field(default_factory=list)


@dataclass
class _Problems:
    """The problem detector's output for one call, by utterance index."""

    signals: dict[int, SentenceSignals]
    semantic: dict[tuple[int, int], ProblemSignal]  # (utterance, sentence) -> similar to complaint examples
    guesses: dict[tuple[int, int], dict[str, CategoryGuess]]  # (utterance, sentence) -> kind -> nearest category


@dataclass
class _Sentence:
    start: int  # char span in the utterance text, whitespace trimmed
    end: int
    token_start: int
    n_words: int


class Miner:
    """Holds the models and compiled taxonomy for one stage run."""

    def __init__(
        self, nlp: Any, embedder: Any | None, taxonomy: Taxonomy, config: MiningConfig, company: CompanyConfig,
        cues: ProblemCues | None = None, vector_cache: Path | None = None,
    ) -> None:
        """``cues``: the language's domain-independent problem cues (``problems.load_cues``); None mines the
        taxonomy's categories only (no ``other`` findings). ``vector_cache``: a folder keeping the example
        sentences' vectors between runs (``vector_cache.py``); None encodes them every time."""
        self.nlp = nlp
        self.taxonomy = taxonomy
        self.config = config
        self.rules = RuleDetector(nlp, taxonomy)
        semantic = embedder is not None and config.semantic
        cache = None
        if semantic and vector_cache is not None:
            cache = VectorCache.for_model(vector_cache, lambda s: _encode_probe(embedder, s))
        self.semantic = (
            SemanticDetector(embedder, taxonomy, config.semantic_threshold or None, cache=cache) if semantic else None
        )
        self.sentiment = SentimentScorer()
        self.problems = (ProblemDetector(nlp, cues, embedder if self.semantic is not None else None, cache=cache)
                         if cues else None)
        self.competitors = NameMatcher(company.competitors, config.fuzzy_threshold)
        self.company = NameMatcher({company.name: list(company.aliases)}, config.fuzzy_threshold)
        known = dict(company.competitors)
        known[company.name] = list(company.aliases)
        self.known_names = NameMatcher(known, config.fuzzy_threshold)
        self.encoded = 0  # distinct sentences encoded so far (benchmarks report it)
        self._cache: dict[str, Any] = {}  # sentence text -> its vector, for this stage run (``_vectors``)
        self.semantic_roles = {r for k in CONCERN_KINDS if k in taxonomy.kinds for r in taxonomy.roles_for(k)}

    def mine(self, calls: list[CallText]) -> list[MinedCall]:
        flat = [(ci, ui) for ci, call in enumerate(calls) for ui in range(len(call.utterances))]
        texts = [calls[ci].utterances[ui].text for ci, ui in flat]
        docs = list(self.nlp.pipe(texts, batch_size=128))
        sentences = [_sentences(doc) for doc in docs]
        matches = [self.rules.match(doc, [s.token_start for s in sents]) for doc, sents in zip(docs, sentences, strict=True)]

        # Domain-independent problem signals of every sentence of a role the concern kinds are mined from.
        signals: dict[int, SentenceSignals] = {}
        if self.problems is not None:
            for fi, (ci, ui) in enumerate(flat):
                if calls[ci].utterances[ui].role in self.semantic_roles:
                    sents = sentences[fi]
                    signals[fi] = self.problems.match(docs[fi], [s.token_start for s in sents],
                                                      [texts[fi][s.start : s.end] for s in sents])

        # One batched encoding of every sentence the semantic detector may judge.
        wanted: list[tuple[int, int]] = []  # (flat index, sentence index)
        if self.semantic is not None:
            for fi, (ci, ui) in enumerate(flat):
                if calls[ci].utterances[ui].role in self.semantic_roles:
                    wanted += [(fi, si) for si, s in enumerate(sentences[fi]) if s.n_words >= self.config.min_words]
        semantic_hits: dict[tuple[int, int], SemanticHit] = {}
        problem_hits: dict[tuple[int, int], ProblemSignal] = {}
        guesses: dict[tuple[int, int], dict[str, CategoryGuess]] = {}
        if wanted and self.semantic is not None:
            # Each distinct sentence is encoded once ("can you hear me?" recurs across calls); the taxonomy
            # examples, the generic complaint examples and the category guess all use the same vectors.
            said = [texts[fi][sentences[fi][si].start : sentences[fi][si].end] for fi, si in wanted]
            unique = list(dict.fromkeys(said))
            vectors = self._vectors(unique)
            verdicts = dict(zip(unique, self.semantic.classify(vectors), strict=True))
            problem_verdicts = dict(zip(unique, self.problems.semantic(vectors), strict=True)) if self.problems else {}
            guess = dict(zip(unique, nearest_categories(vectors, self.semantic.example_vectors, self.semantic.owners,
                                                        self.semantic.examples), strict=True)) if self.problems else {}
            for key, text in zip(wanted, said, strict=True):
                verdict = verdicts[text]
                if verdict is not None:
                    semantic_hits[key] = verdict
                if problem_verdicts.get(text) is not None:
                    problem_hits[key] = problem_verdicts[text]  # type: ignore[assignment]
                if text in guess:
                    guesses[key] = guess[text]

        results = []
        fi = 0
        for call in calls:
            n = len(call.utterances)
            span = range(fi, fi + n)
            results.append(
                self._assemble(
                    call,
                    [docs[i] for i in span],
                    [sentences[i] for i in span],
                    [matches[i] for i in span],
                    {(i - fi, si): h for (i, si), h in semantic_hits.items() if i in span},
                    _Problems({i - fi: sig for i, sig in signals.items() if i in span},
                              {(i - fi, si): h for (i, si), h in problem_hits.items() if i in span},
                              {(i - fi, si): g for (i, si), g in guesses.items() if i in span}),
                )
            )
            fi += n
        return results

    def _vectors(self, unique: list[str]) -> Any:
        """Sentence vectors, each distinct text encoded once per stage run, not once per batch: encoding is
        most of the stage's time (docs/mining.md, "Throughput") and customers repeat themselves across
        calls ("can you hear me now?"). A text's vector does not depend on its batch, so findings are unchanged."""
        import numpy as np

        assert self.semantic is not None
        found = {t: self._cache[t] for t in unique if t in self._cache}
        new = [t for t in unique if t not in found]
        if new:
            self.encoded += len(new)
            for text, vector in zip(new, self.semantic.encode(new), strict=True):
                found[text] = self._cache[text] = vector
            while len(self._cache) > VECTOR_CACHE:  # oldest first (dicts keep insertion order)
                del self._cache[next(iter(self._cache))]
        return np.stack([found[t] for t in unique]) if unique else self.semantic.encode([])

    def _assemble(
        self,
        call: CallText,
        docs: list[Any],
        sentences: list[list[_Sentence]],
        matches: list[DocMatches],
        semantic_hits: dict[tuple[int, int], SemanticHit],
        problems: _Problems | None = None,
    ) -> MinedCall:
        insights: list[Insight] = []
        candidates: list[CandidateMention] = []
        sentiments: list[tuple[int, float, str]] = []
        roles: list[str] = [u.role for u in call.utterances]
        account = NameMatcher({call.account: []}, self.config.fuzzy_threshold) if call.account else None
        for ui, u in enumerate(call.utterances):
            spans = word_spans(u.text, u.words) if u.words else []
            score = self.sentiment.score(u.text) if u.text.strip() else 0.0
            sentiments.append((u.seq, score, label(score)))

            def add(si: int, kind: str, category: str, method: str, confidence: float, evidence: str) -> None:
                insights.append(_insight(u, sentences[ui][si], spans, kind, category, method, confidence, evidence))  # noqa: B023

            found: set[tuple[int, str, str]] = set()
            negated: set[tuple[int, str, str]] = set()
            m = matches[ui]
            for hit in sorted(m.hits, key=lambda h: (h.sentence, h.topic)):
                if u.role not in self.taxonomy.roles_for(hit.kind):
                    continue
                key = (hit.sentence, hit.kind, hit.category)
                if hit.negated:
                    negated.add(key)
                    continue
                if key in found:
                    continue
                if hit.topic and not self._topic_counts(u.text, sentences[ui][hit.sentence], hit.sentence, m):
                    continue
                found.add(key)
                conf = TOPIC_CONFIDENCE if hit.topic else RULE_CONFIDENCE
                add(hit.sentence, hit.kind, hit.category, "rule", conf, f"pattern '{hit.pattern}' matched '{hit.matched}'")
            for (sui, si), sh in sorted(semantic_hits.items()):
                if sui != ui or u.role not in self.taxonomy.roles_for(sh.kind):
                    continue
                key = (si, sh.kind, sh.category)
                if key in found or key in negated or key in m.excluded:
                    continue  # a rule already found it, or saw it negated ("not too expensive")
                found.add(key)
                add(si, sh.kind, sh.category, "semantic", sh.similarity, f"similar to '{sh.example}'")
            if problems is not None:
                self._problem_findings(ui, u.role, found, negated, m, problems, add)
            insights += self._competitors(u, sentences[ui], spans)
            candidates += self._candidates(u, docs[ui], spans, account)

        self._agent_responses(call, insights, roles)
        findings = [(i.kind, i.category) for i in insights if i.kind != "competitor"]
        cues: Counter[tuple[str, str]] = Counter()
        for m in matches:
            cues.update(m.stage_cues)
        stage = classify_stage(call.kind, cues, findings)
        quarter_items: list[tuple[str, float | None, int, float]] = [(u.role, u.start_s, i, s[1]) for i, (u, s) in enumerate(zip(call.utterances, sentiments, strict=True))]
        quarters = call_quarters(quarter_items, call.duration_s, len(call.utterances))
        insights.sort(key=lambda i: (i.seq, i.char_start, i.kind, i.category))
        return MinedCall(call.call_id, insights, sentiments, quarters, stage, candidates)

    def _problem_findings(self, ui: int, role: str, found: set[tuple[int, str, str]], negated: set[tuple[int, str, str]],
                          m: DocMatches, problems: _Problems, add: Any) -> None:
        """A problem the taxonomy did not categorise: the nearest category of its kind when close enough, else `other`."""
        per_sentence: dict[int, dict[str, ProblemSignal]] = {}
        sig = problems.signals.get(ui)
        for si, kinds in (sig.by_sentence.items() if sig else []):
            per_sentence[si] = dict(kinds)
        for (sui, si), hit in problems.semantic.items():
            if sui == ui:
                per_sentence.setdefault(si, {}).setdefault(hit.kind, hit)
        threshold = self.problems.cues.category_threshold if self.problems else 1.0
        for si, kinds in sorted(per_sentence.items()):
            categorised = {k for s, k, _ in found if s == si and k in PROBLEM_KINDS}
            for kind, hit in sorted(kinds.items()):
                roles = self.taxonomy.kinds.get(kind, ("customer", "unknown"))
                if role not in roles or kind in categorised or (kind == "pain_point" and categorised):
                    continue
                if any(s == si and k == kind for s, k, _ in m.excluded):
                    continue  # the taxonomy rules this kind out here ("cancel the meeting")
                guess = problems.guesses.get((ui, si), {}).get(kind)
                if guess is not None and guess.similarity >= threshold and (si, kind, guess.category) not in negated:
                    add(si, kind, guess.category, "semantic", hit.confidence,
                        f"{hit.evidence}; category: similar to '{guess.example}'")
                    found.add((si, kind, guess.category))
                else:
                    add(si, kind, OTHER_CATEGORY, SIGNAL_METHOD[hit.signal], hit.confidence, hit.evidence)
                    found.add((si, kind, OTHER_CATEGORY))

    def _topic_counts(self, text: str, s: _Sentence, si: int, m: DocMatches) -> bool:
        if si in m.problem_sentences:
            return True
        return self.sentiment.score(text[s.start : s.end]) <= NEGATIVE_TOPIC

    def _competitors(self, u: Utterance, sents: list[_Sentence], spans: list[Any]) -> list[Insight]:
        own = self.company.find(u.text)
        out = []
        for mention in self.competitors.find(u.text):
            if any(mention.char_start < o.char_end and mention.char_end > o.char_start for o in own):
                continue  # the company's own name ("Northwind desk" vs a competitor alias)
            s = _sentence_at(sents, mention.char_start)
            start_s, end_s = quote_times(u, s.start, s.end, spans)
            exact = mention.similarity >= 0.999
            said = u.text[mention.char_start : mention.char_end]
            out.append(
                Insight(u.seq, u.role, "competitor", mention.name, u.text[s.start : s.end], s.start, s.end, start_s, end_s,
                        "rule" if exact else "fuzzy", round(mention.similarity, 3),
                        f"'{said}' ~ alias '{mention.alias}'")
            )
        # one row per competitor per sentence
        unique: dict[tuple[str, int], Insight] = {}
        for i in out:
            unique.setdefault((i.category, i.char_start), i)
        return list(unique.values())

    def _candidates(self, u: Utterance, doc: Any, spans: list[Any], account: NameMatcher | None) -> list[CandidateMention]:
        out = []
        for c in ner_candidates(doc, self.known_names):
            if account is not None and account.find(c.name):
                continue
            start_s, end_s = quote_times(u, c.char_start, c.char_end, spans)
            quote = u.text[c.char_start : c.char_end]
            out.append(CandidateMention(u.seq, u.role, c.name, quote, c.char_start, c.char_end, start_s, end_s))
        return out

    def _agent_responses(self, call: CallText, insights: list[Insight], roles: list[str]) -> None:
        index = {u.seq: i for i, u in enumerate(call.utterances)}
        for ins in insights:
            if ins.kind not in CONCERN_KINDS or ins.role != "customer":
                continue
            j = next_agent_turn(roles, index[ins.seq])
            agent = call.utterances[j] if j is not None else None
            ins.agent_response = classify_response(ins.quote, agent.text if agent else None)
            ins.response_seq = agent.seq if agent else None


def _insight(
    u: Utterance, s: _Sentence, spans: list[Any], kind: str, category: str, method: str, confidence: float, evidence: str
) -> Insight:
    start_s, end_s = quote_times(u, s.start, s.end, spans)
    return Insight(u.seq, u.role, kind, category, u.text[s.start : s.end], s.start, s.end, start_s, end_s, method,
                   round(confidence, 3), evidence)


def _encode_probe(embedder: Any, sentences: list[str]) -> Any:
    return embedder.encode(sentences, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)


def _sentences(doc: Any) -> list[_Sentence]:
    out = []
    text = doc.text
    # A pipeline without parser, senter or sentencizer gives no sentence boundaries: one sentence per turn.
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(_Sentence(start, end, sent.start, sum(1 for t in sent if t.is_alpha)))
    if not out:
        out.append(_Sentence(0, len(text), 0, 0))
    return out


def _sentence_at(sents: list[_Sentence], char: int) -> _Sentence:
    for s in sents:
        if s.start <= char < s.end:
            return s
    return min(sents, key=lambda s: abs(s.start - char))
