"""Fitting topics on precomputed embeddings: BERTopic tuned for call data, or a small-data fallback.

Parameters are chosen by corpus size (``fit_params``), because the defaults fail on call data: they put
about half of the utterances in the outlier topic, and small corpora break UMAP/HDBSCAN outright.

- ``n >= min_utterances``: BERTopic with the local embedder and the precomputed embeddings; UMAP (seeded)
  to 5 dimensions, HDBSCAN with ``min_cluster_size`` growing with the square root of the corpus and a small
  ``min_samples`` (fewer outliers), leaf cluster selection (fine, intent-sized clusters); clusters whose
  centroids are near-duplicates are merged (``merge_similarity``), then outliers join the nearest topic
  when their cosine to it is at least ``outlier_similarity`` (BERTopic's ``reduce_outliers`` "embeddings"
  rule); keywords from c-TF-IDF with call-speech stop words, names from KeyBERTInspired. If HDBSCAN finds
  fewer than two clusters, the fallback below is used.
- ``n < min_utterances`` (or no clusters found): k-means with k = round(sqrt(n / 2)) (1..8), keywords by
  c-TF-IDF. Method ``kmeans-fallback``, with a message saying why.

Every fit returns unit-length topic centroids (mean of its documents' embeddings): nightly assignment
and id matching across refits both use them.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callinsight.topics.labels import ctfidf_keywords, make_label, make_vectorizer

OUTLIER = -1


@dataclass(frozen=True)
class FitOptions:
    seed: int = 42
    min_utterances: int = 50
    outlier_similarity: float = 0.3
    merge_similarity: float = 0.8
    reducer: str = "umap"  # "pca": fast and deterministic, for tests that do not test UMAP itself
    labels: str = "keybert"  # "ctfidf": keywords only (no extra embedding of candidate words)
    tokenizer: Any = field(default=None, compare=False)  # keyword tokens for non-English text (Kiwi lemmas)


@dataclass
class FittedTopic:
    local_id: int
    label: str
    keywords: list[str]
    size: int
    centroid: Any  # np.ndarray, unit length


@dataclass
class TopicFit:
    method: str  # bertopic / kmeans-fallback
    doc_topics: list[int]  # local topic per document, OUTLIER for outliers
    topics: list[FittedTopic]
    params: dict[str, Any]
    message: str
    model: Any = field(default=None, repr=False)  # the BERTopic model, when method == bertopic

    def save(self, folder: Path, embedder_path: Path) -> None:
        """Save without pickle: BERTopic's safetensors format, or the centroids as safetensors + JSON."""
        folder.mkdir(parents=True, exist_ok=True)
        if self.model is not None:
            self.model.save(str(folder), serialization="safetensors", save_ctfidf=True, save_embedding_model=str(embedder_path))
        else:
            import numpy as np
            from safetensors.numpy import save_file

            save_file({"centroids": np.stack([t.centroid for t in self.topics]).astype(np.float32)}, str(folder / "centroids.safetensors"))
        meta = {
            "method": self.method,
            "params": self.params,
            "embedding_model": str(embedder_path),
            "topics": [{"local_id": t.local_id, "label": t.label, "keywords": t.keywords, "size": t.size} for t in self.topics],
        }
        (folder / "callinsight_topics.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")


