"""The body of the nightly / backfill / reparse flows (called inside a Prefect flow run).

Order, and why it is crash-safe:

    crawl (per source, concurrent) → parse (per batch) → validate → enqueue alerts (pending)
    → load (one commit per table, `runs` row last) → deliver alerts (one at a time)

The warehouse reads as a consistent state through the `runs` row (written last by the load).
Alerts are written to the outbox before the load and delivered only for documents the load
committed, so a crash anywhere neither drops nor duplicates an alert (see flows.outbox).
Only one nightly/backfill/reparse runs at a time per warehouse: a non-blocking run lock.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from flows import reports, runtime, steps
from flows.exceptions import FlowError, RunInProgress
from flows.night import Night, fill_reports, log_sources, preview
from flows.report_data import indicator_summary
from planwatch.ids import new_run_id
from planwatch.redact import redact_text
from warehouse.contract import CONTENT_TABLES

if TYPE_CHECKING:
    import polars as pl
    from prefect.futures import PrefectFuture

    from extract.crawl import SourceCrawl
    from extract.sources import Source
    from flows.outbox import DeliveryReport
    from load.result import LoadResult
    from planwatch.records import ValidatedRun
    from planwatch.settings import Settings
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:
        return log


@contextlib.contextmanager
def run_lock(wh: Warehouse, timeout_s: float = 2.0) -> Iterator[None]:
    """One pipeline run at a time per warehouse, so two runs never double the load on a portal.

    A file lock beside the warehouse writer lock (works with Prefect's temporary server, which
    has no shared state between processes). A served deployment is also limited to one
    concurrent run by Prefect itself (`global_limit=1`).
    """
    from warehouse.exceptions import LockTimeout
    from warehouse.locks import file_lock, lock_path_for

    path = lock_path_for(wh.root)
    path = path.with_name(path.stem + "_run.lock")
    try:
        with file_lock(path, timeout_s=timeout_s):
            yield
    except LockTimeout:
        raise RunInProgress(f"another planwatch run holds {path}; try again when it ends") from None


def run_pipeline(
    settings: Settings,
    *,
    flow_name: str = "nightly",
    full: bool = False,
    refresh: bool = False,
    since: date | None = None,
    reparse: bool = False,
) -> dict[str, Any]:
    """Run one pipeline and return its report (also stored in `runs.report_json`)."""
    from warehouse.store import Warehouse

    run_id = new_run_id()
    t0 = time.perf_counter()
    with contextlib.ExitStack() as stack:
        try:
            wh = Warehouse.open(settings.store)
            stack.enter_context(run_lock(wh))
        except RunInProgress:
            raise
        except Exception as exc:  # no usable warehouse: nothing can be recorded, tell ops directly
            message = redact_text(f"{type(exc).__name__}: {exc}", settings.secrets())
            _notify_ops_directly(settings, run_id, f"cannot open the warehouse: {message}")
            raise FlowError(
                f"run {run_id}: cannot open the warehouse {settings.store.root}: {message}"
            ) from None
        night = Night(settings, wh, run_id, flow_name)
        try:
            if reparse:
                parts = _reparse_parts(night, since)
            else:
                parts = _crawl_and_parse(night, full, refresh)
            result, validated, delivery, n_enq = _validate_load_alert(
                night, steps.concat_tables(parts), alerts=not reparse
            )
        except FlowError:  # a wrong argument (unknown source, nothing to re-parse): not a failed run
            raise
        except Exception as exc:
            message = redact_text(f"{type(exc).__name__}: {exc}", settings.secrets())
            _logger().error("run %s failed: %s", run_id, message)
            _record_failure(night, message)
            raise FlowError(f"run {run_id} failed: {message}") from None
    log_sources(night, _logger())
    report = {
        "run_id": run_id,
        "flow": flow_name,
        "status": night.status,
        "seconds": round(time.perf_counter() - t0, 3),
        "sources": list(night.reports.values()),
        "alerts": {"enqueued": n_enq, **delivery.as_dict()},
        "versions": result.versions,
        "data_docs": validated.docs_path or "",
        "warehouse": wh.root,
        "indicators": indicator_summary(validated.tables["targets"]),
    }
    report["report_html"] = reports.publish(
        wh, report, result.new_docs, result.changed_docs, validated.docs_path
    )
    return report


# --- crawl and parse ---------------------------------------------------------------------------
def _sources(night: Night) -> list[Source]:
    from extract.sources import load_sources

    only = night.settings.crawl.source
    sources = load_sources(night.settings.crawl.sources, only=only or None)
    missing = set(only) - {s.id for s in sources}
    if missing:
        raise FlowError(f"unknown source ids: {', '.join(sorted(missing))}")
    return sources


def _crawl_and_parse(night: Night, full: bool, refresh: bool) -> list[dict[str, pl.DataFrame]]:
    from prefect.futures import as_completed

    from flows import tasks

    sources = _sources(night)
    for s in sources:
        night.report(s.id)
    client = _shared_client(night.settings)
    ends_at = time.time() + night.settings.crawl.night_budget_s  # the whole crawl's deadline
    crawl_futures = [
        tasks.crawl_source_task.submit(
            s, night.settings, night.wh, night.run_id, full, refresh, client, ends_at
        )
        for s in sources
    ]
    parse_futures: list[tuple[str, PrefectFuture[steps.ParseOutcome]]] = []
    for done, fut in enumerate(as_completed(crawl_futures), 1):
        try:
            crawl = fut.result()
        except Exception as exc:  # the task itself crashed
            from extract.crawl import SourceCrawl

            sid = sources[crawl_futures.index(fut)].id
            crawl = SourceCrawl(sid, error=f"{type(exc).__name__}: {exc}")
        runtime.progress("crawl", crawl.source_id, done, len(sources))
        for batch in _take_crawl(night, crawl):
            parse_futures.append(
                (crawl.source_id, tasks.parse_batch_task.submit(batch, night.settings.store))
            )
    if client is not None:
        client.close()
    return _collect_parses(night, parse_futures)


def _take_crawl(night: Night, crawl: SourceCrawl) -> list[list[Any]]:
    """Record one source's crawl in the night; the batches of its pages to parse."""
    rep = night.report(crawl.source_id)
    night.pages_rows.extend(crawl.pages)
    rep["pages_fetched"] = crawl.n_fetched
    rep["pages_failed"] = crawl.n_failed
    if crawl.error:
        kind = "source_empty" if crawl.error_kind == "EmptyScrape" else "source_failed"
        night.fail_source(crawl.source_id, crawl.error, kind=kind)
        # what it archived before failing (a timed-out source, a second list that failed) is
        # parsed now: its `pages` rows say "ok", so no later run would fetch it again
        return steps.batches(crawl.documents)
    if crawl.pages and not crawl.lists_readable:
        night.fail_source(
            crawl.source_id,
            "no list page could be read",
            kind="source_empty",
            ops_detail="no list page could be read this run",
        )
    return steps.batches(crawl.documents)


