"""The ``[models]`` section. It is shared by every stage that loads a model, so it lives in the base
config module beside ``[paths]`` and ``[company]``; this name stays for existing imports."""

from __future__ import annotations

from callinsight.config import ModelsConfig

__all__ = ["ModelsConfig"]
