"""Batched decoding: the VAD speech chunks of many tracks (both channels of a call, several calls)
decoded together, ``batch_size`` chunks per model call.

Built from faster-whisper's own pieces, not a re-implementation: Silero VAD (``get_speech_timestamps``,
``collect_chunks``, ``SpeechTimestampsMap``), the feature extractor, the encoder and decoder calls of
``BatchedInferencePipeline.generate_segment_batched`` (one encoder + one greedy/beam pass for the whole
batch), ``WhisperModel.generate_with_fallback`` and ``add_word_timestamps``. What differs from faster-whisper's
``BatchedInferencePipeline.transcribe``, and why (see docs/transcription.md for the measurements):

- chunks of *several* tracks share a batch, so two short channels of a 60 s call fill a batch of 8;
- a chunk whose greedy text fails the usual checks (compression ratio > 2.4, mean log-probability
  < -1) is decoded again with temperature fallback, as the sequential path does; a chunk the model
  calls silence (no-speech probability > 0.6 and a low log-probability) is dropped, as sequential does;
- one language per call, never per chunk: the caller's, else detected once on the call's first chunk
  from the batch's own encoder output (no extra encoder pass);
- words are put back on the recording's clock and split at the VAD speech regions, so a turn of the
  other party between two regions of this channel still interleaves.

Heavy libraries are imported inside functions (the CLI imports this module at start-up).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from callinsight.records import Word
from callinsight.transcribe.turns import Piece

SAMPLE_RATE = 16000


@dataclass(frozen=True)
class BatchSettings:
    """How speech is cut into chunks and decoded in batches."""

    batch_size: int = 8
    """Chunks per model call."""
    beam_size: int = 1
    """Beam size of the batched pass (1 = greedy)."""
    chunk_s: float = 30.0
    """Most speech (seconds) merged into one chunk; Whisper's window is 30 s."""
    min_silence_ms: int = 2000
    """A pause this long ends a VAD speech region. faster-whisper's batched default (160 ms) cuts
    sentences into many short regions glued together without their pauses: 1.4 points more word
    errors on the tuning calls; 2000 ms is its sequential default (docs/transcription.md)."""
    speech_pad_ms: int = 200
    """Padding kept around each speech region (faster-whisper: 400 ms; 200 ms measured better)."""
    vad_threshold: float = 0.5
    """Silero speech probability above which a frame is speech."""
    timestamps: bool = False
    """Let the model predict segment timestamps inside a chunk (faster-whisper's batched default: off)."""
    split_gap_s: float = 1.0
    """A pause this long between two words starts a new piece (the caller passes its turn gap)."""
    fallback: bool = True
    """Decode again with temperature fallback when greedy text looks wrong (as sequential does)."""
    drop_no_speech: bool = True
    """Drop chunks the model judges silent (no-speech probability > 0.6 and low log-probability)."""


@dataclass
class Track:
    """One channel to transcribe: 16 kHz samples, who speaks on it, and (after ``prepare``) its chunks."""

    samples: Any  # numpy float32
    speaker: int = 0
    channel: int | None = None
    language: str | None = None
    """Forced language, or None to detect it (``decode_tracks`` fills it in)."""
    call: int = 0
    """Tracks of one call share a language: the same number for both channels of a call."""
    speech: list[dict[str, int]] = field(default_factory=list)  # VAD regions, in samples
    features: list[Any] = field(default_factory=list)  # one (n_mels, 3000) array per chunk
    offsets: list[float] = field(default_factory=list)  # chunk start on the speech-only clock (s)
    durations: list[float] = field(default_factory=list)


@dataclass
class ChunkStats:
    """What happened to the chunks (stored with the call's options, and printed by the benchmark)."""

    chunks: int = 0
    batches: int = 0
    fallbacks: int = 0
    dropped_no_speech: int = 0


def vad_options(settings: BatchSettings) -> Any:
    from faster_whisper.vad import VadOptions

    return VadOptions(
        threshold=settings.vad_threshold,
        min_silence_duration_ms=settings.min_silence_ms,
        speech_pad_ms=settings.speech_pad_ms,
        max_speech_duration_s=settings.chunk_s,
    )


def prepare(model: Any, track: Track, settings: BatchSettings) -> Track:
    """VAD, merge regions into chunks of at most ``chunk_s`` of speech, and their log-mel features."""
    from faster_whisper.audio import pad_or_trim
    from faster_whisper.vad import collect_chunks, get_speech_timestamps

    track.speech = get_speech_timestamps(track.samples, vad_options(settings))
    if not track.speech:
        return track
    audio_chunks, metadata = collect_chunks(track.samples, track.speech, max_duration=settings.chunk_s)
    for audio, meta in zip(audio_chunks, metadata, strict=True):
        if not len(audio):
            continue
        track.features.append(pad_or_trim(model.feature_extractor(audio)[..., :-1]))
        track.offsets.append(float(meta["offset"]))
        track.durations.append(float(meta["duration"]))
    return track


