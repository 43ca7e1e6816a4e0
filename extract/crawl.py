"""Incremental discovery and fetching of one source, and of many.

Rules:
- list pages are always fetched (conditional GET when seen before; on 304 the archived body is
  parsed again);
- paging stops when a page holds no unseen link, or when its last link is already known (the
  boundary between new and known notices lies on this page); `full=True` pages to the end;
  list pages that failed last run are paged up to again;
- a detail page already archived is not fetched again unless `refresh` (then a changed body is a
  new version); detail pages that failed last run are retried;
- every response body goes to the archive before anything looks at it; only metadata stays in
  memory;
- zero links from a list while the source gave links before is a source error (EmptyScrape: the
  site changed); zero links on a first crawl too (a wrong start URL or platform);
  one source failing never stops the others;
- bounded: at most `max_new_links` detail pages per source per run, and a time budget (the
  source's, capped by the run's deadline). Detail pages left over are recorded as `deferred` and
  fetched first next run, oldest first; a source whose budget ran out is recorded as timed out
  (SourceTimedOut) with everything it fetched kept;
- links the URL policy refuses (backslash, userinfo, control characters …) are recorded as
  `skipped` with the reason, never fetched.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import Any, TypedDict, Unpack

from extract.crawler import SourceCrawler
from extract.http import HttpClient
from extract.result import SourceCrawl
from extract.sources import Source
from extract.state import CrawlState
from planwatch.redact import redact_text

__all__ = ["SourceCrawl", "crawl_source", "crawl_sources"]

log = logging.getLogger(__name__)
Event = Callable[[dict], None]


class CrawlOptions(TypedDict, total=False):
    """How `crawl_source` crawls besides what with (`crawl_sources` hands them on to each)."""

    full: bool
    refresh: bool
    on_event: Event | None
    max_list_pages: int | None
    max_new_links: int
    budget_s: float | None
    deadline: float | None


def crawl_source(
    source: Source,
    *,
    client: HttpClient,
    archive: Any,
    state: CrawlState,
    run_id: str,
    full: bool = False,
    refresh: bool = False,
    on_event: Event | None = None,
    max_list_pages: int | None = None,
    max_new_links: int = 0,
    budget_s: float | None = None,
    deadline: float | None = None,
) -> SourceCrawl:
    """Crawl one source: discover through its list pages, fetch new detail pages into the archive.

    max_new_links: detail pages fetched at most (0: no cap); budget_s: this source's time budget,
    from now; deadline: a `time.monotonic()` instant it never runs past (the run's budget).
    """
    limit = getattr(source, "max_pages", None) or max_list_pages or 200
    t0 = time.perf_counter()
    ends = min(
        time.monotonic() + budget_s if budget_s else math.inf,
        deadline if deadline is not None else math.inf,
    )
    crawler = SourceCrawler(
        source, client, archive, state, run_id, full, refresh, on_event, limit, max_new_links, ends
    )
    out = crawler.run()
    out.seconds = time.perf_counter() - t0
    return out


def crawl_sources(
    sources: list[Source],
    *,
    client: HttpClient,
    archive: Any,
    state: CrawlState,
    run_id: str,
    workers: int = 1,
    **options: Unpack[CrawlOptions],
) -> list[SourceCrawl]:
    """Crawl several sources, each with `crawl_source` and `options`; one failing (even with a
    bug) never stops the others.

    With workers > 1 sources run in threads; the client still spaces requests per host.
    """

    def one(source: Source) -> SourceCrawl:
        try:
            return crawl_source(source, client=client, archive=archive, state=state, run_id=run_id, **options)
        except Exception as exc:  # a bug or an unexpected page must not stop the other sources
            log.exception("source %s failed", source.id)
            return SourceCrawl(
                source.id, error=redact_text(f"{type(exc).__name__}: {exc}"), error_kind=type(exc).__name__
            )

    if workers <= 1 or len(sources) <= 1:
        return [one(s) for s in sources]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, sources))
