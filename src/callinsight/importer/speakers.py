"""Turns labelled with speaker names (subtitles, plain text) into a ``Transcript``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from callinsight.importer.common import ImportOptions, build_transcript, file_started_at, stable_id
from callinsight.importer.roles import speaker_roles
from callinsight.records import CallMetadata, Transcript, Utterance

#: "Name: text" at the start of a line: a name of at most four words, no sentence punctuation.
SPEAKER_PREFIX = r"^\s*(?:>>\s*|-\s*)?(?P<name>[^\W\d_][\w.'&-]*(?:\s+[\w.'&-]+){0,3})\s*:\s+(?P<text>.*)$"


@dataclass
class NamedTurn:
    speaker: str
    text: str
    start_s: float | None = None
    end_s: float | None = None


def transcript_from_turns(path: Path, raw: bytes, turns: list[NamedTurn], opts: ImportOptions) -> Transcript:
    roles, confidence = speaker_roles(
        [(t.speaker, t.text) for t in turns], agent_names=opts.agent_names, company_names=opts.company_names
    )
    utterances = [
        Utterance(seq=i, role=roles.get(t.speaker, "unknown"), start_s=t.start_s, end_s=t.end_s, text=t.text)
        for i, t in enumerate(turns)
    ]
    agents = sorted({t.speaker for t in turns if roles.get(t.speaker) == "agent" and t.speaker})
    metadata = CallMetadata(
        started_at=file_started_at(path),
        agent=", ".join(agents) or None,
        extra={"speakers": {name: role for name, role in roles.items() if name}},
        source="mtime",
    )
    return build_transcript(
        call_id=stable_id(raw),
        source_path=str(path),
        metadata=metadata,
        utterances=utterances,
        language=None,
        duration_s=None,
        role_confidence=confidence,
    )
