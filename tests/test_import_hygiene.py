"""`callinsight --help` and `callinsight status` must not import heavy libraries (they start in < 1 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ("torch", "sentence_transformers", "bertopic", "spacy", "faster_whisper", "ctranslate2", "umap", "hdbscan", "sklearn", "resemblyzer", "ray", "transformers")

PROBE = """
import sys
from callinsight.cli import app
args = sys.argv[1:]
try:
    app(args)
except SystemExit:
    pass
heavy = [m for m in {heavy!r} if m in sys.modules]
print("HEAVY:" + ",".join(heavy))
"""


def probe(args: list[str], cwd: Path) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args], capture_output=True, text=True, cwd=cwd, check=False
    )
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("HEAVY:")]
    assert line, out.stdout + out.stderr
    return line[-1].removeprefix("HEAVY:")


def test_help_imports_no_heavy_library(tmp_path: Path) -> None:
    assert probe(["--help"], tmp_path) == ""


def test_status_imports_no_heavy_library(workspace: Path) -> None:
    assert probe(["status"], workspace) == ""


def test_subcommand_help_imports_no_heavy_library(tmp_path: Path) -> None:
    for group in ("models", "personas", "topics", "run", "report", "import", "sql"):
        assert probe([group, "--help"], tmp_path) == "", group
