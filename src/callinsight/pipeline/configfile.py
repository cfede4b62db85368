"""Writing a documented ``callinsight.toml`` from the config dataclasses (``callinsight init``).

Comments come from the attribute docstrings of the config classes, so the file and the code
cannot disagree about what a key means.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import itertools
import json
import os
import textwrap
from pathlib import Path
from typing import Any

from callinsight.config import CONFIG_NAME
from callinsight.errors import ConfigError
from callinsight.pipeline.settings import Config


def _attribute_docs(cls: type) -> dict[str, str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs = {}
    for node, nxt in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(nxt, ast.Expr)
            and isinstance(nxt.value, ast.Constant)
            and isinstance(nxt.value.value, str)
        ):
            docs[node.target.id] = " ".join(nxt.value.value.split())
    return docs


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def render_default_config(overrides: dict[str, dict[str, Any]] | None = None) -> str:
    overrides = overrides or {}
    config = Config()
    lines = ["# callinsight configuration. Relative paths are relative to this file's folder.", ""]
    for section in dataclasses.fields(Config):
        if section.metadata.get("internal"):
            continue
        value = getattr(config, section.name)
        cls = type(value)
        doc = " ".join((cls.__doc__ or "").split())
        lines.append(f"# {doc}")
        lines.append(f"[{section.name}]")
        docs = _attribute_docs(cls)
        for f in dataclasses.fields(cls):
            if f.name in docs:
                lines.append(f"# {docs[f.name]}")
            v = overrides.get(section.name, {}).get(f.name, getattr(value, f.name))
            lines.append(f"{f.name} = {_toml_value(v)}")
        lines.append("")
    return "\n".join(lines)


def installed_models_dir() -> Path | None:
    """A models folder already set up for this installation, so a new workspace need not copy models again.

    ``CALLINSIGHT_MODELS`` wins; else the ``models/`` folder of the source checkout callinsight runs from
    (an editable install, as ``make`` sets up), when ``callinsight models install`` has filled it.
    """
    env = os.environ.get("CALLINSIGHT_MODELS")
    if env:
        return Path(env).expanduser().resolve()
    checkout = Path(__file__).resolve().parents[3] / "models"
    return checkout if (checkout / "manifest.json").exists() else None


def write_default_config(folder: Path, *, force: bool = False, overrides: dict[str, dict[str, Any]] | None = None) -> Path:
    """Create ``callinsight.toml`` and the folders it names. Refuses to overwrite without ``force``."""
    path = folder / CONFIG_NAME
    if path.exists() and not force:
        raise ConfigError(f"{path} already exists", hint="use --force to overwrite it")
    folder.mkdir(parents=True, exist_ok=True)
    overrides = {section: dict(values) for section, values in (overrides or {}).items()}
    shared_models = installed_models_dir()
    if shared_models is not None and "models" not in overrides.get("paths", {}):
        overrides.setdefault("paths", {})["models"] = str(shared_models)
    path.write_text(render_default_config(overrides), encoding="utf-8")
    defaults = Config(root=folder)
    for p in (defaults.recordings_dir, defaults.reports_dir, defaults.personas_dir):
        p.mkdir(parents=True, exist_ok=True)
    return path
