"""The batch lock: two runs never overlap; a lock left by a killed run is detected and taken over.

How it stays correct when several processes start at once:

- **Acquire atomically.** The holder's record (pid, host, start time and a random token) is written
  to a private temporary file first and then hard-linked to the lock's name. ``link`` fails if the
  name exists, so exactly one process creates the lock, and the lock never exists half-written
  (an ``O_CREAT | O_EXCL`` file is empty until its creator writes; a rival reading it in that moment
  would think it stale).
- **Take over a stale lock without a race.** A lock whose process is gone (same host, pid not alive)
  is replaced, not deleted: under a kernel ``flock`` on ``<lock>.guard`` the record is re-read and,
  only if it is still the same stale one, our record is renamed over it in one step. Two processes
  that both saw the stale lock are serialised by the guard; the second finds a live holder and
  gives up. The kernel drops a ``flock`` when its process dies, so the guard itself is never stale.
- **Never delete a lock another process holds.** Releasing removes the lock only if it still holds
  our token (checked under the guard); a lock that is not provably stale is left alone and reported.
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from callinsight.errors import LockHeldError, StoreError

#: An unreadable lock record older than this is taken to be the leftover of a crashed writer.
_UNREADABLE_GRACE_S = 30.0


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a running process. A zombie (killed, not yet reaped by its parent or init) is not:
    its lock is stale although ``kill(pid, 0)`` still succeeds."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (not Linux): trust kill(pid, 0)
    return stat[stat.rfind(")") + 2 :][:1] not in ("Z", "X")


@contextmanager
def _guard(path: Path) -> Iterator[None]:
    """Serialise takeovers and releases of ``path`` between processes (released by the kernel on death)."""
    import fcntl

    fd = os.open(path.with_name(path.name + ".guard"), os.O_CREAT | os.O_RDWR, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing drops the flock


def _read(path: Path) -> tuple[dict[str, Any], bytes | None]:
    """The lock's record (empty if unreadable) and its raw bytes (None if the file is gone)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, None
    except OSError:
        return {}, b""
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:
        return {}, raw
    return (data if isinstance(data, dict) else {}), raw


def _stale(path: Path, holder: dict[str, Any]) -> bool:
    if not holder:
        try:
            return time.time() - path.stat().st_mtime > _UNREADABLE_GRACE_S
        except FileNotFoundError:
            return True
    try:
        pid = int(holder.get("pid") or 0)
    except (TypeError, ValueError):
        pid = 0
    return holder.get("host") == socket.gethostname() and pid > 0 and not _alive(pid)


def acquire(path: Path) -> str:
    """Take the lock at ``path``; return the token that proves we hold it. Raises ``LockHeldError``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex
    record = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time(), "token": token}
    tmp = path.with_name(f".{path.name}.{token}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(record))
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:  # a read-only or full disk: say so instead of an unexpected error
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise StoreError(
            f"cannot create the batch lock in {path.parent}: {exc.strerror or exc}",
            hint="the folder holding the store must be writable and have free space",
        ) from None
    try:
        for _attempt in range(3):
            try:
                os.link(tmp, path)
                return token
            except FileExistsError:
                pass
            with _guard(path):
                holder, raw = _read(path)
                if raw is None:
                    continue  # released meanwhile: try to create it again
                if _stale(path, holder):
                    # Still the stale record we judged (re-read under the guard): replace it whole.
                    os.replace(tmp, path)
                    return token
            raise LockHeldError(
                f"another callinsight run holds {path} (pid {holder.get('pid', '?')} on {holder.get('host', '?')})",
                hint="wait for it to finish; a lock of a process that is gone is taken over automatically",
            )
        raise LockHeldError(f"could not take {path}: other runs keep taking and releasing it", hint="try again")
    finally:
        tmp.unlink(missing_ok=True)


def release(path: Path, token: str) -> bool:
    """Remove the lock if it is still ours; return whether it was. Someone else's lock is never removed."""
    with _guard(path):
        holder, raw = _read(path)
        if raw is not None and holder.get("token") == token:
            path.unlink()
            return True
    return False


@contextmanager
def batch_lock(path: Path) -> Iterator[None]:
    """Hold the lock at ``path`` for the duration (see the module docstring)."""
    token = acquire(path)
    try:
        yield
    finally:
        release(path, token)
