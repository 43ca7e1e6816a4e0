"""The crash hook: inert by default, SIGKILL at the named (N-th) hit, a clean failure with `fail:`."""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from planwatch import crashpoints

CHILD = ("from planwatch.crashpoints import crash_point\n"
         "for i in range(5):\n"
         "    crash_point('p')\n"
         "    print(i, flush=True)\n")


def _run(spec: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD], env={"PLANWATCH_CRASH_AT": spec},
                          capture_output=True, text=True, timeout=60)


def test_inert_without_the_variable_and_for_other_points():
    assert _run("other").stdout.split() == ["0", "1", "2", "3", "4"]


def test_sigkill_at_the_nth_hit():
    r = _run("p:3")
    assert r.returncode == -signal.SIGKILL and r.stdout.split() == ["0", "1"]


def test_fail_mode_raises(monkeypatch):
    monkeypatch.setenv("PLANWATCH_CRASH_AT", "fail:q")
    crashpoints.crash_point("p")
    with pytest.raises(crashpoints.InjectedFailure):
        crashpoints.crash_point("q")
