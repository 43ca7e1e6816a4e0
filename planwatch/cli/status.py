"""`planwatch status`: the last runs, every source's state and the alert outbox at a glance."""

from __future__ import annotations

import argparse

from planwatch.settings import add_arguments


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="last runs, sources and failures at a glance")
    add_arguments(p, "config", "warehouse", "storage_options", "limit")
    p.set_defaults(func=cmd_status)


def cmd_status(args: argparse.Namespace) -> int:
    from planwatch.cli.report import print_status
    from planwatch.settings import load
    from warehouse.store import Warehouse

    s = load(args)
    return print_status(Warehouse.open(s.store), runs=s.read.limit or None)
