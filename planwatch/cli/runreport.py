"""`planwatch report`: (re)write the HTML run report of a run and the reports index.

Each crawl, backfill and reparse writes its report itself; this command rebuilds one (for a run
made before reports existed, or after `planwatch maintain`). Heavy imports stay in the handler.
"""

from __future__ import annotations

import argparse

from planwatch.settings import add_arguments


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="write the HTML run report (charts) of a run: <warehouse>/reports/RUN_ID.html",
        description="Write <warehouse>/reports/RUN_ID.html for a run (default: the latest) and "
        "reports/index.html: the run's new and changed plans, charts of plans per county and week, "
        "targets by indicator group and year, top indicators across counties, fetches and failures "
        "per source, the data-quality summary. Prints the page's path.",
    )
    add_arguments(p, "report_run_id", "warehouse", "storage_options", "config", "log_level")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from flows.reports import write_run_report
    from planwatch.settings import load
    from warehouse.checks import check
    from warehouse.exceptions import WarehouseError
    from warehouse.store import Warehouse

    settings = load(args)
    wh = Warehouse.open(settings.store)
    check(wh, write=True, need_tables=True)  # a file, read-only, missing: one line, exit 4
    run_id = settings.report.run_id
    if not run_id:
        runs = wh.history(limit=1)
        if not runs.height:
            raise WarehouseError(f"report: no runs yet in {wh.root}")
        run_id = runs["run_id"][0]
    elif wh.run(run_id) is None:
        raise WarehouseError(f"report: no run {run_id!r} in {wh.root}")
    page, plans = write_run_report(wh, run_id)
    print(page)
    return 0
