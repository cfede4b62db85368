"""``callinsight personas import``: read persona files, store a new version of each changed persona.

One malformed file is recorded in ``failures`` (stage ``personas``) with its reason and skipped; the
other files are imported. A new version of a persona makes every call due for re-mapping, in the same
transaction, so the next run maps calls against what the documents say now. So does a retired persona: one that a
file read again no longer defines (removed), or whose file is gone from a folder being imported. A persona renamed
in its file keeps its id (``continuity``). A file that fails to read retires nothing: bad input loses nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from callinsight.errors import InputError
from callinsight.personas.continuity import VERSION_SUFFIX, Candidate, file_family, norm_concern, renames
from callinsight.personas.extract import Skipped
from callinsight.personas.model import PersonaDoc
from callinsight.personas.parse import OwnerHints, collect_files
from callinsight.personas.personadoc import earlier_persona_id, persona_id_for
from callinsight.personas.redaction import redact_persona
from callinsight.personas.store import (
    active_sources,
    insert_version,
    latest_concern_texts,
    latest_hash,
    latest_name,
    reinstate,
    retire,
)
from callinsight.records import Failure
from callinsight.stage_names import PERSONAS
from callinsight.store.db import open_store, transaction
from callinsight.store.writes import failed_content_keys, record_failure

if TYPE_CHECKING:
    import duckdb

    from callinsight.personas.config import PersonasSettings
    from callinsight.redact.config import RedactionConfig

STAGE = PERSONAS


@dataclass
class ImportedPersona:
    persona_id: str
    name: str
    version: int
    status: str  # new / updated / unchanged
    source: str
    is_negative: bool
    renamed_from: str = ""  # the stored name this persona had, where the document renamed it (same id)


@dataclass
class RetiredPersona:
    persona_id: str
    name: str
    source: str
    reason: str


@dataclass
class PersonaImportResult:
    personas: list[ImportedPersona] = field(default_factory=list)
    retired: list[RetiredPersona] = field(default_factory=list)  # no document defines them any more
    reinstated: int = 0  # retired personas a document defines again
    failures: list[Failure] = field(default_factory=list)
    superseded: list[str] = field(default_factory=list)  # files whose personas a newer .vN file replaces
    skipped: list[tuple[str, Skipped]] = field(default_factory=list)  # (file, section) not imported, with why: warnings

    @property
    def changed(self) -> int:
        return sum(p.status != "unchanged" for p in self.personas)


def file_version(path: Path) -> int:
    """``olivia.v3.md`` -> 3 (a file ``personas suggest --write`` wrote); plain files are version 0."""
    m = VERSION_SUFFIX.search(path.stem)
    return int(m.group(1)) if m else 0


def import_personas(config: PersonasSettings, paths: list[Path], *, run_id: str | None = None,
                    level: int | None = None, names: Sequence[str] = ()) -> PersonaImportResult:
    """Import persona files into the store at ``config.database_path``; ``level``: every heading of this level
    is one persona (else ``[personas] persona_levels``, else the importer finds them); ``names``: the files'
    personas are those the owner names (else ``[personas] persona_names``)."""
    with open_store(config.database_path) as con:
        return import_into(con, paths, run_id=run_id, redaction=config.redaction,
                           hints=OwnerHints.of(config.personas, level, names))


def import_into(
    con: duckdb.DuckDBPyConnection, paths: list[Path], *, run_id: str | None = None, skip_known_failures: bool = False,
    redaction: RedactionConfig | None = None, hints: OwnerHints | None = None,
) -> PersonaImportResult:
    result = PersonaImportResult()
    known_bad = failed_content_keys(con) if skip_known_failures else set()
    # persona_id -> (file version, doc): when a file and its `.v2` successor both define a persona, the successor wins.
    chosen: dict[str, tuple[int, PersonaDoc]] = {}
    read: set[Path] = set()  # files read without error: what they do not define any more is retired
    for path in collect_files(paths):
        key = _content_key(path)
        if (str(path), key) in known_bad:
            continue  # an unchanged bad file is reported once, not every night
        try:
            if not path.exists():
                raise InputError(str(path), "no such file")
            parsed = (hints or OwnerHints()).parse(path)
            docs = parsed.personas
            if redaction is not None:  # persona documents may quote real customers: same PII rules as transcripts
                for doc in docs:
                    redact_persona(doc, redaction)
            result.skipped.extend((str(path), s) for s in parsed.skipped)
        except InputError as exc:
            failure = Failure(path=str(path), stage=STAGE, reason=exc.reason)
            record_failure(con, failure, run_id, content_key=key)
            result.failures.append(failure)
            continue
        read.add(_resolved(str(path)))
        for doc in docs:
            rank = file_version(path)
            previous = chosen.get(doc.persona_id)
            if previous is None or rank > previous[0]:
                if previous is not None:
                    result.superseded.append(previous[1].source)
                chosen[doc.persona_id] = (rank, doc)
            else:
                result.superseded.append(doc.source)
    chosen = _keeping_earlier_ids(con, chosen)
    chosen, renamed_from = _keeping_renamed_ids(con, chosen, read)
    with transaction(con):
        for persona_id, (_, doc) in sorted(chosen.items()):
            latest = latest_hash(con, persona_id)
            if latest is not None and latest[1] == doc.content_hash:
                status, version = "unchanged", latest[0]
            else:
                version = 1 if latest is None else latest[0] + 1
                insert_version(con, doc, version)
                status = "new" if latest is None else "updated"
            result.personas.append(ImportedPersona(persona_id, doc.name, version, status, doc.source, doc.is_negative,
                                                   renamed_from.get(persona_id, "")))
        result.reinstated = reinstate(con, sorted(chosen))
        _retire_missing(con, set(chosen), read, [p for p in paths if p.is_dir()], run_id, result)
        if result.changed or result.retired or result.reinstated:
            # every call is compared against the new set of personas on the next run
            con.execute("DELETE FROM stage_done WHERE stage = ?", [STAGE])
    return result


def _keeping_earlier_ids(con: duckdb.DuckDBPyConnection,
                         chosen: dict[str, tuple[int, PersonaDoc]]) -> dict[str, tuple[int, PersonaDoc]]:
    """A Korean persona stored under the id an earlier version gave it (before Hangul was romanized: a hash, or its
    Latin letters alone) keeps that id, so its versions, calls and drift history stay one persona, not retired."""
    kept: dict[str, tuple[int, PersonaDoc]] = {}
    for persona_id, (rank, doc) in chosen.items():
        earlier = earlier_persona_id(doc.name)
        if earlier != persona_id and persona_id == persona_id_for(doc.name) and earlier not in chosen \
                and latest_hash(con, persona_id) is None and latest_name(con, earlier) == doc.name:
            doc.persona_id = persona_id = earlier
        kept[persona_id] = (rank, doc)
    return kept


def _keeping_renamed_ids(con: duckdb.DuckDBPyConnection, chosen: dict[str, tuple[int, PersonaDoc]],
                         read: set[Path]) -> tuple[dict[str, tuple[int, PersonaDoc]], dict[str, str]]:
    """Personas renamed in a file read now keep the stored id; also the stored name each renamed id had."""
    families = {file_family(str(path)) for path in read}
    new = [Candidate(pid, doc.name, str(_resolved(doc.source)), frozenset(norm_concern(c.text) for c in doc.concerns))
           for pid, (_, doc) in chosen.items() if latest_hash(con, pid) is None]
    old = [Candidate(pid, name, str(_resolved(source)), frozenset(map(norm_concern, latest_concern_texts(con, pid))))
           for pid, name, source in active_sources(con)
           if pid not in chosen and file_family(str(_resolved(source))) in families]
    if not new or not old:
        return chosen, {}
    names = {o.persona_id: o.name for o in old}
    pairs = renames(new, old)
    kept: dict[str, tuple[int, PersonaDoc]] = {}
    renamed_from: dict[str, str] = {}
    for persona_id, (rank, doc) in chosen.items():
        if persona_id in pairs:
            doc.persona_id = persona_id = pairs[persona_id]
            if names[persona_id] != doc.name:
                renamed_from[persona_id] = names[persona_id]
        kept[persona_id] = (rank, doc)
    return kept, renamed_from


def _retire_missing(con: duckdb.DuckDBPyConnection, defined: set[str], read: set[Path], folders: list[Path],
                    run_id: str | None, result: PersonaImportResult) -> None:
    """Retire the stored personas no document defines now: their file was read and no longer has them, or their
    file is gone from a folder being imported."""
    roots = [_resolved(str(f)) for f in folders]
    for persona_id, name, source in active_sources(con):
        if persona_id in defined:
            continue
        file = _resolved(source)
        if file in read:
            reason = f"no longer in {source}"
        elif not file.exists() and any(file.is_relative_to(root) for root in roots):
            reason = f"{source} was removed"
        else:
            continue  # another folder's file, or a file that failed to read this time
        retire(con, persona_id, source, reason, run_id)
        result.retired.append(RetiredPersona(persona_id, name, source, reason))


def _resolved(path: str) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(path)


def _content_key(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return None
