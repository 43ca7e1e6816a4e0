"""`planwatch crawl | backfill | reparse | serve`: run the flows.

Only argparse and settings are imported at module level; Prefect and the warehouse are
imported inside the handlers so `planwatch --help` stays fast.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from planwatch.settings import add_arguments

RUN_FLAGS = (
    "config",
    "sources",
    "warehouse",
    "alert",
    "ops_alert",
    "alert_language",
    "alert_digest",
    "contact_url",
    "http_timeout_s",
    "http_retries",
    "http_backoff_s",
    "http_backoff_max_s",
    "max_bytes",
    "min_interval_s",
    "fetch_budget_s",
    "max_crawl_delay_s",
    "max_list_pages",
    "max_new_links",
    "source_budget_s",
    "night_budget_s",
    "storage_options",
    "log_level",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "crawl",
        help="run one nightly run now (what cron or CI calls)",
        description="Crawl every source (or --source), parse, validate, load and "
        "alert. Exit 0 when every source ran (page failures are recorded), 1 when "
        "a source failed as a whole, 2 on a configuration error.",
    )
    add_arguments(p, *RUN_FLAGS, "source", "full", "refresh")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("backfill", help="full crawl of one source: page its lists to the end")
    add_arguments(p, *RUN_FLAGS, "source", "refresh", "dask_workers")
    p.set_defaults(func=cmd_backfill)

    p = sub.add_parser(
        "reparse",
        help="rebuild tables from the raw archive (no network)",
        description="Re-parse archived pages (all, --source, or --since DATE) and "
        "load the result as a new warehouse version. No plan alerts are sent. Exit 6 when "
        "some pages could not be read or parsed (the others are loaded; a page whose archived "
        "copy is corrupt is fetched again by the next crawl).",
    )
    add_arguments(
        p,
        "config",
        "warehouse",
        "source",
        "since",
        "storage_options",
        "ops_alert",
        "dask_workers",
        "log_level",
    )
    p.set_defaults(func=cmd_reparse)

    p = sub.add_parser(
        "serve",
        help="serve the nightly deployment on its cron schedule",
        description="Starts a local `prefect server` when PREFECT_API_URL is unset "
        "(Prefect's temporary server cannot run schedules), then serves the "
        "nightly deployment with --schedule-cron in --timezone.",
    )
    add_arguments(p, *RUN_FLAGS, "source", "schedule_cron", "timezone", "prefect_port")
    p.set_defaults(func=cmd_serve)


def _finish(report: dict[str, Any]) -> int:
    from planwatch import exitcodes
    from planwatch.cli.report import print_report

    print_report(report)
    failed = [s["source_id"] for s in report.get("sources", []) if s.get("status") == "failed"]
    if failed:
        return exitcodes.FAILED
    if report.get("flow") == "reparse" and any(s.get("errors") for s in report.get("sources", [])):
        return exitcodes.PAGES_FAILED  # some archived pages could not be read or parsed
    return exitcodes.OK


def cmd_crawl(args: argparse.Namespace) -> int:
    from flows.runner import prefect_env, run_flow
    from planwatch.settings import load

    prefect_env()
    from flows.nightly import nightly

    s = load(args)
    return _finish(
        run_flow(
            nightly,
            s,
            sources=s.crawl.sources,
            warehouse=s.store.root,
            source=s.crawl.source or None,
            full=s.crawl.full,
            refresh=s.crawl.refresh,
        )
    )


def cmd_backfill(args: argparse.Namespace) -> int:
    from flows.exceptions import FlowError
    from flows.runner import prefect_env, run_flow, with_dask
    from planwatch.settings import load

    prefect_env()
    from flows.nightly import backfill

    s = load(args)
    if len(s.crawl.source) != 1:
        raise FlowError("backfill needs exactly one --source ID")
    flow = with_dask(backfill, s.crawl.dask_workers)
    return _finish(
        run_flow(
            flow,
            s,
            source=s.crawl.source[0],
            sources=s.crawl.sources,
            warehouse=s.store.root,
            refresh=s.crawl.refresh,
        )
    )


def cmd_reparse(args: argparse.Namespace) -> int:
    from flows.exceptions import FlowError
    from flows.runner import prefect_env, run_flow, with_dask
    from planwatch.settings import load

    prefect_env()
    from flows.nightly import reparse

    s = load(args)
    try:
        since = date.fromisoformat(s.crawl.since) if s.crawl.since else None
    except ValueError:
        raise FlowError(f"--since {s.crawl.since!r}: expected a date YYYY-MM-DD") from None
    flow = with_dask(reparse, s.crawl.dask_workers)
    return _finish(run_flow(flow, s, source=s.crawl.source or None, since=since, warehouse=s.store.root))


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve
    from planwatch.settings import load

    s = load(args)
    return serve(s, port=s.serve.prefect_port)
