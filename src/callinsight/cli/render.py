"""Printing for the CLI (rich tables)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from callinsight.status import Status


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(str(c), overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    return table


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> None:
    Console().print(_table(columns, rows, title))


def table_text(columns: Sequence[str], rows: Sequence[Sequence[Any]], width: int = 200) -> str:
    """The table as plain text (no colours), for ``--format table --output FILE``."""
    console = Console(width=width, color_system=None, record=True, file=io.StringIO())
    console.print(_table(columns, rows))
    return console.export_text()


def print_status(s: Status) -> None:
    console = Console()
    if not s.exists:
        console.print(f"database: {s.database} (not created yet — run `callinsight run` or `callinsight import`)")
        console.print(f"schema version of this callinsight: {s.code_schema_version}")
        return
    console.print(f"database: {s.database}")
    console.print(f"schema version: {s.schema_version} (code {s.code_schema_version})")
    console.print("counts: " + ", ".join(f"{k} {v}" for k, v in s.counts.items()))
    if s.runs:
        print_table(list(s.runs[0]), [list(r.values()) for r in s.runs], title="last runs")
    if s.skipped:
        print_table(list(s.skipped[0]), [list(r.values()) for r in s.skipped], title="calls skipped by a stage")
    if s.failures:
        print_table(list(s.failures[0]), [list(r.values()) for r in s.failures], title="failures")
    else:
        console.print("failures: none")
