"""Printing for the CLI (rich tables) that fits the terminal: one line per row, long text cut with "…"."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from callinsight.status import RunLine, Status


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


def print_rows(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], *, shrink: Sequence[str] = (), right: Sequence[str] = (),
    console: Console | None = None,
) -> None:
    """A list command's table, one line per row at the terminal's width (``shrink`` columns cut with "…")."""
    console = console or Console()
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    console.print(_compact(columns, cells, width=console.width, shrink=shrink, right=right))


def print_json(value: Any) -> None:
    """``--json`` output: one document on stdout, for scripts (keys documented in docs/queries.md)."""
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def _compact(
    columns: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None, *, width: int,
    right: Sequence[str] = (), shrink: Sequence[str] = (),
) -> Table:
    """A borderless table that fits ``width``: a row is one line, never wrapped.

    Columns named in ``shrink`` (paths, reasons) share what the others leave and are cut with "…";
    the cutting is done here because rich, asked to squeeze no-wrap columns, drops whole columns.
    """
    widths = [max([cell_len(c), *(cell_len(r[i]) for r in rows)]) for i, c in enumerate(columns)]
    flexible = [i for i, c in enumerate(columns) if c in shrink]
    room = width - 2 * (len(columns) - 1) - sum(w for i, w in enumerate(widths) if i not in flexible)
    for n, i in enumerate(sorted(flexible, key=lambda i: widths[i])):  # narrow ones first; 2: the gap between columns
        share = max(4, room // (len(flexible) - n))
        widths[i] = min(widths[i], share)
        room -= widths[i]
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False,
                  collapse_padding=True)
    for c, w in zip(columns, widths, strict=True):
        table.add_column(c, no_wrap=True, overflow="ellipsis", justify="right" if c in right else "left", width=w)
    for r in rows:
        cells = []
        for cell, w in zip(r, widths, strict=True):
            text = Text(cell)
            text.truncate(w, overflow="ellipsis")
            cells.append(text)
        table.add_row(*cells)
    return table


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _took(seconds: float | None) -> str:
    if seconds is None:
        return ""
    s = round(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


def _stage_lines(console: Console, run: RunLine, *, full: bool) -> None:
    width = max((len(s.stage) for s in run.stages), default=0)
    for s in run.stages:
        line = Text(f"  {s.stage:<{width}}  {s.message}" if s.stage else f"  {s.message}")
        if full:
            console.print(line)  # wraps: the whole message
        else:
            console.print(line, no_wrap=True, overflow="ellipsis")


def print_status(s: Status, console: Console | None = None, *, full: bool = False) -> None:
    """``callinsight status``: one line per run, one per stage of the latest run (``full``: one run, every word)."""
    console = console or Console()
    if not s.exists:
        console.print(f"database: {s.database} (not created yet — run `callinsight run` or `callinsight import`)")
        console.print(f"schema version of this callinsight: {s.code_schema_version}")
        return
    storage = f", storage {s.storage_version}" if s.storage_version else ""
    console.print(f"database: {s.database} (schema {s.schema_version}, code {s.code_schema_version}{storage})")
    console.print("counts: " + ", ".join(f"{k} {v}" for k, v in s.counts.items()))
    if s.runs and not full:
        rows = [[r.run_id, _when(r.started_at), _took(r.duration_s), r.status, str(r.calls_new), str(r.calls_failed)]
                for r in s.runs]
        console.print(_compact(["run", "started", "took", "status", "new", "failed"], rows, "last runs",
                               width=console.width, right=("took", "new", "failed")))
    for r in s.runs[:1]:
        if full:
            console.print(f"run {r.run_id} ({r.command or 'run'}): {r.status}, started {_when(r.started_at)}, "
                          f"took {_took(r.duration_s) or '-'}, {r.calls_new} new call(s), {r.calls_failed} failed")
        else:
            console.print(f"latest run {r.run_id}, by stage:")
        _stage_lines(console, r, full=full)
    if s.skipped and not full:
        rows = [[str(row["stage"]), str(row["reason"] or ""), str(row["calls"])] for row in s.skipped]
        console.print(_compact(["stage", "reason", "calls"], rows, "calls skipped by a stage", width=console.width, right=("calls",),
                               shrink=("reason",)))
    if s.failures:
        shown = f"{len(s.failures)} of {s.failures_total}" if s.failures_total > len(s.failures) else str(len(s.failures))
        if full:
            console.print(f"failures ({shown}):")
            for f in s.failures:
                console.print(Text(f"  {f.path} [{f.stage}]: {f.reason}"))
        else:
            rows = [[_when(f.created_at), f.stage, f.path, f.reason] for f in s.failures]
            console.print(_compact(["when", "stage", "path", "reason"], rows, f"failures (latest {shown})",
                                   width=console.width, shrink=("path", "reason")))
    else:
        console.print("failures: none")
    if s.runs and not full:
        console.print(Text("full messages: callinsight status --run RUN_ID", style="dim"))
