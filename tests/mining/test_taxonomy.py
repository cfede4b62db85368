from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import ConfigError
from callinsight.mining.taxonomy import KINDS, default_taxonomy_text, load_taxonomy


def test_default_taxonomy_covers_the_issue_categories() -> None:
    t = load_taxonomy()
    ids = {(c.kind, c.id) for c in t.categories}
    for cat in ("price", "timing", "authority", "need", "competitor", "trust", "contract", "missing_feature"):
        assert ("objection", cat) in ids
    for cat in ("billing", "onboarding", "reliability", "usability", "support", "integration", "privacy", "delivery"):
        assert ("pain_point", cat) in ids
    for cat in ("cancel", "switch", "refund", "downgrade"):
        assert ("churn_signal", cat) in ids
    assert ("feature_request", "feature_request") in ids
    assert set(t.kinds) == set(KINDS)
    assert all(c.examples for c in t.categories), "every category has example sentences"
    assert 0 < t.semantic_threshold < 1
    assert "no" in t.negation_cues  # YAML must not have turned it into False


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "tax.yaml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("kinds: [1, 2", "invalid YAML"),
        ("kinds:\n  complaint:\n    categories:\n      x:\n        patterns: [a]\n", "unknown kind 'complaint'"),
        ("kinds:\n  objection:\n    categories:\n      Price:\n        patterns: [a]\n", "snake_case"),
        ("kinds:\n  objection:\n    categories:\n      price:\n        patterns: [a, 3]\n", "patterns[1]"),
        ("kinds:\n  objection:\n    categories:\n      price:\n        label: x\n", "needs patterns or examples"),
        ("kinds:\n  objection:\n    roles: [boss]\n    categories:\n      p:\n        patterns: [a]\n", "unknown role"),
        ("negation_cues: [not, no]\nkinds:\n  objection:\n    categories:\n      p:\n        patterns: [a]\n", "quote it"),
        ("semantic:\n  threshold: 3\nkinds:\n  objection:\n    categories:\n      p:\n        patterns: [a]\n", "semantic.threshold"),
        ("kinds:\n  objection:\n    categories:\n      p:\n        patterns: [a]\n        typo: 1\n", "unknown key"),
        ("kinds:\n  objection:\n    categories:\n      p:\n        patterns: ['* a']\n", "may not start or end"),
    ],
)
def test_malformed_taxonomy_names_file_and_problem(tmp_path: Path, text: str, fragment: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_taxonomy(path)
    assert str(path) in err.value.message
    assert fragment in err.value.message


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_taxonomy(tmp_path / "nope.yaml")


def test_edited_copy_loads(tmp_path: Path) -> None:
    text = default_taxonomy_text().replace("      price:\n        label: Price / budget", "      pricing:\n        label: Pricing")
    t = load_taxonomy(write(tmp_path, text))
    assert t.category("objection", "pricing").label == "Pricing"
