"""The Prefect flows: `nightly`, `backfill` and `reparse`.

Parameters are non-secret (paths, source ids, flags) because Prefect stores them; alert URLs
and storage options come from the environment / config file, or from the CLI in-process
(`flows.runtime.use_settings`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow

from flows import runtime
from flows.pipeline import run_pipeline


@flow(name="planwatch-nightly", flow_run_name="nightly", validate_parameters=True)
def nightly(
    sources: str | None = None,
    warehouse: str | None = None,
    source: list[str] | None = None,
    full: bool = False,
    refresh: bool = False,
    config: str | None = None,
) -> dict[str, Any]:
    """Crawl every source (or `source`), parse, validate, load, alert; returns the run report."""
    settings = runtime.resolve_settings(
        sources=sources, warehouse=warehouse, source=source or None, config=config or None
    )
    return run_pipeline(
        settings,
        flow_name="nightly",
        full=full or settings.crawl.full,
        refresh=refresh or settings.crawl.refresh,
    )


@flow(name="planwatch-backfill", flow_run_name="backfill-{source}")
def backfill(
    source: str,
    sources: str | None = None,
    warehouse: str | None = None,
    refresh: bool = False,
    config: str | None = None,
) -> dict[str, Any]:
    """A full crawl of one source: page its lists to the end, fetch every unseen notice."""
    settings = runtime.resolve_settings(
        sources=sources, warehouse=warehouse, source=[source], config=config or None
    )
    return run_pipeline(settings, flow_name="backfill", full=True, refresh=refresh)


@flow(name="planwatch-reparse", flow_run_name="reparse")
def reparse(
    source: list[str] | None = None,
    since: date | None = None,
    warehouse: str | None = None,
    config: str | None = None,
) -> dict[str, Any]:
    """Rebuild the content tables from the raw archive (no network) as a new warehouse version."""
    settings = runtime.resolve_settings(warehouse=warehouse, source=source or None, config=config or None)
    return run_pipeline(settings, flow_name="reparse", since=since, reparse=True)
