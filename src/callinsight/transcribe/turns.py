"""From Whisper segments to role-labelled turns.

A *piece* is a stretch of speech of one speaker (a Whisper segment, or part of one in mono calls);
consecutive pieces of the same speaker with a short gap become one turn (utterance). Both parties'
pieces are interleaved by start time, so a turn ends as soon as the other party speaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from callinsight.records import Role, Utterance, Word


@dataclass
class Piece:
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    speaker: int = 0  # channel index (stereo) or cluster index (mono)
    channel: int | None = None


def pieces_from_segments(segments: Iterable[Any], *, speaker: int = 0, channel: int | None = None) -> list[Piece]:
    """Plain pieces from faster-whisper ``Segment``s (numpy floats become floats; empty text dropped)."""
    out = []
    for seg in segments:
        words = [
            Word(start=float(w.start), end=float(w.end), word=w.word.strip(), probability=float(w.probability))
            for w in (seg.words or [])
            if w.word.strip()
        ]
        text = seg.text.strip()
        if not text:
            continue
        start = min([float(seg.start)] + [w.start for w in words[:1]])
        end = max([float(seg.end)] + [w.end for w in words[-1:]])
        out.append(Piece(start=start, end=max(end, start), text=text, words=words, speaker=speaker, channel=channel))
    return out


def split_at_pauses(pieces: list[Piece], min_gap_s: float) -> list[Piece]:
    """Split pieces wherever two words are ``min_gap_s`` apart: in a mono call a pause inside one
    Whisper segment is often a change of speaker, and diarization labels each part separately."""
    out: list[Piece] = []
    for piece in pieces:
        if len(piece.words) < 2:
            out.append(piece)
            continue
        group = [piece.words[0]]
        for word in piece.words[1:]:
            if word.start - group[-1].end >= min_gap_s:
                out.append(_piece_of(group, piece))
                group = []
            group.append(word)
        out.append(_piece_of(group, piece) if len(group) < len(piece.words) else piece)
    return out


def _piece_of(words: list[Word], parent: Piece) -> Piece:
    return replace(parent, start=words[0].start, end=words[-1].end, text=" ".join(w.word for w in words), words=list(words))


def group_turns(pieces: list[Piece], *, max_gap_s: float) -> list[list[Piece]]:
    """Interleave pieces by time; consecutive pieces of one speaker less than ``max_gap_s`` apart
    form one turn."""
    turns: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (p.start, p.end)):
        last = turns[-1][-1] if turns else None
        if last is not None and last.speaker == piece.speaker and piece.start - last.end < max_gap_s:
            turns[-1].append(piece)
        else:
            turns.append([piece])
    return turns


def merge_turns(
    pieces: list[Piece], roles: dict[int, Role], *, max_gap_s: float, language: str | None
) -> list[Utterance]:
    """Turns as utterances, ``seq`` in time order, role from the speaker (``unknown`` if unmapped)."""
    utterances = []
    for seq, group in enumerate(group_turns(pieces, max_gap_s=max_gap_s)):
        words = [w for p in group for w in p.words]
        utterances.append(
            Utterance(
                seq=seq,
                role=roles.get(group[0].speaker, "unknown"),
                start_s=round(min(p.start for p in group), 3),
                end_s=round(max(p.end for p in group), 3),
                text=" ".join(p.text for p in group),
                words=words,
                confidence=round(sum(w.probability for w in words) / len(words), 4) if words else None,
                language=language,
                channel=group[0].channel,
            )
        )
    return utterances
