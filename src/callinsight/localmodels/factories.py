"""Small lazy factories for the heavy models. Heavy libraries are imported here, only when called."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from callinsight.errors import ModelError
from callinsight.localmodels.registry import resolve

if TYPE_CHECKING:
    from callinsight.config import Config


def load_whisper(config: Config, name: str | None = None) -> Any:
    """A faster-whisper ``WhisperModel`` from a local folder (never a hub name)."""
    path = resolve(config.models_dir, "whisper", name or config.models.whisper)
    from faster_whisper import WhisperModel

    try:
        return WhisperModel(
            str(path),
            device=config.models.device,
            compute_type=config.models.compute_type,
            cpu_threads=config.models.cpu_threads,
            local_files_only=True,
        )
    except Exception as exc:  # CTranslate2 raises plain RuntimeError/ValueError for bad files
        raise ModelError(f"cannot load whisper model {path}: {exc}", hint="run `callinsight models install --force`") from None


def load_embedder(config: Config) -> Any:
    """A sentence-transformers model from a local folder."""
    path = resolve(config.models_dir, "embedder", config.models.embedder)
    from sentence_transformers import SentenceTransformer

    try:
        return SentenceTransformer(str(path), device=config.models.device, local_files_only=True)
    except Exception as exc:
        raise ModelError(f"cannot load embedding model {path}: {exc}", hint="run `callinsight models install --force`") from None


def load_spacy(config: Config) -> Any:
    """A spaCy pipeline from a local folder."""
    path = resolve(config.models_dir, "spacy", config.models.spacy)
    import spacy

    try:
        return spacy.load(path)
    except Exception as exc:
        raise ModelError(f"cannot load spaCy pipeline {path}: {exc}", hint="run `callinsight models install --force`") from None
