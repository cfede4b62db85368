"""Korean quality on real Korean text: complaint detection, embedding similarity, petition topics.

    .venv/bin/python benchmarks/korean_quality.py                  # every part, figures on TEST
    .venv/bin/python benchmarks/korean_quality.py --parts complaints --sweep   # DEV threshold sweep

Data (``../shared/data``, split by ``split.py``: tuned on DEV, reported on TEST):
- ``complaints``: KOTE online comments (``ko/kote_emotions``; key: the text). Positive: a comment that
  carries 불평/불만 (complaint), 짜증 (annoyance) or 안타까움/실망 (disappointment); neutral: one with no
  negative emotion label at all (the labels listed in NEGATIVE below); comments with only other negative
  emotions (anger without complaint, fear, ...) are left out. The detector is the product's Korean rules
  (taxonomy.ko.yaml: problem cues and category patterns through the Kiwi pipeline, negation-aware) OR the
  Korean prototype sentiment at or below ``ko_sentiment.PROBLEM``. Target: recall >= 0.6 at precision >= 0.8.
- ``sts``: KLUE-STS dev (``ko/klue_sts_dev``, not used for tuning, so all 519 pairs are reported, plus the
  338 human-written pairs): Spearman of cosine vs the 0-5 label, USE vs MiniLM.
- ``petitions``: citizen petitions (``ko/petitions_cheongwadae``, key: petition_idx), title + body, 17
  categories; NMI of k-means (k = 17) and of the product's topic fit, USE vs MiniLM; the English
  reference in the same run: CFPB complaint narratives (``cfpb_narratives``, key: the narrative) by product
  with MiniLM (the product's English embedder). Sample Korean keywords come from Kiwi lemmas (c-TF-IDF).

The machine was shared and loaded when these were measured: timings are not reported.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data"
MODELS = REPO / "models"
sys.path.insert(0, str(DATA))
sys.path.insert(0, str(REPO / "src"))

POSITIVE = {0, 10, 22}  # 불평/불만, 안타까움/실망, 짜증
#: Every negative emotion of KOTE's 44 (labels.tsv): a neutral comment carries none of them.
NEGATIVE = {0, 3, 5, 6, 10, 12, 18, 19, 20, 21, 22, 23, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 41}


def _split(key: str) -> str:
    from split import is_test

    return "test" if is_test(key) else "dev"


def _pr(pred: np.ndarray, y: np.ndarray) -> tuple[float, float, int]:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), int(pred.sum())


# ------------------------------------------------------------------ complaints
def kote_rows() -> list[tuple[str, int, str]]:
    rows = []
    with (DATA / "ko" / "kote_emotions" / "test.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            _, text, labels = line.rstrip("\n").split("\t")
            got = {int(x) for x in labels.split(",") if x}
            y = 1 if got & POSITIVE else 0 if not got & NEGATIVE else None
            if y is not None:
                rows.append((text, y, _split(text)))
    return rows


def rule_flags(nlp: Any, texts: list[str]) -> np.ndarray:
    """The Korean taxonomy's rules: a problem cue, or a category pattern (a topic word only with a cue)."""
    from callinsight.mining.rules import RuleDetector
    from callinsight.mining.taxonomy import load_taxonomy

    taxonomy = load_taxonomy(REPO / "src" / "callinsight" / "mining" / "taxonomy.ko.yaml")
    detector = RuleDetector(nlp, taxonomy)
    out = []
    for doc in nlp.pipe(texts):
        m = detector.match(doc, [s.start for s in doc.sents])
        hits = [h for h in m.hits if not h.negated and h.kind != "feature_request"
                and (not h.topic or h.sentence in m.problem_sentences)]
        out.append(bool(m.problem_sentences or hits))
    return np.array(out)


