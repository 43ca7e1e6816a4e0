"""Errors raised by the flows package."""

from __future__ import annotations

from planwatch.exceptions import ConfigError, PlanwatchError


class FlowError(PlanwatchError):
    """A flow could not run (bad arguments, missing inputs)."""


class AlertConfigError(ConfigError):
    """An alert rule or Apprise URL in the config is invalid."""


class RunInProgress(FlowError):
    """Another nightly run holds the run lock on this warehouse."""
