"""The DuckDB store: migrations, transactions and writes of the core tables."""

from callinsight.store.db import apply_migrations, connect, open_store, schema_version, transaction

__all__ = ["apply_migrations", "connect", "open_store", "schema_version", "transaction"]
