"""Helpers for running the ingest stage on tiny real recordings with the shared tiny.en model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fixtures.audio import clips


@pytest.fixture(scope="session")
def first_turns() -> Any:
    """The stereo fixture's first two turns (agent greeting, customer reply): ~10 s, quick to transcribe."""
    return clips.stereo_channels(10.5)


@pytest.fixture
def make_call(config: Any, first_turns: Any) -> Callable[..., Path]:
    """Write a short stereo call under the recordings folder; ``variant`` changes its content (id)."""

    def make(name: str, variant: int = 0) -> Path:
        return clips.write_wav(config.recordings_dir / name, first_turns, pad_samples=variant)

    return make


@pytest.fixture
def real_worker(config: Any, whisper_tiny: Any) -> Any:
    from callinsight.transcribe.worker import TranscribeWorker

    return TranscribeWorker(config, model=whisper_tiny)
