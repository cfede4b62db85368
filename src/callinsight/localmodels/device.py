"""Which device and compute type a model runs on: ``auto`` becomes CUDA with float16 when a GPU is
visible, else the CPU with int8 (what CTranslate2 runs fastest on each)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Placement:
    device: str  # cpu / cuda
    compute_type: str  # int8 / float16 / ...


def cuda_device_count() -> int:
    """GPUs CTranslate2 can use (0 without a CUDA build or driver)."""
    import ctranslate2

    try:
        return int(ctranslate2.get_cuda_device_count())
    except Exception:  # a broken driver reads as no GPU, never as a crash at start-up
        return 0


def whisper_placement(device: str, compute_type: str, cuda_devices: int | None = None) -> Placement:
    """Resolve ``auto`` values; ``cuda_devices`` is injected by tests (None: ask CTranslate2)."""
    if device == "auto":
        count = cuda_device_count() if cuda_devices is None else cuda_devices
        device = "cuda" if count > 0 else "cpu"
    if compute_type == "auto":
        compute_type = "float16" if device == "cuda" else "int8"
    return Placement(device, compute_type)


def torch_device(device: str) -> str:
    """``auto`` for torch models (sentence-transformers): CUDA when torch sees a GPU."""
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"
