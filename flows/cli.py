"""The one `planwatch` CLI. Subcommands are registered by each package's `cli` module.

Start-up stays fast: this module and the `register` functions import only argparse and
settings; Prefect, Great Expectations and deltalake are imported inside the handlers.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from planwatch import __version__
from planwatch.exceptions import PlanwatchError

# Each module exposes `register(subparsers)`; order is the order in `planwatch --help`.
COMMAND_MODULES = (
    "transform.cli",     # parse
    "extract.cli",       # sources check, fetch
    "extract.replay_cli",  # replay
    "warehouse.cli",     # load, history, show, export, maintain, validate, docs
    "flows.commands",    # crawl, reparse, backfill, serve, status, demo
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planwatch",
        description="Watch government portals for new plans; turn them into versioned tables.",
    )
    parser.add_argument("--version", action="version", version=f"planwatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # not built yet
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    logging.basicConfig(level=getattr(args, "log_level", None) or "WARNING",
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except PlanwatchError as exc:
        from planwatch.redact import redact_text

        print(f"planwatch: error: {redact_text(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("planwatch: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
