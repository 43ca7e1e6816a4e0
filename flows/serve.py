"""`planwatch serve`: the nightly deployment on its cron schedule.

Prefect's temporary server (what a plain `planwatch crawl` uses) cannot run schedules, so when
PREFECT_API_URL is unset this starts `prefect server start` on 127.0.0.1 (SQLite under
PREFECT_HOME) as a child process and points this process at it; with PREFECT_API_URL set it
uses that server. Then it serves the deployment (`Flow.serve`) until interrupted:

- schedule: `Settings.schedule_cron` in `Settings.timezone` (default 02:00 Asia/Shanghai);
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
import urllib.request
from pathlib import Path
from typing import Any

from flows.exceptions import FlowError

DEPLOYMENT = "nightly"


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=2) as resp:
            return resp.status == 200
    except Exception:
        return False


def start_local_server(port: int = 4200, timeout_s: float = 90.0) -> tuple[subprocess.Popen, str]:
    """Start `prefect server start` on 127.0.0.1:port; returns (process, API URL)."""
    api = f"http://127.0.0.1:{port}/api"
    if _healthy(api):
        raise FlowError(f"a server already answers on port {port}; set PREFECT_API_URL={api} to use it")
    prefect_bin = Path(sys.executable).with_name("prefect")
    cmd = [str(prefect_bin) if prefect_bin.exists() else "prefect", "server", "start",
           "--host", "127.0.0.1", "--port", str(port), "--analytics-off"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise FlowError(f"`prefect server start` exited with {proc.returncode}")
        if _healthy(api):
            return proc, api
        time.sleep(0.5)
    proc.terminate()
    raise FlowError(f"prefect server did not answer on {api} within {timeout_s:.0f} s")


def secret_env(settings: Any) -> dict[str, str]:
    """Environment carrying the secret settings into flow-run subprocesses."""
    from planwatch.settings import Settings

    env = {}
    for name in ("alert", "ops_alert"):
        values = getattr(settings, name)
        if values:
            env[Settings.env_name(name)] = ",".join(values)
    if settings.storage_options:
        env[Settings.env_name("storage_options")] = settings.storage_options
    return env


def build_deployment(settings: Any) -> Any:
    """The nightly RunnerDeployment: cron in a time zone, one run at a time, no secrets."""
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    from flows.nightly import nightly

    params = {"sources": str(Path(settings.sources).resolve()),
              "warehouse": settings.warehouse if "://" in settings.warehouse
              else str(Path(settings.warehouse).resolve())}
    if settings.source:
        params["source"] = list(settings.source)
    if settings.config:
        params["config"] = str(Path(settings.config).resolve())
    return nightly.to_deployment(
        name=DEPLOYMENT, schedules=[Cron(settings.schedule_cron, timezone=settings.timezone)],
        concurrency_limit=1, parameters=params, tags=["planwatch"],
        entrypoint_type=EntrypointType.MODULE_PATH,
        description="planwatch nightly crawl → parse → validate → load → alert")


def serve(settings: Any, port: int = 4200) -> int:
    proc = None
    if not os.environ.get("PREFECT_API_URL"):
        proc, api = start_local_server(port)
        os.environ["PREFECT_API_URL"] = api
        print(f"started a local Prefect server: {api.removesuffix('/api')} (UI and API)")
    os.environ.update(secret_env(settings))
    try:
        from prefect import serve as prefect_serve

        deployment = build_deployment(settings)
        print(f"serving deployment planwatch-nightly/{DEPLOYMENT} on cron "
              f"'{settings.schedule_cron}' ({settings.timezone}); Ctrl-C to stop")
        prefect_serve(deployment, pause_on_shutdown=False)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0
