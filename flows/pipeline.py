"""The body of the nightly / backfill / reparse flows (called inside a Prefect flow run).

Order, and why it is crash-safe:

    crawl (batches of hosts, `--crawl-concurrency` hosts at once: flows.crawling)
    → parse (per batch of pages, as the crawls finish) → validate → enqueue alerts (pending)
    → load (one commit per table, `runs` row last) → deliver alerts (one at a time)

The warehouse reads as a consistent state through the `runs` row (written last by the load).
Alerts are written to the outbox before the load and delivered only for documents the load
committed, so a crash anywhere neither drops nor duplicates an alert (see flows.outbox).
Only one nightly/backfill/reparse runs at a time per warehouse: a non-blocking run lock.

Ctrl-C or SIGTERM (`planwatch.interrupt`) stops the run within seconds: the pages fetched so far
are recorded with a `runs` row `interrupted` (`flows.stopping`), and the next run parses their
archived bodies without fetching them again (`_unparsed_batches`). A signal during the load
lets the load finish; alerts then wait for the next run.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import time
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from flows import crawling, failures, reports, runtime, steps, stopping
from flows.exceptions import FlowError, RunFailed, RunInProgress, RunInterrupted
from flows.night import Night, fill_reports, log_sources, preview
from flows.report_data import indicator_summary
from planwatch import interrupt
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
    from planwatch.records import FetchedPage, ValidatedRun
    from planwatch.settings import Settings
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)
T = TypeVar("T")


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
    """Run one pipeline and return its report (also stored in `runs.report_json`); status
    `partial` when a source failed. A run that fails raises RunFailed, one stopped by SIGINT or
    SIGTERM RunInterrupted (both carry the report); a wrong argument raises FlowError."""
    interrupt.reinstall()  # Prefect's engine put its own SIGTERM handler in place for the flow run
    run_id = new_run_id()
    t0 = time.perf_counter()
    with contextlib.ExitStack() as stack:
        wh = _open_warehouse(settings, run_id, stack)
        night = Night(settings, wh, run_id, flow_name)
        stack.enter_context(runtime.page_sink(run_id, night.add_live))
        stack.enter_context(interrupt.on_stop(lambda: stopping.record_interrupted(night)))
        try:
            if interrupt.requested():  # the signal came while the run was starting
                raise KeyboardInterrupt
            night.phase = "parse" if reparse else "crawl"
            parts = _reparse_parts(night, since) if reparse else _crawl_and_parse(night, full, refresh)
            result, validated, delivery, n_enq = _validate_load_alert(
                night, steps.concat_tables(parts), alerts=not reparse
            )
        except FlowError:  # a wrong argument (nothing to re-parse): not a failed run
            raise
        except KeyboardInterrupt:
            report = stopping.record_interrupted(night)
            raise RunInterrupted(stopping.message(report), report) from None
        except Exception as exc:
            message = redact_text(f"{type(exc).__name__}: {exc}", settings.secrets())
            log.debug("run %s failed", run_id, exc_info=True)
            _logger().error("run %s failed: %s", run_id, message)
            failures.record_failure(night, message)
            report = {"run_id": run_id, "flow": flow_name, "status": "failed", "error": message}
            raise RunFailed(f"run {run_id} failed: {message}", report) from exc
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
    return _publish(wh, report, result, validated)


def _publish(
    wh: Warehouse, report: dict[str, Any], result: LoadResult, validated: ValidatedRun
) -> dict[str, Any]:
    """The run report page (`flows.reports`), unless a stop came during the load: then the run
    ends at once as interrupted (loaded; alerts and the page wait: `planwatch report RUN_ID`)."""
    if interrupt.requested():
        report["signal"], report["status"] = interrupt.signal_name(), "loading"
        raise RunInterrupted(stopping.message(report), report)
    report["report_html"] = reports.publish(
        wh, report, result.new_docs, result.changed_docs, validated.docs_path
    )
    return report


def _open_warehouse(settings: Settings, run_id: str, stack: contextlib.ExitStack) -> Warehouse:
    """The run's warehouse, checked writable and locked for this run."""
    from warehouse.checks import check
    from warehouse.exceptions import StorageError
    from warehouse.store import Warehouse

    try:
        wh = Warehouse.open(settings.store)
        check(wh, write=True)
        stack.enter_context(run_lock(wh))
        return wh
    except RunInProgress:
        raise
    except Exception as exc:  # no usable warehouse: nothing can be recorded, tell ops directly
        message = redact_text(
            str(exc) if isinstance(exc, StorageError) else f"{type(exc).__name__}: {exc}", settings.secrets()
        )
        failures.notify_ops_directly(settings, run_id, f"cannot open the warehouse: {message}")
        if isinstance(exc, StorageError):
            raise StorageError(message) from None
        raise StorageError(
            f"run {run_id}: cannot open the warehouse {settings.store.root}: {message}"
        ) from None


