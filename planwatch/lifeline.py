"""Child processes that die with their parent, SIGKILL included.

`planwatch crawl` starts Prefect's temporary API server (uvicorn, ~220 MB) as a child process and
`planwatch serve` starts `prefect server start`. Killed with SIGKILL, planwatch cannot stop them:
they were reparented to PID 1 and kept running (eight of them after ten minutes of kill tests).
On Linux a child can ask the kernel for a signal when its parent dies (`PR_SET_PDEATHSIG`);
`die_with_parent` does that in the child between fork and exec, and closes the race where the
parent died before the request (the child then signals itself).

The kernel sends the signal when the *thread* that started the child ends, so children are only
given a lifeline when started from the main thread (which lives as long as the process).
Elsewhere (macOS, or from another thread) `popen` starts a plain child.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

PR_SET_PDEATHSIG = 1
DEATH_SIGNAL = signal.SIGTERM


def _prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        prctl: Callable[..., int] = libc.prctl
        return prctl
    except (OSError, AttributeError):
        return None


def die_with_parent(parent_pid: int, sig: int = DEATH_SIGNAL) -> Callable[[], None] | None:
    """A `preexec_fn` that makes the child receive `sig` when its parent dies (None: unsupported)."""
    prctl = _prctl()
    if prctl is None:
        return None

    def preexec() -> None:
        prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before the request: go now
            os.kill(os.getpid(), sig)

    return preexec


def popen(*args: Any, **kwargs: Any) -> subprocess.Popen[Any]:
    """`subprocess.Popen` whose child dies with this process (when started from the main thread)."""
    if "preexec_fn" not in kwargs and threading.current_thread() is threading.main_thread():
        preexec = die_with_parent(os.getpid())
        if preexec is not None:
            kwargs["preexec_fn"] = preexec
    return subprocess.Popen(*args, **kwargs)
