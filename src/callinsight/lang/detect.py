"""The language of a call or a sentence: declared (call metadata, ``[transcribe] language``, Whisper's
detection) when known, else read from the script of the text.

Only the distinction the pipeline acts on is detected: Korean (Hangul) versus English (Latin letters).
Text in neither script keeps the declared language or none. A call is Korean when Hangul makes up at
least ``HANGUL_SHARE`` of its letters: a Korean call names English products ("Slack 연동이 안 돼요"),
while an English call practically never holds Hangul.
"""

from __future__ import annotations

import re

ENGLISH = "en"
KOREAN = "ko"
#: Share of letters that must be Hangul for Korean. Product names and English loanwords in Latin letters
#: rarely pass half of a Korean sentence's letters; 0.3 leaves room for code-switched speech.
HANGUL_SHARE = 0.3

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z]")


def base_language(code: str | None) -> str | None:
    """``ko-KR`` / ``ko_KR`` / ``KO`` -> ``ko``; empty -> None."""
    if not code or not code.strip():
        return None
    return code.strip().replace("_", "-").split("-")[0].lower()


def hangul_share(text: str) -> float:
    """Hangul letters over Hangul plus Latin letters (0 when there are neither)."""
    hangul = len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    return hangul / (hangul + latin) if hangul + latin else 0.0


def detect_text_language(text: str) -> str | None:
    """``ko``, ``en`` or None (no letters of either script) from the text alone."""
    hangul = len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    if hangul + latin == 0:
        return None
    return KOREAN if hangul / (hangul + latin) >= HANGUL_SHARE else ENGLISH


def call_language(declared: str | None, texts: list[str] | tuple[str, ...] = ()) -> str | None:
    """The language a call is processed in.

    A declared language wins (metadata, config or Whisper chose it from the audio), with one exception:
    a call declared English whose text is mostly Hangul is Korean (an import default that was wrong).
    Without a declaration, the text decides.
    """
    declared = base_language(declared)
    detected = detect_text_language(" ".join(texts)) if texts else None
    if declared is None:
        return detected
    if declared == ENGLISH and detected == KOREAN:
        return KOREAN
    return declared


def sentence_language(text: str, call_lang: str | None) -> str | None:
    """A sentence's language: its script when it has letters, else the call's (code-switched calls)."""
    return detect_text_language(text) or base_language(call_lang)


def is_english(code: str | None) -> bool:
    """English, or unknown (the pipeline's historical default)."""
    return base_language(code) in (None, ENGLISH)
