"""The per-call transcription worker: ``CallSource`` in, ``Transcript`` or ``Failure`` out.

Picklable and pure: it holds only the configuration until first called, then loads the Whisper model
(and, for mono calls, the voice encoder) once and reuses them; it never touches the store. Any
executor (in-process, Ray actors) can hold one per process.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from callinsight.errors import InputError, ModelError
from callinsight.records import CallSource, Failure, Role, Transcript, TranscriptionOptions
from callinsight.stage_names import INGEST
from callinsight.transcribe import audio as audio_mod
from callinsight.transcribe.roles import Turn, decide_roles
from callinsight.transcribe.turns import Piece, group_turns, merge_turns, pieces_from_segments, split_at_pauses

if TYPE_CHECKING:
    from callinsight.transcribe.config import TranscribeSettings

STAGE = INGEST


@dataclass(frozen=True)
class RetryableFailure(Failure):
    """A failure that is not the input's fault (an unexpected error): recorded, but retried next run."""


@dataclass
class _Opened:
    """A call decoded and ready for the model."""

    source: CallSource
    decoded: audio_mod.DecodedAudio
    forced: str | None
    language_source: str
    options: TranscriptionOptions


def _failure(source: CallSource, exc: Exception) -> Failure:
    """An exception while transcribing one call, as the record the stage stores (or re-raised when
    every call would fail the same way)."""
    if isinstance(exc, InputError):
        return Failure(path=str(source.path), stage=STAGE, reason=exc.reason, call_id=source.call_id)
    if isinstance(exc, ModelError | MemoryError):
        raise exc  # every call would fail the same way: stop the batch
    # a bug or an environment problem, not the file's fault: retried next run
    return RetryableFailure(
        path=str(source.path),
        stage=STAGE,
        reason=f"unexpected error, retried next run: {type(exc).__name__}: {exc}"[:500],
        call_id=source.call_id,
    )


