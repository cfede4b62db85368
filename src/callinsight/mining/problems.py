"""Domain-independent problem detection: is this customer sentence reporting a problem at all?

The taxonomy says *which* concern a sentence is (billing, onboarding...); it only knows the nouns of
the domains it was written for. This detector answers the prior question with signals that any
business shares, so a complaint is found even when no category fits (it is then stored as ``other``):

- ``cue``: a problem or negative-outcome expression ("error", "never received", "unacceptable");
- ``function``: a negated verb of what a service is expected to do ("didn't arrive", "won't let me");
- ``complaint``: complaint structure (waiting, repetition: "for weeks now", "third time");
- ``churn``: asking to cancel, get money back or switch (kind ``churn_signal``);
- ``sentiment``: a clearly negative sentence that refers to someone (I, you, it, they);
- ``semantic``: similar to generic complaint sentences rather than to generic neutral ones.

The cue lists and thresholds are data, one YAML file per language (``problems.<lang>.yaml`` next to
this module), so a language is added without code. Cues are negation- and condition-aware: "no
problem" and "what if the payment fails?" are not reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from callinsight.errors import ConfigError
from callinsight.mining.rules import sentence_of
from callinsight.mining.vector_cache import VectorCache, cached_vectors

#: How far back (in tokens, same clause) a negation or a condition word reaches.
NEGATION_WINDOW = 4
CONDITION_WINDOW = 8
_CLAUSE_BREAKS = {",", ";", ":", "but", "although", "though", "however", "-", "—", "and", "so"}
#: Tokens allowed between a negation and a negated function verb ("did not even receive", "hasn't yet arrived").
_BETWEEN_POS = {"ADV", "AUX", "PART", "PRON", "DET"}
#: Part-of-speech of a sentence that refers to someone, for the sentiment signal.
_REFERRING_POS = {"PRON", "PROPN", "NOUN"}


@dataclass(frozen=True)
class ProblemCues:
    """One language's cue lists and thresholds (``problems.<lang>.yaml``)."""

    source: str
    language: str
    negation: tuple[str, ...]
    hypothetical: tuple[str, ...]
    problem: tuple[str, ...]
    function_verbs: tuple[str, ...]
    complaint: tuple[str, ...]
    churn: tuple[str, ...]
    sentiment_threshold: float
    semantic_threshold: float
    semantic_margin: float
    category_threshold: float
    examples: tuple[str, ...]
    neutral_examples: tuple[str, ...]


@dataclass(frozen=True)
class ProblemSignal:
    """Why one sentence is a problem report."""

    sentence: int  # sentence index in the utterance
    kind: str  # pain_point / churn_signal
    signal: str  # cue / function / complaint / churn / sentiment / semantic
    evidence: str  # the cue and the words it matched, or the nearest example
    confidence: float


@dataclass
class SentenceSignals:
    """All signals of one utterance, by sentence index (``kind`` -> strongest signal)."""

    by_sentence: dict[int, dict[str, ProblemSignal]] = field(default_factory=dict)

    def add(self, s: ProblemSignal) -> None:
        kinds = self.by_sentence.setdefault(s.sentence, {})
        old = kinds.get(s.kind)
        if old is None or s.confidence > old.confidence:
            kinds[s.kind] = s


def cues_path(language: str) -> Path:
    return Path(str(resources.files("callinsight.mining").joinpath(f"problems.{language}.yaml")))


def available_cue_languages() -> list[str]:
    folder = Path(str(resources.files("callinsight.mining")))
    return sorted(p.name.split(".")[1] for p in folder.glob("problems.*.yaml"))


def load_cues(language: str, path: Path | None = None) -> ProblemCues:
    """The cue file of ``language`` (shipped next to this module unless ``path`` is given)."""
    import yaml

    source = path or cues_path(language)
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"no problem cues for language '{language}' ({source} does not exist)",
            hint="copy problems.en.yaml to problems.<lang>.yaml and translate its cues (docs/mining.md, 'Adding a language')",
        ) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read problem cues {source}: {' '.join(str(exc).split())}") from None
    return parse_cues(raw, str(source))


