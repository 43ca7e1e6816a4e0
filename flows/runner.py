"""Running a flow in this process: Prefect's environment, the CLI's settings, a Dask cluster."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from prefect import Flow

    from planwatch.settings import Settings


def prefect_env(log_level: str | None = None) -> None:
    """Prefect's environment, set before Prefect is imported: defaults for its temporary server
    (its first start, database migrations, can take well over the 20 s Prefect waits by
    default on a busy machine), no telemetry, and its own loggers at `log_level` (the CLI's
    `--log-level`), so `--log-level WARNING` silences its INFO lines too."""
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    if log_level:
        level = log_level.upper()
        os.environ["PREFECT_LOGGING_LEVEL"] = level
        os.environ["PREFECT_SERVER_LOGGING_LEVEL"] = level if level in ("DEBUG", "INFO") else "WARNING"
    root = logging.getLogger()
    if root.level > logging.DEBUG:  # GX's own INFO lines (temp dirs) are noise in a run's output
        for handler in root.handlers:
            handler.addFilter(_quiet_gx)


def _quiet_gx(record: logging.LogRecord) -> bool:
    return not (record.name.startswith("great_expectations") and record.levelno < logging.WARNING)


def api_configured() -> bool:
    """Whether a Prefect API server is configured (not this process's temporary server):
    `PREFECT_API_URL` in the environment, or set by the active Prefect profile (or a test's
    `temporary_settings`). The one test for the writer guard, `planwatch sharded` and the
    temporary server."""
    from flows import tempserver

    own = tempserver.current()
    url = os.environ.get("PREFECT_API_URL")
    if not url:
        try:
            from prefect.settings import PREFECT_API_URL

            url = PREFECT_API_URL.value()
        except Exception:
            return False
    return bool(url) and not (own is not None and own.process is not None and url == own.api_url)


def start_temporary_server() -> None:
    """Without an API URL, start Prefect's temporary API server now, on this thread, as a child
    that dies with this process even when it is SIGKILLed (`flows.tempserver`, which does not
    import Prefect's server into this process), and point this process's Prefect at it."""
    if api_configured():
        return
    from flows import tempserver

    tempserver.start(float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", 180)))


def run_flow(flow_fn: Flow[..., Any], settings: Settings, **params: Any) -> dict[str, Any]:
    """Call a flow in-process with the CLI's settings (secrets stay out of Prefect parameters).

    Returns the run report of a completed or partial run (a partial run is a Failed flow run
    in Prefect, its report says which sources failed); raises the `flows.exceptions` error of
    a run that failed or was interrupted."""
    from flows.exceptions import PartialRun
    from flows.runtime import collect_outcomes, take_outcome, use_settings

    start_temporary_server()
    with use_settings(settings), collect_outcomes():
        state = cast(Any, flow_fn)(**params, return_state=True)
        # the flow's own outcome, kept in this process (the state may be the server's copy,
        # without its data); flows that keep none are read from the state
        found, data = take_outcome(state.state_details.flow_run_id)
    if not found:
        data = state.result(raise_on_failure=False)
    if isinstance(data, PartialRun):
        return data.report
    if isinstance(data, BaseException):
        raise data
    if not isinstance(data, dict):
        raise TypeError(f"flow {flow_fn.name} returned {type(data).__name__}, not a run report")
    return data


def _temporary_servers() -> list[Any]:
    """This process's temporary server, and any Prefect started itself (`SubprocessASGIServer`)."""
    import sys

    from flows import tempserver

    own = tempserver.current()
    servers: list[Any] = [own] if own is not None else []
    server_module = sys.modules.get("prefect.server.api.server")
    if server_module is not None:
        servers.extend(getattr(server_module.SubprocessASGIServer, "_instances", {}).values())
    return servers


def prefect_server_gone() -> bool:
    """Whether this process's temporary Prefect server has ended (a Ctrl-C reached it too): then
    nothing the flow engine still wants to report can arrive, and waiting for it is pointless."""
    processes = [getattr(s, "server_process", getattr(s, "process", None)) for s in _temporary_servers()]
    return any(p is not None and p.poll() is not None for p in processes)


def stop_prefect_server() -> None:
    """Stop Prefect's temporary server at once (an interrupted process exits without its atexit
    hooks; the server must not outlive it)."""
    from flows import tempserver

    own = tempserver.current()
    if own is not None:
        own.stop()
    for server in _temporary_servers():
        process = getattr(server, "server_process", None)
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=0.5)
            except Exception:
                process.kill()


def with_dask(flow_fn: Flow[..., Any], workers: int) -> Flow[..., Any]:
    """The flow with its submitted tasks (crawl, parse batches) on a local Dask cluster of
    `workers` processes. Worker processes must report to the same Prefect API as this one: with
    no PREFECT_API_URL, Prefect's temporary server is started here first and its URL exported,
    otherwise every worker would start a temporary server of its own."""
    if not workers:
        return flow_fn
    if not api_configured():
        start_temporary_server()  # exports its URL: the workers report to it
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
