"""The stage registry: every spec builds a real ``Stage``; names, sections and order hold together."""

from __future__ import annotations

import dataclasses

import pytest

from callinsight.errors import ConfigError
from callinsight.pipeline.context import Stage
from callinsight.pipeline.settings import Config
from callinsight.pipeline.stages import SPECS, STAGES, StageLoadError, StageSpec, assemble, load_stage, parse_stages
from callinsight.stage_names import PIPELINE_ORDER


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_spec_builds_a_stage_of_its_name(spec: StageSpec) -> None:
    stage = spec.build()
    assert isinstance(stage, Stage)
    assert stage.name == spec.name


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_section_is_a_config_section_owned_by_the_stage_package(spec: StageSpec) -> None:
    if spec.section is None:
        return
    sections = {f.name: f for f in dataclasses.fields(Config)}
    assert spec.section in sections
    cls = type(getattr(Config(), spec.section))
    stage_package = spec.factory.split(":")[0].rsplit(".", 1)[0]
    assert cls.__module__ == f"{stage_package}.config"


def test_needs_come_earlier_and_order_is_the_pipeline_order() -> None:
    names = [s.name for s in SPECS]
    assert tuple(names) == PIPELINE_ORDER
    assert Config().run.stages == list(PIPELINE_ORDER)
    for i, spec in enumerate(SPECS):
        assert set(spec.needs) <= set(names[:i]), spec.name


def test_parse_stages_keeps_pipeline_order_and_rejects_typos() -> None:
    assert parse_stages("report, ingest,mine,ingest") == ["ingest", "mine", "report"]
    with pytest.raises(ConfigError, match="ingset"):
        parse_stages(["ingset"])


def test_assemble_builds_every_stage() -> None:
    assert [s.name for s in assemble(list(STAGES))] == list(PIPELINE_ORDER)
    assert load_stage("embed").name == "embed"


def test_a_mistyped_module_path_is_a_loud_error() -> None:
    with pytest.raises(StageLoadError, match=r"callinsight\.mining\.stagee"):
        StageSpec("mine", "callinsight.mining.stagee:MiningStage", "mining").build()
    with pytest.raises(StageLoadError, match=r"no MiningStag\b"):
        StageSpec("mine", "callinsight.mining.stage:MiningStag", "mining").build()


def test_a_class_that_is_not_a_stage_is_refused() -> None:
    with pytest.raises(StageLoadError, match="not a Stage"):
        StageSpec("mine", "callinsight.pipeline.settings:Config", "mining").build()
    with pytest.raises(StageLoadError, match="not a Stage named 'mine'"):
        StageSpec("mine", "callinsight.embed.stage:EmbedStage", None).build()
