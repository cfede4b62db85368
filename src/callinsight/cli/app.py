"""The root typer app: global options, error handling, and the command groups.

Each command parses its arguments, calls one library function and prints. Library errors become one
line on stderr with a hint and the error's exit code; ``--verbose`` adds the traceback.
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperArgument, TyperGroup, TyperOption

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
        except BrokenPipeError:
            # whoever read the output has gone (`callinsight personas list | head`): stop quietly, as other tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(141) from None
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


# How help shows a parameter's value. This typer prints every option's Python type in angle brackets,
# flags included ("--verbose -v <bool>", "{query} <str>"); typer users know the click style: flags
# with no value, values in capitals (PATH, TEXT, INTEGER), arguments by their name (QUERY). The
# classes are adjusted once here, so every command, present and future, gets the same help.
_CLICK_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "bool": "BOOLEAN", "path": "PATH",
                "file": "FILE", "directory": "DIRECTORY", "datetime": "DATETIME"}


def _click_type(label: str) -> str:
    label = label.strip("<>")
    if label.startswith("list[") and label.endswith("]"):
        return _click_type(label[5:-1])
    if "|" in label:
        return "[" + label + "]"  # choices, as click shows them
    return _CLICK_NAMES.get(label, label.upper())


def _option_type(self: TyperOption, ctx: Any) -> str | None:
    if self.is_flag or self.count:
        return None
    if self.metavar is not None:
        return self.metavar
    return _click_type(self.display_type(ctx)) + ("..." if self.nargs != 1 else "")


def _argument_type(self: TyperArgument, ctx: Any) -> str | None:
    return _click_type(self.display_type(ctx))


def _argument_usage(self: TyperArgument) -> str:
    name = self.metavar or (self.name or "").upper()
    name = name if self.required else f"[{name}]"
    return name + ("..." if self.nargs != 1 else "")


TyperOption.display_type_rich = _option_type  # type: ignore[method-assign]
TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign,assignment]
TyperArgument._usage_display_name = _argument_usage  # type: ignore[method-assign]


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
