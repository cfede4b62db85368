"""The ``ingest`` stage: discover new recordings, transcribe them (through the executor), redact,
measure and store each call in one transaction.

The stage is the only writer. Per call it writes either the whole transcript (``write_transcript``,
one transaction) or one failure row with the reason, so a kill at any moment leaves no half call and
the next run simply picks up the calls not yet stored.
"""

from __future__ import annotations

import heapq
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from callinsight.errors import InputError
from callinsight.ingest.discover import FoundFile, HashCache, content_hash, find_recordings
from callinsight.ingest.metadata import ManifestCache, build_metadata, zone
from callinsight.pipeline.context import StageContext, StageResult
from callinsight.pipeline.executor import WORKER_BASE_MB, ExecutorOptions, Lost, choose_executor, make_executor
from callinsight.records import CallMetadata, CallSource, Failure, Transcript
from callinsight.stage_names import INGEST
from callinsight.store import writes
from callinsight.transcribe.audio import check_size
from callinsight.transcribe.worker import STAGE, RetryableFailure, TranscribeWorker

if TYPE_CHECKING:
    from callinsight.redact.config import RedactionConfig
    from callinsight.transcribe.config import TranscribeSettings

    class IngestSettings(TranscribeSettings, Protocol):
        """What the ingest stage reads: discovery and transcription settings, and redaction."""

        redaction: RedactionConfig

log = logging.getLogger("callinsight")


@dataclass
class Plan:
    """What discovery found: new calls to transcribe, and inputs that failed before transcription."""

    sources: list[CallSource] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # call_id -> content key
    failures: list[tuple[Failure, str]] = field(default_factory=list)  # (failure, content key)
    known: int = 0  # already stored (same content, any name)
    failed_before: int = 0  # unchanged inputs that failed in an earlier run


def plan_ingest(
    config: IngestSettings, known_ids: set[str], failed_keys: set[tuple[str, str]], *, use_hash_cache: bool = False
) -> Plan:
    """Find recordings and read their metadata; hash only files that are not known failures.

    ``use_hash_cache`` keeps the call ids of unchanged files (same path, size and mtime) in
    ``<database>.hashes.json``, so re-runs over a large archive do not read every file again.
    """
    plan = Plan()
    root = config.recordings_dir
    if not root.is_dir():
        return plan
    tz = zone(config.ingest.timezone)
    manifests = ManifestCache()
    hashes = HashCache(config.database_path.with_name(config.database_path.name + ".hashes.json")) if use_hash_cache else None
    seen: set[str] = set()
    present: set[str] = set()
    try:
        for found in find_recordings(root, config.ingest.extensions):
            present.add(str(found.path))
            _plan_one(found, config, plan, known_ids, failed_keys, manifests, tz, seen, hashes)
    finally:
        if hashes is not None:
            hashes.save(present)
    return plan


def _plan_one(
    found: FoundFile,
    config: IngestSettings,
    plan: Plan,
    known_ids: set[str],
    failed_keys: set[tuple[str, str]],
    manifests: ManifestCache,
    tz: tzinfo,
    seen: set[str],
    hashes: HashCache | None,
) -> None:
    """Classify one recording into the plan: known, failed before, failed now, or new."""
    key = found.content_key
    if (str(found.path), key) in failed_keys:
        plan.failed_before += 1
        return
    call_id = None
    try:
        check_size(found.path, found.size_bytes, config.ingest.max_file_mb)
        call_id = hashes.call_id(found) if hashes is not None else content_hash(found.path)
        if call_id in known_ids or call_id in seen:
            plan.known += 1
            return
        seen.add(call_id)
        metadata = _metadata(found, manifests, tz)
    except InputError as exc:
        reason = exc.reason if exc.path == str(found.path) else f"{exc.reason} ({Path(exc.path).name})"
        plan.failures.append((Failure(str(found.path), STAGE, reason, call_id), key))
        return
    plan.sources.append(CallSource(call_id=call_id, path=found.path, size_bytes=found.size_bytes, metadata=metadata))
    plan.keys[call_id] = key


def _metadata(found: FoundFile, manifests: ManifestCache, tz: tzinfo) -> CallMetadata:
    return build_metadata(
        found.path, mtime_ns=found.mtime_ns, sidecar=found.sidecar, manifest=found.manifest, manifests=manifests, tz=tz
    )


