"""The root typer app: global options, error handling, and the command groups.

Each command parses its arguments, calls one library function and prints. Library errors become one
line on stderr with a hint and the error's exit code; ``--verbose`` adds the traceback.
"""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from callinsight.errors import CallinsightError

if TYPE_CHECKING:
    from callinsight.pipeline.settings import Config


@dataclass
class CliState:
    config_path: Path | None = None
    verbose: bool = False


class ErrorHandlingGroup(TyperGroup):
    """Turns callinsight errors raised anywhere below into one line on stderr and an exit code."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)  # type: ignore[arg-type]
        except CallinsightError as exc:
            state = ctx.obj if isinstance(ctx.obj, CliState) else CliState()
            if state.verbose:
                traceback.print_exc(file=sys.stderr)
            typer.echo(f"error: {exc.message}", err=True)
            if exc.hint:
                typer.echo(f"hint: {exc.hint}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if _is_click_exception(exc):
                raise
            state = ctx.obj if isinstance(ctx.obj, CliState) else CliState()
            if state.verbose:
                traceback.print_exc(file=sys.stderr)
            first = (str(exc).strip().splitlines() or [""])[0]
            typer.echo(f"error: unexpected {type(exc).__name__}: {first}", err=True)
            if not state.verbose:
                typer.echo("hint: run again with --verbose for the traceback, and report it", err=True)
            raise typer.Exit(1) from None


def _is_click_exception(exc: Exception) -> bool:
    return type(exc).__module__.startswith(("click", "typer"))


app = typer.Typer(
    cls=ErrorHandlingGroup,
    help="callinsight: local call and conversation analytics (transcribe, mine, topics, personas, reports).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    ctx: typer.Context,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", help="Path to callinsight.toml (default: ./callinsight.toml).", envvar="CALLINSIGHT_CONFIG"),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks and debug logs.")] = False,
) -> None:
    ctx.obj = CliState(config_path=config, verbose=verbose)


def state(ctx: typer.Context) -> CliState:
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, CliState) else CliState()


def load(ctx: typer.Context) -> Config:
    """The validated config for this invocation."""
    from callinsight.pipeline.settings import load_config

    return load_config(state(ctx).config_path)


def echo_err(message: str) -> None:
    typer.echo(message, err=True)
