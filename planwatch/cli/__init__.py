"""The one `planwatch` CLI: a thin layer over the library, one module per group of commands.

| module | commands | calls |
| --- | --- | --- |
| `init` | init | (writes starter files) |
| `parse` | parse | transform |
| `sources` | sources check, sources test, fetch | extract |
| `replay` | replay | testbed |
| `run` | crawl, backfill, reparse, serve | flows |
| `shard` | sharded, shard, load-staged | flows (a sharded night) |
| `tables` | load, validate, history, show, export, maintain, docs | flows, warehouse, load.export |
| `sql` | sql | warehouse.sql |
| `runreport` | report | flows.reports |
| `status` | status | warehouse |
| `demo` | demo | flows, testbed |

`output` (tables at 80 columns, JSON, progress) and `report` (a run's report, `status`) are
how they print. Exit codes: `planwatch.exitcodes`.

Start-up stays fast: these modules import only argparse and settings at module level;
Prefect, Great Expectations, polars and deltalake are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys

from planwatch import __version__, exitcodes
from planwatch.cli import demo, init, parse, replay, run, runreport, shard, sources, sql, status, tables
from planwatch.exceptions import PlanwatchError
from planwatch.settings import add_arguments

# Order is the order in `planwatch --help`.
COMMAND_MODULES = (init, parse, sources, replay, tables, sql, run, shard, runreport, status, demo)


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                out.extend(_leaves(sub) or [sub])
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planwatch",
        description="Watch government portals for new plans; turn them into versioned tables.",
    )
    parser.add_argument("--version", action="version", version=f"planwatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    for leaf in _leaves(parser):  # every command takes --debug
        add_arguments(leaf, "debug")
    return parser


def _error(message: str, exc: BaseException, debug: bool) -> None:
    from planwatch.redact import redact_text

    if debug:  # the traceback is redacted too (secrets in URLs, storage options)
        import traceback

        sys.stderr.write(redact_text("".join(traceback.format_exception(exc))))
    lines = redact_text(message).strip().splitlines() or [type(exc).__name__]
    print(f"planwatch: error: {lines[0]}", file=sys.stderr)
    for line in lines[1:]:  # an invalid sources file: one problem per line
        print(f"  {line.strip()}", file=sys.stderr)


def _logging(args: argparse.Namespace) -> tuple[str, bool]:
    """The log level and --debug from flags, environment and config file (for every command)."""
    from planwatch.settings import load

    try:
        settings = load(args)
        level, debug = settings.log_level.upper(), settings.debug
    except PlanwatchError:
        level, debug = "WARNING", bool(getattr(args, "debug", False))  # the command reports the error
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        level = "WARNING"
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)
    return level, debug


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns its exit code (`planwatch.exitcodes`). Errors are one line on
    stderr (the traceback too with --debug); Ctrl-C and SIGTERM stop a run within seconds."""
    from planwatch import interrupt, memory

    if argv is None:  # this process is the command (not a test calling main): before polars loads
        memory.tune()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return exitcodes.USAGE
    from planwatch.redact import install_log_redaction

    install_log_redaction()  # every logger, before any handler or library sees a record
    _, debug = _logging(args)
    signals = interrupt.handle_signals() if getattr(args, "signals", True) else contextlib.nullcontext()
    try:
        with signals:
            code = int(args.func(args) or 0)
    except PlanwatchError as exc:
        _error(str(exc), exc, debug)
        code = exc.exit_code
    except KeyboardInterrupt:
        print("planwatch: interrupted", file=sys.stderr)
        code = exitcodes.INTERRUPTED
    except BrokenPipeError:  # `planwatch show … | head`: the reader left; nothing is wrong
        _quiet_stdout()
        return exitcodes.OK
    except Exception as exc:  # a bug: one line, the traceback with --debug
        _error(
            f"{type(exc).__name__}: {exc} (unexpected; run again with --debug for the traceback)", exc, debug
        )
        code = exitcodes.INTERNAL
    if interrupt.requested():  # end now: never wait for a request in flight in a worker thread
        interrupt.exit_now(exitcodes.INTERRUPTED)
    return code


def _quiet_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
