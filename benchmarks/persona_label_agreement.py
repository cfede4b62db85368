"""How far two people reading the same persona documents agree, and the importer against each of them.

Replica batches R16 and R17 (50 documents) were labelled twice, blind to each other: by their collectors
(`benchmarks/data/personas_replica_labels_R16*.yaml`, `..._R17*.yaml`) and by five second labellers
(`benchmarks/data/personas_replica_second_labels/`, how they were written is in its README). The question it
answers: is "90% of the documented concerns" a target a careful human reader meets on these documents, or do
labels disagree so much that no importer could?

Agreement is counted two ways:
- same sentence: a first label's concern is also the second's when the second labelled a fragment of the same
  sentence or list item (the unit a concern is: one item, one sentence);
- same words: one fragment holds the other (stricter; two readers often cut one sentence differently).
The importer is scored as `persona_import.py` scores it (a label's fragment inside an imported concern), automatic
and with each file's personas named by its owner (`--named`), against each labeller. R16 and R17 are tuning data
by now (each was held out and scored once, then worked on), so the importer's figures here are not held-out ones.

    .venv/bin/python benchmarks/persona_label_agreement.py [--files]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import persona_import as pi  # the benchmark's own scorer

DATA = Path(__file__).resolve().parent / "data"
SECOND = DATA / "personas_replica_second_labels"
BATCHES = ("R16", "R17")


def load(paths: list[Path]) -> dict[str, Any]:
    files: dict[str, Any] = {}
    for path in paths:
        files.update(yaml.safe_load(path.read_text(encoding="utf-8"))["files"] or {})
    return files


_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")


def units(text: str, fragment: str) -> set[tuple[int, int]]:
    """(line, sentence within the line) of every character of the fragment; empty when it is not in the text."""
    start = text.find(fragment)
    if start < 0:
        return set()
    line = text.count("\n", 0, start)
    line_start = text.rfind("\n", 0, start) + 1
    found = set()
    for pos in range(start, start + len(fragment)):  # one walk over the fragment, line and sentence counted on the way
        found.add((line, len(_SENTENCE_END.findall(text, line_start, pos))))
        if text[pos] == "\n":
            line, line_start = line + 1, pos + 1
    return found


def agreed(text: str, ours: list[str], theirs: list[str]) -> tuple[int, int]:
    """How many of ``ours`` the other reader also labelled: by sentence, and by words."""
    their_units = set().union(*(units(text, f) for f in theirs)) if theirs else set()
    their_words = [pi.norm(f) for f in theirs]
    by_sentence = sum(1 for f in ours if units(text, f) & their_units)
    by_words = sum(1 for f in ours if any(pi.norm(f) in t or t in pi.norm(f) for t in their_words))
    return by_sentence, by_words


def same_persona(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return pi.name_matches(b["name"], a["match"]) or pi.name_matches(a["name"], b["match"])


def concerns(label: dict[str, Any]) -> list[str]:
    return [c for p in label.get("personas") or [] for c in p.get("concerns") or []]


def importer(labels: dict[str, Any], names: list[str], owner_names: bool) -> Counter[str]:
    total: Counter[str] = Counter()
    for name in names:
        label = {**labels[name], "personas": [{**p, "concerns": p.get("concerns") or []} for p in labels[name].get("personas") or []]}
        s = (pi.named if owner_names else pi.score)(pi.REPLICA / name, label, "dev")
        total.update(pe=s.personas_expected, pf=s.personas_found, ce=s.concerns_expected, cf=s.concerns_found,
                     np=len(s.non_personas))
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", action="store_true", help="one line per document")
    args = parser.parse_args()
    first = load([p for b in BATCHES for p in sorted(DATA.glob(f"personas_replica_labels_{b}?.yaml"))])
    second = load(sorted(SECOND.glob("relabel_*.yaml")))
    names = sorted(set(first) & set(second))
    t: Counter[str] = Counter()
    for name in names:
        text = (pi.REPLICA / name).read_text(encoding="utf-8")
        one, two = first[name].get("personas") or [], second[name].get("personas") or []
        c1, c2 = concerns(first[name]), concerns(second[name])
        (s12, w12), (s21, w21) = agreed(text, c1, c2), agreed(text, c2, c1)
        t.update(p1=len(one), p2=len(two), p12=sum(any(same_persona(a, b) for b in two) for a in one),
                 p21=sum(any(same_persona(b, a) for a in one) for b in two), c1=len(c1), c2=len(c2),
                 s12=s12, s21=s21, w12=w12, w21=w21)
        if args.files:
            print(f"{name[:60]:60} personas {len(one)}/{len(two)}  concerns {len(c1)}/{len(c2)}, same sentence {s12}/{s21}")

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({a / max(b, 1):.1%})"

    print(f"{len(names)} documents labelled twice (replica batches {', '.join(BATCHES)})")
    print(f"personas: first labels' found by the second reader {pct(t['p12'], t['p1'])}; second's by the first {pct(t['p21'], t['p2'])}")
    print(f"concerns, same sentence: first's also second's {pct(t['s12'], t['c1'])}; second's also first's {pct(t['s21'], t['c2'])}")
    print(f"concerns, same words:    first's also second's {pct(t['w12'], t['c1'])}; second's also first's {pct(t['w21'], t['c2'])}")
    for owner_names in (False, True):
        for who, labels in (("first", first), ("second", second)):
            s = importer(labels, names, owner_names)
            print(f"importer{' (named)' if owner_names else ''} vs {who} labels: personas {pct(s['pf'], s['pe'])}, "
                  f"concerns {pct(s['cf'], s['ce'])}, non-personas {s['np']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
