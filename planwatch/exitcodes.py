"""The exit codes of every `planwatch` command, defined once.

Each error class carries its code (`planwatch.exceptions.PlanwatchError.exit_code`); the CLI
returns it, and the README's table is generated from `MEANINGS` (`planwatch.cli.docgen`).
"""

from __future__ import annotations

OK = 0
FAILED = 1  # the command ran, and something it covers failed
USAGE = 2  # a configuration or usage error: nothing was run
BUSY = 3  # another run holds the warehouse's run guard, or a writer gave up waiting (flows.writer)
STORAGE = 4  # the warehouse cannot be opened, read or written
RUN_FAILED = 5  # the run started and failed as a whole
PAGES_FAILED = 6  # `reparse`: some archived pages could not be read or parsed (issue 11)
INTERNAL = 70  # an unexpected error (a bug)
INTERRUPTED = 130  # stopped by Ctrl-C (SIGINT) or SIGTERM

MEANINGS: dict[int, str] = {
    OK: "success: every source ran (page failures are recorded and retried next run)",
    FAILED: "the command ran, but something it covers failed: a source (`crawl`, `backfill`, "
    "`fetch`, `sources test`), an input file (`parse`), an expectation (`validate`); for "
    "`status`, the latest run did not complete",
    USAGE: "configuration or usage error (bad flag or setting, invalid sources file, unknown "
    "source id, missing input): nothing was run",
    BUSY: "another planwatch run holds this warehouse's run lock: nothing was run (or a load waited "
    "`--writer-wait-s` for another writer of the warehouse and gave up: that load wrote nothing)",
    STORAGE: "the warehouse cannot be opened, read or written (a file, read-only, missing, a "
    "bucket that does not exist)",
    RUN_FAILED: "the run started and failed as a whole: recorded as `failed` in `runs`, ops alerted",
    PAGES_FAILED: "`reparse`: some archived pages could not be read or parsed (the others are loaded)",
    INTERNAL: "an unexpected error (a bug): run again with `--debug` for the traceback",
    INTERRUPTED: "stopped by Ctrl-C or SIGTERM: recorded as `interrupted`; the next run goes on "
    "from what was archived",
}
