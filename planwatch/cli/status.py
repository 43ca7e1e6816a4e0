"""`planwatch status`: the last runs, every source's state and the alert outbox at a glance."""

from __future__ import annotations

import argparse

from planwatch.settings import add_arguments


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "status",
        help="last runs, sources and failures at a glance",
        description="Show the last runs (status, seconds, pages, new documents, errors), every "
        "source as of its latest run with its first error (cut to fit; --errors prints every "
        "error in full), the alert outbox, and a last line on the latest run. Exit 0 when the "
        "latest run completed, 1 when it was partial, failed or interrupted, 4 when there is no "
        "warehouse there.",
    )
    add_arguments(p, "config", "warehouse", "storage_options", "limit", "status_errors", "columns", "json")
    p.set_defaults(func=cmd_status)


def cmd_status(args: argparse.Namespace) -> int:
    from planwatch.cli.report import print_status
    from planwatch.settings import load
    from warehouse.checks import check
    from warehouse.store import Warehouse

    s = load(args)
    wh = Warehouse.open(s.store)
    check(wh, need_tables=True)
    return print_status(
        wh, runs=s.read.limit or None, errors=s.read.errors, as_json=s.json, columns=s.read.columns
    )
