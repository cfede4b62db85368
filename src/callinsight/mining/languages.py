"""The language seam of mining: per call language, which taxonomy, problem cues and NLP pipeline to use.

English ships complete: ``taxonomy.yaml``, ``problems.en.yaml`` and the configured spaCy pipeline
(``localmodels.factories.load_spacy``) with the MiniLM embedder. Another language is added with data
and one line per model, no change to the miner:

- ``taxonomy.<lang>.yaml`` next to ``taxonomy.yaml`` (or next to the configured ``[mining] taxonomy``
  file, which then serves English and overrides the shipped one);
- ``problems.<lang>.yaml`` next to ``problems.en.yaml`` (the domain-independent problem cues);
- an entry in ``NLP_FACTORIES`` (and, when a model fits the language, ``EMBEDDER_FACTORIES``): the
  dotted path of a function ``(config) -> model``, imported only when a call of that language is mined.
  A language without an embedder is mined with rules only.

``[mining] languages`` still lists the languages a deployment wants mined; a call in a language with
no taxonomy or no pipeline is recorded as skipped with that reason (``v_mining_status``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callinsight.lang.detect import base_language
from callinsight.mining.taxonomy import default_taxonomy_path

__all__ = ["EMBEDDER_FACTORIES", "NLP_FACTORIES", "LanguageSupport", "base_language", "embedder_for", "nlp_for",
           "support_for", "taxonomy_path_for"]

#: language -> "module:function" building its spaCy-compatible pipeline from the config.
NLP_FACTORIES: dict[str, str] = {
    "en": "callinsight.localmodels.factories:load_spacy",
    "ko": "callinsight.localmodels.factories:load_korean_nlp",  # spacy.blank("ko") with Kiwi (lang/korean.py)
}
#: language -> "module:function" building a sentence embedder that understands the language.
EMBEDDER_FACTORIES: dict[str, str] = {
    "en": "callinsight.localmodels.factories:load_embedder",
    "ko": "callinsight.localmodels.factories:load_multilingual_embedder",  # USE v3: MiniLM reads Hangul as jamo
}


def _resolve(dotted: str) -> Callable[[Any], Any]:
    module, _, name = dotted.partition(":")
    factory: Callable[[Any], Any] = getattr(importlib.import_module(module), name)
    return factory


def nlp_for(language: str, config: Any) -> Any:
    """The NLP pipeline for ``language`` (KeyError when none is registered)."""
    return _resolve(NLP_FACTORIES[language])(config)


def embedder_for(language: str, config: Any) -> Any | None:
    """The sentence embedder for ``language``, or None (semantic matching off for it)."""
    dotted = EMBEDDER_FACTORIES.get(language)
    return _resolve(dotted)(config) if dotted else None


def taxonomy_path_for(language: str, configured: Path | None) -> Path | None:
    """The taxonomy file of ``language``, or None when there is none.

    English: the configured file, else the shipped ``taxonomy.yaml``. Other languages:
    ``taxonomy.<lang>.yaml`` beside the configured file first, then beside the shipped one.
    """
    if language == "en":
        return configured if configured is not None else default_taxonomy_path()
    for folder in ([configured.parent] if configured is not None else []) + [default_taxonomy_path().parent]:
        candidate = folder / f"taxonomy.{language}.yaml"
        if candidate.exists():
            return candidate
    return None


@dataclass(frozen=True)
class LanguageSupport:
    language: str
    taxonomy: Path | None
    has_nlp: bool
    has_cues: bool

    @property
    def reason(self) -> str | None:
        """Why calls of this language cannot be mined, or None when they can."""
        missing = [what for what, ok in (("taxonomy", self.taxonomy is not None), ("NLP pipeline", self.has_nlp)) if not ok]
        return f"language {self.language}: no {' and no '.join(missing)}" if missing else None


def support_for(language: str, configured: Path | None) -> LanguageSupport:
    from callinsight.mining.problems import cues_path

    return LanguageSupport(language, taxonomy_path_for(language, configured), language in NLP_FACTORIES,
                           cues_path(language).exists())
