"""RayExecutor on model-free workers: same results as the local executor, bounded in flight, deaths -> Lost."""

from __future__ import annotations

from typing import Any

import pytest
from ray_toy_workers import DyingWorker, NoopWorker, RaisingWorker, SquareWorker

from callinsight.errors import ConfigError
from callinsight.pipeline.executor import ExecutorOptions, LocalExecutor, Lost, make_executor


def test_make_executor_builds_ray_lazily() -> None:
    ex = make_executor(ExecutorOptions(name="ray", workers=2))
    assert ex.name == "ray"
    assert ex.worker_count() == 2  # asked for: no cluster needed to know it
    ex.close()


def test_rejects_bad_options() -> None:
    from callinsight.scale.ray_executor import RayExecutor

    with pytest.raises(ConfigError):
        RayExecutor(workers=0)
    with pytest.raises(ConfigError):
        RayExecutor(max_in_flight=0)


def test_same_results_as_local_in_any_order(ray_cluster: Any) -> None:
    from callinsight.scale.ray_executor import RayExecutor

    items = list(range(20))
    local = {item: result[0] for item, result in LocalExecutor().map(SquareWorker(), items)}
    ex = RayExecutor(workers=2)
    got = list(ex.map(SquareWorker(delay_s=0.01), items))
    ex.close()
    assert sorted(item for item, _ in got) == items  # every item exactly once
    assert {item: result[0] for item, result in got} == local
    assert len({pid for _, (_, pid) in got}) == 2  # both actors did work


def test_never_more_than_max_in_flight(ray_cluster: Any) -> None:
    from callinsight.scale.ray_executor import RayExecutor

    pulled = 0

    def items() -> Any:
        nonlocal pulled
        for i in range(24):
            pulled += 1
            yield i

    ex = RayExecutor(workers=2, max_in_flight=3)
    outstanding = []
    for done, _ in enumerate(ex.map(SquareWorker(delay_s=0.02), items()), start=1):
        outstanding.append(pulled - done + 1)  # pulled but not yet handed back, this result included
    ex.close()
    assert len(outstanding) == 24
    assert max(outstanding) <= 3
    assert max(outstanding) == 3  # the bound is reached, so the test would see it exceeded


def test_actor_death_loses_only_its_in_flight_item(ray_cluster: Any) -> None:
    from callinsight.scale.ray_executor import RayExecutor

    items = ["a", "b", "die", "c", "d", "e"]
    ex = RayExecutor(workers=1, max_in_flight=1)  # one item in flight: exactly one may be lost
    got = dict(ex.map(DyingWorker(), items))
    ex.close()
    assert set(got) == set(items)
    assert isinstance(got["die"], Lost)
    assert "died" in got["die"].reason
    assert {k: v for k, v in got.items() if k != "die"} == {"a": "A", "b": "B", "c": "C", "d": "D", "e": "E"}
    assert ex.actor_deaths == 1  # and a replacement actor finished the batch


def test_actor_death_with_two_workers_spares_the_other_actor(ray_cluster: Any) -> None:
    from callinsight.scale.ray_executor import RayExecutor

    items = [f"x{i}" for i in range(5)] + ["die"] + [f"y{i}" for i in range(5)]
    ex = RayExecutor(workers=2, max_in_flight=4)
    got = dict(ex.map(DyingWorker(delay_s=0.05), items))
    ex.close()
    lost = {k for k, v in got.items() if isinstance(v, Lost)}
    assert set(got) == set(items)
    assert "die" in lost
    assert len(lost) <= 2  # at most what the dead actor held in flight (4 in flight over 2 actors)
    assert all(got[k] == k.upper() for k in items if k not in lost)


def test_no_restarts_left_marks_the_rest_lost(ray_cluster: Any) -> None:
    from callinsight.scale.ray_executor import RayExecutor

    ex = RayExecutor(workers=1, max_in_flight=1, max_actor_restarts=0)
    got = list(ex.map(DyingWorker(), ["a", "die", "b", "c"]))
    ex.close()
    assert [item for item, _ in got] == ["a", "die", "b", "c"]
    assert got[0][1] == "A"
    assert all(isinstance(r, Lost) for _, r in got[1:])  # not failures: the next run retries them


def test_a_worker_bug_raises_like_the_local_executor(ray_cluster: Any) -> None:
    from callinsight.scale.ray_executor import RayExecutor

    with pytest.raises(ValueError, match="a bug in the worker"):
        list(LocalExecutor().map(RaisingWorker(), ["ok", "bad"]))
    ex = RayExecutor(workers=1)
    with pytest.raises(ValueError, match="a bug in the worker"):
        list(ex.map(RaisingWorker(), ["ok", "bad"]))
    ex.close()


def test_reused_cluster_is_not_shut_down(ray_cluster: Any) -> None:
    from callinsight.scale.ray_executor import RayExecutor

    ex = RayExecutor(workers=1)
    assert [r for _, r in ex.map(NoopWorker(), [1, 2])] in ([1, 2], [2, 1])
    ex.close()
    assert ray_cluster.is_initialized()  # started by the fixture, so left running


def test_missing_ray_is_a_clear_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from callinsight.scale.ray_executor import RayExecutor

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "ray" else real(name, *a))
    with pytest.raises(ConfigError, match="needs Ray") as err:
        RayExecutor()
    assert "callinsight[ray]" in (err.value.hint or "")


def test_workers_are_capped_to_what_the_cluster_can_place(ray_cluster: Any) -> None:
    from callinsight.scale.ray_executor import RayExecutor

    ex = RayExecutor(workers=5)  # the test cluster has 2 CPUs: 3 actors could never start
    got = list(ex.map(SquareWorker(), range(6)))
    ex.close()
    assert len({pid for _, (_, pid) in got}) <= 2
    assert sorted(r for _, (r, _) in got) == [i * i for i in range(6)]
    with pytest.raises(ConfigError, match="cannot place one worker"):
        list(RayExecutor(workers=1, num_gpus_per_worker=1).map(SquareWorker(), [1]))