def parse_cues(raw: Any, source: str) -> ProblemCues:
    def fail(key: str, problem: str) -> None:
        raise ConfigError(f"{source}: '{key}': {problem}", hint="compare with the shipped problems.en.yaml")

    if not isinstance(raw, dict):
        fail("", "must be a mapping")
    known = {"version", "language", "negation", "hypothetical", "problem", "function_verbs", "complaint", "churn",
             "sentiment", "semantic"}
    for k in raw:
        if k not in known:
            fail(str(k), f"unknown key (known: {', '.join(sorted(known))})")

    def strings(value: Any, key: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
            fail(key, "must be a list of non-empty strings (quote yes/no/on/off)")
        return tuple(x.strip() for x in value)

    def number(section: dict[str, Any], key: str, default: float, low: float, high: float) -> float:
        value = section.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            fail(key, f"must be a number between {low} and {high}, got {value!r}")
        return float(value)

    sentiment = raw.get("sentiment", {}) or {}
    semantic = raw.get("semantic", {}) or {}
    if not isinstance(sentiment, dict) or not isinstance(semantic, dict):
        fail("sentiment/semantic", "must be mappings")
    language = raw.get("language")
    if not isinstance(language, str) or not language:
        fail("language", "must name the language, e.g. 'en'")
    return ProblemCues(
        source=source,
        language=str(language),
        negation=strings(raw.get("negation", []), "negation"),
        hypothetical=strings(raw.get("hypothetical", []), "hypothetical"),
        problem=strings(raw.get("problem", []), "problem"),
        function_verbs=strings(raw.get("function_verbs", []), "function_verbs"),
        complaint=strings(raw.get("complaint", []), "complaint"),
        churn=strings(raw.get("churn", []), "churn"),
        sentiment_threshold=number(sentiment, "threshold", -0.45, -1.0, 0.0),
        semantic_threshold=number(semantic, "threshold", 0.55, 0.0, 1.0),
        semantic_margin=number(semantic, "margin", 0.05, -1.0, 1.0),
        category_threshold=number(semantic, "category_threshold", 0.5, 0.0, 1.0),
        examples=strings(semantic.get("examples", []), "semantic.examples"),
        neutral_examples=strings(semantic.get("neutral_examples", []), "semantic.neutral_examples"),
    )


class ProblemDetector:
    """Finds problem reports in spaCy docs (lemmas, POS) plus optional sentence vectors.

    ``match`` expects docs whose NORM already holds lower-cased lemmas (``patterns.lemma_norms``),
    which the rule detector sets on the same docs, so each doc is prepared once.
    """

    def __init__(self, nlp: Any, cues: ProblemCues, embedder: Any | None = None, cache: VectorCache | None = None) -> None:
        """``cache``: keeps the example sentences' vectors between stage runs (``vector_cache``)."""
        from callinsight.mining.patterns import build_matcher

        self.cues = cues
        self.negation = {c.lower() for c in cues.negation}
        self.hypothetical = {c.lower() for c in cues.hypothetical}
        self.function_verbs = set(_lemmas(nlp, cues.function_verbs))
        entries: list[tuple[str, str, str]] = []
        for group in ("problem", "complaint", "churn"):
            entries += [(f"{group}/{i}", p, f"{group}[{i}]") for i, p in enumerate(getattr(cues, group))]
        self.matcher, self.patterns = build_matcher(nlp, entries, cues.negation, cues.source)
        self._sentiment: Any = None
        self._embedder = embedder  # Korean sentiment reads sentences in the embedder's space (lang.ko_sentiment)
        self.example_vectors: Any = None
        self.neutral_vectors: Any = None
        if embedder is not None and cues.examples:
            def encode(sentences: list[str]) -> Any:
                return _encode(embedder, sentences)

            self.example_vectors = cached_vectors(cache, "problems.examples", list(cues.examples), encode)
            if cues.neutral_examples:
                self.neutral_vectors = cached_vectors(cache, "problems.neutral", list(cues.neutral_examples), encode)

    def match(self, doc: Any, sentence_starts: list[int], sentence_texts: list[str]) -> SentenceSignals:
        """Rule and sentiment signals of one doc, per sentence (``sentence_starts``: token index of each)."""
        out = SentenceSignals()
        ends = [*sentence_starts[1:], len(doc)]
        for key, start, end in self.matcher(doc):
            si = sentence_of(sentence_starts, start)
            pattern = self.patterns[key]
            if not pattern.starts_negated and self._preceded_by(doc, start, sentence_starts[si], self.negation, NEGATION_WINDOW):
                continue
            if self._preceded_by(doc, start, sentence_starts[si], self.hypothetical, CONDITION_WINDOW):
                continue
            group = key.split("/")[0]
            kind = "churn_signal" if group == "churn" else "pain_point"
            signal = "churn" if group == "churn" else "complaint" if group == "complaint" else "cue"
            conf = 0.8 if signal != "cue" else 0.75
            out.add(ProblemSignal(si, kind, signal, f"{signal} '{pattern.text}' matched '{doc[start:end].text}'", conf))
        for si, (start, end) in enumerate(zip(sentence_starts, ends, strict=True)):
            for i in range(start, end):
                tok = doc[i]
                if (tok.norm_ in self.function_verbs and tok.pos_ in ("VERB", "AUX") and self._negated_verb(doc, i, start)
                        and not self._preceded_by(doc, i, start, self.hypothetical, CONDITION_WINDOW)):
                    out.add(ProblemSignal(si, "pain_point", "function", f"negated '{doc[max(start, i - 3):i + 1].text}'", 0.7))
                    break
            hypothetical = any(t.lower_ in self.hypothetical for t in doc[start:end])
            if si not in out.by_sentence and not hypothetical and self._negative(sentence_texts[si], doc[start:end]):
                out.add(ProblemSignal(si, "pain_point", "sentiment", "negative sentiment", 0.6))
        return out

    def semantic(self, vectors: Any) -> list[ProblemSignal | None]:
        """Per sentence vector (normalised): a ``semantic`` signal (sentence index 0, set by the caller) or None."""
        if self.example_vectors is None or len(vectors) == 0:
            return [None] * len(vectors)
        sims = vectors @ self.example_vectors.T
        best = sims.argmax(axis=1)
        best_sim = sims.max(axis=1)
        neutral = (vectors @ self.neutral_vectors.T).max(axis=1) if self.neutral_vectors is not None else best_sim * 0 - 1
        out: list[ProblemSignal | None] = []
        for idx, sim, neu in zip(best.tolist(), best_sim.tolist(), neutral.tolist(), strict=True):
            if sim >= self.cues.semantic_threshold and sim - neu >= self.cues.semantic_margin:
                out.append(ProblemSignal(0, "pain_point", "semantic", f"similar to '{self.cues.examples[idx]}'", float(sim)))
            else:
                out.append(None)
        return out

    def _negative(self, text: str, span: Any) -> bool:
        if not any(t.pos_ in _REFERRING_POS for t in span):
            return False
        if self._sentiment is None:
            if self.cues.language == "ko" and self._embedder is not None:
                # VADER knows no Korean: prototype sentences in the multilingual space instead
                from callinsight.lang.ko_sentiment import KoreanSentiment

                self._sentiment = KoreanSentiment(self._embedder)
            else:
                from callinsight.mining.sentiment import SentimentScorer

                self._sentiment = SentimentScorer()
        return bool(self._sentiment.score(text) <= self.cues.sentiment_threshold)

    def _negated_verb(self, doc: Any, i: int, sent_start: int) -> bool:
        j = i - 1
        while j >= sent_start and i - j <= 3:
            tok = doc[j]
            if tok.lower_ in self.negation or tok.norm_ in self.negation:
                nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
                return not (tok.lower_ == "no" and nxt in ("longer", ",", "."))
            if tok.pos_ not in _BETWEEN_POS:
                return False
            j -= 1
        return False

    @staticmethod
    def _preceded_by(doc: Any, start: int, sent_start: int, words: set[str], window: int) -> bool:
        i, steps = start - 1, 0
        while i >= sent_start and steps < window:
            tok = doc[i]
            if tok.lower_ in _CLAUSE_BREAKS:
                return False
            if tok.lower_ in words or tok.norm_ in words:
                nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
                return not (tok.lower_ == "no" and nxt in ("longer", ",", "."))
            i -= 1
            steps += 1
        return False


def _lemmas(nlp: Any, words: tuple[str, ...]) -> list[str]:
    return [t.lemma_.lower() for doc in nlp.pipe(list(words)) for t in doc[:1]]


def _encode(embedder: Any, sentences: list[str]) -> Any:
    return embedder.encode(sentences, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)


@dataclass(frozen=True)
class CategoryGuess:
    """The taxonomy category of one kind whose example sentences a sentence is nearest to."""

    category: str
    similarity: float
    example: str


def nearest_categories(vectors: Any, example_vectors: Any, owners: list[tuple[str, str]], examples: list[str]) -> list[dict[str, CategoryGuess]]:
    """Per sentence vector: kind -> the nearest category of that kind (by its most similar example)."""
    if len(vectors) == 0 or len(examples) == 0:
        return [{} for _ in range(len(vectors))]
    sims = vectors @ example_vectors.T
    out: list[dict[str, CategoryGuess]] = []
    for row in sims.tolist():
        best: dict[str, CategoryGuess] = {}
        for j, (kind, category) in enumerate(owners):
            if kind not in best or row[j] > best[kind].similarity:
                best[kind] = CategoryGuess(category, float(row[j]), examples[j])
        out.append(best)
    return out
