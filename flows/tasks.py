"""Prefect tasks: thin wrappers around `flows.steps` (tests call the bodies via `.fn()`).

One task run per batch of hosts (crawl, `flows.crawling`) or per batch of pages (parse), never
per source or page: a task run costs 6-20 ms of orchestration and a burst of ~1 000 locks the
temporary server's SQLite.
No caching (inputs are frames and clients; hashing them would cost more than the work).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import steps
from planwatch import interrupt

if TYPE_CHECKING:
    import polars as pl

    from extract.crawl import SourceCrawl
    from extract.http import HttpClient
    from extract.sources import Source
    from flows.outbox import DeliveryReport
    from load.result import LoadResult
    from load.runs import RunInfo
    from planwatch.records import FetchedPage, ValidatedRun
    from planwatch.settings import Settings, StoreSettings
    from warehouse.store import Warehouse

CRAWL_RETRIES = 1
TASK_RUNS: Counter[str] = Counter()  # task bodies entered in this process, by task (benchmarks read it)


@task(name="crawl-batch", task_run_name="crawl-{label}", cache_policy=NO_CACHE)
def crawl_batch_task(
    sources: list[Source],
    settings: Settings,
    wh: Warehouse,
    run_id: str,
    full: bool = False,
    refresh: bool = False,
    client: HttpClient | None = None,
    ends_at: float | None = None,
    label: str = "batch",
) -> list[SourceCrawl]:
    """Crawl a batch of sources (whole host groups, `flows.crawling`) one after the other. A
    source that failed as a whole is tried once more at once (not one that ran out of time, nor
    during a stop), as the per-source task's retry did; one failing never stops the others."""
    TASK_RUNS["crawl_batch"] += 1
    out = []
    try:
        try:  # the batch's `pages` rows in one scan
            known = steps.known_pages(wh, [s.id for s in sources])
        except Exception:  # each source reads its own, and records why it cannot
            known = {}
        for source in sources:
            mine = known.pop(source.id, None)
            for _ in range(CRAWL_RETRIES + 1):
                crawl = steps.crawl_one(
                    source,
                    settings,
                    wh,
                    run_id=run_id,
                    full=full,
                    refresh=refresh,
                    client=client,
                    ends_at=ends_at,
                    known=mine,
                )
                if not crawl.error or crawl.error_kind == "SourceTimedOut" or interrupt.requested():
                    break
            out.append(crawl)
    finally:
        if client is not None:  # this thread's kept-alive connections to the batch's hosts
            client.end_thread()
    return out


@task(name="parse-batch", cache_policy=NO_CACHE)
def parse_batch_task(pages: list[FetchedPage], store: StoreSettings) -> steps.ParseOutcome:
    """Parse one batch (≤ steps.BATCH_PAGES pages) from the raw archive; no network."""
    TASK_RUNS["parse_batch"] += 1
    return steps.parse_pages(pages, store)


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(
    tables: dict[str, pl.DataFrame],
    run_id: str,
    previous_counts: dict[str, dict[str, int]] | None,
    docs_dir: str | None = None,
    source_failures: dict[str, str] | None = None,
) -> ValidatedRun:
    TASK_RUNS["validate"] += 1
    return steps.validate(
        tables,
        run_id=run_id,
        previous_counts=previous_counts,
        docs_dir=docs_dir,
        source_failures=source_failures,
    )


@task(name="enqueue-alerts", cache_policy=NO_CACHE)
def enqueue_alerts_task(
    wh: Warehouse,
    tables: dict[str, pl.DataFrame],
    settings: Settings,
    run_id: str,
    ops: list[Any],
    plans: bool = True,
    flow: str = "nightly",
) -> int:
    TASK_RUNS["enqueue_alerts"] += 1
    return steps.enqueue_alerts(wh, tables, settings, run_id=run_id, ops=ops, plans=plans, flow=flow)


@task(name="load-chunk", cache_policy=NO_CACHE)
def load_chunk_task(wh: Warehouse, run_id: str, run: ValidatedRun, pages: pl.DataFrame | None) -> LoadResult:
    TASK_RUNS["load_chunk"] += 1
    return steps.load_chunk(wh, run_id=run_id, run=run, pages=pages)


@task(name="load", cache_policy=NO_CACHE)
def finish_run_task(
    wh: Warehouse,
    run_id: str,
    flow: str,
    result: LoadResult,
    info: RunInfo,
    counts: dict[str, dict[str, int]],
    pages: pl.DataFrame | None,
) -> LoadResult:
    """The `runs` row of a night loaded in chunks (its versions: every chunk's commits)."""
    TASK_RUNS["load"] += 1
    return steps.finish_run(
        wh, run_id=run_id, flow=flow, result=result, info=info, counts=counts, pages=pages
    )


@task(name="deliver-alerts", retries=0, cache_policy=NO_CACHE)
def deliver_alerts_task(wh: Warehouse, settings: Settings) -> DeliveryReport:
    """Sends through Apprise (network); no task retry: a failed alert stays in the outbox and
    the next run retries it."""
    TASK_RUNS["deliver_alerts"] += 1
    return steps.deliver_alerts(wh, settings)