# --- crawl and parse ---------------------------------------------------------------------------
def _sources(night: Night) -> list[Source]:
    from extract.sources import load_sources

    only = night.settings.crawl.source
    sources = load_sources(night.settings.crawl.sources, only=only or None)
    missing = set(only) - {s.id for s in sources}
    if missing:
        raise FlowError(f"unknown source ids: {', '.join(sorted(missing))}")
    return sources


def as_completed(futures: list[PrefectFuture[T]], step_s: float = 0.2) -> Iterator[PrefectFuture[T]]:
    """The futures as they finish, like Prefect's `as_completed`, but waiting in short timed
    steps: Ctrl-C reaches the main thread only between them (an untimed wait may never wake
    when the kernel hands the signal to another thread)."""
    finished: queue.Queue[PrefectFuture[T]] = queue.Queue()
    for fut in futures:
        fut.add_done_callback(finished.put)
    for _ in range(len(futures)):
        while True:
            try:
                yield finished.get(timeout=step_s)
                break
            except queue.Empty:
                continue


def _crawl_and_parse(night: Night, full: bool, refresh: bool) -> list[dict[str, pl.DataFrame]]:
    from flows import tasks

    sources = _sources(night)
    for s in sources:
        night.report(s.id)
    parse_futures = [_parse(night, batch) for batch in _unparsed_batches(night, sources)]
    client = crawling.shared_client(night.settings)
    ends_at = time.time() + night.settings.crawl.night_budget_s  # the whole crawl's deadline
    crawl = night.settings.crawl
    batches = crawling.host_batches(sources, crawl.concurrency, night.settings.http.min_interval_s)

    def submit(batch: list[Source]) -> PrefectFuture[list[SourceCrawl]]:
        label = batch[0].id if len(batch) == 1 else f"{batch[0].id}+{len(batch) - 1}"
        return tasks.crawl_batch_task.submit(
            batch, night.settings, night.wh, night.run_id, full, refresh, client, ends_at, label
        )

    crawls = crawling.run_batches(batches, submit, crawl.concurrency, crawling.crashed)
    waiting: list[FetchedPage] = []  # detail pages of several sources, parsed BATCH_PAGES at a time
    for done, crawled in enumerate(crawls, 1):
        runtime.progress("crawl", crawled.source_id, done, len(sources))
        waiting.extend(_take_crawl(night, crawled))
        while len(waiting) >= steps.BATCH_PAGES:
            parse_futures.append(_parse(night, waiting[: steps.BATCH_PAGES]))
            del waiting[: steps.BATCH_PAGES]
    if waiting:
        parse_futures.append(_parse(night, waiting))
    if client is not None:
        client.close()
    night.phase = "parse"
    return _collect_parses(night, parse_futures)


ParseJob = tuple[list["FetchedPage"], "PrefectFuture[steps.ParseOutcome]"]


def _parse(night: Night, pages: list[FetchedPage]) -> ParseJob:
    """Submit one parse task run for a batch of pages (of one source or several)."""
    from flows import tasks

    return pages, tasks.parse_batch_task.submit(pages, night.settings.store)


def _unparsed_batches(night: Night, sources: list[Source]) -> list[list[FetchedPage]]:
    """Pages an interrupted run archived and never parsed: parsed now, not fetched again."""
    from flows.history import unparsed_runs

    runs = unparsed_runs(night.wh)
    wanted = {s.id: runs[s.id] for s in sources if s.id in runs}
    if not wanted:
        return []
    pages = steps.archived_pages(
        night.wh,
        source_ids=sorted(wanted),
        run_ids=sorted({r for ids in wanted.values() for r in ids}),
        counties={s.id: s.county for s in sources},
    )
    out: list[list[FetchedPage]] = []
    for sid in sorted(wanted):
        mine = [p for p in pages if p.source_id == sid]
        if mine:
            log.info("%s: %d archived pages of interrupted runs parsed again", sid, len(mine))
        out.extend(steps.batches(mine))
    return out


