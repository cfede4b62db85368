"""Is the persona set itself right?

- ``overlap``: two personas whose calls voice the same concerns in the same proportions (1 - Jensen-
  Shannon divergence of their heard-concern distributions at least ``overlap_threshold``): real calls
  cannot tell them apart, a sign of one persona too many.
- ``missing_persona``: unassigned calls whose content is alike (cosine of the customer-side centroids
  at least ``missing_similarity``), at least ``missing_min_calls`` of them: a group nobody documented.
- ``negative_match``: calls that map to a negative persona (a customer the company does not want).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any

from callinsight.drift import js_divergence
from callinsight.personas.content import CONCERN_KINDS
from callinsight.personas.store import StoredPersona, table_exists

if TYPE_CHECKING:
    import duckdb

    from callinsight.personas.config import PersonasConfig


@dataclass
class Finding:
    kind: str  # overlap / missing_persona / negative_match
    personas: list[str]
    score: float
    summary: str
    evidence: dict[str, Any] = field(default_factory=dict)


def concern_profile(con: duckdb.DuckDBPyConnection, call_ids: list[str], names: dict[tuple[str, int], str]) -> Counter[str]:
    """Utterance counts per heard concern across the calls, in one vocabulary shared by all personas:
    every documented concern of any persona the utterance matched, and mining categories."""
    profile: Counter[str] = Counter()
    if not call_ids:
        return profile
    for persona_id, concern_id, n in con.execute(
        """SELECT persona_id, concern_id, count(*) FROM call_concern_hits h
           WHERE call_id IN (SELECT unnest(?))
             AND persona_version = (SELECT max(version) FROM personas p WHERE p.persona_id = h.persona_id)
           GROUP BY ALL""",
        [call_ids],
    ).fetchall():
        label = names.get((persona_id, concern_id))
        if label:
            profile[label] += int(n)
    if table_exists(con, "insights"):
        for category, n in con.execute(
            """SELECT category, count(*) FROM insights WHERE call_id IN (SELECT unnest(?)) AND role <> 'agent'
               AND kind IN (SELECT unnest(?)) GROUP BY ALL""",
            [call_ids, list(CONCERN_KINDS)],
        ).fetchall():
            profile[f"category: {category}"] += int(n)
    return profile


def overlap_findings(
    con: duckdb.DuckDBPyConnection, personas: list[StoredPersona], by_persona: dict[str, list[str]], config: PersonasConfig
) -> list[Finding]:
    names = {(p.persona_id, cid): f"{p.name}: {c.text}" for p in personas for cid, c in p.concerns}
    profiles = {
        p.persona_id: concern_profile(con, by_persona.get(p.persona_id, []), names)
        for p in personas
        if len(by_persona.get(p.persona_id, [])) >= config.missing_min_calls
    }
    by_id = {p.persona_id: p for p in personas}
    findings = []
    for a, b in combinations(sorted(profiles), 2):
        pa, pb = profiles[a], profiles[b]
        if not pa or not pb:
            continue
        similarity = 1.0 - js_divergence(dict(pa), dict(pb))
        if similarity < config.overlap_threshold:
            continue
        shared = sorted(set(pa) & set(pb), key=lambda k: -(pa[k] + pb[k]))[:5]
        close = _close_calls(con, a, b, config.min_margin * 2)
        findings.append(Finding(
            "overlap", [a, b], similarity,
            f"{by_id[a].name} and {by_id[b].name} voice the same concerns in calls "
            f"(similarity {similarity:.2f}, {len(by_persona[a])} and {len(by_persona[b])} calls): consider merging them",
            {
                "shared_concerns": [{"concern": k, a: pa[k], b: pb[k]} for k in shared],
                "close_calls": close,
                "calls": {a: by_persona[a][:10], b: by_persona[b][:10]},
                "call_counts": {a: len(by_persona[a]), b: len(by_persona[b])},  # the sentence, in the proposal's language
            },
        ))
    return findings


def _close_calls(con: duckdb.DuckDBPyConnection, a: str, b: str, margin: float) -> list[dict[str, Any]]:
    """Calls of one persona for which the other was the close runner-up."""
    rows = con.execute(
        """SELECT call_id, persona_id, runner_up, round(score, 3), round(margin, 3) FROM call_personas
           WHERE ((persona_id = ? AND runner_up = ?) OR (persona_id = ? AND runner_up = ?)) AND margin < ?
           ORDER BY margin LIMIT 10""",
        [a, b, b, a, margin],
    ).fetchall()
    return [{"call_id": r[0], "persona": r[1], "runner_up": r[2], "score": r[3], "margin": r[4]} for r in rows]


def missing_persona_findings(con: duckdb.DuckDBPyConnection, config: PersonasConfig) -> list[Finding]:

    found = con.execute(
        """SELECT call_id, centroid, runner_up, score FROM call_personas
           WHERE persona_id IS NULL AND method = 'threshold' AND centroid IS NOT NULL ORDER BY call_id"""
    ).fetchall()
    # English and Korean calls are mapped in different embedding spaces (384 / 512 dimensions): group each
    # space on its own.
    spaces: dict[int, list[Any]] = {}
    for r in found:
        spaces.setdefault(len(r[1]), []).append(r)
    return [f for rows in spaces.values() for f in _missing_in_space(con, config, rows)]


def _missing_in_space(con: duckdb.DuckDBPyConnection, config: PersonasConfig, rows: list[Any]) -> list[Finding]:
    import numpy as np

    if len(rows) < config.missing_min_calls:
        return []
    vectors = np.asarray([r[1] for r in rows], dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    # Leader clustering: cheap, deterministic, and needs no number of clusters.
    leaders: list[int] = []
    members: list[list[int]] = []
    for i in range(len(rows)):
        sims = [float(vectors[i] @ vectors[leader]) for leader in leaders]
        best = int(np.argmax(sims)) if sims else -1
        if best >= 0 and sims[best] >= config.missing_similarity:
            members[best].append(i)
        else:
            leaders.append(i)
            members.append([i])
    findings = []
    for group in members:
        if len(group) < config.missing_min_calls:
            continue
        call_ids = [rows[i][0] for i in group]
        centre = vectors[group].mean(axis=0)
        cohesion = float(np.mean([vectors[i] @ centre / max(float(np.linalg.norm(centre)), 1e-9) for i in group]))
        closest = Counter(rows[i][2] for i in group if rows[i][2]).most_common(1)
        categories = _shared_categories(con, call_ids)
        findings.append(Finding(
            "missing_persona", [], cohesion,
            f"{len(group)} unassigned calls share their content (cohesion {cohesion:.2f})"
            + (f" and concerns {', '.join(c for c, _ in categories[:3])}" if categories else "")
            + (f"; closest documented persona: {closest[0][0]}" if closest else "")
            + ": a candidate missing persona",
            {
                "calls": call_ids,
                "shared_concerns": [{"concern": c, "calls": n} for c, n in categories],
                "quotes": _sample_quotes(con, call_ids, config.min_words),
            },
        ))
    return findings


def _shared_categories(con: duckdb.DuckDBPyConnection, call_ids: list[str]) -> list[tuple[str, int]]:
    if not table_exists(con, "insights"):
        return []
    rows = con.execute(
        """SELECT category, count(DISTINCT call_id) AS n FROM insights WHERE call_id IN (SELECT unnest(?))
           AND role <> 'agent' AND kind IN (SELECT unnest(?)) GROUP BY ALL HAVING n >= 2 ORDER BY n DESC, category""",
        [call_ids, list(CONCERN_KINDS)],
    ).fetchall()
    return [(r[0], int(r[1])) for r in rows]


def _sample_quotes(con: duckdb.DuckDBPyConnection, call_ids: list[str], min_words: int) -> list[dict[str, Any]]:
    """The longest customer turn of the first few calls: enough to read what the group is about."""
    rows = con.execute(
        """SELECT call_id, seq, text, start_s FROM (
               SELECT call_id, seq, text, start_s,
                      row_number() OVER (PARTITION BY call_id ORDER BY length(text) DESC, seq) AS rk
               FROM utterances WHERE call_id IN (SELECT unnest(?)) AND role <> 'agent')
           WHERE rk = 1 ORDER BY call_id LIMIT 5""",
        [call_ids],
    ).fetchall()
    return [{"call_id": r[0], "seq": r[1], "quote": r[2], "start_s": r[3]} for r in rows if len(r[2].split()) >= min_words]


def negative_findings(con: duckdb.DuckDBPyConnection, personas: list[StoredPersona], by_persona: dict[str, list[str]]) -> list[Finding]:
    findings = []
    for p in personas:
        calls = by_persona.get(p.persona_id, [])
        if not p.is_negative or not calls:
            continue
        rows = con.execute(
            "SELECT call_id, method, round(score, 3) FROM call_personas WHERE persona_id = ? ORDER BY score DESC NULLS LAST LIMIT 20",
            [p.persona_id],
        ).fetchall()
        findings.append(Finding(
            "negative_match", [p.persona_id], float(len(calls)),
            f"{len(calls)} call(s) match the negative persona {p.name}: customers the company does not want",
            {"calls": [{"call_id": r[0], "method": r[1], "score": r[2]} for r in rows]},
        ))
    return findings
