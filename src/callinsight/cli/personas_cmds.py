"""CLI commands of the personas area (registered on import)."""
