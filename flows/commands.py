"""`planwatch crawl | reparse | backfill | status | serve | demo` (registered in flows/cli.py).

Only argparse and settings are imported at module level; Prefect and the warehouse are
imported inside the handlers so `planwatch --help` stays fast.
"""
from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from planwatch.settings import add_arguments

RUN_FLAGS = ("config", "sources", "warehouse", "alert", "ops_alert", "contact_url", "http_timeout_s",
             "http_retries", "http_backoff_s", "http_backoff_max_s", "max_bytes", "min_interval_s",
             "max_list_pages", "storage_options",
             "log_level")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("crawl", help="run one nightly run now (what cron or CI calls)",
                       description="Crawl every source (or --source), parse, validate, load and "
                       "alert. Exit 0 when every source ran (page failures are recorded), 1 when "
                       "a source failed as a whole, 2 on a configuration error.")
    add_arguments(p, *RUN_FLAGS, "source", "full", "refresh")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("backfill", help="full crawl of one source: page its lists to the end")
    add_arguments(p, *RUN_FLAGS, "source", "refresh", "dask_workers")
    p.set_defaults(func=cmd_backfill)

    p = sub.add_parser("reparse", help="rebuild tables from the raw archive (no network)",
                       description="Re-parse archived pages (all, --source, or --since DATE) and "
                       "load the result as a new warehouse version. No plan alerts are sent.")
    add_arguments(p, "config", "warehouse", "source", "since", "storage_options", "ops_alert",
                  "dask_workers", "log_level")
    p.set_defaults(func=cmd_reparse)

    p = sub.add_parser("status", help="last runs, sources and failures at a glance")
    add_arguments(p, "config", "warehouse", "storage_options", "limit")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("serve", help="serve the nightly deployment on its cron schedule",
                       description="Starts a local `prefect server` when PREFECT_API_URL is unset "
                       "(Prefect's temporary server cannot run schedules), then serves the "
                       "nightly deployment with --schedule-cron in --timezone.")
    add_arguments(p, *RUN_FLAGS, "source", "schedule_cron", "timezone", "prefect_port")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("demo", help="end-to-end demo on the sample sites (loopback only)")
    add_arguments(p, "demo_out", "log_level")
    p.set_defaults(func=cmd_demo)


def _settings(args: argparse.Namespace, **overrides: Any) -> Any:
    from planwatch.settings import load

    return load(args, **overrides)


def prefect_env() -> None:
    """Defaults for Prefect's temporary server, set before Prefect is imported: its first start
    (database migrations) can take well over the 20 s Prefect waits by default on a busy machine."""
    import os

    import logging

    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    root = logging.getLogger()
    if root.level > logging.DEBUG:  # GX's own INFO lines (temp dirs) are noise in a run's output
        for handler in root.handlers:
            handler.addFilter(_quiet_gx)


def _quiet_gx(record: Any) -> bool:
    return not (record.name.startswith("great_expectations") and record.levelno < 30)


def run_flow(flow_fn: Any, settings: Any, **params: Any) -> dict[str, Any]:
    """Call a flow in-process with the CLI's settings (secrets stay out of Prefect parameters)."""
    from flows.runtime import use_settings

    with use_settings(settings):
        return flow_fn(**params)


def with_dask(flow_fn: Any, workers: int) -> Any:
    """The flow with its submitted tasks (crawl, parse batches) on a local Dask cluster of
    `workers` processes. Worker processes must report to the same Prefect API as this one: with
    no PREFECT_API_URL, Prefect's temporary server is started here first and its URL exported,
    otherwise every worker would start a temporary server of its own."""
    if not workers:
        return flow_fn
    import os

    if not os.environ.get("PREFECT_API_URL"):
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()  # the singleton Prefect's client would start anyway
        server.start(timeout=int(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", 180)))
        os.environ["PREFECT_API_URL"] = server.api_url
    from prefect_dask import DaskTaskRunner

    return flow_fn.with_options(task_runner=DaskTaskRunner(
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                        "dashboard_address": ":0"}))


def _finish(report: dict[str, Any]) -> int:
    from flows.report import print_report

    print_report(report)
    failed = [s["source_id"] for s in report.get("sources", []) if s.get("status") == "failed"]
    return 1 if failed else 0


def cmd_crawl(args: argparse.Namespace) -> int:
    prefect_env()
    from flows.nightly import nightly

    s = _settings(args)
    return _finish(run_flow(nightly, s, sources=s.sources, warehouse=s.warehouse,
                            source=s.source or None, full=s.full, refresh=s.refresh))


def cmd_backfill(args: argparse.Namespace) -> int:
    prefect_env()
    from flows.exceptions import FlowError
    from flows.nightly import backfill

    s = _settings(args)
    if len(s.source) != 1:
        raise FlowError("backfill needs exactly one --source ID")
    return _finish(run_flow(with_dask(backfill, s.dask_workers), s, source=s.source[0], sources=s.sources,
                            warehouse=s.warehouse, refresh=s.refresh))


def cmd_reparse(args: argparse.Namespace) -> int:
    prefect_env()
    from flows.nightly import reparse

    from flows.exceptions import FlowError

    s = _settings(args)
    try:
        since = date.fromisoformat(s.since) if s.since else None
    except ValueError:
        raise FlowError(f"--since {s.since!r}: expected a date YYYY-MM-DD") from None
    flow = with_dask(reparse, s.dask_workers)
    return _finish(run_flow(flow, s, source=s.source or None, since=since, warehouse=s.warehouse))


def cmd_status(args: argparse.Namespace) -> int:
    from flows.report import print_status
    from warehouse.store import Warehouse

    s = _settings(args)
    return print_status(Warehouse.open(s), runs=s.limit or None)


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve

    s = _settings(args)
    return serve(s, port=s.prefect_port)


def cmd_demo(args: argparse.Namespace) -> int:
    prefect_env()
    from flows.demo import run_demo

    return run_demo(_settings(args).demo_out)
