"""The batch lock: two runs never overlap; a lock left by a killed run is detected and taken over."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from callinsight.errors import LockHeldError


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def batch_lock(path: Path) -> Iterator[None]:
    """Hold ``path`` (created exclusively) for the duration; stale locks of dead processes are replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()})
    for _attempt in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _read(path)
            same_host = holder.get("host") == socket.gethostname()
            pid = int(str(holder.get("pid", 0) or 0))
            if holder and same_host and pid and not _alive(pid):
                path.unlink(missing_ok=True)  # stale: its process is gone
                continue
            if not holder:  # unreadable or empty: a process killed while writing it
                path.unlink(missing_ok=True)
                continue
            raise LockHeldError(
                f"another callinsight run holds {path} (pid {pid} on {holder.get('host')})",
                hint="wait for it to finish; if that process is gone on another host, delete the lock file",
            ) from None
        with os.fdopen(fd, "w") as fh:
            fh.write(payload)
        break
    else:  # pragma: no cover - two stale takeovers in a row means another process raced us
        raise LockHeldError(f"could not take {path}", hint="try again")
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}
