"""Korean text through Kiwi (``kiwipiepy``): morphemes, lemmas and sentences, exposed as a spaCy pipeline.

spaCy's own Korean tokenizer needs MeCab, which does not install here; instead a tokenizer registered as
``callinsight.KiwiTokenizer.v1`` builds each ``Doc`` from Kiwi's morphemes:

- one spaCy token per morpheme; morphemes whose characters overlap (contractions: 해 = 하+어,
  돼요 = 되+어요) become one token, named by its first morpheme;
- ``tag_`` is Kiwi's tag (Sejong tag set: NNG noun, VV verb, VA adjective, J* particle, E* ending...),
  joined with ``+`` for a merged token; ``pos_`` the Universal POS it corresponds to;
- ``lemma_`` is the dictionary form: verbs and adjectives get ``다`` (비싸서 -> 비싸다), Latin words are
  lower-cased, everything else is the morpheme itself;
- spaces come from the character offsets, so ``doc.text`` is always the input, and sentence starts from
  Kiwi's sentence splitter (``doc.sents`` works without a parser).

Kiwi also copes with unspaced speech-recognition text (요금이너무비싸서 -> 요금 / 너무 / 비싸다).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

TOKENIZER_NAME = "callinsight.KiwiTokenizer.v1"

#: Sejong tags (Kiwi) -> Universal POS.
_UPOS = {
    "NNG": "NOUN", "NNB": "NOUN", "NNP": "PROPN", "NP": "PRON", "NR": "NUM", "SN": "NUM",
    "VV": "VERB", "VA": "ADJ", "VX": "AUX", "VCP": "AUX", "VCN": "ADJ",
    "MM": "DET", "MAG": "ADV", "MAJ": "CCONJ", "IC": "INTJ",
    "XPN": "X", "XSN": "X", "XSV": "VERB", "XSA": "ADJ", "XSM": "ADJ", "XR": "NOUN",
    "SF": "PUNCT", "SP": "PUNCT", "SS": "PUNCT", "SSO": "PUNCT", "SSC": "PUNCT", "SE": "PUNCT", "SO": "PUNCT",
    "SW": "SYM", "SL": "X", "SH": "X", "SB": "X",
}
#: Tags whose dictionary form ends in 다 (verbs, adjectives, their derivational suffixes, copulas).
_PREDICATE_TAGS = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "XSM")
#: Tags of content morphemes: what topic keywords and key phrases are made of.
KEYWORD_TAGS = ("NNG", "NNP", "VV", "VA", "XR", "SL", "SH")
#: Content lemmas too general to name a topic (to do, to be, thing, time, a little...).
_STOP_TEXT = (
    "하다 되다 있다 없다 같다 보다 주다 받다 드리다 오다 가다 알다 싶다 말다 그렇다 이렇다 어떻다 아니다 "
    "것 거 수 때 등 번 분 점 중 좀 잘 더 또 그냥 진짜 정말 너무 많이 다시 지금 혹시 그럼 그래서 근데 "
    "아 어 음 네 예 아니 저 제 그 이 저희 우리 여기 거기 이거 그거 뭐 왜 어떻게 이제 먼저 계속 바로 "
    "안 못 안녕 감사 고객 고객님 문의 확인 말씀 부분 경우 관련"
)
STOP_LEMMAS = frozenset(_STOP_TEXT.split(" "))


def base_tag(tag: str) -> str:
    """``VV-I`` (irregular verb) -> ``VV``."""
    return tag.split("-")[0]


def upos(tag: str) -> str:
    """The Universal POS of a Kiwi tag (particles ADP, endings PART)."""
    t = base_tag(tag)
    if t in _UPOS:
        return _UPOS[t]
    if t.startswith("J"):
        return "ADP"
    if t.startswith("E"):
        return "PART"
    return "X"


def lemma_of(form: str, tag: str, lemma: str | None = None) -> str:
    """The dictionary form of one Kiwi morpheme (``lemma``: Kiwi's own, which restores irregular stems: 도와 -> 돕다)."""
    t = base_tag(tag)
    if t == "SL":
        return form.lower()
    if t in _PREDICATE_TAGS:
        return lemma if lemma and lemma.endswith("다") else form + "다"
    return form


def _lemma(tok: Any) -> str:
    return lemma_of(tok.form, tok.tag, getattr(tok, "lemma", None))


def load_kiwi(model_path: str | Path | None = None, num_workers: int = 0) -> Any:
    """A Kiwi analyser; ``model_path`` is a folder holding the model files (``models/kiwi-ko``); None: the
    ``kiwipiepy-model`` package's own copy."""
    from kiwipiepy import Kiwi

    if model_path:
        return Kiwi(num_workers=num_workers, model_path=str(model_path))
    return Kiwi(num_workers=num_workers)


def _segments(text: str, tokens: Iterable[Any]) -> list[tuple[int, int, list[Any]]]:
    """Non-overlapping character spans, each with the morphemes inside it (contractions share characters).

    The plain ending 다 stays with its stem (비싸다, 되다, 않다): a dictionary form written in a taxonomy
    pattern is then one token whose lemma is itself, exactly what a conjugated form in speech lemmatizes to.
    """
    out: list[tuple[int, int, list[Any]]] = []
    for tok in sorted(tokens, key=lambda t: (t.start, t.start + t.len)):
        start, end = tok.start, tok.start + tok.len
        if end <= start:  # an empty morpheme (rare, e.g. a restored ending): attach to the previous span
            if out:
                out[-1][2].append(tok)
            continue
        glued = (
            tok.form == "다" and base_tag(tok.tag).startswith("E") and out and start == out[-1][1]
            and base_tag(out[-1][2][-1].tag) in _PREDICATE_TAGS
        )
        if out and (start < out[-1][1] or glued):
            s, e, group = out[-1]
            out[-1] = (s, max(e, end), [*group, tok])
        else:
            out.append((start, end, [tok]))
    return out


class KiwiTokenizer:
    """A spaCy tokenizer (``nlp.tokenizer``) backed by Kiwi; see the module doc for what each token carries."""

    def __init__(self, vocab: Any, kiwi: Any) -> None:
        self.vocab = vocab
        self.kiwi = kiwi

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []
        sent_starts: list[bool] = []
        starts = {s.start for s in self.kiwi.split_into_sents(text)} if text.strip() else set()
        pos = 0
        for start, end, group in _segments(text, self.kiwi.tokenize(text)):
            gap = text[pos:start]
            if gap:
                if gap[0] == " " and words and not spaces[-1]:
                    spaces[-1] = True
                    gap = gap[1:]
                if gap:  # more whitespace (or a character Kiwi left out): a token of its own, as spaCy does
                    words.append(gap)
                    spaces.append(False)
                    tags.append("_SP" if not gap.strip() else "SW")
                    lemmas.append(gap)
                    sent_starts.append(False)
            first = group[0]
            words.append(text[start:end])
            spaces.append(False)
            tags.append("+".join(t.tag for t in group))
            lemmas.append(_lemma(first))
            sent_starts.append(start in starts or not any(sent_starts))
            pos = end
        tail = text[pos:]
        if tail:
            if tail[0] == " " and words and not spaces[-1]:
                spaces[-1] = True
                tail = tail[1:]
            if tail:
                words.append(tail)
                spaces.append(False)
                tags.append("_SP" if not tail.strip() else "SW")
                lemmas.append(tail)
                sent_starts.append(not any(sent_starts))
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for token, tag, lemma, is_start in zip(doc, tags, lemmas, sent_starts, strict=True):
            token.tag_ = tag
            token.lemma_ = lemma
            token.pos_ = "SPACE" if tag == "_SP" else upos(tag.split("+")[0])
            token.is_sent_start = is_start
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Any]:
        for text in texts:
            yield self(text)

    # spaCy serialises a pipeline's tokenizer with it; this one is rebuilt from its registered name.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **__: Any) -> KiwiTokenizer:
        return self

    def to_disk(self, _path: Any, **__: Any) -> None:
        return None

    def from_disk(self, _path: Any, **__: Any) -> KiwiTokenizer:
        return self


