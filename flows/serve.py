"""`planwatch serve`: the nightly deployment on its cron schedule.

Prefect's temporary server (what a plain `planwatch crawl` uses) cannot run schedules, so when
PREFECT_API_URL is unset this starts `prefect server start` on 127.0.0.1 (SQLite under
PREFECT_HOME) as a child process and points this process at it; with PREFECT_API_URL set it
uses that server. Then it serves the deployment (`Flow.serve`) until interrupted:

- schedule: `--schedule-cron` in `--timezone` (default 02:00 Asia/Shanghai);
- `global_limit=1`: Prefect never starts a second nightly run while one is running;
- `pause_on_shutdown=False`: stopping and restarting `serve` does not pause the schedule.

Secrets (alert URLs, storage options) are handed to the flow runs through the environment
(PLANWATCH_ALERT …), never as deployment parameters, which Prefect stores.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from flows.exceptions import FlowError
from flows.tempserver import api_healthy
from planwatch import lifeline

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

    from planwatch.settings import Settings

DEPLOYMENT = "nightly"


def start_local_server(port: int = 4200, timeout_s: float = 90.0) -> tuple[subprocess.Popen, str]:
    """Start `prefect server start` on 127.0.0.1:port; returns (process, API URL)."""
    api = f"http://127.0.0.1:{port}/api"
    if api_healthy(api):
        raise FlowError(f"a server already answers on port {port}; set PREFECT_API_URL={api} to use it")
    prefect_bin = Path(sys.executable).with_name("prefect")
    cmd = [
        str(prefect_bin) if prefect_bin.exists() else "prefect",
        "server",
        "start",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--analytics-off",
    ]
    proc = lifeline.popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)  # dies with us
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise FlowError(f"`prefect server start` exited with {proc.returncode}")
        if api_healthy(api):
            return proc, api
        time.sleep(0.5)
    proc.terminate()
    raise FlowError(f"prefect server did not answer on {api} within {timeout_s:.0f} s")


def secret_env(settings: Settings) -> dict[str, str]:
    """Environment carrying the secret settings into flow-run subprocesses."""
    from planwatch.settings import OPTIONS

    env = {}
    for opt in OPTIONS.values():
        if not opt.secret:
            continue
        value = settings.value(opt.name)
        if value:
            env[settings.env_name(opt.name)] = ",".join(value) if isinstance(value, list) else str(value)
    return env


def build_deployment(settings: Settings) -> RunnerDeployment:
    """The nightly RunnerDeployment: cron in a time zone, one run at a time, no secrets."""
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    from flows.nightly import nightly

    root = settings.store.root
    params: dict[str, Any] = {
        "sources": str(Path(settings.crawl.sources).resolve()),
        "warehouse": root if "://" in root else str(Path(root).resolve()),
    }
    if settings.crawl.source:
        params["source"] = list(settings.crawl.source)
    if settings.config:
        params["config"] = str(Path(settings.config).resolve())
    deployment = nightly.to_deployment(
        name=DEPLOYMENT,
        schedules=[Cron(settings.serve.schedule_cron, timezone=settings.serve.timezone)],
        concurrency_limit=1,
        parameters=params,
        tags=["planwatch"],
        entrypoint_type=EntrypointType.MODULE_PATH,
        description="planwatch nightly crawl → parse → validate → load → alert",
    )
    return cast("RunnerDeployment", deployment)  # called from sync code: the value, not a coroutine


def serve(settings: Settings, port: int = 4200) -> int:
    from flows.runner import api_configured

    proc = None
    if not api_configured():  # PREFECT_API_URL, or a Prefect profile's
        proc, api = start_local_server(port)
        os.environ["PREFECT_API_URL"] = api
        print(f"started a local Prefect server: {api.removesuffix('/api')} (UI and API)")
    os.environ.update(secret_env(settings))
    try:
        from prefect import serve as prefect_serve

        deployment = build_deployment(settings)
        print(
            f"serving deployment planwatch-nightly/{DEPLOYMENT} on cron "
            f"'{settings.serve.schedule_cron}' ({settings.serve.timezone}); Ctrl-C to stop"
        )
        prefect_serve(deployment, pause_on_shutdown=False)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0