def _shared_client(settings: Settings) -> Any:
    """One HTTP client for every source crawled in threads, so two sources on one host share
    its per-host interval. Tasks in other processes (Dask) build their own (None here)."""
    try:
        from prefect.context import FlowRunContext

        ctx = FlowRunContext.get()
        runner = type(getattr(ctx, "task_runner", None)).__name__
    except Exception:
        runner = ""
    if "Thread" not in runner:
        return None
    return steps.http_client(settings)


def _collect_parses(
    night: Night, parse_futures: list[tuple[str, PrefectFuture[steps.ParseOutcome]]]
) -> list[dict[str, pl.DataFrame]]:
    parts = []
    for i, (sid, fut) in enumerate(parse_futures, 1):
        try:
            outcome = fut.result()
        except Exception as exc:
            night.report(sid)["errors"].append(f"parse batch failed: {type(exc).__name__}: {exc}")
            continue
        runtime.progress("parse", sid, i, len(parse_futures))
        night.report(sid)["errors"].extend(outcome.errors)
        night.pages_rows.extend(steps.refetch_rows(outcome.unreadable, night.run_id))
        parts.append(outcome.tables)
    return parts


def _reparse_parts(night: Night, since: date | None) -> list[dict[str, pl.DataFrame]]:
    from flows import tasks

    pages = steps.archived_pages(night.wh, source_ids=night.settings.crawl.source or None, since=since)
    if not pages:
        raise FlowError("nothing to re-parse: no archived detail pages match")
    futures: list[tuple[str, PrefectFuture[steps.ParseOutcome]]] = []
    for sid in sorted({p.source_id for p in pages}):
        night.report(sid)
        mine = [p for p in pages if p.source_id == sid]
        futures.extend(
            (sid, tasks.parse_batch_task.submit(b, night.settings.store)) for b in steps.batches(mine)
        )
    return _collect_parses(night, futures)


