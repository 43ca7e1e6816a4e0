"""Named crash points for the crash-safety suites.

`crash_point("load.table_committed")` does nothing unless the environment variable
PLANWATCH_CRASH_AT names that point (optionally `name:N` to die at its N-th hit, from 1).
Then the process kills itself with SIGKILL on the spot: no cleanup, no finally blocks, no
flushing — the harshest crash a night can see. `fail:name` raises `InjectedFailure` there
instead (a run that fails cleanly). Only the test suites set the variable.
"""

from __future__ import annotations

import os
import signal
import threading

CRASH_ENV = "PLANWATCH_CRASH_AT"
_hits: dict[str, int] = {}
_lock = threading.Lock()


class InjectedFailure(RuntimeError):
    """Raised at a crash point named `fail:<point>` in PLANWATCH_CRASH_AT."""


def crash_point(name: str) -> None:
    spec = os.environ.get(CRASH_ENV)
    if not spec:
        return
    if spec == f"fail:{name}":
        raise InjectedFailure(f"injected failure at {name} ({CRASH_ENV})")
    target, _, nth = spec.partition(":")
    if target != name:
        return
    with _lock:
        _hits[name] = _hits.get(name, 0) + 1
        hit = _hits[name]
    if hit >= (int(nth) if nth.isdigit() else 1):
        os.kill(os.getpid(), signal.SIGKILL)
