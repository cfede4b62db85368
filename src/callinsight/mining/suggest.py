"""Categories discovered from the data: group what no taxonomy category covers and propose new ones.

Input: the findings stored with category ``other`` (problem reports no category fits) and customer
utterances with negative sentiment that hold no pain point, churn signal or objection at all. Each
distinct quote is encoded with the local sentence embedder and grouped by agglomerative clustering
on cosine distance (scikit-learn); a group needs ``min_size`` quotes. Each group gets:

- a readable label: its most distinctive words and two-word phrases (counts in the group against all
  quotes, stop words removed), e.g. "credit report / incorrect information";
- counts (quotes, calls), example quotes (the ones nearest the group's centre, exact stored text);
- candidate patterns (the distinctive phrases, in taxonomy pattern syntax) and example sentences.

``callinsight mining suggest --write FILE`` turns the groups into a taxonomy draft: the configured
taxonomy plus one new category per group, validated, written to a new file (never over an existing one).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callinsight.errors import ConfigError

if TYPE_CHECKING:
    import duckdb

    from callinsight.mining.config import MiningSettings

PROBLEM_KINDS = ("pain_point", "churn_signal", "objection")
#: Cosine distance under which two quotes may share a group (average linkage). Larger: fewer, broader groups.
DISTANCE = 0.6
#: The same for word-count vectors (no embedder: the report), whose cosines run lower.
WORD_DISTANCE = 0.97
_STOP = {"i", "me", "my", "we", "our", "you", "your", "it", "its", "they", "them", "their", "the", "a", "an", "and",
         "or", "but", "to", "of", "in", "on", "for", "with", "at", "by", "from", "this", "that", "these", "those", "is",
         "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "not", "no", "so",
         "as", "if", "then", "than", "there", "here", "what", "which", "who", "when", "why", "how", "all", "any",
         "can", "could", "would", "should", "will", "just", "also", "very", "still", "even", "about", "into", "out",
         "up", "get", "got", "he", "she", "his", "her", "him", "xx", "xxxx", "xxxxxxxx", "im", "dont", "ive"}


@dataclass
class Quote:
    call_id: str
    seq: int
    kind: str
    text: str
    source: str  # "other" finding or "negative" utterance


@dataclass
class CategorySuggestion:
    id: str
    label: str
    kind: str
    quotes: int
    calls: int
    examples: list[str]
    patterns: list[str]
    members: list[Quote] = field(default_factory=list, repr=False)


def uncategorised_quotes(con: duckdb.DuckDBPyConnection, since: Any = None, until: Any = None) -> list[Quote]:
    """``other`` findings and uncovered negative customer utterances (optionally within started_at bounds)."""
    where, params = _period(since, until)
    rows = con.execute(
        f"""SELECT i.call_id, i.seq, i.kind, i.quote FROM v_insights i JOIN v_calls c USING (call_id)
            WHERE i.category = 'other' AND i.kind IN ('pain_point', 'churn_signal', 'objection') {where}
            ORDER BY i.call_id, i.seq, i.char_start""",
        params,
    ).fetchall()
    out = [Quote(r[0], r[1], r[2], r[3], "other") for r in rows]
    negative = con.execute(
        f"""SELECT u.call_id, u.seq, u.text FROM v_utterances u JOIN v_calls c USING (call_id)
            WHERE u.role IN ('customer', 'unknown') AND u.sentiment_label = 'negative' {where}
              AND NOT EXISTS (SELECT 1 FROM v_insights i WHERE i.call_id = u.call_id AND i.seq = u.seq
                              AND i.kind IN ('pain_point', 'churn_signal', 'objection'))
            ORDER BY u.call_id, u.seq""",
        params,
    ).fetchall()
    out += [Quote(r[0], r[1], "pain_point", r[2], "negative") for r in negative]
    return out


def _period(since: Any, until: Any) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if since is not None:
        clauses.append("c.started_at >= ?")
        params.append(since)
    if until is not None:
        clauses.append("c.started_at < ?")
        params.append(until)
    return "".join(f" AND {c}" for c in clauses), params


def group_quotes(quotes: list[Quote], embedder: Any | None, *, min_size: int = 3, limit: int = 10,
                 distance: float | None = None) -> list[CategorySuggestion]:
    """Cluster the quotes; the largest groups first (at most ``limit``).

    With an embedder the quotes are compared by meaning; without one (the report, which loads no
    model) by their words (TF-IDF over words: unrelated quotes share none, distance 1).
    """
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering

    texts = list(dict.fromkeys(q.text for q in quotes))
    if len(texts) < max(2, min_size):
        return []
    if embedder is not None:
        vectors = embedder.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    else:
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectors = TfidfVectorizer(stop_words=sorted(_STOP), sublinear_tf=True).fit_transform(texts).toarray()
        vectors[~vectors.any(axis=1), 0] = 1.0  # a quote of stop words only: its own point, not a NaN
    distance = distance if distance is not None else DISTANCE if embedder is not None else WORD_DISTANCE

    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=distance).fit_predict(vectors)
    index = {t: i for i, t in enumerate(texts)}
    all_terms = Counter(term for t in texts for term in set(_terms(t)))
    groups: list[CategorySuggestion] = []
    used_ids: set[str] = set()
    for label in set(labels.tolist()):
        members_idx = [i for i, lab in enumerate(labels.tolist()) if lab == label]
        members = [q for q in quotes if labels[index[q.text]] == label]
        if len(members) < min_size:
            continue
        centre = vectors[members_idx].mean(axis=0)
        order = sorted(members_idx, key=lambda i: -float(np.dot(vectors[i], centre)))
        terms = _distinctive([texts[i] for i in members_idx], all_terms, len(texts))
        label_text = " / ".join(terms[:2]) if terms else texts[order[0]][:40]
        cid = _unique_id(re.sub(r"[^a-z0-9]+", "_", (terms[0] if terms else "new_concern").lower()).strip("_"), used_ids)
        kind = Counter(q.kind for q in members).most_common(1)[0][0]
        groups.append(CategorySuggestion(cid, label_text, kind, len(members), len({q.call_id for q in members}),
                                         [texts[i] for i in order[:3]], terms[:5], members))
    groups.sort(key=lambda g: (-g.quotes, g.id))
    return groups[:limit]


def _terms(text: str) -> list[str]:
    words = [w for w in re.findall(r"[a-z][a-z']+", text.lower()) if w not in _STOP and len(w) > 2]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _distinctive(texts: list[str], all_terms: Counter[str], n_all: int) -> list[str]:
    """Terms frequent in the group and rarer elsewhere (document frequency ratio, two-word terms first on ties)."""
    inside = Counter(term for t in texts for term in set(_terms(t)))
    need = max(2, len(texts) // 4)
    scored = [(c / len(texts) - (all_terms[term] - c) / max(n_all - len(texts), 1), " " in term, term)
              for term, c in inside.items() if c >= need]
    scored.sort(key=lambda s: (-s[0], not s[1], s[2]))
    out: list[str] = []
    for _, _, term in scored:
        if not any(term in o or o in term for o in out):
            out.append(term)
    return out


def _unique_id(base: str, used: set[str]) -> str:
    cid = base if base and base[0].isalpha() else f"c_{base}"
    n = 2
    while cid in used:
        cid, n = f"{base}_{n}", n + 1
    used.add(cid)
    return cid


def write_draft(groups: list[CategorySuggestion], taxonomy_text: str, source: str, path: Path) -> Path:
    """The taxonomy plus one category per group, validated, written to a NEW file."""
    import yaml

    from callinsight.mining.taxonomy import parse_taxonomy

    if path.exists():
        raise ConfigError(f"{path} already exists; `mining suggest --write` never overwrites a file",
                          hint="choose a new file name")
    raw = yaml.safe_load(taxonomy_text)
    kinds = raw.setdefault("kinds", {})
    existing = {cid for body in kinds.values() for cid in (body or {}).get("categories", {})}
    for g in groups:
        cats = kinds.setdefault(g.kind, {"categories": {}}).setdefault("categories", {})
        cid = _unique_id(f"new_{g.id}", set(existing))
        existing.add(cid)
        cats[cid] = {"label": f"{g.label} (suggested: {g.quotes} quotes in {g.calls} calls)",
                     "patterns": [p for p in g.patterns if p],
                     "examples": g.examples}
    parse_taxonomy(raw, str(path))  # a draft that would not load is a bug here, not the user's problem
    header = (f"# Taxonomy draft written by `callinsight mining suggest` from {source}.\n"
              "# Categories named new_*: review labels, patterns and examples, delete what is not a real concern,\n"
              "# then point [mining] taxonomy at this file and run `callinsight mining rerun`.\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as f:
        f.write(header + yaml.safe_dump(raw, sort_keys=False, allow_unicode=True, width=120))
    return path


@dataclass
class SuggestResult:
    groups: list[CategorySuggestion]
    quotes: int  # uncategorised quotes considered
    written: Path | None = None


def suggest_categories(config: MiningSettings, *, write: Path | None = None, min_size: int = 3,
                       limit: int = 10) -> SuggestResult:
    """`callinsight mining suggest`: group the store's uncategorised problems; optionally write a draft."""
    from callinsight.mining.taxonomy import default_taxonomy_path
    from callinsight.store.db import open_store

    if write is not None and write.exists():  # before any work: the answer is the same after it
        raise ConfigError(f"{write} already exists; `mining suggest --write` never overwrites a file",
                          hint="choose a new file name")
    with open_store(config.database_path, read_only=True) as con:
        quotes = uncategorised_quotes(con)
    embedder = None
    if quotes and config.mining.semantic:
        from callinsight.localmodels.factories import load_embedder

        embedder = load_embedder(config)
    groups = group_quotes(quotes, embedder, min_size=min_size, limit=limit)
    result = SuggestResult(groups, len(quotes))
    if write is not None:
        source = config.path(config.mining.taxonomy) if config.mining.taxonomy else default_taxonomy_path()
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read taxonomy file {source}: {exc}") from None
        result.written = write_draft(groups, text, str(source), write)
    return result
