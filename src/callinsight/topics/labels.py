"""Readable topic keywords and names: call-speech stop words, c-TF-IDF keywords, short labels."""

from __future__ import annotations

from typing import Any

#: Words that fill call speech but name no topic; added to scikit-learn's English stop words.
_CALL_STOP_TEXT = """
    um uh erm hmm mhm mm ah oh yeah yep yes okay ok alright right sure well like just really actually
    basically literally gonna wanna gotta kinda sorta thing things stuff lot bit kind sort guess mean know
    think want need said say says saying tell told thanks thank hi hello hey bye goodbye morning afternoon
    evening great good fine cool perfect awesome nice sorry please maybe probably pretty quite got get
    getting going go let lets make way time day today week yesterday tomorrow does did doing don didn isn
    wasn doesn aren weren won wouldn couldn shouldn ve ll re hasn haven im ive id youre theyre thats theres
    whats let's i'm i've i'd you're that's there's what's it's can't won't don't didn't doesn't
"""
CALL_STOP_WORDS = frozenset(_CALL_STOP_TEXT.split())


def stop_words() -> list[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return sorted(set(ENGLISH_STOP_WORDS) | CALL_STOP_WORDS)


def make_vectorizer(n_docs: int, tokenizer: Any = None) -> Any:
    """Uni- and bigrams without stop words; rare terms dropped once there is enough text.

    ``tokenizer``: a callable text -> keyword tokens for a language whose words are not space-separated
    English (Korean: ``callinsight.lang.korean.KeywordTokenizer``, Kiwi lemmas without generic words)."""
    from sklearn.feature_extraction.text import CountVectorizer

    min_df = 2 if n_docs >= 200 else 1
    if tokenizer is not None:
        return CountVectorizer(tokenizer=tokenizer, lowercase=False, token_pattern=None, ngram_range=(1, 2), min_df=min_df)
    return CountVectorizer(stop_words=stop_words(), ngram_range=(1, 2), min_df=min_df)


def ctfidf_keywords(texts: list[str], labels: list[int], top_n: int = 8, tokenizer: Any = None) -> dict[int, list[str]]:
    """Class-based TF-IDF keywords per cluster (BERTopic's formula), for the small-data fallback."""
    import numpy as np

    classes = sorted(set(labels))
    joined = [" ".join(t for t, lab in zip(texts, labels, strict=True) if lab == c) for c in classes]
    vectorizer = make_vectorizer(len(texts), tokenizer)
    try:
        counts = vectorizer.fit_transform(joined).toarray().astype(float)
    except ValueError:  # only stop words: nothing to show
        return {c: [] for c in classes}
    words = vectorizer.get_feature_names_out()
    tf = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    avg_words = counts.sum() / len(classes)
    idf = np.log(1 + avg_words / np.maximum(counts.sum(axis=0), 1))
    scores = tf * idf
    out = {}
    for i, c in enumerate(classes):
        order = np.argsort(-scores[i], kind="stable")
        out[c] = [str(words[j]) for j in order[:top_n] if scores[i, j] > 0]
    return out


def make_label(phrases: list[str], fallback: str, max_terms: int = 3) -> str:
    """A short name from ranked phrases: the first few, skipping ones that repeat a word already used."""
    chosen: list[str] = []
    used: set[str] = set()
    for phrase in phrases:
        words = set(phrase.lower().split())
        if not phrase.strip() or words <= used:
            continue
        chosen.append(phrase)
        used |= words
        if len(chosen) == max_terms:
            break
    if not chosen:
        text = " ".join(fallback.split())
        return text[:40] + ("…" if len(text) > 40 else "")
    return " / ".join(chosen)
