"""Plain text transcripts: ``Agent: ...`` / ``Customer: ...`` (or speaker names) at line starts.

A line without a speaker prefix continues the previous turn. Plain text carries no timestamps, so the
time-based metrics of such a call are unknown.
"""

from __future__ import annotations

import re
from pathlib import Path

from callinsight.importer.common import ImportOptions, read_text
from callinsight.importer.errors import TranscriptFormatError
from callinsight.importer.speakers import SPEAKER_PREFIX, NamedTurn, transcript_from_turns
from callinsight.records import Transcript

_PREFIX = re.compile(SPEAKER_PREFIX)


def parse_plaintext(path: Path, opts: ImportOptions) -> Transcript:
    raw, text = read_text(path)
    turns: list[NamedTurn] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        m = _PREFIX.match(line)
        if m:
            turns.append(NamedTurn(speaker=m.group("name").strip(), text=" ".join(m.group("text").split())))
        elif turns:
            turns[-1].text = f"{turns[-1].text} {' '.join(line.split())}".strip()
        else:
            raise TranscriptFormatError(
                str(path), f"line {lineno}: text before the first speaker label (expected e.g. 'Agent: ...')"
            )
    turns = [t for t in turns if t.text]
    if not turns:
        raise TranscriptFormatError(str(path), "no 'Speaker: text' lines found")
    return transcript_from_turns(path, raw, turns, opts)
