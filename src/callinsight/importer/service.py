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
from callinsight.errors import ConfigError
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

log = logging.getLogger("callinsight")

#: File name endings picked up when a folder is imported.
SUFFIXES = (".json", ".jsonl", ".vtt", ".srt", ".txt")


class ImportSettings(Settings, Protocol):
    """What importing transcripts reads: the ingest time zone, the redaction rules and the shared sections."""

    ingest: IngestConfig
    redaction: RedactionConfig


STAGE = "import"


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

    @property
    def failed(self) -> int:
        return len(self.failures)


def import_transcripts(
    config: ImportSettings, paths: list[Path], *, agent_names: tuple[str, ...] = (), progress: Progress | None = None
) -> ImportResult:
    """Import transcript files and folders (walked for .json/.jsonl/.vtt/.srt/.txt) into the store."""
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
    with batch_lock(config.lock_path), open_store(config.database_path) as con, progress.session():
        result.run_id = run_id = start_run(con, "import", [STAGE])
        try:
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
                                _store(con, config, result, item, run_id)
                    task.advance(1, note=path.name)
        except BaseException as exc:
            finish_run(con, run_id, "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed", message=str(exc)[:500])
            raise
        finish_run(
            con,
            run_id,
            "partial" if result.failed else "ok",
            calls_new=result.new + result.updated,
            calls_failed=result.failed,
            message=f"import: {result.new} new, {result.updated} updated, {result.failed} failed",
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


def _store(con: duckdb.DuckDBPyConnection, config: ImportSettings, result: ImportResult, t: Transcript, run_id: str) -> None:
    from callinsight.redact import redact_transcript
    from callinsight.store.writes import call_exists, write_transcript
    from callinsight.transcribe.metrics import compute_metrics

    t = redact_transcript(t, config.redaction)  # before anything is stored
    t.metrics = compute_metrics(t.utterances, t.duration_s)
    status = "updated" if call_exists(con, t.call_id) else "new"
    write_transcript(con, t, run_id)
    if status == "new":
        result.new += 1
    else:
        result.updated += 1
    result.calls.append((t.call_id, status, t.source_path))
    result.redactions = dict(Counter(result.redactions) + Counter(t.redactions))


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
