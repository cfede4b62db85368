"""Transcript import: JSON / JSON Lines, WebVTT, SRT and plain text into the same store as audio.

Imported calls are redacted, measured (``transcribe.metrics``) and written like transcribed ones,
so the later stages (mine, embed, topics, personas, report) treat them alike. Formats:
``docs/import.md``.
"""

from callinsight.importer.common import ImportOptions
from callinsight.importer.errors import TranscriptFormatError
from callinsight.importer.service import ImportResult, expand_paths, import_transcripts, parse_file

__all__ = ["ImportOptions", "ImportResult", "TranscriptFormatError", "expand_paths", "import_transcripts", "parse_file"]
