"""Deciding which persona a call belongs to.

A metadata hint that names a persona wins. Otherwise each persona is scored by how closely the
customer's own sentences match what the persona document says (concerns first, then goals, role,
background...): for each utterance its best match among the persona's items, and the call's score
is the mean of its ``top_k`` best utterances, so one strong passage outweighs small talk. The call is
left ``unassigned`` when the best score is under ``min_score`` or leads the runner-up by less than
``min_margin``: a wrong persona is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from callinsight.personas.model import slugify

if TYPE_CHECKING:
    import numpy as np

    from callinsight.personas.config import PersonasConfig
    from callinsight.personas.store import StoredPersona


@dataclass
class PersonaVectors:
    """A persona's item embeddings; the first ``n_concerns`` rows are its documented concerns."""

    persona: StoredPersona
    items: np.ndarray
    concern_ids: list[int]
    concern_phrases: list[set[tuple[str, ...]]] = field(default_factory=list)  # distinctive key phrases per concern
    part_vectors: np.ndarray | None = None  # every concern's parts (sentences, clauses), for concern matching
    part_owners: np.ndarray | None = None  # the concern index of each part

    @property
    def n_concerns(self) -> int:
        return len(self.concern_ids)


@dataclass
class Assignment:
    call_id: str
    persona_id: str | None
    persona_version: int | None
    score: float | None
    margin: float | None
    runner_up: str | None  # the second-best persona; for an unassigned call, the closest one
    method: str  # metadata / similarity / threshold / no_content
    is_negative: bool = False
    scores: dict[str, float] = field(default_factory=dict)


def persona_vectors(personas: list[StoredPersona], encode: object) -> list[PersonaVectors]:
    """Embed every persona's items once per run (``encode`` maps texts to normalised vectors)."""
    from callinsight.personas.concern_match import concern_part_vectors
    from callinsight.personas.phrases import distinctive_phrases, split_sentences

    # key phrases are distinctive across the whole set, so a phrase two concerns share does not count
    all_concerns = [c.text for p in personas for _, c in p.concerns]
    phrases = iter(distinctive_phrases(all_concerns))
    out = []
    for p in personas:
        concern_texts = [c.text for _, c in p.concerns]
        others = [t for t in p.doc.profile_texts() if t not in set(concern_texts)]
        # a prose concern merged from several sentences also maps calls by each sentence on its own
        others += [s for t in concern_texts for s in split_sentences(t) if s != t and s not in others]
        others.append(p.name)
        vectors = encode(concern_texts + others)  # type: ignore[operator]
        own_phrases = [next(phrases) for _ in concern_texts]
        parts, owners = concern_part_vectors(concern_texts, encode)
        out.append(PersonaVectors(p, vectors, [cid for cid, _ in p.concerns], own_phrases, parts, owners))
    return out


def match_hint(hint: str | None, personas: list[StoredPersona]) -> StoredPersona | None:
    """The persona a metadata hint names (its id or its name, spelled loosely)."""
    if not hint or not hint.strip():
        return None
    wanted = slugify(hint)
    if not wanted:  # a hint in a script with no slug letters would match every such persona
        return None
    for p in personas:
        if wanted in (p.persona_id, slugify(p.name)):
            return p
    return None


def score_personas(call_vectors: np.ndarray, vectors: list[PersonaVectors], top_k: int) -> dict[str, float]:
    import numpy as np

    scores: dict[str, float] = {}
    if call_vectors.shape[0] == 0:
        return scores
    for pv in vectors:
        best_per_utterance = (call_vectors @ pv.items.T).max(axis=1)
        k = min(top_k, best_per_utterance.shape[0])
        scores[pv.persona.persona_id] = float(np.sort(best_per_utterance)[-k:].mean())
    return scores


def decide(
    call_id: str, hint: str | None, scores: dict[str, float], personas: list[StoredPersona], config: PersonasConfig
) -> Assignment:
    by_id = {p.persona_id: p for p in personas}
    hinted = match_hint(hint, personas)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if hinted is not None:
        others = [s for pid, s in ranked if pid != hinted.persona_id]
        own = scores.get(hinted.persona_id)
        margin = own - others[0] if own is not None and others else None
        return Assignment(call_id, hinted.persona_id, hinted.version, own, margin,
                          ranked[0][0] if ranked and ranked[0][0] != hinted.persona_id else (ranked[1][0] if len(ranked) > 1 else None),
                          "metadata", hinted.is_negative, scores)
    if not ranked:
        return Assignment(call_id, None, None, None, None, None, "no_content", False, scores)
    best_id, best = ranked[0]
    second_id, second = ranked[1] if len(ranked) > 1 else (None, 0.0)
    margin = best - second if len(ranked) > 1 else best
    if best < config.min_score or margin < config.min_margin:
        return Assignment(call_id, None, None, best, margin, best_id, "threshold", False, scores)
    chosen = by_id[best_id]
    return Assignment(call_id, best_id, chosen.version, best, margin, second_id, "similarity", chosen.is_negative, scores)


@dataclass
class ConcernHit:
    call_id: str
    seq: int
    persona_id: str
    persona_version: int
    concern_id: int
    similarity: float


def concern_hits(
    call_id: str,
    seqs: list[int],
    sentences: list[tuple[np.ndarray, list[list[str]]]],
    vectors: list[PersonaVectors],
    threshold: float,
    phrase_threshold: float,
) -> list[ConcernHit]:
    """For each utterance (its sentences' vectors and lemmas) and persona, the documented concerns it voices."""
    from callinsight.personas.concern_match import concern_similarities, match_sentences

    hits: list[ConcernHit] = []
    for pv in vectors:
        if not pv.n_concerns:
            continue
        phrases = pv.concern_phrases or [set() for _ in range(pv.n_concerns)]
        for seq, (sentence_vectors, sentence_lemmas) in zip(seqs, sentences, strict=True):
            if pv.part_vectors is not None and pv.part_owners is not None:
                sims = concern_similarities(sentence_vectors, pv.part_vectors, pv.part_owners, pv.n_concerns)
            else:
                sims = sentence_vectors @ pv.items[: pv.n_concerns].T
            matched = match_sentences(sims, sentence_lemmas, phrases, threshold, phrase_threshold)
            for col, value in sorted(matched.items()):
                hits.append(ConcernHit(call_id, seq, pv.persona.persona_id, pv.persona.version, pv.concern_ids[col], value))
    return hits
