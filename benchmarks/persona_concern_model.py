"""Experiment: would a learned sentence classifier find the documented concerns the cue words miss?

Within the personas the importer finds, about a third of the documented concerns it misses are sentences that state a
problem or need without any cue word ("currently stores everything in a folder on her laptop"). This measures what a
classifier of such sentences would add: every item and prose sentence of a found persona (its fields and its profile
text) is a unit; a unit is a concern when it holds a labelled concern fragment. Units are embedded with the
multilingual encoder in models/use-multilingual (English and Korean alike) and a logistic regression is
cross-validated with folds by document, on tuning data only (persona_import.tuning_documents). It prints, per
threshold, the labelled concerns the classifier adds to what the importer already tracks, and the units it adds that
hold no labelled concern.

    .venv/bin/python benchmarks/persona_concern_model.py
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import persona_import as bench

MODEL = Path(__file__).resolve().parents[1] / "models" / "use-multilingual"


@dataclass
class Unit:
    doc: str
    text: str
    concern: int  # holds a labelled concern fragment
    tracked: bool  # the importer already takes it (or a part of it) as a concern


def _units(path: Path, label: dict) -> tuple[list[Unit], int, int]:
    """The units of the labelled personas found in one document, the labelled concerns there, and how many of
    those no unit holds (text the importer dropped: out of this classifier's reach)."""
    from callinsight.errors import InputError
    from callinsight.personas.parse import parse_document
    from callinsight.personas.sentences import split_sentences

    try:
        personas = parse_document(path).personas
    except InputError:
        return [], 0, 0
    units: list[Unit] = []
    wanted = unreachable = 0
    for expected, match in bench.pair_personas(personas, label)[0]:
        if match is None:
            continue
        frags = [bench.norm(c) for c in expected["concerns"]]
        tracked = [bench.norm(c.text) for c in match.concerns]
        texts = [t for items in match.sections.values() for item in items for t in split_sentences(item)]
        texts += [t for text in match.extra_sections.values() for t in split_sentences(text.replace("\n", " "))]
        texts = list(dict.fromkeys(t.strip() for t in texts if len(t.strip()) > 3))
        mine = [Unit(str(path), t, int(any(f in bench.norm(t) for f in frags)),
                     any(bench.norm(t) in k or k in bench.norm(t) for k in tracked)) for t in texts]
        units += mine
        wanted += len(frags)
        unreachable += sum(1 for f in frags if not any(f in bench.norm(u.text) for u in mine))
    return units, wanted, unreachable


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from callinsight.localmodels.factories import load_multilingual_encoder

    units: list[Unit] = []
    wanted = unreachable = 0
    docs = bench.tuning_documents()
    for path, label in docs:
        found, w, u = _units(path, label)
        units, wanted, unreachable = units + found, wanted + w, unreachable + u
    y = np.array([u.concern for u in units])
    tracked = np.array([u.tracked for u in units])
    print(f"{len(docs)} labelled tuning documents; in the personas found: {len(units)} units, {wanted} labelled concerns "
          f"({unreachable} in no unit: text the importer dropped)")
    print(f"the importer tracks {int(tracked.sum())} units: {int((tracked & (y == 1)).sum())} hold a labelled concern, "
          f"{int((tracked & (y == 0)).sum())} do not; untracked units holding one: {int((~tracked & (y == 1)).sum())}")
    encoder = load_multilingual_encoder(MODEL, threads=2)
    x = np.asarray(encoder.encode([u.text for u in units]))
    x = np.hstack([x, tracked[:, None].astype(float)])
    groups = np.array([u.doc for u in units])
    proba = np.zeros(len(units))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000).fit(x[train], y[train])
        proba[test] = model.predict_proba(x[test])[:, 1]
    print("cross-validated, units the classifier adds to the tracked ones:")
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        added = ~tracked & (proba >= t)
        print(f"  threshold {t:.2f}: holding a labelled concern {int((added & (y == 1)).sum())}, "
              f"holding none {int((added & (y == 0)).sum())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
