"""Small lazy factories for the heavy models. Heavy libraries are imported here, only when called.

Loaded models are kept per process (keyed by folder and device settings): the stages of one
``callinsight run`` (mining, embedding, topics, personas) share one sentence-transformer instead of
loading it three times.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callinsight.errors import ModelError
from callinsight.localmodels.registry import resolve

if TYPE_CHECKING:
    from callinsight.config import Settings

# Torch's OpenMP threads spin while waiting by default; on a shared or busy CPU the spinning threads
# take the cores the work needs, and MiniLM encoding (most of the mine stage) ran 2-3x slower
# (docs/mining.md, "Throughput"). Read once when OpenMP loads (spaCy imports torch), so set before any
# model import; a value the user set wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

_CACHE: dict[tuple[Any, ...], Any] = {}
_LOCK = threading.Lock()
FIX = "run `callinsight models install --force`"


def _cached(key: tuple[Any, ...], build: Callable[[], Any]) -> Any:
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = build()
        return _CACHE[key]


def clear_cache() -> None:
    """Forget loaded models (tests; long-lived processes that change models)."""
    with _LOCK:
        _CACHE.clear()


def _quiet_transformers() -> None:
    # Loading bars from transformers would interleave with our own progress and cron logs.
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover - transformers comes with sentence-transformers
        pass


def load_whisper(config: Settings, name: str | None = None) -> Any:
    """A faster-whisper ``WhisperModel`` from a local folder (never a hub name)."""
    from callinsight.localmodels.device import whisper_placement

    path = resolve(config.models_dir, "whisper", name or config.models.whisper)
    m = config.models
    place = whisper_placement(m.device, m.compute_type)  # "auto": CUDA + float16 with a GPU, else CPU + int8

    def build() -> Any:
        from faster_whisper import WhisperModel

        try:
            return WhisperModel(
                str(path), device=place.device, compute_type=place.compute_type, cpu_threads=m.cpu_threads, local_files_only=True
            )
        except Exception as exc:  # CTranslate2 raises plain RuntimeError/ValueError for bad files
            raise ModelError(f"cannot load whisper model {path}: {exc}", hint=FIX) from None

    return _cached(("whisper", str(path), place.device, place.compute_type, m.cpu_threads), build)


def load_sentence_transformer(path: Path, device: str = "cpu") -> Any:
    """A sentence-transformers model from a local folder, once per process."""

    from callinsight.localmodels.device import torch_device

    device = torch_device(device)  # "auto" -> cuda when torch sees a GPU

    def build() -> Any:
        _quiet_transformers()
        from sentence_transformers import SentenceTransformer

        try:
            return SentenceTransformer(str(path), device=device, local_files_only=True)
        except Exception as exc:
            raise ModelError(f"cannot load embedding model {path}: {exc}", hint=FIX) from None

    return _cached(("embedder", str(path), device), build)


def load_embedder(config: Settings) -> Any:
    """The configured sentence-transformers model."""
    path = resolve(config.models_dir, "embedder", config.models.embedder)
    return load_sentence_transformer(path, config.models.device)


def load_spacy(config: Settings) -> Any:
    """The configured spaCy pipeline (callers must not add pipes to it: it is shared)."""
    path = resolve(config.models_dir, "spacy", config.models.spacy)

    def build() -> Any:
        import spacy

        try:
            return spacy.load(path)
        except Exception as exc:
            raise ModelError(f"cannot load spaCy pipeline {path}: {exc}", hint=FIX) from None

    return _cached(("spacy", str(path)), build)


def load_multilingual_encoder(path: Path, threads: int = 1) -> Any:
    """The multilingual sentence encoder (USE v3) from its folder under ``models/``, once per process."""

    def build() -> Any:
        from callinsight.localmodels.use import MultilingualEncoder

        encoder = MultilingualEncoder(path, threads=threads)
        try:
            encoder.encode(["."])  # load the files now, so a damaged model fails here with a clear error
        except Exception as exc:
            raise ModelError(f"cannot load multilingual embedding model {path}: {exc}", hint=FIX) from None
        return encoder

    return _cached(("use", str(path), threads), build)


def load_multilingual_embedder(config: Settings) -> Any:
    """The configured multilingual embedder (``[models] multilingual_embedder``) for non-English text;
    one BLAS thread (two threads on two busy cores fight: MODELS.md)."""
    path = resolve(config.models_dir, "use", config.models.multilingual_embedder)
    return load_multilingual_encoder(path, threads=1)


def load_kiwi(config: Settings) -> Any:
    """The Korean analyser (Kiwi) from ``[models] korean`` (``models/kiwi-ko``), once per process."""
    path = resolve(config.models_dir, "kiwi", config.models.korean)

    def build() -> Any:
        from callinsight.lang.korean import load_kiwi as kiwi_from

        try:
            return kiwi_from(path)
        except Exception as exc:
            raise ModelError(f"cannot load the Korean analyser {path}: {exc}", hint=FIX) from None

    return _cached(("kiwi", str(path)), build)


def load_korean_nlp(config: Settings) -> Any:
    """``spacy.blank("ko")`` with the Kiwi tokenizer (callinsight.lang.korean), once per process."""
    path = resolve(config.models_dir, "kiwi", config.models.korean)

    def build() -> Any:
        from callinsight.lang.korean import korean_nlp

        try:
            return korean_nlp(path)
        except Exception as exc:
            raise ModelError(f"cannot load the Korean pipeline {path}: {exc}", hint=FIX) from None

    return _cached(("korean-nlp", str(path)), build)


def load_nlp_for(config: Settings, language: str | None) -> Any:
    """The spaCy pipeline for a language: Korean -> the Kiwi pipeline; anything else -> ``[models] spacy``."""
    from callinsight.lang.detect import KOREAN, base_language

    return load_korean_nlp(config) if base_language(language) == KOREAN else load_spacy(config)

