"""CLI commands of the mining area (registered on import)."""
