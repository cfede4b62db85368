"""The batch lock with real processes: one holder at a time, stale locks taken over once, others' never deleted."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from callinsight.errors import LockHeldError
from callinsight.pipeline.lock import acquire, batch_lock, release

# A worker process: try the lock (retrying while busy when asked), log when it holds it, hold it a moment.
WORKER = r"""
import os, sys, time
from pathlib import Path
from callinsight.errors import LockHeldError
from callinsight.pipeline.lock import batch_lock
lock, log, hold, retry, go = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3]), sys.argv[4] == "1", float(sys.argv[5])
while time.time() < go:
    time.sleep(0.001)
deadline = time.time() + 60
while True:
    try:
        with batch_lock(lock):
            with open(log, "a") as fh:
                fh.write(f"enter {os.getpid()}\n"); fh.flush()
            time.sleep(hold)
            with open(log, "a") as fh:
                fh.write(f"exit {os.getpid()}\n"); fh.flush()
        print("got")
        break
    except LockHeldError:
        if not retry or time.time() > deadline:
            print("busy")
            sys.exit(75)
        time.sleep(0.01)
"""


def _spawn(lock: Path, log: Path, hold: float, retry: bool, go: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, str(lock), str(log), str(hold), "1" if retry else "0", str(go)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _no_overlap(log: Path) -> list[str]:
    events = log.read_text().split("\n")[:-1]
    holder = None
    for e in events:
        kind, pid = e.split()
        if kind == "enter":
            assert holder is None, f"two holders at once: {events}"
            holder = pid
        else:
            assert holder == pid
            holder = None
    return events


def test_many_processes_never_hold_it_at_once(tmp_path: Path) -> None:
    lock, log = tmp_path / "store.duckdb.lock", tmp_path / "log"
    go = time.time() + 1.5  # all start together
    procs = [_spawn(lock, log, 0.05, True, go) for _ in range(6)]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert outs == ["got\n"] * 6
    events = _no_overlap(log)
    assert len(events) == 12
    assert not lock.exists()


def test_a_stale_lock_is_taken_over_by_exactly_one_process(tmp_path: Path) -> None:
    lock, log = tmp_path / "store.duckdb.lock", tmp_path / "log"
    lock.write_text(json.dumps({"pid": _dead_pid(), "host": socket.gethostname(), "token": "old"}))
    go = time.time() + 1.5
    procs = [_spawn(lock, log, 1.5, False, go) for _ in range(6)]
    codes = [p.wait(timeout=120) for p in procs]
    assert sorted(codes) == [0] + [75] * 5, codes
    _no_overlap(log)
    assert not lock.exists()


def test_a_killed_holder_leaves_a_lock_the_next_run_takes_over(tmp_path: Path) -> None:
    lock, log = tmp_path / "store.duckdb.lock", tmp_path / "log"
    holder = _spawn(lock, log, 60, False, 0)
    for _ in range(600):
        if log.exists() and "enter" in log.read_text():
            break
        time.sleep(0.05)
    with pytest.raises(LockHeldError, match=f"pid {holder.pid}"):
        acquire(lock)
    assert json.loads(lock.read_text())["pid"] == holder.pid  # a live holder's lock is left alone
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with batch_lock(lock):
        assert json.loads(lock.read_text())["pid"] == os.getpid()
    assert not lock.exists()


def test_release_never_deletes_a_lock_another_process_holds(tmp_path: Path) -> None:
    lock = tmp_path / "store.duckdb.lock"
    token = acquire(lock)
    # Someone else's record now sits at the lock's name (e.g. it judged ours stale on another host).
    other = {"pid": os.getppid(), "host": socket.gethostname(), "token": "theirs"}
    lock.write_text(json.dumps(other))
    assert release(lock, token) is False
    assert json.loads(lock.read_text()) == other
    with pytest.raises(LockHeldError):
        acquire(lock)
    assert json.loads(lock.read_text()) == other


def test_a_lock_from_another_host_is_never_taken_over(tmp_path: Path) -> None:
    lock = tmp_path / "store.duckdb.lock"
    lock.write_text(json.dumps({"pid": _dead_pid(), "host": "elsewhere.example", "token": "x"}))
    with pytest.raises(LockHeldError, match=r"elsewhere\.example"):
        acquire(lock)
    assert lock.exists()


def test_a_fresh_unreadable_lock_is_not_deleted(tmp_path: Path) -> None:
    lock = tmp_path / "store.duckdb.lock"
    lock.write_text("")  # e.g. a writer of an older version between create and write
    with pytest.raises(LockHeldError):
        acquire(lock)
    assert lock.exists()
    old = time.time() - 3600
    os.utime(lock, (old, old))  # long abandoned: taken over
    with batch_lock(lock):
        assert json.loads(lock.read_text())["pid"] == os.getpid()


def test_a_killed_but_unreaped_holder_is_stale(tmp_path: Path) -> None:
    lock = tmp_path / "store.duckdb.lock"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock.write_text(json.dumps({"pid": child.pid, "host": socket.gethostname(), "token": "z"}))
        with pytest.raises(LockHeldError):
            acquire(lock)  # alive
        os.kill(child.pid, signal.SIGKILL)
        for _ in range(200):  # a zombie until we reap it: kill(pid, 0) still succeeds
            if Path(f"/proc/{child.pid}/stat").read_text().split(")")[-1].split()[0] == "Z":
                break
            time.sleep(0.01)
        os.kill(child.pid, 0)
        with batch_lock(lock):
            assert json.loads(lock.read_text())["pid"] == os.getpid()
    finally:
        child.kill()
        child.wait()