def _take_crawl(night: Night, crawl: SourceCrawl) -> list[FetchedPage]:
    """Record one source's crawl in the night; the pages to parse."""
    rep = night.report(crawl.source_id)
    with night.lock:
        night.pages_rows.extend(crawl.pages)
    rep["pages_fetched"] = crawl.n_fetched
    rep["pages_failed"] = crawl.n_failed
    if crawl.error:
        kind = "source_empty" if crawl.error_kind == "EmptyScrape" else "source_failed"
        night.fail_source(crawl.source_id, crawl.error, kind=kind)
        # what it archived before failing (a timed-out source, a second list that failed) is
        # parsed now: its `pages` rows say "ok", so no later run would fetch it again
        return crawl.documents
    if crawl.pages and not crawl.lists_readable:
        night.fail_source(
            crawl.source_id,
            "no list page could be read",
            kind="source_empty",
            ops_detail="no list page could be read this run",
        )
    return crawl.documents


def _collect_parses(night: Night, parse_futures: list[ParseJob]) -> list[dict[str, pl.DataFrame]]:
    source_of = {id(fut): pages[0].source_id for pages, fut in parse_futures}
    for i, fut in enumerate(as_completed([f for _, f in parse_futures]), 1):
        runtime.progress("parse", source_of[id(fut)], i, len(parse_futures))
    parts = []
    for pages, fut in parse_futures:
        try:
            outcome = fut.result()  # done by now
        except Exception as exc:
            for sid in dict.fromkeys(p.source_id for p in pages):
                night.report(sid)["errors"].append(f"parse batch failed: {type(exc).__name__}: {exc}")
            continue
        _attribute_errors(night, pages, outcome.errors)
        with night.lock:
            night.pages_rows.extend(steps.refetch_rows(outcome.unreadable, night.run_id))
        parts.append(outcome.tables)
    return parts


def _attribute_errors(night: Night, pages: list[FetchedPage], errors: list[str]) -> None:
    """A parse batch's errors (`URL: why`) into the reports of the sources they belong to."""
    source_of = {p.url: p.source_id for p in pages}
    for error in errors:
        sid = source_of.get(error.split(": ", 1)[0], pages[0].source_id)
        night.report(sid)["errors"].append(error)


def _reparse_parts(night: Night, since: date | None) -> list[dict[str, pl.DataFrame]]:

    pages = steps.archived_pages(night.wh, source_ids=night.settings.crawl.source or None, since=since)
    if not pages:
        raise FlowError("nothing to re-parse: no archived detail pages match")
    futures: list[ParseJob] = []
    for sid in sorted({p.source_id for p in pages}):
        night.report(sid)
        futures.extend(_parse(night, b) for b in steps.batches([p for p in pages if p.source_id == sid]))
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
    night.phase = "validate"
    # Row counts are comparable only between full re-parses; a nightly run holds new notices only.
    previous = previous_counts(wh, flow="reparse") if night.flow_name == "reparse" else None
    crawl_failures = {
        sid: rep["errors"][0] for sid, rep in night.reports.items() if rep["status"] == "failed"
    }
    validated = tasks.validate_task(
        tables, night.run_id, previous, str(datadocs.docs_dir(wh)), crawl_failures
    )
    _drop_failed_sources(night, validated)
    night.ops.extend(failures.ops_messages(night))

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
    with interrupt.deferred():  # a signal never splits the load's commits
        night.begin_load()
        night.phase = "load"
        result = tasks.load_task(wh, night.run_id, night.flow_name, validated, pages, info)
    steps.crash_point("after_load")
    validated.docs_path = datadocs.publish(wh, validated.docs_path)
    fill_reports(night.reports, validated.tables, result, validated.quarantine)
    night.phase = "alerts"
    delivery = DeliveryReport()
    if (alerts or night.ops) and not interrupt.requested():  # pending alerts wait for the next run
        delivery = tasks.deliver_alerts_task(wh, night.settings)
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
