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
  one source failing never stops the others.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extract.exceptions import EmptyScrape, ScrapeError
from extract.http import FetchResult, HttpClient
from extract.platforms import Link, ListRequest, get_lister
from extract.sources import Source, host_allowed
from extract.state import CrawlState
from planwatch.records import FetchedPage
from planwatch.redact import redact_text

log = logging.getLogger(__name__)
Event = Callable[[dict], None]


@dataclass
class SourceCrawl:
    """One source's crawl: a `pages` row per fetch and the detail pages archived this run."""

    source_id: str
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[FetchedPage] = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None  # ScrapeError | EmptyScrape | …
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def n_fetched(self) -> int:
        return sum(1 for p in self.pages if p.get("outcome") in ("ok", "not_modified"))

    @property
    def n_failed(self) -> int:
        return sum(1 for p in self.pages if p.get("outcome") in ("error", "blocked", "refused"))

    @property
    def lists_readable(self) -> bool:
        """Whether a list page answered (a source whose every list failed found nothing)."""
        return any(p.get("kind") == "list" and p.get("outcome") in ("ok", "not_modified") for p in self.pages)


class _SourceCrawler:
    def __init__(
        self,
        source: Source,
        client: HttpClient,
        archive: Any,
        state: CrawlState,
        run_id: str,
        full: bool,
        refresh: bool,
        on_event: Event | None,
        max_list_pages: int,
    ) -> None:
        self.source, self.client, self.archive, self.state = source, client, archive, state
        self.run_id, self.full, self.refresh = run_id, full, refresh
        self.on_event, self.max_list_pages = on_event, max_list_pages
        self.out = SourceCrawl(source.id)
        self.queue: dict[str, Link] = {}
        self.seen: set[str] = set()
        self.skipped_hosts: set[str] = set()
        self.pending_lists = state.failed_lists(source.id)
        self.any_list_ok = False
        self.netlocs = source.netlocs

    # -- recording -------------------------------------------------------------------------
    def _count(self, key: str, n: int = 1) -> None:
        self.out.counts[key] = self.out.counts.get(key, 0) + n

    def _record(self, res: FetchResult, link: Link | None = None) -> None:
        """Archive the body, then log the page row that names it; drop the body.

        The crawler is the one place bytes enter the archive: a `pages` row (and so a parse)
        never points at a body the archive does not hold.
        """
        for side in res.side:
            self._record(side)
        res.side = []
        if res.body is not None and res.sha256 is not None:
            self.archive.put(res.body)
        row = res.to_row(
            run_id=self.run_id,
            source_id=self.source.id,
            title=link.title if link else None,
            list_date=link.list_date if link else None,
        )
        self.out.pages.append(row)
        self._count(f"{res.kind}_{res.outcome}")
        self._count("requests", res.attempts)
        self._count("bytes", res.nbytes or 0)
        if self.on_event:
            self.on_event(
                {
                    "event": "page",
                    "source_id": self.source.id,
                    "url": res.url,
                    "kind": res.kind,
                    "outcome": res.outcome,
                    "status": res.status,
                    "error": res.error,
                    "row": row,  # the `pages` row, its body already archived
                }
            )

    def _unusable(self, why: str) -> None:
        """Turn the list page just recorded as ok into an error: it answered, but not with a list."""
        row = self.out.pages[-1]
        self._count(f"list_{row['outcome']}", -1)
        row["outcome"], row["error"] = "error", redact_text(why)
        self._count("list_error")

    def _skip(self, url: str, kind: str, why: str, link: Link | None = None) -> None:
        res = FetchResult(url=url, kind=kind, outcome="skipped", error=why, attempts=0)
        self._record(res, link)

    # -- lists -----------------------------------------------------------------------------
    def _list_text(self, req: ListRequest, res: FetchResult) -> str | None:
        if res.outcome == "ok":
            return res.text
        if res.outcome == "not_modified":
            known = self.state.list_page(self.source.id, req.url)
            if known and known.sha256:
                try:
                    body = self.archive.get(known.sha256)
                except (KeyError, ValueError, OSError):
                    return None
                from planwatch.charset import decode

                return decode(body, None).text
        return None

    def _fetch_list(self, req: ListRequest, conditional: bool = True) -> FetchResult:
        known = self.state.list_page(self.source.id, req.url) if req.method == "GET" and conditional else None
        return self.client.fetch(
            req.url,
            source=self.source,
            kind="list",
            method=req.method,
            data=list(req.data) if req.data else None,
            etag=known.etag if known else None,
            last_modified=known.last_modified if known else None,
        )

    def _crawl_list(self, start_url: str) -> None:
        # Long function: the paging loop of one list: each way it stops sits beside the others.
        lister = get_lister(self.source, start_url)
        req: ListRequest | None = lister.first()
        fetched = n_links = 0
        fresh_body = at_end = False
        visited: set[tuple[str, str, Any]] = set()
        pending = {u for u in self.pending_lists if lister.owns(u)}  # failed here last run
        while req is not None:
            if fetched >= self.max_list_pages:
                log.info("%s: stopped at %d list pages", self.source.id, fetched)
                break
            if (req.url, req.method, req.data) in visited:
                break
            visited.add((req.url, req.method, req.data))
            fetched += 1
            res = self._fetch_list(req)
            self.pending_lists.discard(req.url)
            pending.discard(req.url)
            self._record(res)  # archived before anything reads it
            text = self._list_text(req, res)
            if text is None and res.outcome == "not_modified":
                # 304, but the archived copy is gone: ask again without validators
                res = self._fetch_list(req, conditional=False)
                self._record(res)
                text = self._list_text(req, res)
            res.body = None
            if text is None:
                if req.page == 1:
                    raise ScrapeError(
                        f"list page {start_url}: {res.outcome}" + (f" ({res.error})" if res.error else "")
                    )
                break  # a later page failed: recorded, retried (paged up to) next run
            self.any_list_ok = True
            page = lister.parse(req, text, res.final_url or req.url)
            if page.error:
                self._unusable(page.error)
                if req.page == 1:
                    raise ScrapeError(f"list page {start_url}: {page.error}")
                break  # recorded as an error: paged up to again next run
            n_links += len(page.links)
            fresh_body = fresh_body or res.outcome == "ok"
            new_here, last_known, fresh_in_run = self._take_links(page.links)
            if page.next is None:
                at_end = True
                break
            if fresh_in_run == 0 and page.links:
                at_end = True
                break  # the server ignores paging: the same links again
            if self.full:
                req = page.next
            elif not page.links and req.page == 1:
                req = page.next  # a shell page whose list is loaded separately
            elif new_here and not last_known:
                req = page.next
            elif pending:
                req = page.next  # page on to the list pages that failed here last run
            else:
                break
        if at_end:
            for url in sorted(pending):
                # paged to the end without meeting it: the list no longer has this page
                self.pending_lists.discard(url)
                self._skip(url, "list", "list page no longer reached by paging")
        if n_links == 0 and fresh_body:
            if self.state.has_links(self.source.id):
                raise EmptyScrape(
                    f"list {start_url} gave no links; it gave links before (the site or its template changed)"
                )
            raise EmptyScrape(
                f"list {start_url} gave no links (check its start_urls, platform and link_pattern)"
            )

    def _take_links(self, links: list[Link]) -> tuple[int, bool, int]:
        """Queue unseen in-scope links; return (new links, whether the last link is known, fresh)."""
        new = fresh = 0
        last_known = False
        for link in links:
            if not host_allowed(link.url, self.netlocs):
                if link.url not in self.skipped_hosts:
                    self.skipped_hosts.add(link.url)
                    self._skip(link.url, "detail", "host not in allowed_hosts", link)
                continue
            known = self.state.detail(self.source.id, link.url)
            is_new = known is None and link.url not in self.seen
            if link.url not in self.seen:
                fresh += 1
                self.seen.add(link.url)
                if known is None or self.refresh:
                    self.queue[link.url] = link
            new += int(is_new)
            last_known = known is not None
        return new, last_known, fresh

    # -- details ---------------------------------------------------------------------------
    def _fetch_detail(self, link: Link) -> None:
        known = self.state.detail(self.source.id, link.url)
        res = self.client.fetch(
            link.url,
            source=self.source,
            kind="detail",
            etag=known.etag if known else None,
            last_modified=known.last_modified if known else None,
        )
        self._record(res, link)
        if res.outcome == "ok" and res.sha256 and (known is None or known.sha256 != res.sha256):
            self.out.documents.append(
                FetchedPage(
                    url=link.url,
                    source_id=self.source.id,
                    county=self.source.county,
                    sha256=res.sha256,
                    encoding=res.encoding,
                    encoding_source=res.encoding_source,
                    title=link.title,
                    list_date=link.list_date,
                    fetched_at=res.fetched_at,
                    content_type=res.content_type,
                    final_url=res.final_url,
                    previous_sha256=known.sha256 if known else None,
                )
            )
            self._count("documents_changed" if known else "documents_new")
        res.body = res.text = None

    def run(self) -> SourceCrawl:
        errors: list[str] = []
        for start_url in self.source.start_urls:
            try:
                self._crawl_list(start_url)
            except ScrapeError as exc:  # EmptyScrape included
                errors.append(str(exc))
                if self.out.error_kind != "EmptyScrape":
                    self.out.error_kind = type(exc).__name__
        if errors:
            self.out.error = "; ".join(errors)
        if self.refresh:
            for known in self.state.known_details(self.source.id):
                if known.url not in self.queue and host_allowed(known.url, self.netlocs):
                    self.queue[known.url] = Link(known.url, known.title, known.list_date)
        if self.any_list_ok:
            for known in self.state.failed_details(self.source.id):
                if known.url not in self.queue and host_allowed(known.url, self.netlocs):
                    self.queue[known.url] = Link(known.url, known.title, known.list_date)
        for link in list(self.queue.values()):
            self._fetch_detail(link)
        self.out.counts.setdefault("documents_new", 0)
        self.out.counts.setdefault("documents_changed", 0)
        self.out.counts["links"] = len(self.seen)
        if self.out.error:
            self.out.error = redact_text(self.out.error)
        if self.on_event:
            self.on_event(
                {
                    "event": "source_done",
                    "source_id": self.source.id,
                    "error": self.out.error,
                    "counts": dict(self.out.counts),
                }
            )
        return self.out


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
) -> SourceCrawl:
    """Crawl one source: discover through its list pages, fetch new detail pages into the archive."""
    limit = getattr(source, "max_pages", None) or max_list_pages or 200
    t0 = time.perf_counter()
    crawler = _SourceCrawler(source, client, archive, state, run_id, full, refresh, on_event, limit)
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
    full: bool = False,
    refresh: bool = False,
    on_event: Event | None = None,
    max_list_pages: int | None = None,
    workers: int = 1,
) -> list[SourceCrawl]:
    """Crawl several sources; one failing (even with a bug) never stops the others.

    With workers > 1 sources run in threads; the client still spaces requests per host.
    """

    def one(source: Source) -> SourceCrawl:
        try:
            return crawl_source(
                source,
                client=client,
                archive=archive,
                state=state,
                run_id=run_id,
                full=full,
                refresh=refresh,
                on_event=on_event,
                max_list_pages=max_list_pages,
            )
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
