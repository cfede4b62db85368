"""Persona import on real documents: personas and concerns found vs the hand labels, per document.

Reads the 16 real persona documents in ../shared/data/personas_real/ (12 organisations, many styles)
and the labels in benchmarks/data/personas_real_labels.yaml (written once by reading the documents).
Per document: expected personas found with their name, documented concerns found, and imported
personas that are not personas. Split by ../shared/data/split.py (PERSONA_TEST_FILES): the extractor's
rules were designed on DEV; TEST is reported separately and was not used for tuning.

    .venv/bin/python benchmarks/persona_import.py            # table per document, totals per split
    .venv/bin/python benchmarks/persona_import.py --misses   # also the missed concerns and extra personas
    .venv/bin/python benchmarks/persona_import.py --split dev --misses   # while tuning: DEV only
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
REAL = DATA / "personas_real"
LABELS = Path(__file__).resolve().parent / "data" / "personas_real_labels.yaml"


def norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[*_`\\]", "", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class DocScore:
    name: str
    split: str
    personas_expected: int = 0
    personas_found: int = 0  # expected personas found with their name
    concerns_expected: int = 0
    concerns_found: int = 0
    imported: int = 0
    tracked: int = 0  # concerns imported in all (found ones plus anything else the extractor took as a concern)
    non_personas: list[str] = field(default_factory=list)
    missed_personas: list[str] = field(default_factory=list)
    missed_concerns: list[str] = field(default_factory=list)
    error: str = ""


def name_matches(persona_name: str, words: list[str]) -> bool:
    name = norm(persona_name)
    return any(re.search(rf"(?<!\w){re.escape(norm(w))}(?!\w)", name) for w in words)


def score(path: Path, label: dict, split: str) -> DocScore:
    from callinsight.errors import InputError
    from callinsight.personas.parse import parse_document

    s = DocScore(path.name, split)
    try:
        personas = parse_document(path).personas
    except InputError as exc:
        personas, s.error = [], exc.reason
    s.imported = len(personas)
    s.tracked = sum(len(p.concerns) for p in personas)
    unclaimed = list(personas)
    for expected in label["personas"]:
        s.personas_expected += 1
        s.concerns_expected += len(expected["concerns"])
        match = next((p for p in unclaimed if name_matches(p.name, expected["match"])), None)
        if match is None:
            s.missed_personas.append(expected["name"])
            s.missed_concerns += [f"{expected['name']}: {c}" for c in expected["concerns"]]
            continue
        unclaimed.remove(match)
        s.personas_found += 1
        texts = [norm(c.text) for c in match.concerns]
        for concern in expected["concerns"]:
            if any(norm(concern) in t for t in texts):
                s.concerns_found += 1
            else:
                s.missed_concerns.append(f"{expected['name']}: {concern}")
    optional = label.get("optional") or []
    s.non_personas = [p.name for p in unclaimed if not name_matches(p.name, optional)]
    return s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print missed personas/concerns and non-personas imported")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all",
                        help="score only this split (tune with --split dev: TEST documents are then not even read)")
    args = parser.parse_args()
    if not REAL.is_dir():
        print(f"needs {REAL} (the shared evaluation data)", file=sys.stderr)
        return 2
    import yaml

    sys.path.insert(0, str(DATA))
    from split import is_test  # type: ignore[import-not-found]

    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["files"]
    splits = {name: "test" if is_test(name) else "dev" for name in labels}
    scores = [score(REAL / name, label, splits[name]) for name, label in sorted(labels.items())
              if args.split in ("all", splits[name])]
    print(f"{'document':52} {'split':5} {'personas':>9} {'concerns':>9} {'tracked':>7} {'imported':>8}  non-personas imported")
    for s in sorted(scores, key=lambda x: (x.split, x.name)):
        extra = ", ".join(s.non_personas) or "-"
        print(f"{s.name:52} {s.split:5} {s.personas_found:>4}/{s.personas_expected:<4} {s.concerns_found:>4}/{s.concerns_expected:<4} "
              f"{s.tracked:>7} {s.imported:>8}  {extra}{'  ERROR: ' + s.error if s.error else ''}")
        if args.misses:
            for m in s.missed_personas:
                print(f"      missed persona: {m}")
            for m in s.missed_concerns:
                print(f"      missed concern: {m}")
    print()
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        part = [s for s in scores if s.split == split]
        pe, pf = sum(s.personas_expected for s in part), sum(s.personas_found for s in part)
        ce, cf = sum(s.concerns_expected for s in part), sum(s.concerns_found for s in part)
        npi = sum(len(s.non_personas) for s in part)
        tracked = sum(s.tracked for s in part)
        print(f"{split.upper():5} {len(part):2} documents: personas found with their name {pf}/{pe} ({pf / max(pe, 1):.0%}), "
              f"concerns {cf}/{ce} ({cf / max(ce, 1):.1%}; {tracked} tracked in all), non-personas imported {npi}")
    print("split: ../shared/data/split.py PERSONA_TEST_FILES; rules designed on DEV only")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
