from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import ConfigError
from callinsight.pipeline.configfile import installed_models_dir, render_default_config, write_default_config
from callinsight.pipeline.settings import Config, load_config


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "callinsight.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_default_file_round_trips_to_defaults(tmp_path: Path) -> None:
    path = write_default_config(tmp_path)
    loaded = load_config(path)
    defaults = Config()
    assert loaded.paths.models in ("models", str(installed_models_dir()))
    loaded.paths.models = "models"
    for section in ("paths", "models", "company", "transcribe", "redaction", "mining", "topics", "personas", "report", "run"):
        assert getattr(loaded, section) == getattr(defaults, section), section
    assert loaded.root == tmp_path.resolve()
    assert (tmp_path / "recordings").is_dir() and (tmp_path / "reports").is_dir()


def test_every_key_is_documented() -> None:
    text = render_default_config()
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if " = " in line and not line.startswith("#"):
            assert lines[i - 1].startswith("#"), f"undocumented key: {line}"


def test_unknown_key_names_key_and_file(tmp_path: Path) -> None:
    p = write(tmp_path, "[paths]\nrecordingz = 'x'\n")
    with pytest.raises(ConfigError) as err:
        load_config(p)
    assert "paths.recordingz" in str(err.value) and str(p) in str(err.value)
    assert err.value.hint and "recordings" in err.value.hint


def test_unknown_section(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown key 'nope'"):
        load_config(write(tmp_path, "[nope]\na = 1\n"))


@pytest.mark.parametrize(
    "text, key",
    [
        ("[redaction]\nenabled = 'yes'\n", "redaction.enabled"),
        ("[transcribe]\nagent_channel = 1.5\n", "transcribe.agent_channel"),
        ("[transcribe]\nagent_channel = true\n", "transcribe.agent_channel"),
        ("[company]\ncompetitors = { HubSpot = 'hub spot' }\n", "company.competitors.HubSpot"),
        ("[ingest]\nextensions = ['wav', 3]\n", "ingest.extensions[1]"),
        ("paths = 3\n", "paths"),
    ],
)
def test_wrong_type_names_the_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert key in str(err.value)


def test_valid_values_are_taken(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "[company]\nname = 'Northwind'\ncompetitors = { HubSpot = ['hub spot'] }\n"
        "[topics]\np_value = 1\n[paths]\ndatabase = 'data/x.duckdb'\n",
    )
    c = load_config(p)
    assert c.company.competitors == {"HubSpot": ["hub spot"]}
    assert c.topics.p_value == 1.0 and isinstance(c.topics.p_value, float)
    assert c.database_path == tmp_path.resolve() / "data" / "x.duckdb"


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(write(tmp_path, "[paths\n"))
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "absent.toml")


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    write_default_config(tmp_path)
    with pytest.raises(ConfigError, match="already exists"):
        write_default_config(tmp_path)
    write_default_config(tmp_path, force=True)


def test_init_points_at_the_installed_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLINSIGHT_MODELS", str(tmp_path / "shared-models"))
    c = load_config(write_default_config(tmp_path / "ws"))
    assert c.models_dir == tmp_path / "shared-models"
