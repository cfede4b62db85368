"""A pathologically nested JSON file is one recorded failure, not a crashed import batch."""

from __future__ import annotations

from pathlib import Path

from callinsight.importer.common import ImportOptions
from callinsight.importer.errors import TranscriptFormatError
from callinsight.importer.jsonfmt import parse_json_file


def test_deeply_nested_json_is_a_format_error(tmp_path: Path) -> None:
    for name, text in (("deep.json", "[" * 100000 + "]" * 100000), ("deep.jsonl", "[" * 100000 + "]" * 100000 + "\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        items = list(parse_json_file(path, ImportOptions()))
        assert len(items) == 1 and isinstance(items[0], TranscriptFormatError)
        assert "nested too deeply" in items[0].reason
