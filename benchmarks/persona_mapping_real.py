"""Persona mapping on REAL persona documents, with labelled calls the thresholds were not chosen on.

Each document of benchmarks/data/persona_calls_real.yaml (three of ../shared/data/personas_real/:
nebari classic personas with labelled pain points and needs, the FinOps Foundation YAML with eight
overlapping executive personas, the KDE narrative personas without labels) is imported into its own
workspace with its calls, and the `personas` stage maps them with the configured thresholds. The calls
were written for this benchmark (see the YAML's header) and were never used to choose thresholds, so
every figure is held-out; the DEV/TEST columns split the calls by ../shared/data/split.py (hash of the
call id) in case a later change is tuned on DEV.

    .venv/bin/python benchmarks/persona_mapping_real.py
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data"
CALLS = REPO / "benchmarks" / "data" / "persona_calls_real.yaml"
sys.path.insert(0, str(REPO))


def map_document(doc: Path, calls: list[dict], embedder: object) -> tuple[dict[str, str], dict[str, str]]:
    from tests.personas.conftest import store_labelled

    from callinsight.personas.importer import import_into
    from callinsight.personas.stage import PersonasStage
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.context import StageContext
    from callinsight.pipeline.progress import null_progress
    from callinsight.pipeline.settings import load_config
    from callinsight.store.db import connect

    root = Path(tempfile.mkdtemp(prefix="persona-real-"))
    write_default_config(root, overrides={"paths": {"models": str(REPO / "models")}})
    config = load_config(root / "callinsight.toml")
    con = connect(config.database_path)
    expected = store_labelled(con, [{**c, "week": 1 + i % 4} for i, c in enumerate(calls)])
    imported = import_into(con, [doc])
    assert not imported.failures, imported.failures
    PersonasStage(embedder=embedder).run(StageContext(config=config, con=con, run_id="bench", progress=null_progress()))
    got = dict(con.execute("SELECT call_id, coalesce(persona_id, 'unassigned') FROM call_personas").fetchall())
    con.close()
    return expected, got


def line(label: str, expected: dict[str, str], got: dict[str, str]) -> str:
    if not expected:
        return f"{label:34} (no calls)"
    persona_calls = [c for c, e in expected.items() if e != "unassigned"]
    off = [c for c, e in expected.items() if e == "unassigned"]
    correct = sum(got.get(c) == e for c, e in expected.items())
    wrong = sum(got.get(c) not in (e, "unassigned") for c, e in expected.items() if e != "unassigned")
    left = sum(got.get(c) == "unassigned" for c in persona_calls)
    forced = sum(got.get(c) != "unassigned" for c in off)
    return (f"{label:34} accuracy {correct / len(expected):6.1%} ({correct}/{len(expected)}); persona calls: "
            f"right {len(persona_calls) - wrong - left}, wrong persona {wrong}, unassigned {left} of {len(persona_calls)}; "
            f"off-topic forced onto a persona {forced}/{len(off)}")


def main() -> int:
    import yaml

    from callinsight.localmodels.factories import load_embedder
    from callinsight.pipeline.configfile import write_default_config
    from callinsight.pipeline.settings import load_config

    if not (DATA / "personas_real").is_dir():
        print(f"needs {DATA / 'personas_real'}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(DATA))
    from split import is_test  # type: ignore[import-not-found]

    root = Path(tempfile.mkdtemp(prefix="persona-real-cfg-"))
    write_default_config(root, overrides={"paths": {"models": str(REPO / "models")}})
    config = load_config(root / "callinsight.toml")
    embedder = load_embedder(config)
    c = config.personas
    print(f"thresholds (chosen on tests/fixtures/personas/calls.yaml, not on these calls): "
          f"min_score={c.min_score} min_margin={c.min_margin} top_k={c.top_k}")
    documents = yaml.safe_load(CALLS.read_text(encoding="utf-8"))["documents"]
    all_expected: dict[str, str] = {}
    all_got: dict[str, str] = {}
    for name, calls in documents.items():
        expected, got = map_document(DATA / "personas_real" / name, calls, embedder)
        all_expected.update(expected)
        all_got.update(got)
        print(line(name, expected, got))
        for cid, e in sorted(expected.items()):
            if got.get(cid) != e:
                print(f"    miss: {cid} expected {e}, got {got.get(cid)}")
    print(line("ALL (held-out)", all_expected, all_got))
    for split in ("dev", "test"):
        part = {k: v for k, v in all_expected.items() if is_test(k) == (split == "test")}
        print(line(f"  {split.upper()} calls (split.py)", part, all_got))
    confusion = Counter((e, all_got.get(k)) for k, e in all_expected.items() if all_got.get(k) != e)
    if confusion:
        print("most common confusions:", ", ".join(f"{e}->{g} x{n}" for (e, g), n in confusion.most_common(5)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
