"""Run `planwatch` as a new user would: a fresh process, in the user's own folder, its output read
as text. Shared by the tests of the operators' night (issue 13)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def env(api_url: str | None = None, **extra: str) -> dict[str, str]:
    """The child's environment: this checkout's code, no PLANWATCH_* of the test run, a Prefect
    server to report to (`api_url`, else the child starts its temporary one)."""
    out = {k: v for k, v in os.environ.items() if not k.startswith(("PLANWATCH_", "PREFECT_API_URL"))}
    out["PYTHONPATH"] = str(REPO)
    out.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    out["COLUMNS"] = "80"
    if api_url:
        out["PREFECT_API_URL"] = api_url
    out.update(extra)
    return out


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "planwatch.cli", *args]


def run(*args: str, cwd: Path, api_url: str | None = None, timeout: float = 300,
        **extra: str) -> subprocess.CompletedProcess:
    """`planwatch ARGS` in `cwd`; stdout and stderr as text."""
    return subprocess.run(command(*args), cwd=cwd, env=env(api_url, **extra), capture_output=True,
                          text=True, timeout=timeout)


def spawn(*args: str, cwd: Path, api_url: str | None = None, group: bool = False,
          **extra: str) -> subprocess.Popen:
    """`planwatch ARGS` started in the background (`group`: in its own process group, as a
    shell starts a job, so that a signal can go to the whole group like Ctrl-C does)."""
    return subprocess.Popen(command(*args), cwd=cwd, env=env(api_url, **extra), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=group)


def widest(text: str) -> int:
    """The widest line of some output, in terminal cells."""
    from rich.cells import cell_len

    return max((cell_len(line) for line in text.splitlines()), default=0)
