"""Vectors of the fixed example sentences (taxonomy examples, problem-cue examples), kept between stage runs.

Every stage run used to encode the same ~150 example sentences again before mining a single call
(about 1 s on a quiet 2-core machine: a fifth of a small daily run). They change only when the
taxonomy, the cue file or the model changes, so their vectors are kept in ``models/.cache/example-vectors``,
one ``.npy`` file per list, named by a hash of:

- the model: the rounded vector it gives a fixed probe sentence (computed once per stage run), so a
  different or re-installed model never reads another model's vectors;
- how the list is encoded (a tag naming the caller and its batch size) and the sentences, in order.

A cached list holds exactly the vectors an earlier run computed for the same sentences with the same
model. The cache is an optimisation only: a folder that cannot be written, or a damaged file, means
the sentences are encoded as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PROBE = "The export failed again and nobody called me back."
#: Decimals of the probe vector in the model's fingerprint: stable across runs, different for any other model.
PROBE_DECIMALS = 4


class VectorCache:
    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint

    @classmethod
    def for_model(cls, folder: Path, encode: Callable[[list[str]], Any]) -> VectorCache:
        """A cache for the model behind ``encode`` (a list of sentences -> their vectors)."""
        import numpy as np

        probe = np.round(np.asarray(encode([PROBE]), dtype="float32"), PROBE_DECIMALS)
        return cls(folder, hashlib.sha256(repr(probe.shape).encode() + probe.tobytes()).hexdigest())

    def vectors(self, tag: str, sentences: list[str], encode: Callable[[list[str]], Any]) -> Any:
        """``encode(sentences)``, read from the cache when an earlier run stored it."""
        import numpy as np

        digest = hashlib.sha256("\x00".join([self.fingerprint, tag, *sentences]).encode("utf-8")).hexdigest()
        path = self.folder / f"{digest[:32]}.npy"
        try:
            cached = np.load(path, allow_pickle=False)
            if cached.shape[0] == len(sentences):
                return cached
        except (OSError, ValueError):
            pass  # absent or damaged: encode
        vectors = encode(sentences)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                np.save(fh, np.asarray(vectors), allow_pickle=False)
            os.replace(tmp, path)  # whole or absent: a reader never sees half a file
        except OSError as exc:
            log.debug("example vectors not cached in %s: %s", self.folder, exc)
        return vectors


def cached_vectors(cache: VectorCache | None, tag: str, sentences: list[str], encode: Callable[[list[str]], Any]) -> Any:
    return cache.vectors(tag, sentences, encode) if cache is not None else encode(sentences)
