"""Prefect tasks: thin wrappers around `flows.steps` (tests call the bodies via `.fn()`).

One task run per source (crawl) or per batch of pages (parse), never per page: a task run costs
6-20 ms of orchestration and a burst of ~1 000 locks the temporary server's SQLite.
No caching (inputs are frames and clients; hashing them would cost more than the work).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import steps
from flows.exceptions import FlowError

CRAWL_RETRIES = 1
TASK_RUNS: Counter = Counter()  # task bodies entered in this process, by task (benchmarks read it)


class SourceCrawlFailed(FlowError):
    """Raised inside the crawl task so Prefect retries a source that failed as a whole."""


@task(name="crawl-source", task_run_name="crawl-{source.id}", retries=CRAWL_RETRIES,
      retry_delay_seconds=2, cache_policy=NO_CACHE)
def crawl_source_task(source: Any, settings: Any, wh: Any, run_id: str, full: bool = False,
                      refresh: bool = False, client: Any = None) -> steps.CrawlOutcome:
    """Discover + fetch + archive one source. Touches the network: retried once as a whole
    (requests are already retried with backoff inside the HTTP client). The last attempt
    returns the failure instead of raising, so the flow records it and goes on."""
    TASK_RUNS["crawl_source"] += 1
    outcome = steps.crawl_one(source, settings, wh, run_id=run_id, full=full, refresh=refresh,
                              client=client)
    attempt = _attempt()
    if outcome.error and attempt and attempt <= CRAWL_RETRIES:
        raise SourceCrawlFailed(f"source {source.id}: {outcome.error}")
    return outcome


def _attempt() -> int:
    """This task run's attempt number (1, 2 …); 0 outside a Prefect task run (`.fn()` calls)."""
    try:
        from prefect.runtime import task_run

        return int(task_run.run_count or 0) if task_run.id else 0
    except Exception:
        return 0


@task(name="parse-batch", cache_policy=NO_CACHE)
def parse_batch_task(details: list[dict[str, Any]], archive_root: str,
                     storage_options: Any = None) -> steps.ParseOutcome:
    """Parse one batch (≤ steps.BATCH_PAGES pages) from the raw archive; no network."""
    TASK_RUNS["parse_batch"] += 1
    return steps.parse_pages(details, archive_root, storage_options)


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(tables: dict, run_id: str, previous_counts: dict | None, docs_dir: Any = None) -> Any:
    TASK_RUNS["validate"] += 1
    return steps.validate(tables, run_id=run_id, previous_counts=previous_counts, docs_dir=docs_dir)


@task(name="enqueue-alerts", cache_policy=NO_CACHE)
def enqueue_alerts_task(wh: Any, tables: dict, settings: Any, run_id: str, ops: list,
                        plans: bool = True) -> int:
    TASK_RUNS["enqueue_alerts"] += 1
    return steps.enqueue_alerts(wh, tables, settings, run_id=run_id, ops=ops, plans=plans)


@task(name="load", cache_policy=NO_CACHE)
def load_task(wh: Any, run_id: str, flow: str, tables: dict, extra: dict, run_info: dict) -> Any:
    TASK_RUNS["load"] += 1
    return steps.load(wh, run_id=run_id, flow=flow, tables=tables, extra=extra, run_info=run_info)


@task(name="deliver-alerts", retries=0, cache_policy=NO_CACHE)
def deliver_alerts_task(wh: Any, settings: Any) -> Any:
    """Sends through Apprise (network); no task retry: a failed alert stays in the outbox and
    the next run retries it."""
    TASK_RUNS["deliver_alerts"] += 1
    return steps.deliver_alerts(wh, settings)