def mining_flags(nlp: Any, encoder: Any, texts: list[str], x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The mine stage's Korean problem detection (problems.ko.yaml): rule signals (cues, negated function
    verbs, complaint structure, churn) per comment, and the semantic signal's best similarity to the
    complaint examples and to the neutral ones (its threshold and margin are what --sweep tunes)."""
    from callinsight.lang.ko_sentiment import KoreanSentiment
    from callinsight.mining import problems
    from callinsight.mining.patterns import lemma_norms
    from callinsight.mining.problems import ProblemDetector, load_cues

    detector = ProblemDetector(nlp, load_cues("ko"), encoder)
    detector._negative = lambda text, span: False  # type: ignore[method-assign]  # sentiment: scored below, per sentence
    rules, sentences, owners = [], [], []
    for i, doc in enumerate(nlp.pipe(texts)):
        lemma_norms(doc)
        sents = list(doc.sents)
        found = detector.match(doc, [s.start for s in sents], [s.text for s in sents])
        rules.append(bool(found.by_sentence))
        for s in sents:  # what the stage's sentiment signal sees: sentences that refer to someone
            if any(t.pos_ in problems._REFERRING_POS for t in s) and not any(t.lower_ in detector.hypothetical for t in s):
                sentences.append(s.text)
                owners.append(i)
    scores = KoreanSentiment(encoder).scores(sentences)
    lowest = np.zeros(len(texts))
    for i, score in zip(owners, scores, strict=True):
        lowest[i] = min(lowest[i], score)
    best = (x @ detector.example_vectors.T).max(axis=1)
    neutral = (x @ detector.neutral_vectors.T).max(axis=1)
    return np.array(rules), best, neutral, lowest


def complaints(nlp: Any, encoder: Any, sweep: bool) -> dict[str, Any]:
    from callinsight.lang.ko_sentiment import PROBLEM, KoreanSentiment

    rows = kote_rows()
    texts = [r[0] for r in rows]
    y = np.array([r[1] for r in rows])
    split = np.array([r[2] for r in rows])
    from callinsight.mining.problems import load_cues

    rules = rule_flags(nlp, texts)
    x = encoder.encode(texts)
    scores = np.array(KoreanSentiment(encoder).scores_from_vectors(x))
    cue_rules, best, neutral, lowest = mining_flags(nlp, encoder, texts, x)
    cues = load_cues("ko")
    semantic = (best >= cues.semantic_threshold) & (best - neutral >= cues.semantic_margin)
    sentence_sentiment = lowest <= cues.sentiment_threshold
    mined = rules | cue_rules | semantic | sentence_sentiment
    out: dict[str, Any] = {"threshold": PROBLEM, "semantic": [cues.semantic_threshold, cues.semantic_margin]}
    for part in ("dev", "test"):
        sel = split == part
        n_pos, n_neu = int((y[sel] == 1).sum()), int((y[sel] == 0).sum())
        print(f"\n[complaints] KOTE {part.upper()}: {n_pos} complaint/annoyance/disappointment vs {n_neu} neutral")
        for name, pred in (
            ("rules only (taxonomy.ko.yaml)", rules),
            (f"sentiment only (<= {PROBLEM})", scores <= PROBLEM),
            ("rules OR sentiment", rules | (scores <= PROBLEM)),
            ("mine stage: problems.ko.yaml rules", cue_rules),
            (f"mine stage: + semantic ({cues.semantic_threshold}/{cues.semantic_margin})", cue_rules | semantic),
            (f"mine stage: + sentence sentiment (<= {cues.sentiment_threshold})", cue_rules | semantic | sentence_sentiment),
            ("mine stage + taxonomy rules (product)", mined),
        ):
            p, r, n = _pr(pred[sel], y[sel])
            print(f"  {name:34s} precision {p:.3f}  recall {r:.3f}  flagged {n}")
            out[f"{part}:{name}"] = {"precision": round(p, 3), "recall": round(r, 3)}
        print(f"  (all-positive baseline precision {n_pos / (n_pos + n_neu):.3f})")
    if sweep:
        sel = split == "dev"
        print("\n[complaints] DEV sweep of the sentiment threshold (rules OR sentiment):")
        for th in (-0.5, -0.4, -0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0.0):
            p, r, _ = _pr((rules | (scores <= th))[sel], y[sel])
            print(f"  <= {th:+.2f}: precision {p:.3f} recall {r:.3f}")
        print("[complaints] DEV sweep of problems.ko.yaml sentiment threshold (per sentence, product path):")
        for th in (-0.6, -0.5, -0.4, -0.35, -0.3, -0.25, -0.2, -0.15, -0.1):
            p, r, _ = _pr((rules | cue_rules | semantic | (lowest <= th))[sel], y[sel])
            pt, rt, _ = _pr((rules | cue_rules | semantic | (lowest <= th))[~sel], y[~sel])
            print(f"  <= {th:+.2f}: DEV precision {p:.3f} recall {r:.3f}   (TEST {pt:.3f} / {rt:.3f}, not used to choose)")
        print("[complaints] DEV sweep of problems.ko.yaml semantic threshold / margin (product path):")
        for th in (0.4, 0.45, 0.5, 0.55, 0.6):
            for margin in (0.0, 0.02, 0.05, 0.08, 0.1):
                pred = rules | cue_rules | ((best >= th) & (best - neutral >= margin))
                p, r, _ = _pr(pred[sel], y[sel])
                print(f"  threshold {th:.2f} margin {margin:.2f}: precision {p:.3f} recall {r:.3f}")
    return out


# ------------------------------------------------------------------ sts
def sts(encoder: Any, minilm: Any) -> dict[str, Any]:
    from scipy.stats import spearmanr

    with (DATA / "ko" / "klue_sts_dev" / "klue-sts-v1.1_dev.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    human = np.array([r["source"].endswith("-sampled") or r["source"] == "paraKQC-para" for r in rows])
    gold = np.array([float(r["label"]) for r in rows])
    out: dict[str, Any] = {}
    print(f"\n[sts] KLUE-STS dev: {len(rows)} pairs ({int(human.sum())} human-written); Spearman of cosine vs label")
    for name, model in (("USE (use-multilingual)", encoder), ("MiniLM (minilm)", minilm)):
        a = model.encode([r["sentence1"] for r in rows], normalize_embeddings=True)
        b = model.encode([r["sentence2"] for r in rows], normalize_embeddings=True)
        cos = (np.asarray(a) * np.asarray(b)).sum(axis=1)
        all_rho = float(spearmanr(cos, gold).statistic)
        human_rho = float(spearmanr(cos[human], gold[human]).statistic)
        print(f"  {name:24s} all {all_rho:.3f}   human-written {human_rho:.3f}")
        out[name] = {"all": round(all_rho, 3), "human": round(human_rho, 3)}
    return out


# ------------------------------------------------------------------ petitions
def petitions_rows(split: str) -> list[tuple[str, str]]:
    with (DATA / "ko" / "petitions_cheongwadae" / "petitions_2019-04_2019-08.csv").open(encoding="utf-8") as fh:
        return [(f"{r['title']}. {r['content']}", r["category"]) for r in csv.DictReader(fh)
                if _split(r["petition_idx"]) == split]


def cfpb_rows(split: str) -> list[tuple[str, str]]:
    folder = DATA / "cfpb_narratives"
    path = next(p for p in sorted(folder.iterdir()) if p.suffix in (".csv", ".jsonl"))
    if path.suffix == ".csv":
        with path.open(encoding="utf-8") as fh:
            raw = list(csv.DictReader(fh))
    else:
        raw = [json.loads(line) for line in path.open(encoding="utf-8")]
    return [(r["narrative"], r["product"]) for r in raw if r.get("narrative") and _split(r["narrative"]) == split]


def _kmeans_nmi(x: np.ndarray, labels: list[str], k: int) -> tuple[float, list[int]]:
    from sklearn.cluster import KMeans
    from sklearn.metrics import normalized_mutual_info_score

    found = KMeans(n_clusters=k, random_state=42, n_init=10).fit_predict(x).tolist()
    return float(normalized_mutual_info_score(labels, found)), found


def korean_keywords(kiwi: Any, texts: list[str], found: list[int]) -> dict[int, list[str]]:
    """c-TF-IDF keywords per cluster from Kiwi lemmas (the topics stage's formula, Korean tokens)."""
    from callinsight.lang.korean import keyword_vectorizer

    classes = sorted(set(found))
    joined = [" ".join(t for t, c in zip(texts, found, strict=True) if c == k) for k in classes]
    vec = keyword_vectorizer(kiwi, 1)
    counts = vec.fit_transform(joined).toarray().astype(float)
    words = vec.get_feature_names_out()
    tf = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    idf = np.log(1 + (counts.sum() / len(classes)) / np.maximum(counts.sum(axis=0), 1))
    scores = tf * idf
    return {k: [str(words[j]) for j in np.argsort(-scores[i], kind="stable")[:5]] for i, k in enumerate(classes)}


def petitions(encoder: Any, minilm: Any, kiwi: Any, split: str) -> dict[str, Any]:
    from sklearn.metrics import normalized_mutual_info_score

    from callinsight.topics.fit import FitOptions, fit_topics

    rows = petitions_rows(split)
    texts, labels = [t for t, _ in rows], [c for _, c in rows]
    k = len(set(labels))
    out: dict[str, Any] = {}
    print(f"\n[petitions] {split.upper()}: {len(rows)} petitions, {k} categories")
    x_use = encoder.encode(texts)
    x_mini = np.asarray(minilm.encode(texts, normalize_embeddings=True, batch_size=64), dtype=np.float32)
    for name, x in (("USE", x_use), ("MiniLM", x_mini)):
        nmi, found = _kmeans_nmi(x, labels, k)
        out[f"kmeans:{name}"] = round(nmi, 3)
        print(f"  k-means({k}) {name:7s} NMI {nmi:.3f}")
        if name == "USE":
            words = korean_keywords(kiwi, texts, found)
            for c in sorted(words, key=lambda c: -found.count(c))[:5]:
                top = max(set(labels[i] for i, f in enumerate(found) if f == c),
                          key=lambda lab: sum(1 for i, f in enumerate(found) if f == c and labels[i] == lab))
                print(f"    cluster {c} ({found.count(c)} docs, mostly {top}): {' / '.join(words[c])}")
    fit = fit_topics(texts, x_use, FitOptions(labels="ctfidf"))
    nmi = float(normalized_mutual_info_score(labels, fit.doc_topics))
    n_topics = len({t for t in fit.doc_topics if t != -1})
    outliers = sum(1 for t in fit.doc_topics if t == -1) / len(texts)
    out["product_fit:USE"] = {"nmi": round(nmi, 3), "topics": n_topics, "outliers": round(outliers, 3), "method": fit.method}
    print(f"  product topic fit ({fit.method}) on USE: NMI {nmi:.3f}, {n_topics} topics, outliers {outliers:.1%}")
    en = cfpb_rows(split)
    k_en = len({c for _, c in en})
    x_en = np.asarray(minilm.encode([t for t, _ in en], normalize_embeddings=True, batch_size=64), dtype=np.float32)
    nmi_en, _ = _kmeans_nmi(x_en, [c for _, c in en], k_en)
    out["english:cfpb:kmeans:MiniLM"] = round(nmi_en, 3)
    print(f"  English reference, same run: CFPB narratives {split.upper()} ({len(en)}, {k_en} products), "
          f"k-means({k_en}) MiniLM NMI {nmi_en:.3f}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parts", default="complaints,sts,petitions")
    parser.add_argument("--split", default="test", choices=("dev", "test"), help="split for petitions")
    parser.add_argument("--sweep", action="store_true", help="print the DEV threshold sweep for complaints")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    from callinsight.lang.korean import korean_nlp
    from callinsight.localmodels.factories import load_sentence_transformer
    from callinsight.localmodels.use import MultilingualEncoder

    encoder = MultilingualEncoder(MODELS / "use-multilingual")
    nlp = korean_nlp(MODELS / "kiwi-ko")
    results: dict[str, Any] = {}
    if "complaints" in parts:
        results["complaints"] = complaints(nlp, encoder, args.sweep)
    minilm = load_sentence_transformer(MODELS / "minilm") if parts & {"sts", "petitions"} else None
    if "sts" in parts:
        results["sts"] = sts(encoder, minilm)
    if "petitions" in parts:
        results["petitions"] = petitions(encoder, minilm, nlp.tokenizer.kiwi, args.split)
    print("\n" + json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
