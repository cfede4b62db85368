"""The taxonomy: kinds -> categories with phrase patterns and example sentences, and journey-stage cues.

A shipped default lives next to this module; a user copies it (``callinsight mining taxonomy``),
edits it and names the copy in ``[mining] taxonomy``. A malformed file is a ``ConfigError`` naming
the file and the exact key, never a silent fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from callinsight.errors import ConfigError
from callinsight.records import CONCERN_KINDS, ROLES

#: The kinds a taxonomy may define (``records.CONCERN_KINDS``; competitors are found by name, not by taxonomy).
KINDS = CONCERN_KINDS
AUDIENCE_STAGES = {
    "prospect": ("awareness", "consideration", "decision"),
    "customer": ("onboarding", "everyday_use", "renewal", "cancellation"),
}
#: Where a call lands when no cue decides it.
FALLBACK_STAGE = {"prospect": "awareness", "customer": "everyday_use"}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Category:
    kind: str
    id: str
    label: str
    patterns: tuple[str, ...]
    examples: tuple[str, ...]
    topics: tuple[str, ...] = ()  # words that count only together with a problem cue
    exclude: tuple[str, ...] = ()  # a sentence holding one of these is never this category ("cancel the meeting")


@dataclass(frozen=True)
class Taxonomy:
    source: str  # the file it came from, for messages
    languages: tuple[str, ...]
    kinds: dict[str, tuple[str, ...]]  # kind -> roles it is mined from
    categories: tuple[Category, ...]
    semantic_threshold: float
    semantic_margin: float
    neutral_examples: tuple[str, ...]
    negation_cues: tuple[str, ...]
    problem_cues: tuple[str, ...]
    stages: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # audience -> stage -> cues

    def category(self, kind: str, category_id: str) -> Category:
        for c in self.categories:
            if c.kind == kind and c.id == category_id:
                return c
        raise KeyError((kind, category_id))

    def roles_for(self, kind: str) -> tuple[str, ...]:
        return self.kinds[kind]


def default_taxonomy_path() -> Path:
    return Path(str(resources.files("callinsight.mining").joinpath("taxonomy.yaml")))


def default_taxonomy_text() -> str:
    return resources.files("callinsight.mining").joinpath("taxonomy.yaml").read_text(encoding="utf-8")


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Load and validate a taxonomy file (the shipped default when ``path`` is None)."""
    import yaml

    source = path if path is not None else default_taxonomy_path()
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"taxonomy file {source} does not exist",
            hint="create one with `callinsight mining taxonomy --output FILE` or clear [mining] taxonomy",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read taxonomy file {source}: {exc}") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: invalid YAML: {' '.join(str(exc).split())}") from None
    return parse_taxonomy(raw, str(source))


