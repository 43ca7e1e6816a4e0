"""The body of the nightly / backfill / reparse flows (called inside a Prefect flow run).

Order, and why it is crash-safe:

    crawl (batches of hosts, `--crawl-concurrency` hosts at once: flows.crawling)
    → parse (per batch of pages, as the crawls finish; a few batches at once: flows.chunks)
    → per chunk of about `--load-chunk-docs` documents: validate → enqueue alerts (pending)
      → load (one commit per table per chunk: flows.loading)
    → `runs` row last → deliver alerts (one at a time)

The warehouse reads as a consistent state through the `runs` row (written last by the load).
Alerts are written to the outbox before the load and delivered only for documents the load
committed, so a crash anywhere neither drops nor duplicates an alert (see flows.outbox).
Only one nightly/backfill/reparse runs at a time per warehouse (the run guard, across machines
with a Prefect server), and each commit step (a chunk's load; the `runs` row and delivery) holds
the single-writer guard while it writes (`flows.writer`).

Ctrl-C or SIGTERM (`planwatch.interrupt`) stops the run within seconds: the pages fetched so far
are recorded with a `runs` row `interrupted` (`flows.stopping`), and the next run parses their
archived bodies without fetching them again (`_unparsed_batches`). A signal during a chunk's
load or the `runs` row lets that load finish; alerts then wait for the next run.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from flows import crawling, failures, loading, reparse, reports, runtime, steps, stopping
from flows.chunks import ParseQueue
from flows.exceptions import FlowError, RunFailed, RunInterrupted
from flows.night import Night, log_sources
from planwatch import interrupt
from planwatch.ids import new_run_id
from planwatch.redact import redact_text

if TYPE_CHECKING:
    from prefect.futures import PrefectFuture

    from extract.crawl import SourceCrawl
    from extract.sources import Source
    from flows.loading import FinishedRun
    from planwatch.records import FetchedPage
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
    """One pipeline run at a time per warehouse, so two runs never double the load on a portal:
    the run guard (`flows.writer.run_guard`: this machine's lock file, and a Prefect global
    concurrency limit across machines when a Prefect API server is configured). Its commits
    take the single-writer guard besides (`_writing`), only while they write."""
    from flows import writer

    with writer.run_guard(wh, timeout_s):
        yield


@contextlib.contextmanager
def _writing(night: Night) -> Iterator[None]:
    """The single-writer guard around one commit step of the run (a chunk's load; the `runs`
    row and delivery), waiting at most `--writer-wait-s` for another writer."""
    from flows import writer

    with writer.guard(night.wh, night.settings.shard.writer_wait_s):
        yield


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
            if reparse:
                _reparse(night, since)
            else:
                _crawl_and_parse(night, full, refresh)
            with _writing(night):
                end = loading.finish_run(night, alerts=not reparse)
        except FlowError:  # a wrong argument (nothing to re-parse): not a failed run
            raise
        except KeyboardInterrupt:
            report = stopping.record_interrupted(night)
            raise RunInterrupted(stopping.message(report), report) from None
        except Exception as exc:
            message = redact_text(f"{type(exc).__name__}: {exc}", settings.secrets())
            log.debug("run %s failed", run_id, exc_info=True)
            _logger().error("run %s failed: %s", run_id, message)
            _record_failure(night, message)
            report = {"run_id": run_id, "flow": flow_name, "status": "failed", "error": message}
            raise RunFailed(f"run {run_id} failed: {message}", report) from exc
    log_sources(night.reports.values(), _logger())
    report = {
        "run_id": run_id,
        "flow": flow_name,
        "status": night.status,
        "seconds": round(time.perf_counter() - t0, 3),
        "sources": list(night.reports.values()),
        "alerts": {"enqueued": night.totals.enqueued, **end.delivery.as_dict()},
        "versions": end.result.versions,
        "data_docs": end.docs_page or "",
        "warehouse": wh.root,
        "indicators": night.totals.indicators(),
    }
    return _publish(wh, report, end)


def _record_failure(night: Night, message: str) -> None:
    """The failed run's `runs` row and ops alert, under the writer guard when it can be had (a
    guard that cannot be taken must not lose the record: it is written without it then)."""
    try:
        with _writing(night):
            failures.record_failure(night, message)
            return
    except FlowError as exc:  # busy, or the Prefect server gone (maybe why the run failed)
        log.warning("recording run %s without the writer guard: %s", night.run_id, exc)
    failures.record_failure(night, message)


def _publish(wh: Warehouse, report: dict[str, Any], end: FinishedRun) -> dict[str, Any]:
    """The run report page (`flows.reports`), unless a stop came during the load: then the run
    ends at once as interrupted (loaded; alerts and the page wait: `planwatch report RUN_ID`)."""
    if interrupt.requested():
        report["signal"], report["status"] = interrupt.signal_name(), "loading"
        raise RunInterrupted(stopping.message(report), report)
    report["report_html"] = reports.publish(
        wh, report, end.result.new_docs, end.result.changed_docs, end.docs_page, end.quality
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
    except FlowError:  # another run holds the warehouse; its guard cannot be taken
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


def _crawl_and_parse(night: Night, full: bool, refresh: bool) -> None:
    """Crawl every source; parse their pages as the crawls finish and load them chunk by chunk
    (`flows.chunks`, `flows.loading`) while the other hosts are still crawling."""
    from flows import tasks

    sources = _sources(night)
    for s in sources:
        night.report(s.id)
    night.chunks.expect(s.id for s in sources)
    parses = ParseQueue(lambda pages: _parse(night, pages))
    for batch in _unparsed_batches(night, sources):
        night.chunks.to_parse(batch)
        parses.add(batch)
    client = crawling.shared_client(night.settings)
    ends_at = time.time() + night.settings.crawl.night_budget_s  # the whole crawl's deadline
    crawl = night.settings.crawl
    batches = crawling.host_batches(sources, crawl.concurrency, night.settings.http.min_interval_s)

    def submit(batch: list[Source]) -> PrefectFuture[list[SourceCrawl]]:
        label = batch[0].id if len(batch) == 1 else f"{batch[0].id}+{len(batch) - 1}"
        return tasks.crawl_batch_task.submit(
            batch, night.settings, night.wh, night.run_id, full, refresh, client, ends_at, label
        )

    def idle() -> None:  # while no crawl ends: take the parses that did, load a full chunk
        _take_parses(night, parses)

    crawls = crawling.run_batches(batches, submit, crawl.concurrency, crawling.crashed, idle)
    waiting: list[FetchedPage] = []  # detail pages of several sources, parsed BATCH_PAGES at a time
    for done, crawled in enumerate(crawls, 1):
        runtime.progress("crawl", crawled.source_id, done, len(sources))
        waiting.extend(_take_crawl(night, crawled))
        while len(waiting) >= steps.BATCH_PAGES:
            parses.add(waiting[: steps.BATCH_PAGES])
            del waiting[: steps.BATCH_PAGES]
        _take_parses(night, parses)
    if waiting:
        parses.add(waiting)
    if client is not None:
        client.close()
    night.phase = "parse"
    _collect_parses(night, parses)


def _parse(night: Night, pages: list[FetchedPage]) -> PrefectFuture[steps.ParseOutcome]:
    """Submit one parse task run for a batch of pages (of one source or several)."""
    from flows import tasks

    return tasks.parse_batch_task.submit(pages, night.settings.store)


def _unparsed_batches(night: Night, sources: list[Source]) -> list[list[FetchedPage]]:
    """Pages an interrupted run archived and never parsed: parsed now, not fetched again."""
    from flows.history import unparsed_runs

    runs = unparsed_runs(night.wh)
    wanted = {s.id: runs[s.id] for s in sources if s.id in runs}
    if not wanted:
        return []
    pages = reparse.archived_pages(
        night.wh,
        source_ids=sorted(wanted),
        run_ids=sorted({r for ids in wanted.values() for r in ids}),
        counties={s.id: s.county for s in sources},
    )
    out: list[list[FetchedPage]] = []
    for sid, mine in _by_source(pages).items():
        log.info("%s: %d archived pages of interrupted runs parsed again", sid, len(mine))
        out.extend(steps.batches(mine))
    return out


def _by_source(pages: list[FetchedPage]) -> dict[str, list[FetchedPage]]:
    out: dict[str, list[FetchedPage]] = {}
    for p in pages:
        out.setdefault(p.source_id, []).append(p)
    return dict(sorted(out.items()))


def _take_crawl(night: Night, crawl: SourceCrawl) -> list[FetchedPage]:
    """Record one source's crawl in the night; the pages to parse."""
    rep = night.report(crawl.source_id)
    rep["pages_fetched"] = crawl.n_fetched
    rep["pages_failed"] = crawl.n_failed
    if crawl.error:
        kind = "source_empty" if crawl.error_kind == "EmptyScrape" else "source_failed"
        night.fail_source(crawl.source_id, crawl.error, kind=kind)
        # what it archived before failing (a timed-out source, a second list that failed) is
        # parsed now: its `pages` rows say "ok", so no later run would fetch it again
    elif crawl.pages and not crawl.lists_readable:
        night.fail_source(
            crawl.source_id,
            "no list page could be read",
            kind="source_empty",
            ops_detail="no list page could be read this run",
        )
    night.chunks.to_parse(crawl.documents)  # before `crawled`: the source waits for its pages
    night.chunks.crawled(crawl.source_id, crawl.pages)
    return crawl.documents


