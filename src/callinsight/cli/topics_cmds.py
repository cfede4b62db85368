"""CLI commands of the topics area (registered on import): ``topics list`` and ``topics refit``."""

from __future__ import annotations

import typer

from callinsight.cli.app import app, load

topics_app = typer.Typer(help="Topics found in customer utterances: list them, refit the model.", no_args_is_help=True)
app.add_typer(topics_app, name="topics")


@topics_app.command("list")
def list_cmd(ctx: typer.Context) -> None:
    """Show the current model's topics with their labels, keywords and sizes."""
    from callinsight.cli.render import print_table
    from callinsight.topics.stage import topics_table

    rows = topics_table(load(ctx))
    if not rows:
        typer.echo("no topics yet: run `callinsight run` (embed and topics stages) first")
        return
    print_table(["topic", "label", "keywords", "size"], [(t, label, ", ".join(k[:6]), n) for t, label, k, n in rows])


@topics_app.command("refit")
def refit_cmd(ctx: typer.Context) -> None:
    """Refit topics on every utterance; persisting topics keep their ids, new topics get new ids."""
    from callinsight.topics.stage import refit_store

    result, drift = refit_store(load(ctx))
    typer.echo(f"topic model v{result.version}: {result.message}")
    typer.echo(drift)
