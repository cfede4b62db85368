"""``import_transcripts``: parse transcript files, redact, compute metrics, store each call.

Runs under the batch lock and is recorded in ``runs`` (command ``import``). Each call is written in
its own transaction; a malformed file or line is recorded in ``failures`` with its reason and the
rest of the batch goes on.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from callinsight.config import Settings
from callinsight.errors import ConfigError, StoreError
from callinsight.importer.common import ImportOptions
from callinsight.importer.errors import TranscriptFormatError
from callinsight.importer.jsonfmt import parse_json_file
from callinsight.importer.plaintext import parse_plaintext
from callinsight.importer.subtitles import parse_subtitles
from callinsight.records import Failure, Transcript

if TYPE_CHECKING:
    from datetime import tzinfo

    import duckdb

    from callinsight.ingest.config import IngestConfig
    from callinsight.pipeline.progress import Progress
    from callinsight.redact.config import RedactionConfig
    from callinsight.store.config import StoreConfig

log = logging.getLogger("callinsight")

#: File name endings picked up when a folder is imported.
SUFFIXES = (".json", ".jsonl", ".vtt", ".srt", ".txt")


class ImportSettings(Settings, Protocol):
    """What importing transcripts reads: the ingest time zone, the redaction rules and the shared sections."""

    ingest: IngestConfig
    redaction: RedactionConfig
    store: StoreConfig


STAGE = "import"
#: Calls written per transaction (one INSERT per table per batch).
BATCH_SIZE = 500


@dataclass
class ImportResult:
    """What one import did: calls stored (new or replacing an earlier import) and inputs that failed."""

    run_id: str | None = None
    new: int = 0
    updated: int = 0
    failures: list[Failure] = field(default_factory=list)
    calls: list[tuple[str, str, str]] = field(default_factory=list)  # (call_id, "new"/"updated", source)
    redactions: dict[str, int] = field(default_factory=dict)
    files: int = 0
    unchanged: int = 0  # calls already stored exactly so: skipped, so importing a folder again is a no-op

    @property
    def failed(self) -> int:
        return len(self.failures)


def import_transcripts(
    config: ImportSettings,
    paths: list[Path],
    *,
    agent_names: tuple[str, ...] = (),
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportResult:
    """Import transcript files and folders (walked for .json/.jsonl/.vtt/.srt/.txt) into the store.

    Calls are written ``batch_size`` at a time in one transaction; when a batch fails, its calls are
    written one transaction each, so a bad call fails alone (``batch_size`` 1: always one by one). A call
    stored before with the same time, metadata and turns is skipped (``unchanged``).
    """
    from callinsight.pipeline.lock import batch_lock
    from callinsight.pipeline.progress import null_progress
    from callinsight.store.db import open_store
    from callinsight.store.writes import finish_run, start_run

    opts = ImportOptions(
        agent_names=tuple(agent_names),
        company_names=(config.company.name, *config.company.aliases),
        timezone=_zone(config.ingest.timezone),
    )
    result = ImportResult()
    inputs = list(expand_paths(paths))
    progress = progress or null_progress()
    with batch_lock(config.lock_path), open_store(config.database_path, storage_version=config.store.storage_version) as con, progress.session():
        result.run_id = run_id = start_run(con, "import", [STAGE])
        try:
            batch = _Batch(con, result, run_id, batch_size)
            with progress.task("import", total=len(inputs), unit="files") as task:
                for path, problem in inputs:
                    if problem is not None:
                        _fail(con, result, Failure(path=str(path), stage=STAGE, reason=problem), run_id)
                    else:
                        result.files += 1
                        for item in parse_file(path, opts):
                            if isinstance(item, TranscriptFormatError):
                                _fail(con, result, Failure(path=item.path, stage=STAGE, reason=item.reason), run_id)
                            else:
                                batch.add(_prepare(config, item))
                    task.advance(1, note=path.name)
            batch.flush()
        except BaseException as exc:
            finish_run(con, run_id, "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed", message=str(exc)[:500])
            raise
        finish_run(
            con,
            run_id,
            "partial" if result.failed else "ok",
            calls_new=result.new + result.updated,
            calls_failed=result.failed,
            message=f"import: {result.new} new, {result.updated} updated, {result.unchanged} unchanged, {result.failed} failed",
        )
    return result


def parse_file(path: Path, opts: ImportOptions) -> Iterator[Transcript | TranscriptFormatError]:
    """The calls in one file, or the reasons they cannot be read, by the file's ending."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".json", ".jsonl"):
            yield from parse_json_file(path, opts)
        elif suffix in (".vtt", ".srt"):
            yield parse_subtitles(path, opts)
        elif suffix == ".txt":
            yield parse_plaintext(path, opts)
        else:
            yield TranscriptFormatError(str(path), f"unsupported file type '{suffix}' (use {', '.join(SUFFIXES)})")
    except TranscriptFormatError as exc:
        yield exc
    except OSError as exc:
        yield TranscriptFormatError(str(path), f"cannot read: {exc.strerror or exc}")


