"""Topics: fallback on small data, determinism, nightly assignment, stable ids on refit, storage, views.

Fits use PCA instead of UMAP (the test of UMAP itself is ``test_umap_fit``) and real MiniLM embeddings
of generated utterances on four themes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from callinsight.embed.stage import EmbedStage
from callinsight.pipeline.context import StageContext
from callinsight.pipeline.progress import null_progress
from callinsight.topics.fit import FitOptions, fit_topics
from callinsight.topics.stable_ids import match_topics
from callinsight.topics.stage import TopicsStage, refit_topics
from topics.corpus import THEMES, store_weeks, utterances

PCA = FitOptions(reducer="pca", labels="ctfidf", min_utterances=50)


@pytest.fixture(scope="module")
def encode(embedder: Any) -> Any:
    cache: dict[str, Any] = {}

    def run(texts: list[str]) -> Any:
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        if missing:
            for t, v in zip(missing, embedder.encode(missing, normalize_embeddings=True), strict=True):
                cache[t] = v
        return np.stack([cache[t] for t in texts]).astype(np.float32)

    return run


@pytest.fixture
def topic_config(config: Any, tmp_path: Path) -> Any:
    config.topics.model_dir = str(tmp_path / "topic-models")
    return config


def _ctx(config: Any, con: Any) -> StageContext:
    return StageContext(config=config, con=con, run_id="test", progress=null_progress())


def _run(config: Any, con: Any, embedder: Any) -> str:
    from callinsight.embed.worker import EmbeddingWorker
    from callinsight.localmodels.registry import resolve

    worker = EmbeddingWorker(resolve(config.models_dir, "embedder", config.models.embedder))
    worker._model = embedder
    EmbedStage(worker=worker).run(_ctx(config, con))
    return TopicsStage(options=PCA).run(_ctx(config, con)).message


def _themed(n_per_theme: int, themes: list[str]) -> tuple[list[str], list[str]]:
    texts, truth = [], []
    for theme in themes:
        texts += utterances(theme, n_per_theme)
        truth += [theme] * n_per_theme
    return texts, truth


@pytest.mark.parametrize("n", [1, 5, 30])
def test_small_data_falls_back_without_crashing(n: int, encode: Any) -> None:
    texts, _ = _themed(8, list(THEMES))
    texts = texts[:n]
    fit = fit_topics(texts, encode(texts), FitOptions(min_utterances=50))
    assert fit.method == "kmeans-fallback" and "below [topics] min_utterances" in fit.message
    assert len(fit.doc_topics) == n and all(t >= 0 for t in fit.doc_topics)
    assert 1 <= len(fit.topics) <= n
    assert all(t.label for t in fit.topics)


def test_fit_is_deterministic_and_finds_the_themes(encode: Any) -> None:
    from sklearn.metrics import normalized_mutual_info_score

    texts, truth = _themed(40, list(THEMES))
    a = fit_topics(texts, encode(texts), PCA)
    b = fit_topics(texts, encode(texts), PCA)
    assert a.method == "bertopic"
    assert a.doc_topics == b.doc_topics
    assert [(t.label, t.keywords) for t in a.topics] == [(t.label, t.keywords) for t in b.topics]
    assert normalized_mutual_info_score(truth, a.doc_topics) > 0.6
    outliers = sum(1 for t in a.doc_topics if t == -1) / len(texts)
    assert outliers < 0.15


def test_stage_fits_then_assigns_new_utterances_without_refit(topic_config: Any, con: Any, embedder: Any) -> None:
    store_weeks(con, {"slack": [12, 12], "billing": [12, 12], "onboarding": [12, 12]})
    message = _run(topic_config, con, embedder)
    assert "first fit" in message or "topics over" in message
    models = con.execute("SELECT version, method, n_docs FROM topic_models").fetchall()
    assert models == [(1, "bertopic", 72)]
    folder = Path(con.execute("SELECT path FROM topic_models").fetchone()[0])
    files = {p.name for p in folder.iterdir()}
    assert {"topic_embeddings.safetensors", "config.json", "topics.json"} <= files
    assert not [p for p in folder.rglob("*") if p.suffix in (".pkl", ".pickle", ".bin", ".pt")]

    # Nightly: new calls are assigned to the existing version, no new model.
    store_weeks(con, {"slack": [0, 0, 60], "billing": [0, 0, 4], "onboarding": [0, 0, 4]}, seed=1)
    topic_config.topics.min_history_weeks = 3  # three weeks of data: let the trend test judge the third
    message = _run(topic_config, con, embedder)
    assert "68 new utterances assigned" in message
    assert con.execute("SELECT count(*) FROM topic_models").fetchone()[0] == 1
    themes = _theme_by_topic(con, assigned_by="fit")
    assigned = con.execute(
        "SELECT split_part(call_id, '-', 1), topic_id FROM utterance_topics WHERE assigned_by = 'assign'").fetchall()
    assert sum(themes[t] == theme for theme, t in assigned) / len(assigned) > 0.9

    # The analyst views have the columns first.
    def cols(view: str) -> list[str]:
        return [d[0] for d in con.execute(f"SELECT * FROM {view} LIMIT 0").description]

    assert cols("v_topics")[:4] == ["topic_id", "label", "keywords", "size"]
    assert cols("v_utterance_topics")[:3] == ["call_id", "seq", "topic_id"]
    assert cols("v_topic_weekly")[:4] == ["week", "topic_id", "n", "share"]
    assert cols("v_drift")[:7] == ["week", "subject_type", "subject", "status", "share", "baseline_share", "p_value"]
    weeks = con.execute("SELECT week, sum(share), sum(n) FROM v_topic_weekly GROUP BY week ORDER BY week").fetchall()
    assert [w[0].isoformat() for w in weeks] == ["2026-01-05", "2026-01-12", "2026-01-19"]
    assert all(abs(w[1] - 1) < 1e-9 for w in weeks) and sum(w[2] for w in weeks) == 140
    # Week 3 is mostly slack: against weeks 1-2 that is a significant rise of slack topics only.
    flagged = con.execute(
        "SELECT subject FROM v_drift WHERE segment_type = 'all' AND status = 'growing' AND week = '2026-01-19'").fetchall()
    assert flagged and {themes[int(s)] for (s,) in flagged} == {"slack"}


def test_refit_keeps_ids_of_persisting_topics_and_adds_new_ones(topic_config: Any, con: Any, embedder: Any) -> None:
    store_weeks(con, {"slack": [20], "billing": [20], "onboarding": [20]})
    _run(topic_config, con, embedder)
    before = dict(con.execute("SELECT label, topic_id FROM v_topics WHERE topic_id >= 0").fetchall())
    theme_of_topic = _theme_by_topic(con)
    store_weeks(con, {"reporting": [0, 20]}, seed=2)  # a new theme arrives; nightly assigns it to old topics
    _run(topic_config, con, embedder)
    result = refit_topics(topic_config, con, options=PCA, run_id="refit")
    assert result.version == 2 and result.kept >= 3 and result.new >= 1 and result.kept + result.new == result.topics
    after = _theme_by_topic(con)
    persisting = set(theme_of_topic) & set(after)
    # An id that survives the refit still means the same thing, and every old theme keeps an id.
    assert all(after[t] == theme_of_topic[t] for t in persisting), (theme_of_topic, after)
    assert {theme_of_topic[t] for t in persisting} == {"slack", "billing", "onboarding"}
    matched = con.execute("SELECT topic_id, matched_from, match_similarity FROM v_topics WHERE matched_from IS NOT NULL").fetchall()
    assert matched and all(t == m and s >= 0.75 for t, m, s in matched)
    new_ids = [t for t, theme in after.items() if theme == "reporting"]
    assert new_ids and min(new_ids) > max(before.values())
    note = con.execute("SELECT note FROM v_topic_models WHERE is_current").fetchone()[0]
    assert "kept their ids" in note


def _theme_by_topic(con: Any, assigned_by: str = "%") -> dict[int, str]:
    """Each current topic -> the theme most of its utterances come from (call ids start with the theme)."""
    rows = con.execute(
        """SELECT topic_id, split_part(call_id, '-', 1) AS theme, count(*) AS n FROM v_utterance_topics
           WHERE topic_id >= 0 AND assigned_by LIKE ?
           GROUP BY topic_id, theme QUALIFY row_number() OVER (PARTITION BY topic_id ORDER BY n DESC) = 1""",
        [assigned_by],
    ).fetchall()
    return {int(t): str(theme) for t, theme, _ in rows}


def test_stage_on_tiny_store_uses_fallback(topic_config: Any, con: Any, embedder: Any) -> None:
    store_weeks(con, {"billing": [3]})
    message = _run(topic_config, con, embedder)
    assert "kmeans-fallback" in message and "below [topics] min_utterances" in message
    method, path = con.execute("SELECT method, path FROM topic_models").fetchone()
    assert method == "kmeans-fallback" and (Path(path) / "centroids.safetensors").exists()
    assert con.execute("SELECT count(*) FROM v_utterance_topics").fetchone()[0] == 3


def test_match_topics_by_centroid() -> None:
    e = np.eye(4, dtype=np.float32)
    previous = {0: e[0], 1: e[1], 5: e[2]}
    new = {-1: e[3], 0: e[2], 1: (e[0] + 0.1 * e[3]) / np.linalg.norm(e[0] + 0.1 * e[3]), 2: e[3]}
    ids = match_topics(previous, new, min_similarity=0.75, next_id=6)
    assert ids[0].topic_id == 5 and ids[1].topic_id == 0 and ids[2].topic_id == 6 and ids[-1].topic_id == -1
    assert ids[2].matched_from is None and ids[1].similarity == pytest.approx(0.995, abs=1e-3)


@pytest.mark.slow
def test_umap_fit(encode: Any, embedder: Any) -> None:
    """The one test that pays UMAP's compilation: the production path, with KeyBERT labels."""
    texts, truth = _themed(30, list(THEMES))
    fit = fit_topics(texts, encode(texts), FitOptions(min_utterances=50), embedder=embedder)
    assert fit.method == "bertopic" and fit.params["reducer"] == "umap"
    assert len([t for t in fit.topics if t.local_id >= 0]) >= 3
    assert all(t.label and t.label != "(outliers)" for t in fit.topics if t.local_id >= 0)
    from sklearn.metrics import normalized_mutual_info_score

    assert normalized_mutual_info_score(truth, fit.doc_topics) > 0.6


def test_started_at_none_is_not_in_weekly(topic_config: Any, con: Any, embedder: Any) -> None:
    from topics.corpus import store_call

    store_call(con, "undated", utterances("slack", 3))
    con.execute("UPDATE calls SET started_at = NULL")
    _run(topic_config, con, embedder)
    assert con.execute("SELECT count(*) FROM v_utterance_topics").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM v_topic_weekly").fetchone()[0] == 0
    assert datetime.now(UTC).year >= 2026
