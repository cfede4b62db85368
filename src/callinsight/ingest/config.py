"""The ``[ingest]`` section."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class IngestConfig:
    """How recordings are discovered."""

    extensions: list[str] = field(default_factory=lambda: ["wav", "mp3", "flac", "ogg", "opus", "m4a"])
    """Audio file extensions picked up (case-insensitive)."""
    max_file_mb: int = 2048
    """Files larger than this are recorded as failures instead of being decoded."""
    timezone: str = "UTC"
    """Time zone assumed for timestamps without one (file names, naive ISO times)."""