class IngestStage:
    """``worker`` replaces the default ``TranscribeWorker(config)`` (any picklable callable
    ``CallSource -> Transcript | Failure``), e.g. to share an already loaded model."""

    name = INGEST

    def __init__(self, worker: Callable[[CallSource], Transcript | Failure] | None = None) -> None:
        self.worker = worker

    def run(self, ctx: StageContext) -> StageResult:
        con, config = ctx.con, ctx.config
        result = StageResult(stage=self.name)
        plan = plan_ingest(config, writes.known_call_ids(con), writes.failed_content_keys(con), use_hash_cache=True)
        for failure, key in plan.failures:
            writes.record_failure(con, failure, ctx.run_id, content_key=key)
            log.warning("%s: %s", failure.path, failure.reason)
        result.failed = len(plan.failures)
        lost = 0
        ran_on = "none"
        if plan.sources:
            expected = _expected_seconds(plan.sources)
            worker = self.worker or TranscribeWorker(config)
            options = _executor_options(ctx.options.executor, config, plan.sources, expected, injected=self.worker is not None)
            executor = make_executor(options)
            if isinstance(worker, TranscribeWorker):  # calls decoded together, in shared batches
                batch: Callable[[list[CallSource]], list[Transcript | Failure]] = worker.batch
                parallel = 1 if executor.name == "local" else options.workers or os.cpu_count() or 1
                groups = _groups(plan.sources, expected, config.transcribe.batch_size, workers=parallel)
            else:  # a per-call worker: one call per item, as before
                batch, groups = _Each(worker), [[s] for s in plan.sources]
            ran_on = executor.name + (f" x{parallel}" if executor.name == "processes" else "")
            log.debug("ingest: %d group(s) of calls on the %s executor", len(groups), ran_on)
            try:
                with ctx.progress.task("calls", total=len(plan.sources), unit="calls") as calls_bar, ctx.progress.task(
                    "transcribing", total=sum(expected.values()) or None, unit="audio s"
                ) as audio_bar:
                    for group, outcomes in executor.map(batch, groups):
                        results = [outcomes] * len(group) if isinstance(outcomes, Lost) else outcomes
                        for source, outcome in zip(group, results, strict=True):
                            lost += self._store(ctx, plan, result, source, outcome)
                            audio_bar.advance(expected.get(source.call_id, 0.0), note=source.path.name)
                            calls_bar.advance(1)
            finally:
                executor.close()
        result.skipped = plan.known + plan.failed_before
        result.details = {"known": plan.known, "failed_before": plan.failed_before, "lost": lost, "executor": ran_on}
        result.message = (
            f"{result.processed} new call(s), {result.audio_s / 60:.1f} audio min, {result.failed} failed"
            + (f", {lost} lost (retried next run)" if lost else "")
            + (f", {plan.failed_before} unchanged failed input(s) not retried" if plan.failed_before else "")
        )
        return result


    @staticmethod
    def _store(
        ctx: StageContext, plan: Plan, result: StageResult, source: CallSource, outcome: Transcript | Failure | Lost
    ) -> int:
        """Write one call's outcome (transcript or failure); returns 1 for a lost call (nothing written)."""
        from callinsight.redact import redact_transcript
        from callinsight.transcribe.metrics import compute_metrics

        con, config = ctx.con, ctx.config
        if isinstance(outcome, Transcript):
            stored = redact_transcript(outcome, config.redaction)
            stored.metrics = compute_metrics(stored.utterances, stored.duration_s)
            writes.write_transcript(con, stored, ctx.run_id)
            result.processed += 1
            result.audio_s += stored.duration_s or 0.0
        elif isinstance(outcome, Failure):
            # A retryable failure gets no content key: the next run tries the file again.
            retry = isinstance(outcome, RetryableFailure)
            failed_key = None if retry else plan.keys.get(source.call_id)
            writes.record_failure(con, outcome, ctx.run_id, content_key=failed_key)
            result.failed += 1
            log.warning("%s: %s", outcome.path, outcome.reason)
        elif isinstance(outcome, Lost):
            log.warning("%s: lost (%s); retried next run", source.path, outcome.reason)
            return 1  # nothing written: the next run picks it up
        return 0


class _Each:
    """Adapts a per-call worker (tests, benchmarks' replay) to the stage's groups of calls."""

    def __init__(self, worker: Callable[[CallSource], Transcript | Failure]) -> None:
        self.worker = worker

    def __call__(self, sources: list[CallSource]) -> list[Transcript | Failure]:
        return [self.worker(s) for s in sources]


