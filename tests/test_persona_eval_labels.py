"""Invariants of the committed persona evaluation set (benchmarks/data/personas_fresh/ and its labels), which
`benchmarks/persona_import.py --set fresh` scores: every labelled file is there with its provenance, every
labelled concern is a piece of its own document (so a miss is the importer's, never a typo in a label), and the
split by organisation keeps each organisation on one side."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
FRESH = REPO / "benchmarks" / "data" / "personas_fresh"
sys.path.insert(0, str(REPO / "benchmarks"))

from persona_import import FRESH_LABELS, fresh_is_test, norm  # noqa: E402


def _labels() -> dict[str, dict]:
    files: dict[str, dict] = {}
    for path in FRESH_LABELS:
        part = yaml.safe_load(path.read_text(encoding="utf-8"))["files"]
        assert not set(part) & set(files), f"{path.name} labels a file twice"
        files.update(part)
    return files


def test_every_labelled_document_is_committed_with_its_provenance() -> None:
    labels = _labels()
    sources = "\n".join(p.read_text(encoding="utf-8") for p in FRESH.glob("SOURCES_*.md"))
    assert len(labels) >= 40
    for name in labels:
        assert (FRESH / name).is_file(), name
        assert name in sources, f"{name} has no provenance row"
    documents = {p.name for p in FRESH.iterdir() if not p.name.startswith("SOURCES_")}
    assert documents == set(labels), "a document without labels, or labels without a document"


def test_every_labelled_concern_is_a_piece_of_its_document() -> None:
    for name, label in _labels().items():
        raw = (FRESH / name).read_text(encoding="utf-8")
        # in an HTML page a fragment may be split by markup ("needs to <strong>track the cost</strong>")
        texts = [norm(raw), *(norm(html.unescape(re.sub(r"<[^>]+>", gap, raw))) for gap in (" ", ""))]
        for persona in label["personas"]:
            assert persona["match"] and all(w == w.lower() for w in persona["match"]), (name, persona["name"])
            for concern in persona["concerns"]:
                assert any(norm(concern) in text for text in texts), (name, concern)


def test_the_split_keeps_each_organisation_on_one_side_and_holds_out_about_half() -> None:
    orgs = {name.split("__", 1)[0] for name in _labels()}
    sides = {org: fresh_is_test(f"{org}__x.md") for org in orgs}
    for name in _labels():
        assert fresh_is_test(name) == sides[name.split("__", 1)[0]]
    assert 0.3 < sum(sides.values()) / len(sides) < 0.7
    assert all(re.fullmatch(r"[a-z0-9-]+", org) for org in orgs)


def test_a_fragment_quoted_with_its_data_syntax_scores_as_the_value_it_quotes() -> None:
    from persona_import import data_value

    assert data_value('"pain_points": ["noisy-alerts"') == "noisy-alerts"
    assert data_value('"open-case-queue",') == "open-case-queue"
    assert data_value('She said "hello" to me') == 'She said "hello" to me'  # prose keeps its quotes
