"""Errors that cross package boundaries. Each package subclasses these in its own `exceptions` module."""


class PlanwatchError(Exception):
    """Base of every planwatch error; the CLI turns it into a clear message and a non-zero exit."""


class ConfigError(PlanwatchError):
    """A setting, sources file or config value is invalid; the message says what and where."""
