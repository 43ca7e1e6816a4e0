"""Errors that cross package boundaries. Each package subclasses these in its own `exceptions` module.

Every error carries the exit code the CLI returns for it (`planwatch.exitcodes`).
"""

from planwatch import exitcodes


class PlanwatchError(Exception):
    """Base of every planwatch error; the CLI turns it into a one-line message and `exit_code`."""

    exit_code: int = exitcodes.USAGE


class ConfigError(PlanwatchError):
    """A setting, sources file or config value is invalid; the message says what and where."""
