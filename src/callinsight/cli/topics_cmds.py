"""CLI commands of the topics area (registered on import): ``topics list`` and ``topics refit``."""

from __future__ import annotations

from typing import Annotated

import typer

from callinsight.cli.app import app, load

topics_app = typer.Typer(help="Topics found in customer utterances: list them, refit the model.", no_args_is_help=True)
app.add_typer(topics_app, name="topics")


@topics_app.command("list")
def list_cmd(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts (keys in docs/queries.md).")] = False,
) -> None:
    """Show the current model's topics with their labels, keywords and sizes."""
    from callinsight.cli.render import print_json, print_rows
    from callinsight.topics.stage import topics_table

    rows = topics_table(load(ctx))
    if as_json:
        print_json([{"topic": t, "label": label, "keywords": list(k), "size": n} for t, label, k, n in rows])
        return
    if not rows:
        typer.echo("no topics yet: run `callinsight run` (embed and topics stages) first")
        return
    print_rows(["topic", "label", "keywords", "size"], [(t, label, ", ".join(k[:6]), n) for t, label, k, n in rows],
               shrink=("label", "keywords"), right=("topic", "size"))


@topics_app.command("refit")
def refit_cmd(ctx: typer.Context) -> None:
    """Refit topics on every utterance; persisting topics keep their ids, new topics get new ids."""
    from callinsight.topics.stage import refit_store

    result, drift = refit_store(load(ctx))
    typer.echo(f"topic model v{result.version}: {result.message}")
    typer.echo(drift)
