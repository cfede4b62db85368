"""CLI commands of the topics area (registered on import)."""
