"""How well the persona importer's problem cues tell a stated problem from neutral text, on real text.

    .venv/bin/python benchmarks/persona_cues_real.py --lang ko --split dev --show   # what the Korean cues were tuned on
    .venv/bin/python benchmarks/persona_cues_real.py --lang ko --split test         # the held-out figure
    .venv/bin/python benchmarks/persona_cues_real.py --lang en --split test         # English: never tuned on this data

The cues that read a persona's prose for problems (``personas.vocab.concern_kind``: regular expressions over the
surface text, no model) are checked on real messages whose labels say whether they state a problem; a message is
flagged when one of its sentences is. Split by ``../shared/data/split.py``.

- ``ko``: no licensed Korean persona document exists in reach; the KOTE online comments of
  ``../shared/data/ko/kote_emotions``, read as ``benchmarks/korean_quality.py`` reads them: a comment carrying
  불평/불만, 짜증 or 안타까움/실망 should be flagged, one with no negative emotion should not. The Korean cues were tuned
  on DEV.
- ``en``: the complaint and neutral messages of ``benchmarks/mining_real_sets.py`` (CFPB narratives, DSTC11,
  BANKING77, Bitext), per set. The English cues were written on the 200 real persona documents, never on these.

Comments and support messages are not persona prose (they are shorter, informal, often ironic), so the figures say
how far the cues reach in real text of each language, not what an import of a persona document finds.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))


def _rows(lang: str, split: str) -> list[tuple[str, str, bool]] | None:
    """(set, text, states a problem) of one split, or None without the shared data."""
    if lang == "ko":
        from korean_quality import DATA, kote_rows  # type: ignore[import-not-found]

        if not (DATA / "ko" / "kote_emotions").is_dir():
            return None
        return [("kote", text, y == 1) for text, y, part in kote_rows() if part == split]
    from mining_real_sets import SHARED, load_messages  # type: ignore[import-not-found]

    if not (SHARED / "cfpb_narratives").is_dir():
        return None
    return [(m.set.split(":")[0], m.text, m.complaint) for m in load_messages(split)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--show", action="store_true", help="print a sample of misses and false flags")
    args = parser.parse_args()
    rows = _rows(args.lang, args.split)
    if rows is None:
        print("needs ../shared/data (the shared evaluation data)", file=sys.stderr)
        return 2
    from callinsight.personas.sentences import split_sentences
    from callinsight.personas.vocab import concern_kind

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # flagged problems, problems, flagged neutral, neutral
    misses: list[str] = []
    false: list[str] = []
    for name, text, problem in rows:
        flagged = any(concern_kind(s) == "pain_point" for s in split_sentences(text) or [text])
        for key in (name, "all"):
            counts[key][0 if problem else 2] += flagged
            counts[key][1 if problem else 3] += 1
        (misses if problem and not flagged else false if flagged and not problem else []).append(text)
    print(f"{args.lang} {args.split.upper()}: a message is flagged when one of its sentences states a problem")
    for name, (tp, pos, fp, neu) in sorted(counts.items(), key=lambda kv: kv[0] == "all"):
        parts = []
        if pos:
            parts.append(f"problems flagged {tp}/{pos} ({tp / pos:.1%})")
        if neu:
            parts.append(f"neutral flagged {fp}/{neu} ({fp / neu:.1%})")
        if pos and neu:
            parts.append(f"precision {tp / max(tp + fp, 1):.3f}")
        print(f"  {name:10} " + ", ".join(parts))
    if args.show:
        rng = random.Random(0)
        print("\nmissed problems (sample):")
        for text in rng.sample(misses, min(25, len(misses))):
            print("  -", text[:120])
        print("\nflagged neutral messages (sample):")
        for text in rng.sample(false, min(25, len(false))):
            print("  +", text[:120])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