def _take_parses(night: Night, parses: ParseQueue, *, wait: bool = False) -> None:
    """The parse batches that finished into the night's chunks; load every chunk that is full."""
    for pages, outcome in parses.finished(wait):
        night.parsed += 1
        runtime.progress("parse", pages[0].source_id, night.parsed, 0)
        if isinstance(outcome, BaseException):
            for sid in dict.fromkeys(p.source_id for p in pages):
                night.report(sid)["errors"].append(f"parse batch failed: {type(outcome).__name__}: {outcome}")
            night.chunks.parsed(pages, None)
            continue
        _attribute_errors(night, pages, outcome.errors)
        night.chunks.add_rows(steps.refetch_rows(outcome.unreadable, night.run_id))
        night.chunks.parsed(pages, outcome.tables)
    while (chunk := night.chunks.take()) is not None:
        if night.chunk_sink is not None:  # a shard: staged, loaded later (`flows.staged`)
            night.chunk_sink(chunk)
        else:
            with _writing(night):
                loading.load_chunk(chunk, night, alerts=night.flow_name != "reparse")


def _collect_parses(night: Night, parses: ParseQueue) -> None:
    """Wait for the parses still running, loading chunks as they fill."""
    while len(parses):
        _take_parses(night, parses, wait=True)


def _attribute_errors(night: Night, pages: list[FetchedPage], errors: list[str]) -> None:
    """A parse batch's errors (`URL: why`) into the reports of the sources they belong to."""
    source_of = {p.url: p.source_id for p in pages}
    for error in errors:
        sid = source_of.get(error.split(": ", 1)[0], pages[0].source_id)
        night.report(sid)["errors"].append(error)


def _reparse(night: Night, since: date | None) -> None:
    """Parse the archived detail pages again, a few batches at a time, loading chunk by chunk;
    the archive's rows are read a group of sources at a time (`flows.reparse`), each group when
    the parses before it have all started, so a re-parse holds about one chunk's rows at once."""
    from flows.history import previous_counts

    selection = night.settings.crawl.source or None
    counts = reparse.page_counts(night.wh, selection, since)
    if not counts:
        raise FlowError("nothing to re-parse: no archived detail pages match")
    # row counts are comparable only between full re-parses
    night.totals.previous_counts = previous_counts(night.wh, flow="reparse")
    counties = reparse.source_counties(night.wh)
    parses = ParseQueue(lambda batch: _parse(night, batch))
    for group in reparse.groups(counts, night.settings.crawl.load_chunk_docs):
        while parses.waiting:  # the next group's rows are read when they are needed
            _take_parses(night, parses, wait=True)
        for mine in reparse.group_pages(night.wh, group, selection, since, counties):
            night.report(mine[0].source_id)
            for batch in steps.batches(mine):
                night.chunks.to_parse(batch)
                parses.add(batch)
    _collect_parses(night, parses)
