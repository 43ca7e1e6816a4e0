"""Errors raised by the flows package.

The last three are how a run that did not complete says so: the flow ends in a Failed (or
Cancelled) Prefect state carrying one of them, `flows.runner.run_flow` hands a partial run's
report back and raises the others, and the CLI turns each into its exit code.
"""

from __future__ import annotations

from typing import Any

from planwatch import exitcodes
from planwatch.exceptions import ConfigError, PlanwatchError


class FlowError(PlanwatchError):
    """A flow could not run (bad arguments, missing inputs)."""


class AlertConfigError(ConfigError):
    """An alert rule or Apprise URL in the config is invalid."""


class ServerStartError(FlowError):
    """Prefect's temporary API server (`flows.tempserver`) exited or did not answer in time."""


class RunInProgress(FlowError):
    """Another nightly run holds the run lock on this warehouse."""

    exit_code = exitcodes.BUSY


class RunEnded(FlowError):
    """A run that ended without completing; `report` is its run report (also in `runs`)."""

    def __init__(self, message: str, report: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.report: dict[str, Any] = report or {}


class PartialRun(RunEnded):
    """Some sources failed as a whole; the others were loaded (`runs.status` = partial)."""

    exit_code = exitcodes.FAILED


class RunFailed(RunEnded):
    """The run failed as a whole (`runs.status` = failed); ops were alerted."""

    exit_code = exitcodes.RUN_FAILED


class RunInterrupted(RunEnded):
    """SIGINT or SIGTERM stopped the run (`runs.status` = interrupted); what it archived is
    parsed by the next run without fetching it again."""

    exit_code = exitcodes.INTERRUPTED