# --- validate, load, alert ---------------------------------------------------------------------
def _validate_load_alert(
    night: Night, tables: dict[str, pl.DataFrame], *, alerts: bool
) -> tuple[LoadResult, ValidatedRun, DeliveryReport, int]:
    from flows import datadocs, tasks
    from flows.history import previous_counts
    from flows.outbox import DeliveryReport
    from load.runs import RunInfo
    from warehouse.contract import conform

    wh = night.wh
    # Row counts are comparable only between full re-parses; a nightly run holds new notices only.
    previous = previous_counts(wh, flow="reparse") if night.flow_name == "reparse" else None
    validated = tasks.validate_task(tables, night.run_id, previous, str(datadocs.docs_dir(wh)))
    _drop_failed_sources(night, validated)

    n_enq = tasks.enqueue_alerts_task(
        wh, validated.tables, night.settings, night.run_id, night.ops, alerts, night.flow_name
    )
    steps.crash_point("before_load")
    # the per-source counts known before the load go into the `runs` row (written by the load)
    fill_reports(night.reports, validated.tables, preview(wh, validated.tables), validated.quarantine)
    info = RunInfo(
        status=night.status,
        started_at=night.started,
        sources=sorted(night.reports),
        n_pages=len(night.pages_rows),
        n_errors=sum(len(r["errors"]) for r in night.reports.values()),
        report={"sources": night.reports, "indicators": indicator_summary(validated.tables["targets"])},
    )
    pages = conform("pages", night.pages_rows) if night.pages_rows else None
    result = tasks.load_task(wh, night.run_id, night.flow_name, validated, pages, info)
    steps.crash_point("after_load")
    validated.docs_path = datadocs.publish(wh, validated.docs_path)
    fill_reports(night.reports, validated.tables, result, validated.quarantine)
    delivery = tasks.deliver_alerts_task(wh, night.settings) if (alerts or night.ops) else DeliveryReport()
    return result, validated, delivery, n_enq


def _drop_failed_sources(night: Night, validated: ValidatedRun) -> None:
    """A source with a table-level failure loads nothing this run; ops hear why."""
    failed = validated.failed_sources
    validated.tables = steps.drop_sources({k: validated.tables[k] for k in CONTENT_TABLES}, sorted(failed))
    for sid in sorted(failed):
        reasons = "; ".join(failed.get(sid, []))
        night.fail_source(
            sid,
            f"validation failed, load skipped for this source: {reasons}"[:500],
            ops_detail=f"validation failed at table level ({reasons[:300]}); see dq_results / Data Docs",
        )


# --- failures ---------------------------------------------------------------------------------
def _record_failure(night: Night, message: str) -> None:
    """A failed run: a `runs` row saying so, and an ops alert (through the outbox when possible)."""
    from flows.alerts import ops_message
    from load.runs import RunInfo, record_failed_run

    settings = night.settings
    info = RunInfo(
        status="failed",
        started_at=night.started,
        sources=sorted(night.reports),
        error=message,
        report={"sources": night.reports},
    )
    try:
        record_failed_run(night.wh, night.run_id, night.flow_name, info)
    except Exception as exc:
        log.error("could not record the failed run: %s", redact_text(str(exc), settings.secrets()))
    if not settings.alerts.ops_urls:
        return
    msg = ops_message("run_failed", night.run_id, None, message)
    try:
        steps.enqueue_alerts(
            night.wh, steps.empty_tables(), settings, run_id=night.run_id, ops=[msg], plans=False
        )
        steps.deliver_alerts(night.wh, settings)
    except Exception:  # the warehouse itself is broken: tell the engineers directly
        _notify_ops_directly(settings, night.run_id, message)


def _notify_ops_directly(settings: Settings, run_id: str, message: str) -> None:
    """Last resort when the outbox cannot be written (at least once, not exactly once)."""
    from flows.alerts import ops_message
    from flows.delivery import send_apprise

    msg = ops_message("run_failed", run_id, None, message)
    for url in settings.alerts.ops_urls:
        send_apprise(url, msg.title, msg.body, notify_type="failure")