def detect_language(model: Any, track: Track) -> str | None:
    """The language of a prepared track (first 30 s of its speech); ``en`` for English-only models;
    None when the track has no speech. (``decode_tracks`` detects from its own encoder pass instead.)"""
    import numpy as np

    if not model.model.is_multilingual:
        return "en"
    if not track.features:
        return None
    language, _prob, _all = model.detect_language(features=np.concatenate(track.features, axis=1))
    return str(language)


def decode_tracks(model: Any, tracks: Sequence[Track], settings: BatchSettings) -> tuple[list[list[Piece]], ChunkStats]:
    """Decode every prepared track's chunks in batches; pieces per track, on the recording's clock.

    Tracks with the same ``call`` share a language: the caller's (``Track.language``), else the one
    detected on the call's first chunk (its first track's first 30 s of speech, which is what
    faster-whisper's ``detect_language`` looks at) from the encoder output of the batch that decodes
    that chunk anyway, so detection costs no encoder pass of its own (it was a fifth of the encoder's
    work on 60 s calls). Chunks of known languages are batched per language; chunks of calls still to
    be detected are batched in track order, the first chunk of each call before its others. Detected
    languages are written back to every track of the call."""
    stats = ChunkStats()
    words: dict[int, list[tuple[float, float, str, float]]] = defaultdict(list)
    languages: dict[int, str | None] = {}  # call -> language, forced or detected
    first: dict[int, tuple[int, int]] = {}  # call -> its first chunk (track, chunk)
    for t, track in enumerate(tracks):
        if track.language:
            languages.setdefault(track.call, track.language)
        if track.features:
            first.setdefault(track.call, (t, 0))
    by_language: dict[str | None, list[tuple[int, int]]] = defaultdict(list)  # None: still to detect
    for t, track in enumerate(tracks):
        for c in range(len(track.features)):
            by_language[languages.get(track.call)].append((t, c))
    decoder = _Decoder(model, settings, stats)
    for language, refs in by_language.items():
        for i in range(0, len(refs), settings.batch_size):
            batch = refs[i : i + settings.batch_size]
            stats.batches += 1
            stats.chunks += len(batch)
            results = decoder.batch(tracks, batch, languages, first if language is None else {})
            for (t, _c), chunk_words in zip(batch, results, strict=True):
                words[t].extend(chunk_words)
    for track in tracks:
        track.language = track.language or languages.get(track.call)
    return [_pieces(track, words[t], settings.split_gap_s) for t, track in enumerate(tracks)], stats


class _Decoder:
    """One model's batched pass: encode, detect languages still unknown, generate, fall back, align."""

    def __init__(self, model: Any, settings: BatchSettings, stats: ChunkStats) -> None:
        from faster_whisper.tokenizer import Tokenizer

        self.model, self.settings, self.stats = model, settings, stats
        self._tokenizers: dict[str, tuple[Any, Any]] = {}
        self._tokenizer_cls = Tokenizer

    def tokenizer(self, language: str) -> tuple[Any, Any]:
        """The tokenizer of a language and the decoding options made with it (once per language)."""
        if language not in self._tokenizers:
            tokenizer = self._tokenizer_cls(self.model.hf_tokenizer, self.model.model.is_multilingual, task="transcribe", language=language)
            self._tokenizers[language] = (tokenizer, _options(tokenizer, self.settings))
        return self._tokenizers[language]

    def batch(
        self,
        tracks: Sequence[Track],
        batch: list[tuple[int, int]],
        languages: dict[int, str | None],
        first: dict[int, tuple[int, int]],
    ) -> list[list[tuple[float, float, str, float]]]:
        """Per chunk its words as (start, end, raw word, probability) on the speech-only clock."""
        import numpy as np

        features = np.stack([tracks[t].features[c] for t, c in batch])
        encoder_output = self.model.encode(features)
        firsts = [k for k, ref in enumerate(batch) if tracks[ref[0]].call not in languages and first.get(tracks[ref[0]].call) == ref]
        if firsts:
            for k, language in zip(firsts, self._detect(encoder_output, firsts, len(batch)), strict=True):
                languages[tracks[batch[k][0]].call] = language
        langs = [languages.get(tracks[t].call) or "en" for t, _c in batch]
        if len(set(langs)) == 1:
            return _decode_batch(self.model, *self.tokenizer(langs[0]), self.settings, tracks, batch, features, encoder_output, self.stats)
        # Calls of different languages met in one batch (only where languages are detected): decode
        # each language's chunks on their own; re-encoding them is rare and keeps one code path.
        out: list[list[tuple[float, float, str, float]]] = [[] for _ in batch]
        for language in sorted(set(langs)):
            idx = [k for k, lang in enumerate(langs) if lang == language]
            sub = features[idx]
            results = _decode_batch(
                self.model, *self.tokenizer(language), self.settings, tracks, [batch[k] for k in idx], sub, self.model.encode(sub), self.stats
            )
            for k, r in zip(idx, results, strict=True):
                out[k] = r
        return out

    def _detect(self, encoder_output: Any, items: list[int], n: int) -> list[str]:
        """The most likely language of the batch's chunks ``items`` (``en`` for English-only models).
        On the CPU only those chunks' encoder outputs go through the detection step (it projects the
        whole 30 s of encoder output per chunk: ~5% of a batch's time when done for all 8)."""
        if not self.model.model.is_multilingual:
            return ["en"] * len(items)
        subset = encoder_output
        if len(items) < n and str(encoder_output.device) == "cpu":
            import ctranslate2
            import numpy as np

            subset = ctranslate2.StorageView.from_array(np.ascontiguousarray(np.asarray(encoder_output)[items]))
            items = list(range(len(items)))
        results = self.model.model.detect_language(subset)
        return [str(results[k][0][0][2:-2]) for k in items]


