"""Telling two speakers apart in a mono recording.

Each piece of speech (a Whisper segment, split at long pauses) is embedded with resemblyzer's GE2E
voice encoder (weights ship inside the wheel, so it works offline), and the embeddings are split
into two groups by agglomerative clustering on cosine distance. Pieces shorter than
``MIN_EMBED_S`` give noisy voice prints: they are not clustered but given the nearer group's label.
If the two groups' voices are all but identical (centroid cosine above ``SAME_VOICE``) the call is
treated as one speaker. The bar is high on purpose: centroids average many pieces and so are much
closer than any two pieces; two similar synthetic voices in the demo calls had centroids 0.93 apart
and were still split perfectly by k-means.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from callinsight.transcribe.audio import SAMPLE_RATE
from callinsight.transcribe.turns import Piece

MIN_EMBED_S = 1.0
SAME_VOICE = 0.97


@dataclass
class Diarization:
    labels: list[int]  # one per piece: 0 or 1
    speakers: int  # 1 or 2
    separation: float | None  # 1 - cosine between the two voice centroids (None: one speaker)


@functools.lru_cache(maxsize=1)  # once per process: a worker process gets a fresh worker per group
def load_encoder() -> Any:
    from resemblyzer import VoiceEncoder

    return VoiceEncoder("cpu", verbose=False)


def diarize(audio: Any, pieces: list[Piece], encoder: Any) -> Diarization:
    """Label each piece 0/1 by voice. ``audio`` is the 16 kHz mono signal the pieces were cut from."""
    import numpy as np

    if not pieces:
        return Diarization(labels=[], speakers=0, separation=None)
    with _one_torch_thread():
        embeddings = np.stack([_embed(audio, p, encoder) for p in pieces])
    long_enough = [i for i, p in enumerate(pieces) if p.end - p.start >= MIN_EMBED_S]
    if len(long_enough) < 2:
        return Diarization(labels=[0] * len(pieces), speakers=1, separation=None)
    labels = _two_clusters(embeddings[long_enough])
    centroids = []
    for k in (0, 1):
        c = embeddings[long_enough][labels == k].mean(axis=0)
        centroids.append(c / (np.linalg.norm(c) or 1.0))
    similarity = float(centroids[0] @ centroids[1])
    if similarity > SAME_VOICE:
        return Diarization(labels=[0] * len(pieces), speakers=1, separation=round(1 - similarity, 3))
    # Short pieces (and the long ones, for consistency) take the nearer centroid.
    scores = embeddings @ np.stack(centroids).T
    assigned = [int(np.argmax(s)) for s in scores]
    for idx, label in zip(long_enough, labels, strict=True):
        assigned[idx] = int(label)
    return Diarization(labels=assigned, speakers=2, separation=round(1 - similarity, 3))


@contextmanager
def _one_torch_thread() -> Iterator[None]:
    """The encoder is a small LSTM fed a few frames at a time: torch's thread pool only adds
    synchronisation (measured on a busy 2-core machine: 0.09 s with one thread, 0.8-20 s with the
    default pool). Restored afterwards, as other stages in this process use torch too."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _embed(audio: Any, piece: Piece, encoder: Any) -> Any:
    import numpy as np

    chunk = audio[int(piece.start * SAMPLE_RATE) : int(piece.end * SAMPLE_RATE)]
    if len(chunk) < SAMPLE_RATE // 4:  # resemblyzer needs a few frames; pad very short bits with silence
        chunk = np.pad(chunk, (0, SAMPLE_RATE // 4 - len(chunk)))
    return encoder.embed_utterance(chunk.astype(np.float32))


def _two_clusters(embeddings: Any) -> Any:
    """k-means on unit vectors (spherical k-means, i.e. cosine): unlike average-linkage agglomerative
    clustering it does not split off a single odd piece (overlapping speech, a cough) as "speaker 2"."""
    import numpy as np
    from sklearn.cluster import KMeans

    unit = embeddings / np.linalg.norm(embeddings, axis=1, keepdims=True).clip(1e-9)
    return KMeans(n_clusters=2, n_init=10, random_state=0).fit_predict(unit)
