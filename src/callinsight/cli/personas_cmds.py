"""``callinsight personas …``: import persona documents, list them, map calls, check the set, suggest updates."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from callinsight.cli.app import app, load
from callinsight.errors import SomeInputsFailed
from callinsight.stage_names import PERSONAS

if TYPE_CHECKING:  # the settings import the redaction rules: not for `--help`
    from callinsight.personas.config import PersonasConfig

personas_app = typer.Typer(help="Persona documents: import, map calls to them, check the set, propose updates.", no_args_is_help=True)
app.add_typer(personas_app, name="personas")


@personas_app.command("import")
def import_cmd(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(help="Persona files or folders (default: paths.personas).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what each file gives (personas, fields, concerns, skipped parts); store nothing.")] = False,
    persona_level: Annotated[int | None, typer.Option("--persona-level", min=1, max=6, help="Every heading of this level is one persona (for a document the importer does not read right by itself; [personas] persona_levels sets it per file for every run).")] = None,
    persona_name: Annotated[list[str] | None, typer.Option("--persona-name", help="A persona the files hold, by the name they give it; once per persona. Those are the personas imported: the ones the importer missed are found where the page names them, the others skipped ([personas] persona_names sets them per file for every run).")] = None,
) -> None:
    """Import persona documents (Markdown, Jupyter notebooks, plain text, reST, AsciiDoc, Org, LaTeX, wiki pages, HTML, page templates and server pages (PHP, JSP, ASP), DOCX, ODT, RTF, PowerPoint, Hangul HWP/HWPX, PDF, CSV/XLSX, YAML, JSON, and persona data in TypeScript, JavaScript and Python code and Vue and Svelte components); a changed file becomes a new version. Exit 3 if a file failed."""
    config = load(ctx)
    if dry_run:
        _dry_run(paths or [config.personas_dir], config.personas, persona_level, persona_name or [])
        return
    from callinsight.personas.importer import import_personas

    result = import_personas(config, paths or [config.personas_dir], level=persona_level, names=persona_name or [])
    for p in result.personas:
        flag = " (negative)" if p.is_negative else ""
        renamed = f" (renamed from '{p.renamed_from}')" if p.renamed_from else ""
        typer.echo(f"{p.status:9} {p.persona_id} v{p.version}{flag}{renamed}  {p.source}")
    for path, skipped in result.skipped:
        typer.echo(f"warning   {path}: skipped '{skipped.title}' ({skipped.reason})", err=True)
    for source in sorted(set(result.superseded)):
        typer.echo(f"superseded by a newer .vN file: {source}")
    for r in result.retired:
        typer.echo(f"retired   {r.persona_id}  {r.reason} (kept in the store, no longer mapped)")
    for f in result.failures:
        typer.echo(f"failed    {f.path}: {f.reason}", err=True)
    retired = f", {len(result.retired)} retired" if result.retired else ""
    typer.echo(f"{len(result.personas)} persona(s), {result.changed} new or changed{retired}, {len(result.failures)} file(s) failed")
    if result.failures:
        raise SomeInputsFailed(f"{len(result.failures)} persona file(s) failed",
                               hint="fix them and import again; `--dry-run` shows what each file gives, "
                                    "`--persona-level N` reads every heading of level N as one persona, and "
                                    "`--persona-name NAME` (once per persona) names the personas a file holds")


def _dry_run(paths: list[Path], config: PersonasConfig, level: int | None, names: list[str]) -> None:
    from callinsight.personas.parse import OwnerHints
    from callinsight.personas.preview import LEFT_OUT, preview_files

    files = preview_files(paths, OwnerHints.of(config, level, names))
    for f in files:
        typer.echo(f.path)
        if f.left_out:
            typer.echo(f"  left out  {LEFT_OUT}")
            continue
        for doc in f.personas:
            flag = " (negative)" if doc.is_negative else ""
            typer.echo(f"  persona  {doc.name} [{doc.persona_id}]{flag}")
            if doc.found_at:  # a persona the owner named: where it was read, to check
                typer.echo(f"    named: {doc.found_at}")
            fields = [f"{section} ('{heading}')" for section, heading in doc.headings.items()] + [f"'{t}' (kept as profile)" for t in doc.extra_sections]
            typer.echo(f"    fields: {'; '.join(fields) or '-'}")
            typer.echo(f"    concerns it will track ({len(doc.concerns)}):")
            for c in doc.concerns:
                typer.echo(f"      - [{c.kind}] {c.text}")
        for s in f.skipped:
            typer.echo(f"  skipped  '{s.title}': {s.reason}")
        if f.error:
            sys.stdout.flush()  # the report and its failures stay in order when both streams go to one log
            typer.echo(f"  failed   {f.path}: {f.error}" + (f"\n           hint: {f.hint}" if f.hint else ""), err=True)
        if f.suggestion:
            level, names = f.suggestion
            shown = ", ".join(names[:5]) + (f", … ({len(names)} in all)" if len(names) > 5 else "")
            typer.echo(f"  try      --persona-level {level}: every level-{level} heading as one persona gives {shown}")
        if f.doubtful and not f.error:  # (a failed file's hint names it already)
            typer.echo("  or       --persona-name NAME, once per persona: each is found where the page names it")
    failed = [f for f in files if f.error]
    personas = sum(len(f.personas) for f in files)
    skipped = sum(len(f.skipped) for f in files)
    left_out = sum(f.left_out for f in files)
    typer.echo(f"dry run: {personas} persona(s) in {len(files) - left_out} file(s), {skipped} section(s) skipped, {len(failed)} file(s) failed"
               + (f", {left_out} script(s) left out" if left_out else "") + "; nothing stored")
    if failed:
        raise SomeInputsFailed(f"{len(failed)} persona file(s) failed", hint="fix them, or see docs/personas.md for the shapes callinsight reads")


@personas_app.command("list")
def list_cmd(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts (keys in docs/queries.md).")] = False,
) -> None:
    """Personas (latest versions) with their documented concerns and mapped calls."""
    from callinsight.cli.render import print_json, print_rows
    from callinsight.personas.api import list_personas
    from callinsight.status import workspace_path

    config = load(ctx)
    rows = list_personas(config)
    if as_json:
        print_json([
            {"persona_id": r.persona_id or None, "persona": r.persona, "version": r.version or None, "negative": r.is_negative,
             "concerns": r.concerns, "calls": r.calls, "source": workspace_path(r.source, config.root) or None}
            for r in rows
        ])
        return
    print_rows(
        ["persona_id", "persona", "version", "negative", "concerns", "calls", "source"],
        [[r.persona_id, r.persona, r.version or "", "yes" if r.is_negative else "", r.concerns, r.calls,
          workspace_path(r.source, config.root)] for r in rows],
        shrink=("persona", "source"), right=("version", "concerns", "calls"),
    )


@personas_app.command("map")
def map_cmd(ctx: typer.Context) -> None:
    """Map new calls to personas now (the `personas` stage of `callinsight run`)."""
    from callinsight.pipeline.runner import run_pipeline

    summary = run_pipeline(load(ctx), [PERSONAS])
    for r in summary.results:
        typer.echo(r.message)
    if summary.failed:
        raise SomeInputsFailed(f"{summary.failed} persona file(s) failed", hint="`callinsight status` lists them")


@personas_app.command("check")
def check_cmd(ctx: typer.Context) -> None:
    """Is the persona set right? Overlapping personas, candidate missing personas, negative-persona calls."""
    from callinsight.personas.api import persona_findings

    findings = persona_findings(load(ctx))
    if not findings:
        typer.echo("no findings: every persona is distinct and no group of unassigned calls stands out")
    for kind, _, _, summary, evidence in findings:
        typer.echo(f"[{kind}] {summary}")
        calls = evidence.get("calls")
        if isinstance(calls, list) and calls:
            ids = [c["call_id"] if isinstance(c, dict) else c for c in calls[:8]]
            typer.echo(f"    calls: {', '.join(ids)}")
        for q in evidence.get("quotes", [])[:3]:
            typer.echo(f"    \"{q['quote']}\" (call {q['call_id']})")


@personas_app.command("suggest")
def suggest_cmd(
    ctx: typer.Context,
    write: Annotated[bool, typer.Option("--write", help="Also write <original>.v<N+1>.md beside each original (never over it).")] = False,
) -> None:
    """Write a Markdown update proposal per persona to reports/personas/ (additions, retirements, emphasis)."""
    from callinsight.personas.suggest import suggest

    for p in suggest(load(ctx), write=write):
        typer.echo(f"{p.persona.persona_id}: +{len(p.add)} -{len(p.retire)}  {p.path}")
        if p.written:
            typer.echo(f"    new version: {p.written}")
