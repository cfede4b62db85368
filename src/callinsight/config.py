"""``callinsight.toml``: loading, validation and defaults.

Each pipeline stage declares its own section as a dataclass in ``<stage>/config.py``; this module
composes them and validates a file against them. An unknown key or a wrong type is an error naming
the key and the file, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from callinsight.errors import ConfigError
from callinsight.ingest.config import IngestConfig
from callinsight.localmodels.config import ModelsConfig
from callinsight.mining.config import MiningConfig
from callinsight.personas.config import PersonasConfig
from callinsight.pipeline.config import RunConfig
from callinsight.redact.config import RedactionConfig
from callinsight.report.config import ReportConfig
from callinsight.topics.config import TopicsConfig
from callinsight.transcribe.config import TranscribeConfig

CONFIG_NAME = "callinsight.toml"


@dataclass
class PathsConfig:
    """Where things live. Relative paths are resolved against the config file's folder."""

    recordings: str = "recordings"
    """Folder scanned (recursively) for new recordings."""
    models: str = "models"
    """Folder holding the local models (``callinsight models install`` fills it)."""
    reports: str = "reports"
    """Folder the trend report is written to."""
    database: str = "callinsight.duckdb"
    """The DuckDB file analysts query."""
    personas: str = "personas"
    """Folder of persona documents imported by ``callinsight personas import``."""


@dataclass
class CompanyConfig:
    """Who "we" are, so the company's own name is not mistaken for a competitor."""

    name: str = "Acme"
    """The company's name as customers and agents say it."""
    aliases: list[str] = field(default_factory=list)
    """Other spellings of the company's name (also how speech recognition tends to mishear it)."""
    competitors: dict[str, list[str]] = field(default_factory=dict)
    """Competitor name -> aliases, e.g. ``{ Zendesk = ["zen desk", "then desk"] }``."""


@dataclass
class Config:
    """The whole configuration; ``root`` is the folder relative paths resolve against."""

    paths: PathsConfig = field(default_factory=PathsConfig)
    models: ModelsConfig = field(default_factory=ModelsConfig)
    company: CompanyConfig = field(default_factory=CompanyConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    transcribe: TranscribeConfig = field(default_factory=TranscribeConfig)
    redaction: RedactionConfig = field(default_factory=RedactionConfig)
    mining: MiningConfig = field(default_factory=MiningConfig)
    topics: TopicsConfig = field(default_factory=TopicsConfig)
    personas: PersonasConfig = field(default_factory=PersonasConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    run: RunConfig = field(default_factory=RunConfig)
    root: Path = field(default_factory=Path.cwd, metadata={"internal": True})
    source: Path | None = field(default=None, metadata={"internal": True})

    def path(self, value: str) -> Path:
        """Resolve a configured path against the config file's folder."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else (self.root / p)

    @property
    def database_path(self) -> Path:
        return self.path(self.paths.database)

    @property
    def recordings_dir(self) -> Path:
        return self.path(self.paths.recordings)

    @property
    def models_dir(self) -> Path:
        return self.path(self.paths.models)

    @property
    def reports_dir(self) -> Path:
        return self.path(self.paths.reports)

    @property
    def personas_dir(self) -> Path:
        return self.path(self.paths.personas)


T = TypeVar("T")


def load_config(path: Path | None = None, *, required: bool = False) -> Config:
    """Load and validate a config file.

    With no path, ``./callinsight.toml`` is used when it exists, else defaults rooted at the current
    folder (so ``callinsight status`` works in a fresh folder). ``required`` makes a missing file an error.
    """
    if path is None:
        candidate = Path.cwd() / CONFIG_NAME
        if not candidate.exists():
            if required:
                raise ConfigError(f"no {CONFIG_NAME} in {Path.cwd()}", hint="run `callinsight init` to create one")
            return Config(root=Path.cwd())
        path = candidate
    path = path.expanduser().resolve()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist", hint="run `callinsight init` to create one") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    config = _build(Config, raw, path, prefix="")
    config.root = path.parent
    config.source = path
    return config


def _build(cls: type[T], raw: dict[str, Any], file: Path, prefix: str) -> T:
    if not isinstance(raw, dict):
        raise ConfigError(f"{file}: '{prefix.rstrip('.')}' must be a table")
    hints = typing.get_type_hints(cls)
    public = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in public:
            known = ", ".join(sorted(public))
            raise ConfigError(f"{file}: unknown key '{prefix}{key}'", hint=f"known keys here: {known}")
        values[key] = _coerce(hints[key], value, file, f"{prefix}{key}")
    return cls(**values)


def _coerce(tp: Any, value: Any, file: Path, key: str) -> Any:
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        return _build(tp, value, file, prefix=f"{key}.")  # type: ignore[arg-type]
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        errors = []
        for option in options:
            try:
                return _coerce(option, value, file, key)
            except ConfigError as exc:
                errors.append(exc)
        raise errors[0]
    if origin is list:
        (item,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise _type_error(file, key, "a list", value)
        return [_coerce(item, v, file, f"{key}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        _, item = typing.get_args(tp)
        if not isinstance(value, dict):
            raise _type_error(file, key, "a table", value)
        return {str(k): _coerce(item, v, file, f"{key}.{k}") for k, v in value.items()}
    if tp is bool:
        if not isinstance(value, bool):
            raise _type_error(file, key, "true or false", value)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _type_error(file, key, "an integer", value)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _type_error(file, key, "a number", value)
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise _type_error(file, key, "a string", value)
        return value
    raise ConfigError(f"{file}: key '{key}' has an unsupported type {tp!r}")  # a bug in a config class


def _type_error(file: Path, key: str, expected: str, value: Any) -> ConfigError:
    return ConfigError(f"{file}: key '{key}' must be {expected}, got {type(value).__name__} {value!r}")