def parse_taxonomy(raw: Any, source: str) -> Taxonomy:
    v = _Validator(source)
    top = v.mapping(raw, "")
    v.known_keys(top, "", {"version", "languages", "semantic", "negation_cues", "problem_cues", "kinds", "stages"})
    if top.get("version", 1) != 1:
        v.fail("version", f"unsupported version {top.get('version')!r} (this callinsight reads version 1)")
    languages = v.strings(top.get("languages", ["en"]), "languages", allow_empty=False)
    semantic = v.mapping(top.get("semantic", {}), "semantic")
    v.known_keys(semantic, "semantic.", {"threshold", "margin", "neutral_examples"})
    threshold = v.number(semantic.get("threshold", 0.6), "semantic.threshold", 0.0, 1.0)
    margin = v.number(semantic.get("margin", 0.0), "semantic.margin", -1.0, 1.0)
    neutral = v.strings(semantic.get("neutral_examples", []), "semantic.neutral_examples")
    negation = v.strings(top.get("negation_cues", ["not", "never", "no"]), "negation_cues")
    problems = v.strings(top.get("problem_cues", []), "problem_cues")

    kinds_raw = v.mapping(top.get("kinds"), "kinds")
    kinds: dict[str, tuple[str, ...]] = {}
    categories: list[Category] = []
    for kind, body in kinds_raw.items():
        where = f"kinds.{kind}"
        if kind not in KINDS:
            v.fail(where, f"unknown kind '{kind}' (kinds: {', '.join(KINDS)})")
        body = v.mapping(body, where)
        v.known_keys(body, f"{where}.", {"roles", "categories"})
        roles = v.strings(body.get("roles", ["customer", "unknown"]), f"{where}.roles", allow_empty=False)
        bad = [r for r in roles if r not in ROLES]
        if bad:
            v.fail(f"{where}.roles", f"unknown role(s) {bad} (roles: {', '.join(ROLES)})")
        kinds[kind] = roles
        cats = v.mapping(body.get("categories"), f"{where}.categories")
        if not cats:
            v.fail(f"{where}.categories", "needs at least one category")
        for cid, cbody in cats.items():
            cwhere = f"{where}.categories.{cid}"
            if not isinstance(cid, str) or not _ID.match(cid):
                v.fail(cwhere, "category ids are snake_case (a-z, 0-9, _), e.g. 'missing_feature'")
            cbody = v.mapping(cbody, cwhere)
            v.known_keys(cbody, f"{cwhere}.", {"label", "patterns", "topics", "examples", "exclude"})
            patterns = v.strings(cbody.get("patterns", []), f"{cwhere}.patterns")
            examples = v.strings(cbody.get("examples", []), f"{cwhere}.examples")
            topics = v.strings(cbody.get("topics", []), f"{cwhere}.topics")
            exclude = v.strings(cbody.get("exclude", []), f"{cwhere}.exclude")
            if not patterns and not examples:
                v.fail(cwhere, "needs patterns or examples (or both)")
            for i, p in enumerate(patterns):
                if p.split()[0] == "*" or p.split()[-1] == "*":
                    v.fail(f"{cwhere}.patterns[{i}]", f"'{p}' may not start or end with '*'")
            label = cbody.get("label", cid.replace("_", " "))
            if not isinstance(label, str):
                v.fail(f"{cwhere}.label", "must be a string")
            categories.append(Category(kind, cid, label, patterns, examples, topics, exclude))
    stages = _parse_stages(v, top.get("stages", {}))
    return Taxonomy(
        source=source,
        languages=languages,
        kinds=kinds,
        categories=tuple(categories),
        semantic_threshold=threshold,
        semantic_margin=margin,
        neutral_examples=neutral,
        negation_cues=negation,
        problem_cues=problems,
        stages=stages,
    )


def _parse_stages(v: _Validator, raw: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    stages_raw = v.mapping(raw, "stages")
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for audience, body in stages_raw.items():
        if audience not in AUDIENCE_STAGES:
            v.fail(f"stages.{audience}", f"unknown audience (audiences: {', '.join(AUDIENCE_STAGES)})")
        body = v.mapping(body, f"stages.{audience}")
        out[audience] = {}
        for stage, cues in body.items():
            if stage not in AUDIENCE_STAGES[audience]:
                v.fail(f"stages.{audience}.{stage}", f"unknown stage (stages: {', '.join(AUDIENCE_STAGES[audience])})")
            out[audience][stage] = v.strings(cues, f"stages.{audience}.{stage}")
    return out


class _Validator:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: str) -> None:
        where = f"'{key}'" if key else "the top level"
        raise ConfigError(
            f"{self.source}: {where}: {problem}",
            hint="compare with the shipped default: `callinsight mining taxonomy --output default.yaml`",
        )

    def mapping(self, value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(key, f"must be a mapping, got {type(value).__name__}")
        return value  # type: ignore[return-value]

    def known_keys(self, value: dict[str, Any], prefix: str, known: set[str]) -> None:
        for k in value:
            if k not in known:
                self.fail(f"{prefix}{k}", f"unknown key (known here: {', '.join(sorted(known))})")

    def strings(self, value: Any, key: str, *, allow_empty: bool = True) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fail(key, f"must be a list of strings, got {type(value).__name__}")
        for i, item in enumerate(value):
            if isinstance(item, bool):
                self.fail(f"{key}[{i}]", f"must be a string, got {item!r}: YAML reads bare no/yes/on/off as booleans, quote it")
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{key}[{i}]", f"must be a non-empty string, got {item!r}")
        if not value and not allow_empty:
            self.fail(key, "must not be empty")
        return tuple(s.strip() for s in value)

    def number(self, value: Any, key: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            self.fail(key, f"must be a number between {low} and {high}, got {value!r}")
        return float(value)
