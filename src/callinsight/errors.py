"""One error hierarchy for callinsight.

Every error carries a one-line message and, where it helps, a hint naming the command or setting
that fixes it. Errors say whether retrying can help: an ``InputError`` (a bad recording, a malformed
transcript) never gets better by retrying, a ``TransientError`` (a locked database) may.
Only the CLI prints them.
"""

from __future__ import annotations


class CallinsightError(Exception):
    """Base of every error callinsight raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class ConfigError(CallinsightError):
    """The configuration file is missing, unreadable or invalid."""

    exit_code = 2


class ModelError(CallinsightError):
    """A model is missing, corrupt or cannot be loaded."""

    exit_code = 5


class StoreError(CallinsightError):
    """The DuckDB store cannot be opened, migrated or written."""

    exit_code = 4


class SchemaTooNewError(StoreError):
    """The database was written by a newer callinsight than this one."""


class TransientError(CallinsightError):
    """Something that may succeed if tried again later (a lock held by another run)."""

    exit_code = 75  # EX_TEMPFAIL: cron wrappers can retry


class LockHeldError(TransientError):
    """Another run holds the batch lock."""


class InputError(CallinsightError):
    """One input (a recording, a transcript, a persona file) is unusable.

    Recorded as a failure with the path and reason; the batch goes on without it.
    """

    def __init__(self, path: str, reason: str, hint: str | None = None) -> None:
        super().__init__(f"{path}: {reason}", hint)
        self.path = path
        self.reason = reason


class QueryError(CallinsightError):
    """An analyst query was refused or failed."""

    exit_code = 2


class SomeInputsFailed(CallinsightError):
    """A batch finished, but some inputs failed (exit code 3 tells cron)."""

    exit_code = 3
