"""The Prefect flows: `nightly`, `backfill` and `reparse`.

Parameters are non-secret (paths, source ids, flags) because Prefect stores them; alert URLs
and storage options come from the environment / config file, or from the CLI in-process
(`flows.runtime.use_settings`).

A run's Prefect state tells the truth: Completed only when every source ran; a partial run
(a source failed as a whole) is Failed with the failed sources in its message; a run that
failed is Failed; an interrupted one Cancelled. Each carries its `flows.exceptions.RunEnded`
(with the report) as data, so calling a flow directly raises it, and `flows.runner.run_flow`
hands back the report of a partial run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from prefect import flow
from prefect.states import Cancelled, Failed, State

from flows import runtime
from flows.exceptions import PartialRun, RunInterrupted
from flows.pipeline import run_pipeline
from flows.summary import partial_message
from planwatch.exceptions import PlanwatchError

Outcome = dict[str, Any] | State


def _state_of(run: Callable[[], dict[str, Any]]) -> Outcome:
    """The run's report when it completed, else a Failed / Cancelled state carrying why."""
    try:
        report = run()
    except RunInterrupted as exc:
        return runtime.keep_outcome(Cancelled(message=str(exc), data=exc), exc)
    except PlanwatchError as exc:  # a failed run, a wrong argument, no warehouse: no traceback in the log
        return runtime.keep_outcome(Failed(message=str(exc), data=exc), exc)
    if report.get("status") == "partial":
        message = partial_message(report)
        partial = PartialRun(message, report)
        return runtime.keep_outcome(Failed(message=message, data=partial), partial)
    return runtime.keep_outcome(report)


@flow(name="planwatch-nightly", flow_run_name="nightly", validate_parameters=True)
def nightly(
    sources: str | None = None,
    warehouse: str | None = None,
    source: list[str] | None = None,
    full: bool = False,
    refresh: bool = False,
    config: str | None = None,
) -> Outcome:
    """Crawl every source (or `source`), parse, validate, load, alert; returns the run report."""
    settings = runtime.resolve_settings(
        sources=sources, warehouse=warehouse, source=source or None, config=config or None
    )
    return _state_of(
        lambda: run_pipeline(
            settings,
            flow_name="nightly",
            full=full or settings.crawl.full,
            refresh=refresh or settings.crawl.refresh,
        )
    )


@flow(name="planwatch-backfill", flow_run_name="backfill-{source}")
def backfill(
    source: str,
    sources: str | None = None,
    warehouse: str | None = None,
    refresh: bool = False,
    config: str | None = None,
) -> Outcome:
    """A full crawl of one source: page its lists to the end, fetch every unseen notice."""
    settings = runtime.resolve_settings(
        sources=sources, warehouse=warehouse, source=[source], config=config or None
    )
    return _state_of(lambda: run_pipeline(settings, flow_name="backfill", full=True, refresh=refresh))


@flow(name="planwatch-reparse", flow_run_name="reparse")
def reparse(
    source: list[str] | None = None,
    since: date | None = None,
    warehouse: str | None = None,
    config: str | None = None,
) -> Outcome:
    """Rebuild the content tables from the raw archive (no network) as a new warehouse version."""
    settings = runtime.resolve_settings(warehouse=warehouse, source=source or None, config=config or None)
    return _state_of(lambda: run_pipeline(settings, flow_name="reparse", since=since, reparse=True))
