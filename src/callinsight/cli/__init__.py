"""The typer CLI, one module per command group, composed on ``app``."""

from callinsight.cli import (  # noqa: F401  (each module registers its commands on app)
    core_cmds,
    import_cmds,
    mining_cmds,
    models_cmds,
    personas_cmds,
    report_cmds,
    run_cmds,
    scale_cmds,
    topics_cmds,
)
from callinsight.cli.app import app

__all__ = ["app"]


def main() -> None:
    app()