_REGISTERED = False


def register_tokenizer() -> None:
    """Register ``callinsight.KiwiTokenizer.v1`` with spaCy (once per process)."""
    global _REGISTERED
    if _REGISTERED:
        return
    import spacy

    @spacy.registry.tokenizers(TOKENIZER_NAME)
    def _make(model_path: str = "") -> Callable[[Any], KiwiTokenizer]:
        def create(nlp: Any) -> KiwiTokenizer:
            return KiwiTokenizer(nlp.vocab, load_kiwi(model_path or None))

        return create

    _REGISTERED = True


def korean_nlp(model_path: str | Path | None = None) -> Any:
    """``spacy.blank("ko")`` with the Kiwi tokenizer (sentences, tags, lemmas; no trained pipes)."""
    import spacy

    register_tokenizer()
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME, "model_path": str(model_path or "")}}}
    return spacy.blank("ko", config=config)


def content_lemmas(kiwi: Any, text: str) -> list[str]:
    """Nouns, verb/adjective lemmas and foreign words of ``text``, in order, without the generic ones.

    Noun + 하다 verbs keep the noun (해지하다 -> 해지), which is what a topic is about.
    """
    out = []
    for tok in kiwi.tokenize(text):
        tag = base_tag(tok.tag)
        if tag not in KEYWORD_TAGS:
            continue
        lemma = _lemma(tok)
        if lemma in STOP_LEMMAS or (tag == "SL" and len(lemma) < 2):
            continue
        out.append(lemma)
    return out


def split_sentences(kiwi: Any, text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) spans of ``text`` by Kiwi's sentence splitter."""
    return [(s.start, s.end, s.text) for s in kiwi.split_into_sents(text)]


class KeywordTokenizer:
    """Topic-keyword tokens of Korean text (``content_lemmas``), for scikit-learn's CountVectorizer."""

    def __init__(self, kiwi: Any) -> None:
        self.kiwi = kiwi

    def __call__(self, text: str) -> list[str]:
        return content_lemmas(self.kiwi, text)


def keyword_vectorizer(kiwi: Any, n_docs: int) -> Any:
    """A CountVectorizer over Korean lemmas (nouns, verb/adjective stems), uni- and bigrams, for c-TF-IDF
    topic keywords; rare terms dropped once there is enough text (as for English)."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(
        tokenizer=KeywordTokenizer(kiwi), lowercase=False, token_pattern=None, ngram_range=(1, 2),
        min_df=2 if n_docs >= 200 else 1,
    )
