"""Fixtures of the report tests: a populated store (see ``populate.py``), built once and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from report.populate import populate


def build_store(path: Path, calls_per_week: int = 8) -> Path:
    from callinsight.store.db import connect

    con = connect(path)
    try:
        populate(con, calls_per_week=calls_per_week)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def populated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "populated.duckdb")


@pytest.fixture
def populated(config: Any, populated_template: Path) -> Any:
    """The test workspace's config, its database holding six weeks of calls and every stage's rows."""
    shutil.copyfile(populated_template, config.database_path)
    return config
