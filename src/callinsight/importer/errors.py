"""Errors of the import step."""

from __future__ import annotations

from callinsight.errors import InputError


class TranscriptFormatError(InputError):
    """One transcript (a file, or one line of a JSON Lines file) cannot be understood.

    ``path`` names the file and, for JSON Lines, the line (``calls.jsonl:3``).
    """
