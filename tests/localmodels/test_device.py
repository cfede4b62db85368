"""``[models] device = "auto"``: CUDA with float16 when a GPU is visible, else the CPU with int8.

No GPU in CI: the GPU count is injected; the real count is only checked to be read without error."""

from __future__ import annotations

import pytest

from callinsight.localmodels.device import Placement, cuda_device_count, whisper_placement


@pytest.mark.parametrize(
    ("device", "compute_type", "gpus", "expected"),
    [
        ("auto", "auto", 1, Placement("cuda", "float16")),
        ("auto", "auto", 0, Placement("cpu", "int8")),
        ("auto", "int8_float16", 2, Placement("cuda", "int8_float16")),  # an explicit compute type wins
        ("cpu", "auto", 1, Placement("cpu", "int8")),  # an explicit device wins over a present GPU
        ("cuda", "auto", 0, Placement("cuda", "float16")),
        ("cpu", "float32", 0, Placement("cpu", "float32")),
    ],
)
def test_auto_picks_cuda_float16_only_with_a_gpu(device: str, compute_type: str, gpus: int, expected: Placement) -> None:
    assert whisper_placement(device, compute_type, cuda_devices=gpus) == expected


def test_the_real_count_is_read() -> None:
    count = cuda_device_count()
    assert count >= 0
    assert whisper_placement("auto", "auto").device == ("cuda" if count else "cpu")
