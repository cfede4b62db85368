"""CLI commands of the report area (registered on import)."""
