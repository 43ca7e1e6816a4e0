"""The one `planwatch` CLI: a thin layer over the library, one module per group of commands.

| module | commands | calls |
| --- | --- | --- |
| `parse` | parse | transform |
| `sources` | sources check, fetch | extract |
| `replay` | replay | testbed |
| `run` | crawl, backfill, reparse, serve | flows |
| `tables` | load, validate, history, show, export, maintain, docs | flows, warehouse, load.export |
| `sql` | sql | warehouse.sql |
| `runreport` | report | flows.reports |
| `status` | status | warehouse |
| `demo` | demo | flows, testbed |

Start-up stays fast: these modules import only argparse and settings at module level;
Prefect, Great Expectations, polars and deltalake are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import logging
import sys

from planwatch import __version__
from planwatch.cli import demo, parse, replay, run, runreport, sources, sql, status, tables
from planwatch.exceptions import PlanwatchError

# Order is the order in `planwatch --help`.
COMMAND_MODULES = (parse, sources, replay, tables, sql, run, runreport, status, demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planwatch",
        description="Watch government portals for new plans; turn them into versioned tables.",
    )
    parser.add_argument("--version", action="version", version=f"planwatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from planwatch.redact import install_log_redaction

    install_log_redaction()  # every logger, before any handler or library sees a record
    logging.basicConfig(
        level=getattr(args, "log_level", None) or "WARNING",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args) or 0)
    except PlanwatchError as exc:
        from planwatch.redact import redact_text

        print(f"planwatch: error: {redact_text(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("planwatch: interrupted", file=sys.stderr)
        return 130