def _options(tokenizer: Any, settings: BatchSettings) -> Any:
    """faster-whisper's ``TranscriptionOptions`` for the batched pass, with the sequential path's
    thresholds (so fallback and the no-speech rule mean the same as there)."""
    from faster_whisper.transcribe import TranscriptionOptions, get_suppressed_tokens

    return TranscriptionOptions(
        beam_size=settings.beam_size,
        best_of=5,
        patience=1.0,
        length_penalty=1.0,
        repetition_penalty=1.0,
        no_repeat_ngram_size=0,
        log_prob_threshold=-1.0,
        no_speech_threshold=0.6,
        compression_ratio_threshold=2.4,
        condition_on_previous_text=False,
        prompt_reset_on_temperature=0.5,
        temperatures=[0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
        initial_prompt=None,
        prefix=None,
        suppress_blank=True,
        suppress_tokens=get_suppressed_tokens(tokenizer, [-1]),
        without_timestamps=not settings.timestamps,
        max_initial_timestamp=0.0,
        word_timestamps=True,
        prepend_punctuations="\"'“¿([{-",
        append_punctuations="\"'.。,，!！?？:：”)]}、",
        multilingual=False,
        max_new_tokens=None,
        clip_timestamps="0",
        hallucination_silence_threshold=None,
        hotwords=None,
    )


def _needs_fallback(text: str, avg_logprob: float, options: Any) -> bool:
    from faster_whisper.transcribe import get_compression_ratio

    return bool(
        get_compression_ratio(text) > options.compression_ratio_threshold or avg_logprob < options.log_prob_threshold
    )


def _generate(model: Any, encoder_output: Any, tokenizer: Any, options: Any, n: int) -> list[dict[str, Any]]:
    """The greedy (or beam) pass of ``BatchedInferencePipeline.generate_segment_batched``, on an
    encoder output computed once by the caller (it is also used for language detection and words)."""
    prompt = model.get_prompt(tokenizer, [], without_timestamps=options.without_timestamps)
    results = model.model.generate(
        encoder_output,
        [list(prompt) for _ in range(n)],
        beam_size=options.beam_size,
        patience=options.patience,
        length_penalty=options.length_penalty,
        max_length=model.max_length,
        suppress_blank=options.suppress_blank,
        suppress_tokens=options.suppress_tokens,
        return_scores=True,
        return_no_speech_prob=True,
        sampling_temperature=options.temperatures[0],
        repetition_penalty=options.repetition_penalty,
        no_repeat_ngram_size=options.no_repeat_ngram_size,
    )
    out = []
    for result in results:
        seq_len = len(result.sequences_ids[0])
        cum_logprob = result.scores[0] * (seq_len**options.length_penalty)
        out.append({"avg_logprob": cum_logprob / (seq_len + 1), "no_speech_prob": result.no_speech_prob, "tokens": result.sequences_ids[0]})
    return out


def _decode_batch(
    model: Any,
    tokenizer: Any,
    options: Any,
    settings: BatchSettings,
    tracks: Sequence[Track],
    batch: list[tuple[int, int]],
    features: Any,
    encoder_output: Any,
    stats: ChunkStats,
) -> list[list[tuple[float, float, str, float]]]:
    """One batch of one language: decode together, redo doubtful chunks with fallback, align words.
    Returns per chunk its words as (start, end, raw word, probability) on the speech-only clock."""
    import numpy as np

    outputs = _generate(model, encoder_output, tokenizer, options, len(batch))
    keep: list[bool] = []
    for k, out in enumerate(outputs):
        text = tokenizer.decode(out["tokens"]).strip()
        silent = out["no_speech_prob"] > options.no_speech_threshold and out["avg_logprob"] < options.log_prob_threshold
        if settings.fallback and not silent and _needs_fallback(text, out["avg_logprob"], options):
            stats.fallbacks += 1
            out.update(_redo(model, tokenizer, options, features[k], out))
            silent = out["no_speech_prob"] > options.no_speech_threshold and out["avg_logprob"] < options.log_prob_threshold
        drop = settings.drop_no_speech and silent
        stats.dropped_no_speech += int(drop)
        keep.append(not drop and bool(out["tokens"]))
    segmented, sizes = [], []
    for (t, c), out in zip(batch, outputs, strict=True):
        duration = tracks[t].durations[c]
        size = int(np.ceil(duration) * model.frames_per_second)
        sizes.append(size)
        subsegments, _seek, _single = model._split_segments_by_timestamps(
            tokenizer=tokenizer, tokens=out["tokens"], time_offset=tracks[t].offsets[c],
            segment_size=size, segment_duration=duration, seek=0,
        )
        seek = int(tracks[t].offsets[c] * model.frames_per_second)
        segmented.append([dict(s, seek=seek) for s in subsegments] or [dict(tokens=[], start=0.0, end=0.0, seek=seek)])
    # Chunks are in track order, so the "first word after a pause" rule sees each track's own previous
    # words; at a track boundary it is skipped (a later time on another track), which only affects how
    # far a first word's start may be pulled in, never the text.
    model.add_word_timestamps(
        segmented, tokenizer, encoder_output, sizes, options.prepend_punctuations, options.append_punctuations, 0.0
    )
    result = []
    for ok, chunk in zip(keep, segmented, strict=True):
        ws = [(float(w["start"]), float(w["end"]), str(w["word"]), float(w["probability"])) for s in chunk for w in s.get("words", [])]
        result.append(ws if ok else [])
    return result


def _redo(model: Any, tokenizer: Any, options: Any, features: Any, greedy: dict[str, Any]) -> dict[str, Any]:
    """Decode one doubtful chunk again with the temperature ladder; keep greedy when it scores better."""
    prompt = model.get_prompt(tokenizer, [], without_timestamps=options.without_timestamps)
    encoded = model.encode(features)
    result, avg_logprob, _temperature, _ratio = model.generate_with_fallback(
        encoded, prompt, tokenizer, replace(options, temperatures=options.temperatures[1:])
    )
    if avg_logprob <= greedy["avg_logprob"]:
        return {}
    return {"tokens": result.sequences_ids[0], "avg_logprob": avg_logprob, "no_speech_prob": result.no_speech_prob}


def _pieces(track: Track, words: list[tuple[float, float, str, float]], split_gap_s: float) -> list[Piece]:
    """Words back on the recording's clock, one piece per VAD speech region, also split where two
    words are ``split_gap_s`` apart, so the other party's turn in between interleaves."""
    from faster_whisper.vad import SpeechTimestampsMap

    if not words or not track.speech:
        return []
    clock = SpeechTimestampsMap(track.speech, SAMPLE_RATE)
    groups: list[list[tuple[float, float, str, float]]] = []
    last_region, last_end = -1, 0.0
    for start, end, word, prob in words:
        region = clock.get_chunk_index((start + end) / 2)
        start, end = clock.get_original_time(start, region), clock.get_original_time(end, region)
        if not groups or region != last_region or start - last_end >= split_gap_s:
            groups.append([])
        groups[-1].append((start, max(end, start), word, prob))
        last_region, last_end = region, end
    pieces = []
    for ws in groups:
        text = "".join(w for _s, _e, w, _p in ws).strip()
        kept = [Word(start=s, end=e, word=w.strip(), probability=p) for s, e, w, p in ws if w.strip()]
        if not text or not kept:
            continue
        pieces.append(
            Piece(start=kept[0].start, end=max(w.end for w in kept), text=text, words=kept, speaker=track.speaker, channel=track.channel)
        )
    return pieces
