"""The ``[store]`` section: how the DuckDB store is written on disk."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from callinsight.config import Settings
from callinsight.errors import ConfigError
from callinsight.store.compat import DEFAULT_STORAGE_VERSION, parse_storage_version


@dataclass
class StoreConfig:
    """The store's file format, so that the DuckDB clients analysts already have can open it."""

    storage_version: str = DEFAULT_STORAGE_VERSION
    """DuckDB storage format new stores are written in (``v1.0.0``: DuckDB 1.1 and newer clients, the JDBC/ODBC drivers and BI tools read it; ``latest``: the running DuckDB's own, readable only by DuckDB 2.x). An existing store in a newer format is converted once, with a backup beside it."""

    def __post_init__(self) -> None:
        if self.storage_version != "latest" and parse_storage_version(self.storage_version) is None:
            raise ConfigError(
                f"key 'store.storage_version' must be like \"v1.0.0\" or \"latest\", got {self.storage_version!r}"
            )


class StoreSettings(Settings, Protocol):
    """What opening the store reads: its section, plus the shared ones."""

    store: StoreConfig
