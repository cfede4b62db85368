"""Korean names and addresses on real Korean text nobody on the team wrote: what the rules redact, to be read.

The text is ``../shared/data/ko``: citizen petitions (split into sentences), online comments (KOTE) and short
utterances (3i4k), in the fixed split of ``../shared/data/split.py`` (petitions by ``petition_idx``, the others by
their text). There are no PII labels, so the script counts the NAME and ADDRESS spans ``korean_names.py`` finds and,
with ``--show``, prints each with its context; a person reads them and counts the spans that are really names or
addresses (precision). Recall cannot be measured here (no labels): the synthetic cases in
``tests/redact/test_redact_korean_names.py`` and ``redaction_quality.py`` cover it. Tune on dev, report test.

    .venv/bin/python benchmarks/redaction_korean_real.py --split dev --show
    .venv/bin/python benchmarks/redaction_korean_real.py --split test --show
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

KO = Path(__file__).resolve().parents[2] / "shared" / "data" / "ko"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def texts(is_test: object, split: str) -> list[tuple[str, str]]:
    """(source, text) of the split: petition sentences, KOTE comments, 3i4k utterances."""
    wanted = split == "test"
    out: list[tuple[str, str]] = []
    with (KO / "petitions_cheongwadae" / "petitions_2019-04_2019-08.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if is_test(row["petition_idx"]) == wanted:  # type: ignore[operator]
                out += [("petitions", s) for s in _SENTENCE_END.split(row.get("content", "")) if s.strip()]
    for line in (KO / "kote_emotions" / "test.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        text = parts[1] if len(parts) > 1 else parts[0]
        if text and is_test(text) == wanted:  # type: ignore[operator]
            out.append(("kote", text))
    for line in (KO / "3i4k" / "fci_test.txt").read_text(encoding="utf-8").splitlines():
        text = line.split("\t")[-1]
        if text and is_test(text) == wanted:  # type: ignore[operator]
            out.append(("3i4k", text))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--show", action="store_true", help="print every span with its context")
    args = parser.parse_args()
    if not KO.is_dir():
        print(f"no Korean data at {KO} (../shared/data/ko)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(KO.parent))
    from split import is_test  # type: ignore[import-not-found]

    from callinsight.redact.korean_names import find_korean_addresses, find_korean_names

    found: Counter[str] = Counter()
    rows = texts(is_test, args.split)
    for source, text in rows:
        for kind, spans in (("NAME", find_korean_names(text)), ("ADDRESS", find_korean_addresses(text))):
            for start, end in spans:
                found[kind] += 1
                if args.show:
                    context = text[max(0, start - 25) : end + 25].replace("\n", " ")
                    print(f"{kind:7} {source:9} | {text[start:end]} | {context}")
    print(f"{args.split}: {len(rows)} texts; {found['NAME']} name spans, {found['ADDRESS']} address spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
