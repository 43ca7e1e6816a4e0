"""Exit codes of the `planwatch` CLI, defined once (the README lists them)."""

from __future__ import annotations

OK = 0
FAILED = 1  # the command ran, and something it covers failed (a source of a crawl)
USAGE = 2  # a configuration or usage error: nothing was run
PAGES_FAILED = 6  # `reparse`: some archived pages could not be read or parsed (the others are loaded)
