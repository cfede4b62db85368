"""Fixed-choice config values are checked when the file is loaded, naming the file, the key and the choices."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any, Literal, get_args

import pytest
from typer.testing import CliRunner

from callinsight.config import CompanyConfig, Device, PathsConfig, Workspace
from callinsight.errors import ConfigError
from callinsight.pipeline.executor import ExecutorName
from callinsight.pipeline.settings import Config, load_config

SRC = Path(__file__).resolve().parents[2] / "src" / "callinsight"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "callinsight.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "key", "choices"),
    [
        ('[run]\nexecutor = "rayy"\n', "run.executor", ExecutorName),
        ('[models]\ndevice = "gpu"\n', "models.device", Device),
        ('[personas]\nperiod = "day"\n', "personas.period", Literal["week", "month"]),
    ],
)
def test_literal_values_are_checked_at_load(tmp_path: Path, text: str, key: str, choices: Any) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    message = exc.value.message
    assert str(path) in message and f"'{key}'" in message
    assert all(f'"{choice}"' in message for choice in get_args(choices))


def test_report_period_error_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, '[report]\nperiod = "year"\n')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert str(path) in exc.value.message and "period" in exc.value.message


def test_cli_exits_2_on_a_bad_executor(tmp_path: Path) -> None:
    from callinsight.cli import app

    path = _write(tmp_path, '[run]\nexecutor = "rayy"\n')
    result = CliRunner().invoke(app, ["--config", str(path), "run"])
    assert result.exit_code == 2
    assert "run.executor" in result.output and "rayy" in result.output


def test_the_composed_config_extends_the_base() -> None:
    config = Config()
    assert isinstance(config, Workspace)
    assert isinstance(config.paths, PathsConfig) and isinstance(config.company, CompanyConfig)
    assert config.lock_path.name == "callinsight.duckdb.lock"


def test_the_base_config_imports_no_stage() -> None:
    tree = ast.parse((SRC / "config.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert {m for m in imported if m.startswith("callinsight")} == {"callinsight.errors"}
