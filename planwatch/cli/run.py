"""`planwatch crawl | backfill | reparse | serve`: run the flows.

Before Prefect starts (its temporary server takes seconds), everything that can be wrong is
checked: the sources file and the `--source` ids, the warehouse, the run lock. A run shows a
progress display on a terminal and ends with its report and a one-line verdict (or `--json`);
its exit code says how it went (`planwatch.exitcodes`). Ctrl-C / SIGTERM stop it within
seconds (`planwatch.interrupt`).

Only argparse and settings are imported at module level; Prefect and the warehouse are
imported inside the handlers so `planwatch --help` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from planwatch import exitcodes, interrupt
from planwatch.cli import output
from planwatch.settings import DEFAULT_SOURCES, OPTIONS, add_arguments

if TYPE_CHECKING:
    from planwatch.settings import Settings

# How a crawl fetches (`crawl`, `backfill`, `sharded`, `sources fetch` …): every option of the
# `http` group, then the crawl's limits.
FETCH_FLAGS = (
    *(name for name, o in OPTIONS.items() if o.group == "http"),
    "max_list_pages",
    "max_new_links",
    "source_budget_s",
    "night_budget_s",
)
RUN_FLAGS = (
    "config",
    "sources",
    "warehouse",
    "alert",
    "ops_alert",
    "alert_language",
    "alert_digest",
    *FETCH_FLAGS,
    "crawl_concurrency",
    "load_chunk_docs",
    "storage_options",
    "log_level",
    "json",
)


EXITS = (
    "Exit 0 when every source ran (page failures are recorded and retried), 1 when a source "
    "failed as a whole, 2 on a configuration error, 3 when another run holds the warehouse, "
    "4 when the warehouse cannot be used, 5 when the run failed, 130 when interrupted "
    "(Ctrl-C, SIGTERM)."
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "crawl",
        help="run one nightly run now (what cron or CI calls)",
        description="Crawl every source (or --source), parse, validate, load and alert; "
        "print a report per source and a one-line verdict. " + EXITS,
    )
    add_arguments(p, *RUN_FLAGS, "source", "full", "refresh", "writer_wait_s")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser(
        "backfill",
        help="full crawl of one source: page its lists to the end",
        description="Crawl one source (--source ID) paging its lists to the end, then parse, "
        "validate, load and alert as `crawl` does. " + EXITS,
    )
    add_arguments(p, *RUN_FLAGS, "source", "refresh", "dask_workers", "writer_wait_s")
    p.set_defaults(func=cmd_backfill)

    p = sub.add_parser(
        "reparse",
        help="rebuild tables from the raw archive (no network)",
        description="Re-parse archived pages (all, --source, or --since DATE) and "
        "load the result as a new warehouse version. No plan alerts are sent. " + EXITS + " Exit 6 "
        "when some pages could not be read or parsed (the others are loaded; a page whose archived "
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
        "load_chunk_docs",
        "writer_wait_s",
        "log_level",
        "json",
    )
    p.set_defaults(func=cmd_reparse)

    p = sub.add_parser(
        "serve",
        help="serve the nightly deployment on its cron schedule",
        description="Starts a local `prefect server` when PREFECT_API_URL is unset "
        "(Prefect's temporary server cannot run schedules), then serves the "
        "nightly deployment with --schedule-cron in --timezone.",
    )
    add_arguments(p, *RUN_FLAGS[:-1], "source", "schedule_cron", "timezone", "prefect_port")
    p.set_defaults(func=cmd_serve, signals=False)


def _report_code(report: dict[str, Any]) -> int:
    failed = [x for x in report.get("sources", []) if x.get("status") == "failed"]
    if failed:
        return exitcodes.FAILED
    if report.get("flow") == "reparse" and any(x.get("errors") for x in report.get("sources", [])):
        return exitcodes.PAGES_FAILED  # some archived pages could not be read or parsed
    return exitcodes.OK


def check_sources_file(path: str, only: list[str] | None) -> None:
    """The sources file exists and is valid, and names every `--source`: before Prefect starts,
    so a typo costs no server start-up, no run row and no ops alert."""
    from pathlib import Path

    from extract.sources import load_sources
    from planwatch.exceptions import ConfigError

    if not Path(path).is_file():
        where = "./sources.toml" if path == DEFAULT_SOURCES else path
        raise ConfigError(
            f"no sources file: {where} does not exist; write a starter with `planwatch init`, "
            "or pass --sources FILE (env PLANWATCH_SOURCES, or `sources` in planwatch.toml)"
        )
    load_sources(path, only=only or None)


@contextlib.contextmanager
def _prepared(s: Settings, *, need_tables: bool = False) -> Iterator[None]:
    """The warehouse is usable and no other run holds it (checked and taken before a flow
    starts: a second run is told at once, in one line; `flows.writer.run_guard`, across machines
    with a Prefect API server); Prefect follows --log-level; an interrupted process stops
    Prefect's temporary server on its way out."""
    from flows.pipeline import run_lock
    from flows.runner import prefect_env, prefect_server_gone, stop_prefect_server
    from warehouse.checks import check
    from warehouse.store import Warehouse

    wh = Warehouse.open(s.store)
    check(wh, write=True, need_tables=need_tables)
    interrupt.on_exit(stop_prefect_server)
    interrupt.hopeless_when(prefect_server_gone)
    prefect_env(s.log_level)  # before the run guard, which may talk to the Prefect server
    with run_lock(wh, timeout_s=0.0):
        yield