class TranscribeWorker:
    def __init__(self, config: TranscribeSettings, *, model: Any = None, encoder: Any = None) -> None:
        """``model`` / ``encoder`` let a caller share already loaded ones (tests, benchmarks)."""
        self.config = config
        self._model: Any = model
        self._encoder: Any = encoder

    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config, "_model": None, "_encoder": None}  # models are reloaded per process

    def __call__(self, source: CallSource) -> Transcript | Failure:
        with self._blas_threads():
            try:
                return self.transcribe(source)
            except Exception as exc:
                return _failure(source, exc)

    def _blas_threads(self) -> AbstractContextManager[Any]:
        """numpy's BLAS limited to ``models.cpu_threads`` while a call is transcribed.

        faster-whisper computes the log-mel features with numpy (OpenBLAS), outside CTranslate2's
        ``cpu_threads``; OpenBLAS splits its sums by its own thread count, which is the machine's CPUs
        in the main process but ``OMP_NUM_THREADS`` = the actor's CPUs in a Ray actor (or what the
        processes executor sets). Different feature bits moved word ends by 0.02 s and confidences in
        the third decimal, so a call's transcript depended on the executor. With the threads pinned
        here it depends only on the settings. ``cpu_threads = 0`` (the library chooses) pins nothing.
        """
        threads = self.config.models.cpu_threads
        if threads <= 0:
            return nullcontext()
        import numpy  # noqa: F401  # loaded first: threadpoolctl limits only the BLAS libraries already loaded
        from threadpoolctl import threadpool_limits

        return threadpool_limits(limits=threads, user_api="blas")

    def batch(self, sources: list[CallSource]) -> list[Transcript | Failure]:
        """Several calls at once: the speech chunks of all their channels are decoded in shared
        batches (``transcribe.batch_size``); one result per source, in order. With batching off
        (``batch_size = 0``) or VAD off (chunks are cut at speech pauses) the calls are transcribed
        one by one."""
        if self.config.transcribe.batch_size <= 0 or not self.config.transcribe.vad:
            return [self(s) for s in sources]
        with self._blas_threads():
            return self._batch(sources)

    def _batch(self, sources: list[CallSource]) -> list[Transcript | Failure]:
        results: list[Transcript | Failure | None] = [None] * len(sources)
        opened: list[tuple[int, _Opened]] = []
        for i, source in enumerate(sources):
            try:
                opened.append((i, self._open(source)))
            except Exception as exc:
                results[i] = _failure(source, exc)
        try:
            decoded = self._decode_batched([o for _i, o in opened])
        except Exception as exc:  # the whole group shares the model pass: every call in it fails alike
            for i, o in opened:
                results[i] = _failure(o.source, exc)
            return [r for r in results if r is not None]
        for (i, o), (pieces, language) in zip(opened, decoded, strict=True):
            try:
                results[i] = self._finish(o, pieces, language)
            except Exception as exc:
                results[i] = _failure(o.source, exc)
        return [r for r in results if r is not None]

    # -- the work -----------------------------------------------------------------------------------

    @property
    def model(self) -> Any:
        if self._model is None:
            from callinsight.localmodels.factories import load_whisper

            quiet = logging.getLogger("faster_whisper")
            if quiet.level == logging.NOTSET:  # it logs two INFO lines per channel: too chatty for cron logs
                quiet.setLevel(logging.WARNING)
            self._model = load_whisper(self.config)
        return self._model

    @property
    def encoder(self) -> Any:
        if self._encoder is None:
            from callinsight.transcribe.diarize import load_encoder

            self._encoder = load_encoder()
        return self._encoder

    def transcribe(self, source: CallSource) -> Transcript:
        """One call on the sequential path: each channel decoded on its own (faster-whisper's
        ``WhisperModel.transcribe``)."""
        opened = self._open(source)
        channels = opened.decoded.channels
        if len(channels) == 2:
            pieces, language = self._stereo(channels, opened.forced)
        else:
            pieces, language = self._transcribe_channel(channels[0], opened.forced, channel=None, speaker=0)
        return self._finish(opened, pieces, language)

    def _open(self, source: CallSource) -> _Opened:
        """Check, probe and decode (once per file) and settle the forced language."""
        cfg = self.config
        path = source.path
        audio_mod.check_size(path, path.stat().st_size if path.exists() else source.size_bytes, cfg.ingest.max_file_mb)
        info = audio_mod.probe(path)
        decoded = audio_mod.decode(path, info)
        forced, language_source = self._forced_language(source)
        options = self.options()
        options.language, options.language_source = forced, language_source
        if audio_mod.is_dual_mono(decoded.channels):
            decoded.channels = decoded.channels[:1]
            options.dual_mono = True  # stereo file, same signal on both channels: a mono call
        return _Opened(source, decoded, forced, language_source, options)

    def _decode_batched(self, calls: list[_Opened]) -> list[tuple[list[Piece], str | None]]:
        """All channels of all calls through ``batched.decode_tracks``; one language per call (forced,
        else detected on the customer channel's first chunk, else on the agent channel's)."""
        from callinsight.transcribe import batched

        settings = self.batch_settings()
        agent = self.config.transcribe.agent_channel
        tracks: list[list[batched.Track]] = []
        for n, call in enumerate(calls):
            chans = call.decoded.channels
            if len(chans) == 2:  # customer first: its language is the call's
                call_tracks = [batched.Track(chans[ch], speaker=ch, channel=ch, language=call.forced, call=n) for ch in (1 - agent, agent)]
            else:
                call_tracks = [batched.Track(chans[0], speaker=0, channel=None, language=call.forced, call=n)]
            for t in call_tracks:
                batched.prepare(self.model, t, settings)
            tracks.append(call_tracks)
        flat = [t for call_tracks in tracks for t in call_tracks]
        pieces, _stats = batched.decode_tracks(self.model, flat, settings)
        out: list[tuple[list[Piece], str | None]] = []
        k = 0
        for call, call_tracks in zip(calls, tracks, strict=True):
            call_pieces = [p for ps in pieces[k : k + len(call_tracks)] for p in ps]
            k += len(call_tracks)
            call.options.batch_size = settings.batch_size
            call.options.chunks = sum(len(t.features) for t in call_tracks)
            call.options.vad_min_silence_ms = settings.min_silence_ms
            out.append((call_pieces, call_tracks[0].language))
        return out

    def _finish(self, opened: _Opened, pieces: list[Piece], language: str | None) -> Transcript:
        """Roles (channels, or diarization for mono), turns, and the transcript record."""
        cfg = self.config
        source, decoded, options = opened.source, opened.decoded, opened.options
        path = source.path
        confidence: float | None
        if len(decoded.channels) == 2:
            roles: dict[int, Role] = {cfg.transcribe.agent_channel: "agent", 1 - cfg.transcribe.agent_channel: "customer"}
            method, confidence = "channel", 1.0
        else:
            if not pieces:
                raise InputError(str(path), "no speech found (silence only)")
            pieces, roles, method, confidence, details = self._mono_roles(decoded.channels[0], pieces, source)
            options = replace(options, **details)
        if not pieces:
            raise InputError(str(path), "no speech found (silence only)")
        if opened.language_source == "detected":
            options.language_detected = language
        utterances = merge_turns(pieces, roles, max_gap_s=cfg.transcribe.merge_gap_s, language=language)
        return Transcript(
            call_id=source.call_id,
            source="audio",
            source_path=str(path),
            metadata=source.metadata,
            utterances=utterances,
            language=language,
            duration_s=round(decoded.duration_s, 3),
            channels=decoded.source_channels,
            role_method=method,
            role_confidence=confidence,
            model=cfg.models.whisper,
            options=options,
        )

    def batch_settings(self) -> Any:
        from callinsight.transcribe.batched import BatchSettings

        t = self.config.transcribe
        return BatchSettings(batch_size=max(t.batch_size, 1), beam_size=t.beam_size, split_gap_s=t.merge_gap_s)

    def options(self) -> TranscriptionOptions:
        """The effective transcription options, stored with each call so it can be reproduced."""
        import faster_whisper

        from callinsight.localmodels.device import whisper_placement

        cfg = self.config
        place = whisper_placement(cfg.models.device, cfg.models.compute_type)
        return TranscriptionOptions(
            engine=f"faster-whisper {faster_whisper.__version__}",
            device=place.device,
            compute_type=place.compute_type,
            beam_size=cfg.transcribe.beam_size,
            vad_filter=cfg.transcribe.vad,
            word_timestamps=True,
            condition_on_previous_text=False,
            batch_size=0,  # the sequential path; the batched one records its own
            agent_channel=cfg.transcribe.agent_channel,
            merge_gap_s=cfg.transcribe.merge_gap_s,
        )

    def _forced_language(self, source: CallSource) -> tuple[str | None, str]:
        if source.metadata.language:
            return source.metadata.language, "metadata"
        if self.config.transcribe.language:
            return self.config.transcribe.language, "config"
        return None, "detected"

    def _transcribe_channel(self, samples: Any, language: str | None, *, channel: int | None, speaker: int) -> tuple[list[Piece], str | None]:
        cfg = self.config.transcribe
        segments, info = self.model.transcribe(
            samples,
            language=language,
            vad_filter=cfg.vad,
            word_timestamps=True,
            beam_size=cfg.beam_size,
            condition_on_previous_text=False,
        )
        pieces = pieces_from_segments(segments, speaker=speaker, channel=channel)  # consumes the generator
        return pieces, language or info.language

    def _stereo(self, channels: list[Any], forced: str | None) -> tuple[list[Piece], str | None]:
        """Customer channel first: its language (when detected) is the call's, and the agent channel
        is transcribed in that language, so both halves of a call agree."""
        agent = self.config.transcribe.agent_channel
        customer = 1 - agent
        customer_pieces, language = self._transcribe_channel(channels[customer], forced, channel=customer, speaker=customer)
        if not customer_pieces and forced is None:
            language = None  # detected on silence: let the agent channel decide
        agent_pieces, agent_language = self._transcribe_channel(channels[agent], language, channel=agent, speaker=agent)
        return customer_pieces + agent_pieces, language or agent_language

    def _mono_roles(
        self, samples: Any, pieces: list[Piece], source: CallSource
    ) -> tuple[list[Piece], dict[int, Role], str, float | None, dict[str, Any]]:
        cfg = self.config
        if not cfg.transcribe.diarize_mono:
            return pieces, {}, "unknown", None, {"diarization": "off"}
        from callinsight.transcribe.diarize import diarize

        pieces = split_at_pauses(pieces, cfg.transcribe.mono_split_pause_s)
        result = diarize(samples, pieces, self.encoder)
        for piece, label in zip(pieces, result.labels, strict=True):
            piece.speaker = label
        turns = [
            Turn(speaker=g[0].speaker, start=g[0].start, text=" ".join(p.text for p in g))
            for g in group_turns(pieces, max_gap_s=cfg.transcribe.merge_gap_s)
        ]
        decision = decide_roles(
            turns,
            company_names=[cfg.company.name, *cfg.company.aliases],
            direction=source.metadata.direction,
        )
        details: dict[str, Any] = {
            "diarization": "resemblyzer",
            "speakers": result.speakers,
            "voice_separation": result.separation,
            "role_cues": decision.cues[:12],
        }
        if decision.agent is None or decision.confidence < cfg.transcribe.role_min_confidence:
            return pieces, {}, "unknown", decision.confidence, details
        customer = 1 - decision.agent
        return pieces, {decision.agent: "agent", customer: "customer"}, "diarized", decision.confidence, details