#: Audio (declared seconds) per group of calls decoded together: bounds the memory a group holds
#: (decoded samples and log-mel features) whatever the calls' lengths.
GROUP_AUDIO_S = 900.0

#: Audio (declared seconds) a worker process must get to pay for starting it (spawn, imports, its own
#: model load: a few seconds, while a core transcribes ~4 audio seconds per second): ``auto`` starts
#: no more processes than this many seconds of audio each would fill.
MIN_AUDIO_PER_PROCESS_S = 60.0


def _executor_options(
    options: ExecutorOptions, config: IngestSettings, sources: list[CallSource], expected: dict[str, float], *, injected: bool
) -> ExecutorOptions:
    """``auto``: one transcription process per core when there is audio enough for more than one
    (docs/transcription.md, "Threads or processes"); in-process for an injected worker (it may hold a
    model loaded here), on a GPU, or for a small batch."""
    if options.name != "auto":
        return options
    if injected:
        return replace(options, name="local")
    from callinsight.localmodels.device import whisper_placement
    from callinsight.localmodels.registry import resolve

    known = len(expected) == len(sources)  # a huge backlog stops probing early: count calls then
    audio = sum(expected.values()) if known else float("inf")
    items = min(len(sources), max(1, int(audio // MIN_AUDIO_PER_PROCESS_S)) if known else len(sources))
    gpu = whisper_placement(config.models.device, config.models.compute_type).device == "cuda"
    try:
        model_mb = sum(f.stat().st_size for f in resolve(config.models_dir, "whisper", config.models.whisper).iterdir()) / 2**20
    except Exception:  # a missing model fails later, with its own clear error
        model_mb = 0.0
    return choose_executor(options, items=items, worker_mb=WORKER_BASE_MB + 2 * model_mb, gpu=gpu)


def _groups(
    sources: list[CallSource], expected: dict[str, float], batch_size: int, *, workers: int = 1
) -> list[list[CallSource]]:
    """Calls decoded together: up to ``batch_size`` calls (enough chunks to fill several batches of
    two-channel calls) and about ``GROUP_AUDIO_S`` of audio; one call per group when batching is off.
    With several worker processes, see ``_balanced_groups``."""
    if workers > 1 and batch_size > 0:
        return _balanced_groups(sources, expected, batch_size, workers)
    per_group = max(batch_size, 1)
    groups: list[list[CallSource]] = []
    seconds = 0.0
    for source in sources:
        if not groups or len(groups[-1]) >= per_group or seconds >= GROUP_AUDIO_S:
            groups.append([])
            seconds = 0.0
        groups[-1].append(source)
        seconds += expected.get(source.call_id, 0.0)
    return groups


def _balanced_groups(
    sources: list[CallSource], expected: dict[str, float], batch_size: int, workers: int
) -> list[list[CallSource]]:
    """Groups for several worker processes: a multiple of ``workers`` groups (each within the count and
    audio bounds above, on average), equal in audio, so the processes finish together instead of one idling while
    another decodes a group of long calls. Longest call first into the group with the least audio so far
    (greedy number partitioning); the groups are handed out longest first."""
    n = len(sources)
    audio = sum(expected.get(s.call_id, 0.0) for s in sources)
    wanted = max(workers, -(-n // batch_size), int(-(-audio // GROUP_AUDIO_S)))
    count = min(n, -(-wanted // workers) * workers)
    groups: list[list[CallSource]] = [[] for _ in range(count)]
    lightest = [(0.0, 0, k) for k in range(count)]  # (audio, calls, group): a heap, for large backlogs
    for source in sorted(sources, key=lambda s: -expected.get(s.call_id, 0.0)):
        load, size, k = heapq.heappop(lightest)
        groups[k].append(source)
        heapq.heappush(lightest, (load + expected.get(source.call_id, 0.0), size + 1, k))
    loads = {k: load for load, _size, k in lightest}
    return [groups[k] for k in sorted(range(count), key=lambda k: -loads[k]) if groups[k]]


def _expected_seconds(sources: list[CallSource]) -> dict[str, float]:
    """Declared durations (headers only) for the progress bar's total; unreadable files count 0."""
    from callinsight.transcribe.audio import probe

    out: dict[str, float] = {}
    start = time.monotonic()
    for s in sources:
        try:
            out[s.call_id] = probe(s.path).duration_s or 0.0
        except InputError:
            out[s.call_id] = 0.0
        if time.monotonic() - start > 30:  # a huge backlog: don't delay the work for a nicer bar
            break
    return out
