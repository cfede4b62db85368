"""One local Ray cluster (2 CPUs) for the whole ``tests/scale`` package: starting one costs seconds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Any]:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no network: no usage statistics
    ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'callinsight[ray]')")
    import ray_toy_workers

    # The toy workers live in the tests folder, which Ray's worker processes cannot import: ship them by value.
    ray.cloudpickle.register_pickle_by_value(ray_toy_workers)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()
