"""The warehouse writer lock: one writer at a time, across threads and processes.

delta-rs fails conflicting MERGEs with `CommitFailedError` and does not retry, so every writer
of one warehouse takes this lock (re-entrant within a process) around its commits.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from warehouse.exceptions import LockTimeout


def is_remote(root: str) -> bool:
    """Whether a warehouse root is an object-store URI (not a local folder or file:// URI)."""
    import re

    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", root)) and not root.startswith("file://")


_LOCKS: dict[str, tuple[threading.RLock, list]] = {}
_LOCKS_GUARD = threading.Lock()


def lock_path_for(root: str) -> Path:
    """Lock file: `<root>/_planwatch_writer.lock` for a local root; for an object-store root a file
    in the local temp dir keyed by the URI (so writers on ONE machine serialise; several machines
    writing one bucket need an external lock, e.g. one scheduler/work pool with concurrency 1)."""
    if not is_remote(root):
        p = Path(root.removeprefix("file://"))
        p.mkdir(parents=True, exist_ok=True)
        return p / "_planwatch_writer.lock"
    d = Path(os.environ.get("PLANWATCH_LOCK_DIR") or Path(tempfile.gettempdir()) / "planwatch-locks")
    d.mkdir(parents=True, exist_ok=True)
    return d / (hashlib.sha256(root.rstrip("/").encode()).hexdigest()[:32] + ".lock")


@contextlib.contextmanager
def file_lock(path: Path, timeout_s: float = 600.0) -> Iterator[None]:
    """An exclusive, process-wide re-entrant lock on `path` (fcntl.flock across processes)."""
    key = str(path)
    with _LOCKS_GUARD:
        entry = _LOCKS.setdefault(key, (threading.RLock(), [0, None]))
    rlock, state = entry
    if not rlock.acquire(timeout=timeout_s):
        raise LockTimeout(f"writer lock {path} busy for {timeout_s:.0f}s")
    try:
        if state[0] == 0:
            fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        os.close(fd)
                        raise LockTimeout(
                            f"writer lock {path} held by another process for {timeout_s:.0f}s"
                        ) from None
                    time.sleep(0.05)
            state[1] = fd
        state[0] += 1
        try:
            yield
        finally:
            state[0] -= 1
            if state[0] == 0:
                fd, state[1] = state[1], None
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
    finally:
        rlock.release()
