"""How well the persona importer's Korean problem cues tell a stated problem from neutral text, on real Korean text.

    .venv/bin/python benchmarks/persona_cues_korean.py --split dev --show   # what the cues were tuned on
    .venv/bin/python benchmarks/persona_cues_korean.py --split test         # the held-out figure

No licensed Korean persona document exists in reach, so the cues that read a persona's prose for problems
(``personas.vocab.concern_kind``, regular expressions over the surface text, no model) are checked on the KOTE
online comments of ``../shared/data/ko/kote_emotions`` as ``benchmarks/korean_quality.py`` reads them: a comment
that carries 불평/불만, 짜증 or 안타까움/실망 should state a problem; one with no negative emotion should not. Split
by ``../shared/data/split.py`` (key: the text). Comments are not persona prose (they are short, informal and
often ironic), so the figures say how far the cues reach in real Korean, not what an import of a Korean persona
document finds.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--show", action="store_true", help="print a sample of misses and false flags")
    args = parser.parse_args()
    from korean_quality import DATA, kote_rows  # type: ignore[import-not-found]

    if not (DATA / "ko" / "kote_emotions").is_dir():
        print(f"needs {DATA / 'ko' / 'kote_emotions'} (the shared evaluation data)", file=sys.stderr)
        return 2
    from callinsight.personas.vocab import concern_kind

    rows = [(text, y) for text, y, split in kote_rows() if split == args.split]
    flagged = [(text, y, concern_kind(text) == "pain_point") for text, y in rows]
    tp = sum(1 for _, y, f in flagged if f and y == 1)
    fp = sum(1 for _, y, f in flagged if f and y == 0)
    pos = sum(1 for _, y in rows if y == 1)
    neu = len(rows) - pos
    print(f"KOTE {args.split.upper()}: {pos} comments with a complaint, annoyance or disappointment, {neu} with no negative emotion")
    print(f"  stated-problem cue on: {tp}/{pos} complaints (recall {tp / max(pos, 1):.3f}), "
          f"{fp}/{neu} neutral comments (false-flag rate {fp / max(neu, 1):.3f}); precision {tp / max(tp + fp, 1):.3f}")
    if args.show:
        rng = random.Random(0)
        misses = [t for t, y, f in flagged if y == 1 and not f]
        false = [t for t, y, f in flagged if y == 0 and f]
        print("\nmissed complaints (sample):")
        for text in rng.sample(misses, min(25, len(misses))):
            print("  -", text[:120])
        print("\nflagged neutral comments (sample):")
        for text in rng.sample(false, min(25, len(false))):
            print("  +", text[:120])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
