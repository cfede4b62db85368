"""Persona import on documents that are NOT persona documents: every one should fail with "no persona found".

Issue 14: "a file where nothing looks like a persona is a clear error naming the closest thing found", and no
non-persona section is ever imported. Real documents written by other teams are on every machine: the
Markdown and reStructuredText manuals, READMEs and changelogs that apt, npm and the JDK install under /usr
and /opt. This benchmark takes up to 3 such files per folder (1-200 KB, no "persona" in the path) and counts
the files from which the importer made a persona. The team's own documents (this repository's docs, ../shared's
notes) are left out: the figure is only on documents nobody on the team wrote.

Split, fixed before the first run: a whole folder is TEST when sha256 of its path is divisible by 4 (about
a quarter); the rules may be changed looking at DEV only (`--list` prints DEV files only).

    .venv/bin/python benchmarks/persona_negatives.py            # counts per split
    .venv/bin/python benchmarks/persona_negatives.py --list     # also each DEV file that gave a persona
    .venv/bin/python benchmarks/persona_negatives.py --text     # plain-text files (.txt) instead: the reader of
                                                                # pasted page text, whose guessed headings are riskiest
    .venv/bin/python benchmarks/persona_negatives.py --html     # every HTML page under /usr/share and /usr/lib (manuals)

The HTML pages (added in the twenty-sixth session, on a machine whose /usr held 448 of them) are split by package:
TEST when sha256 of the two folders under /usr/share or /usr/lib ("doc/valgrind") is even, fixed before any rule was
changed looking at them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
from pathlib import Path

ROOTS = (Path("/usr"), Path("/opt"))
SUFFIXES = (".md", ".markdown", ".rst")
TEXT_SUFFIXES = (".txt",)
PER_FOLDER = 3


def is_test(folder: str) -> bool:
    return int(hashlib.sha256(folder.encode("utf-8")).hexdigest()[:8], 16) % 4 == 0


def html_pages() -> list[Path]:
    return sorted(p for root in (Path("/usr/share"), Path("/usr/lib")) for p in root.rglob("*.html") if p.is_file())


def html_is_test(path: Path) -> bool:
    return int(hashlib.sha256("/".join(path.parts[3:5]).encode("utf-8")).hexdigest()[:8], 16) % 2 == 0


def candidates(suffixes: tuple[str, ...] = SUFFIXES) -> list[Path]:
    found: list[Path] = []
    for root in ROOTS:
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            picked = [f for f in sorted(files) if f.lower().endswith(suffixes) and "persona" not in (folder + f).lower()]
            picked = [f for f in picked if 1024 <= (Path(folder) / f).stat().st_size <= 200_000][:PER_FOLDER]
            found += [Path(folder) / f for f in picked]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each DEV file that gave a persona")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all",
                        help="score only this split (tune with --split dev: TEST files are then not even read)")
    parser.add_argument("--text", action="store_true", help="plain-text files (.txt) instead of Markdown and reStructuredText")
    parser.add_argument("--html", action="store_true", help="every HTML page under /usr/share and /usr/lib instead")
    args = parser.parse_args()
    from callinsight.errors import InputError
    from callinsight.personas.parse import parse_document

    totals = {"dev": [0, 0, 0], "test": [0, 0, 0]}  # files, files with a persona, personas
    for path in html_pages() if args.html else candidates(TEXT_SUFFIXES if args.text else SUFFIXES):
        split = "test" if (html_is_test(path) if args.html else is_test(str(path.parent))) else "dev"
        if args.split not in ("all", split):
            continue
        totals[split][0] += 1
        try:
            personas = parse_document(path).personas
        except InputError:
            continue
        if personas:
            totals[split][1] += 1
            totals[split][2] += len(personas)
            if args.list and split == "dev":
                print(f"  {path}: {', '.join(p.name for p in personas)[:120]}")
    for split, (files, bad, personas) in totals.items():
        if args.split not in ("all", split):
            continue
        print(f"{split.upper():5} {files:4} non-persona documents: {bad} gave a persona ({bad / max(files, 1):.1%}), "
              f"{personas} personas in all; the rest failed with 'no persona found'")
    print("split: sha256(package folder) % 2 == 0 is TEST" if args.html else "split: sha256(folder) % 4 == 0 is TEST",
          "; rules changed looking at DEV only", sep="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
