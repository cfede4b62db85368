"""Redaction quality: recall of labelled PII and false redactions, English and Korean.

The evaluation set ``benchmarks/data/redaction_eval.jsonl`` was written before the rules it measures
(sentences as speech recognition writes them, each PII item labelled with its kind and exact text,
plus sentences with no PII at all). It is split once by a hash of the id (``sha256(id) % 4 == 0``:
test); the test split is frozen by the checksum in ``redaction_eval.test.sha256`` and this script
refuses to report a test split that changed. Rules are tuned on dev; the figure to quote is test.

- recall: a labelled item counts as caught when redactions cover at least 80% of its characters
  (kind-agnostic: what matters is that it is not stored);
- false redactions: redacted spans that overlap no labelled item, and the share of PII-free
  sentences that lost any text.

    .venv/bin/python benchmarks/redaction_quality.py            # test split (report this)
    .venv/bin/python benchmarks/redaction_quality.py --split dev --show   # tuning: list misses
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

from callinsight.redact import RedactionConfig, find_pii

DATA = Path(__file__).resolve().parent / "data"
EVAL = DATA / "redaction_eval.jsonl"
CHECKSUM = DATA / "redaction_eval.test.sha256"


def is_test(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % 4 == 0


def load(split: str) -> list[dict]:
    lines = [line for line in EVAL.read_text(encoding="utf-8").splitlines(keepends=True) if line.strip()]
    test = [line for line in lines if is_test(json.loads(line)["id"])]
    frozen = CHECKSUM.read_text(encoding="utf-8").split()[0]
    if hashlib.sha256("".join(sorted(test)).encode()).hexdigest() != frozen:
        sys.exit("the frozen test split of redaction_eval.jsonl changed: refusing to report on it")
    return [json.loads(line) for line in lines if is_test(json.loads(line)["id"]) == (split == "test")]


def score(items: list[dict], show: bool) -> dict[str, dict[str, float]]:
    kinds = tuple(RedactionConfig().kinds)
    tally: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for item in items:
        text = item["text"]
        spans = find_pii(text, kinds)
        gold = []
        for p in item["pii"]:
            start = text.index(p["text"])
            gold.append((start, start + len(p["text"]), p["kind"]))
        for lang in (item["lang"], "all"):
            t = tally[lang]
            t["sentences"] += 1
            for a, b, kind in gold:
                covered = sum(1 for i in range(a, b) if any(s.start <= i < s.end for s in spans))
                hit = covered >= 0.8 * (b - a)
                t["pii"] += 1
                t["caught"] += hit
                t[f"pii:{kind}"] += 1
                t[f"caught:{kind}"] += hit
                if show and not hit and lang == "all":
                    print(f"  MISS {item['id']} {kind}: {text[a:b]!r} in {text!r}")
            spurious = [s for s in spans if not any(s.start < b and a < s.end for a, b, _ in gold)]
            t["spans"] += len(spans)
            t["spurious"] += len(spurious)
            if not gold:
                t["clean"] += 1
                t["clean_hit"] += bool(spans)
            if show and spurious and lang == "all":
                print(f"  FALSE {item['id']}: {[text[s.start:s.end] for s in spurious]} in {text!r}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--show", action="store_true", help="list misses and false redactions (dev only)")
    args = parser.parse_args()
    if args.show and args.split == "test":
        sys.exit("--show is for tuning on dev; the test split is only scored")
    items = load(args.split)
    tally = score(items, args.show)
    print(f"redaction quality on the {args.split} split of {EVAL.relative_to(DATA.parent.parent)} ({len(items)} sentences)")
    print(f"{'lang':<5} {'sentences':>9} {'PII':>4} {'recall':>7} {'false spans':>11} {'PII-free sentences touched':>27}")
    for lang in ("en", "ko", "all"):
        t = tally[lang]
        recall = t["caught"] / t["pii"] if t["pii"] else float("nan")
        touched = f"{int(t['clean_hit'])}/{int(t['clean'])}"
        print(f"{lang:<5} {int(t['sentences']):>9} {int(t['pii']):>4} {recall:>7.2f} {int(t['spurious']):>11} {touched:>27}")
    t = tally["all"]
    per_kind = ", ".join(
        f"{k.split(':')[1]} {int(t['caught:' + k.split(':')[1]])}/{int(v)}" for k, v in sorted(t.items()) if k.startswith("pii:")
    )
    print(f"caught per labelled kind: {per_kind}")


if __name__ == "__main__":
    main()
