"""Shared fixtures: a workspace with a config pointing at the repository's installed models.

The models come from ``models/`` at the repository root (``make test`` installs them first); the
heavy ones are loaded once per test session.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("NUMBA_CACHE_DIR", str(Path(__file__).resolve().parents[1] / ".cache" / "numba"))

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MODELS = REPO / "models"


@pytest.fixture(scope="session")
def models_dir() -> Path:
    if not (MODELS / "manifest.json").exists():
        pytest.fail("models are not installed: run `make models` (or `callinsight models install`)")
    return MODELS


@pytest.fixture
def workspace(tmp_path: Path, models_dir: Path) -> Path:
    """A folder with a callinsight.toml that uses the small test models."""
    from callinsight.pipeline.configfile import write_default_config

    write_default_config(
        tmp_path,
        overrides={"paths": {"models": str(models_dir)}, "models": {"whisper": "whisper-tiny.en"}},
    )
    return tmp_path


@pytest.fixture
def config(workspace: Path) -> Any:
    from callinsight.pipeline.settings import load_config

    return load_config(workspace / "callinsight.toml")


@pytest.fixture
def con(config: Any) -> Any:
    from callinsight.store.db import connect

    c = connect(config.database_path)
    yield c
    c.close()


@pytest.fixture(scope="session")
def session_config(tmp_path_factory: pytest.TempPathFactory, models_dir: Path) -> Any:
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.settings import load_config

    root = tmp_path_factory.mktemp("session")
    write_default_config(root, overrides={"paths": {"models": str(models_dir)}, "models": {"whisper": "whisper-tiny.en"}})
    return load_config(root / "callinsight.toml")


@pytest.fixture(scope="session")
def whisper_tiny(session_config: Any) -> Any:
    from callinsight.localmodels.factories import load_whisper

    return load_whisper(session_config, "whisper-tiny.en")


@pytest.fixture(scope="session")
def embedder(session_config: Any) -> Any:
    from callinsight.localmodels.factories import load_embedder

    return load_embedder(session_config)


@pytest.fixture(scope="session")
def nlp(session_config: Any) -> Any:
    from callinsight.localmodels.factories import load_spacy

    return load_spacy(session_config)