def fit_params(n: int, options: FitOptions) -> dict[str, Any]:
    """The effective parameters for a corpus of ``n`` documents (stored with the model version)."""
    min_cluster_size = max(5, min(150, round(math.sqrt(n) / 3)))
    return {
        "n_docs": n,
        "seed": options.seed,
        "reducer": options.reducer,
        "n_neighbors": max(2, min(15, n - 1)),
        "n_components": 5,
        "min_cluster_size": min_cluster_size,
        "min_samples": max(2, min_cluster_size // 4),
        "cluster_selection_method": "leaf",
        "outlier_similarity": options.outlier_similarity,
        "merge_similarity": options.merge_similarity,
        "labels": options.labels,
    }


def fit_topics(texts: list[str], embeddings: Any, options: FitOptions, embedder: Any = None) -> TopicFit:
    """Fit topics on ``texts`` with their precomputed (normalised) ``embeddings``."""
    import numpy as np

    n = len(texts)
    if n == 0:
        raise ValueError("no documents to fit topics on")
    embeddings = np.asarray(embeddings, dtype=np.float32)
    _seed(options.seed)
    if n < options.min_utterances:
        return fit_kmeans(
            texts, embeddings, options,
            reason=f"{n} content utterances is below [topics] min_utterances = {options.min_utterances}: "
            "small k-means used instead of BERTopic",
        )
    fit = _fit_bertopic(texts, embeddings, options, embedder)
    if fit is None:
        return fit_kmeans(texts, embeddings, options, reason=f"BERTopic found fewer than 2 topics in {n} utterances: small k-means used")
    return fit


def fit_kmeans(texts: list[str], embeddings: Any, options: FitOptions, reason: str) -> TopicFit:
    import numpy as np
    from sklearn.cluster import KMeans

    n = len(texts)
    k = max(1, min(8, round(math.sqrt(n / 2)), n))
    labels = KMeans(n_clusters=k, random_state=options.seed, n_init=10).fit_predict(embeddings).tolist()
    # Renumber by size (largest first) so the ids read like BERTopic's and do not depend on k-means' order.
    order = sorted(set(labels), key=lambda c: (-labels.count(c), labels.index(c)))
    remap = {c: i for i, c in enumerate(order)}
    labels = [remap[c] for c in labels]
    keywords = ctfidf_keywords(texts, labels, tokenizer=options.tokenizer)
    topics = []
    for c in range(len(order)):
        idx = [i for i, lab in enumerate(labels) if lab == c]
        centroid = _unit(embeddings[idx].mean(axis=0))
        closest = idx[int(np.argmax(embeddings[idx] @ centroid))]
        topics.append(FittedTopic(c, make_label(keywords[c], texts[closest]), keywords[c], len(idx), centroid))
    params = {"n_docs": n, "seed": options.seed, "k": len(order)}
    return TopicFit("kmeans-fallback", labels, topics, params, reason)


def _fit_bertopic(texts: list[str], embeddings: Any, options: FitOptions, embedder: Any) -> TopicFit | None:
    import numpy as np
    from bertopic import BERTopic
    from hdbscan import HDBSCAN

    params = fit_params(len(texts), options)
    representation = None
    if options.labels == "keybert":
        from bertopic.representation import KeyBERTInspired

        representation = {"KeyBERT": KeyBERTInspired(top_n_words=10, random_state=options.seed)}
    model = BERTopic(
        embedding_model=embedder,
        umap_model=_reducer(params),
        hdbscan_model=HDBSCAN(
            min_cluster_size=params["min_cluster_size"],
            min_samples=params["min_samples"],
            cluster_selection_method=params["cluster_selection_method"],
            metric="euclidean",
            prediction_data=False,
        ),
        vectorizer_model=make_vectorizer(len(texts), options.tokenizer),
        representation_model=None,  # labels are computed once, after outliers are reduced
        calculate_probabilities=False,
    )
    found, _ = model.fit_transform(texts, embeddings=embeddings)
    found = [int(t) for t in found]
    if len({t for t in found if t != OUTLIER}) < 2:
        return None
    n_found = len({t for t in found if t != OUTLIER})
    n_outliers_before = sum(1 for t in found if t == OUTLIER)
    topics = merge_close_topics(found, embeddings, options.merge_similarity)
    topics = reassign_outliers(topics, embeddings, options.outlier_similarity)
    model.update_topics(
        texts, topics=topics, vectorizer_model=make_vectorizer(len(texts), options.tokenizer), representation_model=representation
    )
    topics = [int(t) for t in topics]
    fitted = []
    ids = sorted(set(topics))
    for t in ids:
        idx = [i for i, x in enumerate(topics) if x == t]
        centroid = _unit(embeddings[idx].mean(axis=0))
        if t == OUTLIER:
            fitted.append(FittedTopic(t, "(outliers)", [], len(idx), centroid))
            continue
        keywords = [w for w, _ in (model.get_topic(t) or []) if w][:8]
        named = [w for w, _ in model.topic_aspects_.get("KeyBERT", {}).get(t, []) if w] if representation else keywords
        closest = idx[int(np.argmax(embeddings[idx] @ centroid))]
        fitted.append(FittedTopic(t, make_label(named or keywords, texts[closest]), keywords, len(idx), centroid))
    # The saved model predicts with these vectors (cosine), so they must be the same centroids we store.
    model.topic_embeddings_ = np.stack([f.centroid for f in fitted])
    params["outliers_before_reduction"] = n_outliers_before
    params["clusters_before_merge"] = n_found
    outliers = sum(1 for t in topics if t == OUTLIER)
    message = (
        f"BERTopic: {len(ids) - (OUTLIER in ids)} topics over {len(texts)} utterances ({n_found} clusters before "
        f"merging near-duplicates); outliers {n_outliers_before} -> {outliers} after reassignment"
    )
    return TopicFit("bertopic", topics, fitted, params, message, model=model)


def merge_close_topics(topics: list[int], embeddings: Any, min_similarity: float) -> list[int]:
    """Merge clusters whose centroids are near-duplicates (average-linkage cosine >= ``min_similarity``).

    HDBSCAN's leaf clusters are intent-sized but often split one concern into several phrasings
    ("card not arrived" / "still waiting for my card"); a concern spread over many small topics is
    never big enough to be flagged as growing. Ids are renumbered by size, largest first.
    """
    import numpy as np

    ids = sorted({t for t in topics if t != OUTLIER})
    groups: dict[int, int] = {t: i for i, t in enumerate(ids)}
    if len(ids) >= 2 and min_similarity < 1:
        from sklearn.cluster import AgglomerativeClustering

        arr = np.asarray(topics)
        centroids = np.stack([_unit(embeddings[arr == t].mean(axis=0)) for t in ids])
        labels = AgglomerativeClustering(
            n_clusters=None, distance_threshold=1 - min_similarity, metric="cosine", linkage="average"
        ).fit_predict(centroids)
        groups = {t: int(g) for t, g in zip(ids, labels, strict=True)}
    sizes: dict[int, int] = {}
    for t in topics:
        if t != OUTLIER:
            sizes[groups[t]] = sizes.get(groups[t], 0) + 1
    order = {g: i for i, g in enumerate(sorted(sizes, key=lambda g: (-sizes[g], g)))}
    return [OUTLIER if t == OUTLIER else order[groups[t]] for t in topics]


def reassign_outliers(topics: list[int], embeddings: Any, min_similarity: float) -> list[int]:
    """BERTopic's ``reduce_outliers(strategy="embeddings")`` rule: an outlier joins the topic whose centroid
    is most similar, when the cosine is at least ``min_similarity``."""
    import numpy as np

    arr = np.asarray(topics)
    ids = sorted({t for t in topics if t != OUTLIER})
    outliers = np.flatnonzero(arr == OUTLIER)
    if not ids or not len(outliers):
        return list(topics)
    centroids = np.stack([_unit(embeddings[arr == t].mean(axis=0)) for t in ids])
    sim = embeddings[outliers] @ centroids.T
    best = sim.argmax(axis=1)
    out = list(topics)
    for row, i in enumerate(outliers):
        if sim[row, best[row]] >= min_similarity:
            out[int(i)] = ids[int(best[row])]
    return out


def _reducer(params: dict[str, Any]) -> Any:
    if params["reducer"] == "pca":
        from sklearn.decomposition import PCA

        return PCA(n_components=params["n_components"], svd_solver="full")
    from umap import UMAP

    return UMAP(
        n_neighbors=params["n_neighbors"],
        n_components=params["n_components"],
        min_dist=0.0,
        metric="cosine",
        random_state=params["seed"],  # makes UMAP deterministic (and single-threaded)
        low_memory=True,
    )


def _unit(v: Any) -> Any:
    import numpy as np

    norm = float(np.linalg.norm(v))
    return (v / norm if norm > 0 else v).astype(np.float32)


def _seed(seed: int) -> None:
    import numpy as np

    random.seed(seed)
    np.random.seed(seed)