def _run(s: Settings, call: Callable[[], dict[str, Any]]) -> int:
    """Run a flow with a progress display; print its report and verdict (or `--json`)."""
    from flows.exceptions import RunEnded, RunInterrupted
    from flows.runtime import use_progress

    try:
        with output.progress(enabled=not s.json) as fn, use_progress(fn):
            report = call()
    except RunInterrupted as exc:
        if s.json:
            output.print_json(exc.report)
        print(f"planwatch: {exc}", file=sys.stderr)
        return exc.exit_code
    except RunEnded as exc:
        if s.json:
            output.print_json(exc.report)
        raise
    if s.json:
        output.print_json(report)
    else:
        from planwatch.cli.report import print_report

        print_report(report)
    return _report_code(report)


def crawl_params(s: Settings) -> dict[str, Any]:
    """The parameters every crawling flow takes from the settings (`nightly`, `sharded`, `shard`)."""
    return {
        "sources": s.crawl.sources,
        "warehouse": s.store.root,
        "full": s.crawl.full,
        "refresh": s.crawl.refresh,
    }


def run_crawl(s: Settings, flow: Callable[[], Any], **params: Any) -> int:
    """Run a crawling flow as `crawl` does: the sources file checked, the warehouse taken
    (`_prepared`), then the flow that `flow()` imports (once Prefect's settings are in place)
    with `crawl_params` and `params`, its report printed; its exit code."""
    from flows.runner import run_flow

    check_sources_file(s.crawl.sources, s.crawl.source)
    with _prepared(s):
        crawling = flow()
        return _run(s, lambda: run_flow(crawling, s, **crawl_params(s), **params))


def _nightly() -> Any:
    from flows.nightly import nightly

    return nightly


def cmd_crawl(args: argparse.Namespace) -> int:
    from planwatch.settings import load

    s = load(args)
    return run_crawl(s, _nightly, source=s.crawl.source or None)


def cmd_backfill(args: argparse.Namespace) -> int:
    from flows.runner import run_flow, with_dask
    from planwatch.exceptions import ConfigError
    from planwatch.settings import load

    s = load(args)
    if len(s.crawl.source) != 1:
        raise ConfigError("backfill needs exactly one --source ID")
    check_sources_file(s.crawl.sources, s.crawl.source)
    with _prepared(s):
        from flows.nightly import backfill

        flow = with_dask(backfill, s.crawl.dask_workers)
        return _run(
            s,
            lambda: run_flow(
                flow,
                s,
                source=s.crawl.source[0],
                sources=s.crawl.sources,
                warehouse=s.store.root,
                refresh=s.crawl.refresh,
            ),
        )


def cmd_reparse(args: argparse.Namespace) -> int:
    from flows.runner import run_flow, with_dask
    from planwatch.exceptions import ConfigError
    from planwatch.settings import load

    s = load(args)
    try:
        since = date.fromisoformat(s.crawl.since) if s.crawl.since else None
    except ValueError:
        raise ConfigError(f"--since {s.crawl.since!r}: expected a date YYYY-MM-DD") from None
    with _prepared(s, need_tables=True):
        from flows.nightly import reparse

        flow = with_dask(reparse, s.crawl.dask_workers)
        return _run(
            s,
            lambda: run_flow(flow, s, source=s.crawl.source or None, since=since, warehouse=s.store.root),
        )


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve
    from planwatch.settings import load

    s = load(args)
    check_sources_file(s.crawl.sources, s.crawl.source)
    return serve(s, port=s.serve.prefect_port)
