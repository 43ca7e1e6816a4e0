"""Running a flow in this process: Prefect's environment, the CLI's settings, a Dask cluster."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prefect import Flow

    from planwatch.settings import Settings


def prefect_env() -> None:
    """Defaults for Prefect's temporary server, set before Prefect is imported: its first start
    (database migrations) can take well over the 20 s Prefect waits by default on a busy machine."""
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    root = logging.getLogger()
    if root.level > logging.DEBUG:  # GX's own INFO lines (temp dirs) are noise in a run's output
        for handler in root.handlers:
            handler.addFilter(_quiet_gx)


def _quiet_gx(record: logging.LogRecord) -> bool:
    return not (record.name.startswith("great_expectations") and record.levelno < logging.WARNING)


def start_temporary_server() -> None:
    """Without an API URL, start Prefect's temporary API server now, on this thread, as a child
    that dies with this process even when it is SIGKILLed (`planwatch.lifeline`). Prefect's own
    calls then find it running (it is a singleton) instead of starting it on one of its threads."""
    from prefect.settings import PREFECT_API_URL

    if os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value():
        return
    from prefect.server.api.server import SubprocessASGIServer

    from planwatch.lifeline import tie_prefect_server

    tie_prefect_server()
    SubprocessASGIServer().start(
        timeout=int(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", 180))
    )


def run_flow(flow_fn: Flow[..., dict[str, Any]], settings: Settings, **params: Any) -> dict[str, Any]:
    """Call a flow in-process with the CLI's settings (secrets stay out of Prefect parameters)."""
    from flows.runtime import use_settings

    start_temporary_server()
    with use_settings(settings):
        return flow_fn(**params)


def with_dask(flow_fn: Flow[..., dict[str, Any]], workers: int) -> Flow[..., dict[str, Any]]:
    """The flow with its submitted tasks (crawl, parse batches) on a local Dask cluster of
    `workers` processes. Worker processes must report to the same Prefect API as this one: with
    no PREFECT_API_URL, Prefect's temporary server is started here first and its URL exported,
    otherwise every worker would start a temporary server of its own."""
    if not workers:
        return flow_fn
    if not os.environ.get("PREFECT_API_URL"):
        from prefect.server.api.server import SubprocessASGIServer

        start_temporary_server()
        server = SubprocessASGIServer()  # the singleton Prefect's client would start anyway
        server.start(timeout=int(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", 180)))
        os.environ["PREFECT_API_URL"] = server.api_url
    from prefect_dask import DaskTaskRunner

    return flow_fn.with_options(
        task_runner=DaskTaskRunner(  # type: ignore[arg-type]  # prefect-dask's runner is a TaskRunner
            cluster_kwargs={
                "n_workers": workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": ":0",
            }
        )
    )
