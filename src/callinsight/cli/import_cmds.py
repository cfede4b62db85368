"""CLI commands of the import area (registered on import)."""