def expand_paths(paths: list[Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to import (folders walked, sorted), each with a problem when it cannot be used."""
    for path in paths:
        path = path.expanduser().absolute()
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield path, f"no transcript files ({', '.join(SUFFIXES)}) in this folder"
            for p in found:
                yield p, None
        elif path.exists():
            yield path, None
        else:
            yield path, "no such file or folder"


def _prepare(config: ImportSettings, t: Transcript) -> Transcript:
    from callinsight.redact import redact_transcript
    from callinsight.transcribe.metrics import compute_metrics

    t = redact_transcript(t, config.redaction)  # before anything is stored
    t.metrics = compute_metrics(t.utterances, t.duration_s)
    return t


class _Batch:
    """Parsed calls waiting to be written together (see ``import_transcripts``)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, result: ImportResult, run_id: str, size: int) -> None:
        self.con, self.result, self.run_id, self.size = con, result, run_id, max(1, size)
        self.pending: list[Transcript] = []

    def add(self, t: Transcript) -> None:
        self.pending.append(t)
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        from callinsight.store.writes import stored_fingerprints, write_transcript, write_transcripts

        pending, self.pending = self.pending, []
        if not pending:
            return
        stored = stored_fingerprints(self.con, [t.call_id for t in pending])
        todo: list[tuple[Transcript, str]] = []
        for t in pending:
            if stored.get(t.call_id) == fingerprint(t):
                self.result.unchanged += 1
            else:
                todo.append((t, "updated" if t.call_id in stored else "new"))
        if len(todo) > 1 and len({t.call_id for t, _ in todo}) == len(todo):
            try:
                write_transcripts(self.con, [t for t, _ in todo], self.run_id)
            except StoreError:
                raise  # the store itself refused (disk full, read-only): no call can be written, say so
            except Exception as exc:  # one bad call must not sink the batch: each call on its own
                log.info("import: a batch of %d calls failed (%s); writing them one by one", len(todo), exc)
            else:
                for t, status in todo:
                    self._stored(t, status)
                return
        for t, status in todo:
            try:
                write_transcript(self.con, t, self.run_id)
            except StoreError:
                raise
            except Exception as exc:
                reason = f"could not be stored: {exc}"[:500]
                _fail(self.con, self.result, Failure(path=t.source_path, stage=STAGE, reason=reason, call_id=t.call_id), self.run_id)
            else:
                self._stored(t, status)

    def _stored(self, t: Transcript, status: str) -> None:
        if status == "new":
            self.result.new += 1
        else:
            self.result.updated += 1
        self.result.calls.append((t.call_id, status, t.source_path))
        self.result.redactions = dict(Counter(self.result.redactions) + Counter(t.redactions))


def fingerprint(t: Transcript) -> str:
    """What makes a stored call the same as this one: its time, who/what metadata and every turn."""
    from callinsight.store.writes import call_fingerprint

    m = t.metadata
    return call_fingerprint(m.started_at, (m.direction, m.kind, m.agent, m.account, m.persona),
                            [(u.role, u.text) for u in t.utterances])


def _fail(con: duckdb.DuckDBPyConnection, result: ImportResult, failure: Failure, run_id: str) -> None:
    from callinsight.store.writes import record_failure

    log.info("import failed: %s: %s", failure.path, failure.reason)
    record_failure(con, failure, run_id)
    result.failures.append(failure)


def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"ingest.timezone: unknown time zone {name!r}", hint="use an IANA name such as 'Europe/Berlin'") from None
