"""Category suggestion: grouping uncategorised problem quotes and writing a taxonomy draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from callinsight.errors import ConfigError
from callinsight.mining.suggest import Quote, group_quotes, write_draft
from callinsight.mining.taxonomy import default_taxonomy_text, load_taxonomy

# Written for this test: two concerns no default category covers (parking, room noise), plus strays.
LINES = [
    "The parking garage was full again and I had to park two blocks away.",
    "There is never any parking space left when I arrive.",
    "Parking is a nightmare, the garage is always full.",
    "I circled the parking lot for twenty minutes.",
    "The room was so noisy I could not sleep at all.",
    "Loud music from the next room kept me awake all night.",
    "The noise from the street made the room impossible to sleep in.",
    "My cat ate the plant.",
]


def quotes() -> list[Quote]:
    return [Quote(f"c{i}", 0, "pain_point", text, "other") for i, text in enumerate(LINES)]


@pytest.mark.parametrize("use_embedder", [True, False])
def test_groups_gather_the_same_concern(embedder: Any, use_embedder: bool) -> None:
    groups = group_quotes(quotes(), embedder if use_embedder else None, min_size=3)
    assert len(groups) >= 2
    by_text = {t: g for g in groups for t in (m.text for m in g.members)}
    assert by_text[LINES[0]] is by_text[LINES[1]] is by_text[LINES[2]]
    assert by_text[LINES[4]] is by_text[LINES[5]]
    assert by_text[LINES[0]] is not by_text[LINES[4]]
    for g in groups:
        assert g.quotes == len(g.members) and g.calls == len({m.call_id for m in g.members})
        assert all(e in LINES for e in g.examples)  # examples are the stored quotes themselves
        assert g.label and g.patterns


def test_draft_is_a_valid_taxonomy_and_never_overwrites(embedder: Any, tmp_path: Path) -> None:
    groups = group_quotes(quotes(), embedder, min_size=3)
    path = write_draft(groups, default_taxonomy_text(), "default", tmp_path / "draft.yaml")
    draft = load_taxonomy(path)
    new = [c for c in draft.categories if c.id.startswith("new_")]
    assert len(new) == len(groups) and all(c.examples for c in new)
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="never overwrites"):
        write_draft(groups, default_taxonomy_text(), "default", path)
    assert path.read_text(encoding="utf-8") == before


# Complaints in words the problem cues know, about things no default category covers (written for this test).
COMPLAINTS = [
    "The parking is a nightmare, the garage is always full.",
    "Parking is terrible, there is never a free space.",
    "The parking situation is awful every single time.",
    "The noise in my room was unacceptable all night.",
    "The noise problem in the room was horrible.",
    "I complained about the noise in my room twice.",
]


def test_cli_suggest_from_stored_other_findings(workspace: Path, config: Any, con: Any, nlp: Any, embedder: Any,
                                                make_transcript: Any) -> None:
    from typer.testing import CliRunner

    from callinsight.cli import app
    from callinsight.mining.stage import MiningStage
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress
    from callinsight.store.writes import write_transcript

    for i, line in enumerate(COMPLAINTS):
        write_transcript(con, make_transcript(f"p{i}", [("agent", "Front desk, how can I help?"), ("customer", line)]), None)
    MiningStage(nlp=nlp, embedder=embedder).run(StageContext(config=config, con=con, run_id="r", progress=null_progress()))
    n_other = con.execute("SELECT count(*) FROM v_insights WHERE category = 'other'").fetchone()[0]
    con.close()
    assert n_other >= 4  # parking and noise complaints: no default category fits them
    runner = CliRunner()
    cfg = ["--config", str(workspace / "callinsight.toml")]
    draft = workspace / "draft.yaml"
    out = runner.invoke(app, [*cfg, "mining", "suggest", "--write", str(draft), "--min-size", "2"])
    assert out.exit_code == 0, out.output
    assert "quotes in" in out.output and draft.exists()
    assert any(c.id.startswith("new_") for c in load_taxonomy(draft).categories)
    again = runner.invoke(app, [*cfg, "mining", "suggest", "--write", str(draft)])
    assert again.exit_code != 0 and "never overwrites" in again.output
