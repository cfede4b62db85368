"""The base of ``callinsight.toml``: the loader, the shared sections and path resolution.

This module knows no stage. Each stage declares its own section as a dataclass in ``<stage>/config.py``;
the composed ``Config`` (every section) is put together one layer up, in ``callinsight.pipeline.settings``,
which is what the runner and the CLI load. What lives here is what every stage may need: where things
are (``[paths]``), which local models to use (``[models]``), who "we" are (``[company]``), and the
validation that turns a TOML table into a typed section. An unknown key, a wrong type or a value outside
a ``Literal``'s choices is an error naming the key and the file, so a typo never silently falls back to
a default.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

from callinsight.errors import ConfigError

CONFIG_NAME = "callinsight.toml"

Device = Literal["auto", "cpu", "cuda"]


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
class ModelsConfig:
    """Each model is a name under the models folder (see ``callinsight models list``) or a local path."""

    whisper: str = "whisper-base"
    """faster-whisper (CTranslate2) model: ``whisper-base``, ``whisper-tiny.en`` or a path to any CTranslate2 Whisper model."""
    embedder: str = "minilm"
    """sentence-transformers model: ``minilm`` or a path to any sentence-transformers model folder."""
    spacy: str = "spacy-en_core_web_sm"
    """spaCy pipeline: ``spacy-en_core_web_sm`` or a path to a pipeline folder."""
    device: Device = "auto"
    """``auto`` (CUDA when CTranslate2 sees a GPU, else the CPU), ``cpu`` or ``cuda``."""
    compute_type: str = "auto"
    """CTranslate2 compute type; ``auto``: ``float16`` on CUDA, ``int8`` on the CPU."""
    cpu_threads: int = 0
    """Threads per model; 0 lets the library choose."""
    multilingual_embedder: str = "use-multilingual"
    """Sentence encoder for utterances that are not English (Korean...): ``use-multilingual`` or a local path."""
    korean: str = "kiwi-ko"
    """Korean analyser (Kiwi) model: ``kiwi-ko`` or a local folder of Kiwi model files."""


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
class Workspace:
    """The sections every stage may read, and where relative paths resolve (``root``).

    The composed ``callinsight.pipeline.settings.Config`` extends this with every stage's section; a
    stage that only needs paths, models or the company name can be typed against ``Workspace``.
    """

    paths: PathsConfig = field(default_factory=PathsConfig)
    models: ModelsConfig = field(default_factory=ModelsConfig)
    company: CompanyConfig = field(default_factory=CompanyConfig)
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
    def lock_path(self) -> Path:
        """The batch lock beside the database: two runs (or a run and a refit) never overlap."""
        db = self.database_path
        return db.with_name(db.name + ".lock")

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


class Settings(Protocol):
    """What every stage may read, as a type: the shared sections and path resolution.

    A stage declares what else it reads as a protocol extending this one in its own ``config.py``
    (``MiningSettings`` adds ``mining``); the composed ``Config`` satisfies them all, and a stage never
    names the composed class.
    """

    paths: PathsConfig
    models: ModelsConfig
    company: CompanyConfig
    root: Path

    def path(self, value: str) -> Path: ...

    @property
    def database_path(self) -> Path: ...

    @property
    def lock_path(self) -> Path: ...

    @property
    def recordings_dir(self) -> Path: ...

    @property
    def models_dir(self) -> Path: ...

    @property
    def reports_dir(self) -> Path: ...

    @property
    def personas_dir(self) -> Path: ...


W = TypeVar("W", bound=Workspace)
T = TypeVar("T")


def find_config_file(path: Path | None, *, required: bool = False) -> Path | None:
    """The file to load: ``path``, else ``./callinsight.toml`` when it exists (None: use defaults)."""
    if path is not None:
        return path.expanduser().resolve()
    candidate = Path.cwd() / CONFIG_NAME
    if candidate.exists():
        return candidate.resolve()
    if required:
        raise ConfigError(f"no {CONFIG_NAME} in {Path.cwd()}", hint="run `callinsight init` to create one")
    return None


def load_into(cls: type[W], path: Path | None = None, *, required: bool = False) -> W:
    """Load and validate a config file into ``cls`` (a ``Workspace`` with the sections it composes).

    With no path, ``./callinsight.toml`` is used when it exists, else defaults rooted at the current
    folder (so ``callinsight status`` works in a fresh folder). ``required`` makes a missing file an error.
    """
    file = find_config_file(path, required=required)
    if file is None:
        return cls(root=Path.cwd())
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {file} does not exist", hint="run `callinsight init` to create one") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {file}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from None
    config = build_section(cls, raw, file, prefix="")
    config.root = file.parent
    config.source = file
    return config


def build_section(cls: type[T], raw: dict[str, Any], file: Path, prefix: str) -> T:
    """A dataclass from a TOML table: every key known, every value of its declared type."""
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
    try:
        return cls(**values)
    except ConfigError as exc:  # a section's own check (__post_init__): say which file
        raise ConfigError(f"{file}: {exc.message}", hint=exc.hint) from None


def _coerce(tp: Any, value: Any, file: Path, key: str) -> Any:
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        return build_section(tp, value, file, prefix=f"{key}.")  # type: ignore[arg-type]
    if origin is Literal:
        allowed = typing.get_args(tp)
        if value not in allowed or type(value) is not type(allowed[0]):
            choices = ", ".join(f'"{a}"' if isinstance(a, str) else repr(a) for a in allowed)
            raise ConfigError(f"{file}: key '{key}' must be one of {choices}, got {value!r}")
        return value
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
