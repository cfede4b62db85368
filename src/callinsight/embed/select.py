"""Which utterances carry content worth embedding and clustering.

In call data, greetings, agent scripts, fillers and one-word answers dominate any clustering, so only
these are kept (the rule, applied in order):

1. Role: customer turns. A call without any customer-labelled turn (roles unknown, e.g. an imported
   single-speaker text) contributes its ``unknown`` turns instead. Agent turns are never used.
2. Pleasantries and fillers are removed from the text first ("hi", "thanks so much", "um", "you know",
   "have a great day" ...), so "Yeah okay thanks, bye" is empty while "Thanks, but the Slack sync broke
   again" keeps its content.
3. What is left must have at least ``min_words`` words (``[topics] min_words``, default 4) of which at
   least two are not stop words; placeholders left by redaction (``[EMAIL]``) do not count as words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from callinsight.lang.detect import KOREAN, detect_text_language

#: Whole phrases said to be polite or to hold the floor; removed before counting words.
_FILLER_PHRASES = (
    "good morning", "good afternoon", "good evening", "thank you so much", "thank you very much", "thank you",
    "thanks so much", "thanks a lot", "thanks", "have a great day", "have a good day", "have a nice day",
    "you too", "talk to you later", "see you", "goodbye", "bye bye", "bye", "hello", "hi there", "hi", "hey",
    "okay", "ok", "alright", "all right", "sure thing", "sure", "yeah", "yes", "yep", "no problem", "nope",
    "uh huh", "mm hmm", "mhm", "hmm", "um", "uh", "erm", "you know", "i mean", "got it", "sounds good",
    "great", "perfect", "cool", "right", "of course", "absolutely", "exactly", "i see", "makes sense",
    "no worries", "appreciate it", "how are you", "i'm good", "i'm fine", "doing well",
)
_FILLER_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(_FILLER_PHRASES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_PLACEHOLDER_RE = re.compile(r"\[[A-Z_]+\]")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_STOP_TEXT = (
    "a an the and or but so i me my we our you your it its is are was were be been am do does did have has "
    "had to of in on at for with this that there here just really very can could would will what how"
)
_STOP = frozenset(_STOP_TEXT.split(" "))


@dataclass(frozen=True)
class Turn:
    call_id: str
    seq: int
    role: str
    text: str


def content_words(text: str) -> list[str]:
    """The words of ``text`` once pleasantries, fillers and redaction placeholders are removed."""
    stripped = _FILLER_RE.sub(" ", _PLACEHOLDER_RE.sub(" ", text))
    return _WORD_RE.findall(stripped)


#: Korean pleasantries, back-channels and fillers (removed before counting, as the English ones are).
_KO_FILLERS = (
    "안녕하세요", "안녕히 계세요", "여보세요", "감사합니다", "고맙습니다", "수고하세요", "알겠습니다", "그렇군요",
    "네네", "네", "예", "아", "어", "음", "그", "저", "뭐", "좀", "혹시", "그럼", "아니요", "맞아요", "좋아요",
)
_KO_FILLER_RE = re.compile(r"(?<![가-힣])(?:" + "|".join(sorted(_KO_FILLERS, key=len, reverse=True)) + r")(?![가-힣])")


def is_content_korean(text: str, min_words: int) -> bool:
    """Korean: words (어절) carry a stem and its particles/endings, about two English words each, so a
    content turn needs ``min_words - 2`` of them (at least 2) once fillers are gone, and 6+ Hangul syllables
    ("요금이 너무 비싸요" counts, "네 감사합니다" does not)."""
    stripped = _KO_FILLER_RE.sub(" ", _PLACEHOLDER_RE.sub(" ", text))
    words = [w for w in stripped.split() if re.search(r"[가-힣A-Za-z]", w)]
    syllables = len(re.findall(r"[가-힣]", stripped))
    return len(words) >= max(2, min_words - 2) and syllables >= 6


def is_content(text: str, min_words: int) -> bool:
    if detect_text_language(text) == KOREAN:
        return is_content_korean(text, min_words)
    words = content_words(text)
    substantive = [w for w in words if w.lower() not in _STOP]
    return len(words) >= min_words and len(substantive) >= 2


def select_content(turns: list[Turn], min_words: int) -> list[Turn]:
    """The content turns of one call (see the module doc for the rule)."""
    customer = [t for t in turns if t.role == "customer"]
    pool = customer if customer else [t for t in turns if t.role == "unknown"]
    return [t for t in pool if is_content(t.text, min_words)]
