"""The ``[models]`` section: which local models each stage uses."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ModelsConfig:
    """Each model is a name under the models folder (see ``callinsight models list``) or a local path."""

    whisper: str = "whisper-base"
    """faster-whisper (CTranslate2) model: ``whisper-base``, ``whisper-tiny.en`` or a path to any CTranslate2 Whisper model."""
    embedder: str = "minilm"
    """sentence-transformers model: ``minilm`` or a path to any sentence-transformers model folder."""
    spacy: str = "spacy-en_core_web_sm"
    """spaCy pipeline: ``spacy-en_core_web_sm`` or a path to a pipeline folder."""
    device: str = "cpu"
    """``cpu`` or ``cuda``."""
    compute_type: str = "int8"
    """CTranslate2 compute type (``int8`` on CPU, ``float16`` on GPU)."""
    cpu_threads: int = 0
    """Threads per model; 0 lets the library choose."""
