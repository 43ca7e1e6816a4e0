"""One source's crawl: its list pages (paging, links), then its detail pages (`SourceCrawler`).

The rules it follows are those of `extract.crawl`; `crawl_source` there is the way in.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from extract import attachments, linked, urlpolicy
from extract.exceptions import EmptyScrape, ScrapeError, SourceTimedOut
from extract.http import FetchResult, HttpClient
from extract.platforms import Link, ListRequest, get_lister
from extract.result import SourceCrawl
from extract.sources import Source, host_allowed
from extract.state import CrawlState
from planwatch.records import Attachment, FetchedPage
from planwatch.redact import redact_text

log = logging.getLogger(__name__)
Event = Callable[[dict], None]


class SourceCrawler:
    """The crawl of one source in one run: `run()` returns its `SourceCrawl`."""

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
        max_new_links: int,
        deadline: float,
    ) -> None:
        self.source, self.client, self.archive, self.state = source, client, archive, state
        self.run_id, self.full, self.refresh = run_id, full, refresh
        self.on_event, self.max_list_pages = on_event, max_list_pages
        self.max_new_links, self.deadline = max_new_links, deadline
        self.out = SourceCrawl(source.id)
        self.queue: dict[str, Link] = {}
        self.handled: set[str] = set()  # detail URLs fetched or deferred this run
        self.seen: set[str] = set()
        self.skipped_hosts: set[str] = set()
        self.pending_lists = state.failed_lists(source.id)
        self.any_list_ok = False
        self.netlocs = source.netlocs
        self.files: dict[str, Attachment] = {}  # attachment URL -> archived file, this run
        self.retry_files = state.files_to_retry(source.id)  # notices whose files failed last run
        self.linked: list[Link] = []  # plan pages linked from this run's notices (`extract.linked`)

    # -- recording -------------------------------------------------------------------------
    def _count(self, key: str, n: int = 1) -> None:
        self.out.counts[key] = self.out.counts.get(key, 0) + n

    def _record(self, res: FetchResult, link: Link | None = None, parent_url: str | None = None) -> None:
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
        row["parent_url"] = parent_url
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
                    "row": row,
                }
            )

    def _unusable(self, why: str) -> None:
        """Turn the list page just recorded as ok into an error: it answered, but not with a list."""
        row = self.out.pages[-1]
        self._count(f"list_{row['outcome']}", -1)
        row["outcome"], row["error"] = "error", redact_text(why)
        self._count("list_error")

    def _skip(
        self, url: str, kind: str, why: str, link: Link | None = None, outcome: str = "skipped"
    ) -> None:
        res = FetchResult(url=url, kind=kind, outcome=outcome, error=why, attempts=0)
        self._record(res, link)

    def _out_of_time(self) -> bool:
        return time.monotonic() >= self.deadline

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
            deadline=self.deadline,
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
            if self._out_of_time():
                raise SourceTimedOut(f"list {start_url}: time budget spent after {fetched} list pages")
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
                if self._out_of_time():
                    raise SourceTimedOut(f"list {start_url}: time budget spent")
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
                    unsafe = urlpolicy.problem(link.url)
                    if unsafe:
                        self._skip(urlpolicy.evidence(link.url), "detail", f"unsafe URL: {unsafe}", link)
                    else:
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
        retry = link.url in self.retry_files  # its files failed last run: the body is needed
        # a 304 would leave a corrupt or lost archived copy as it is: ask for the body then
        sound = not retry and known is not None and bool(known.sha256) and self.archive.verify(known.sha256)
        res = self.client.fetch(
            link.url,
            source=self.source,
            kind="detail",
            etag=known.etag if known and sound else None,
            last_modified=known.last_modified if known and sound else None,
            deadline=self.deadline,
        )
        self._record(res, link)
        if res.outcome == "ok" and res.sha256 and (known is None or known.sha256 != res.sha256 or retry):
            files = self._attachments(res, link)  # a new or changed notice only
            plan_pages = self._plan_pages(res, link)
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
                    attachments=files,
                    plan_pages=plan_pages,
                )
            )
            if known is None or known.sha256 != res.sha256:  # not a retry of its files alone
                self._count("documents_changed" if known else "documents_new")
            if self.on_event:
                self.on_event(
                    {"event": "document", "source_id": self.source.id, "document": self.out.documents[-1]}
                )
        res.body = res.text = None

    def _attachments(self, res: FetchResult, link: Link) -> tuple[Attachment, ...]:
        """The files the notice links to, fetched and archived (`extract.attachments`)."""
        if not res.text or self._out_of_time():
            return ()
        found = attachments.links(res.text, res.final_url or link.url)

        def record(r: FetchResult, name: str, parent: str) -> None:
            self._record(r, Link(r.url, name, None), parent_url=parent)

        return attachments.fetch(
            self.client,
            self.source,
            found,
            link.url,
            allowed=lambda url: host_allowed(url, self.netlocs),
            record=record,
            deadline=self.deadline,
            done=self.files,
        )

    def _plan_pages(self, res: FetchResult, link: Link) -> tuple[str, ...] | None:
        """Queue the sibling pages a notice links to as its plan (`extract.linked`): no list
        shows them. They are fetched after the queue, as detail pages of this source. Returns
        every one found (for `FetchedPage.plan_pages`), None when the page was not scanned."""
        if not res.text or self._out_of_time():
            return None
        found_all = linked.plan_links(res.text, res.final_url or link.url)
        for found in found_all:
            url = found.url
            if url in self.seen or not host_allowed(url, self.netlocs):
                continue
            self.seen.add(url)
            if self.state.detail(self.source.id, url) is None or self.refresh:
                self.linked.append(Link(url, found.title, link.list_date))
        return tuple(f.url for f in found_all)

    def _detail_queue(self) -> list[Link]:
        """Detail pages to fetch, in order: last run's failures, then the pages deferred by
        earlier runs (oldest first), then the notices whose attached files failed last run,
        then this run's new links, then (--refresh) the known ones."""
        queue: dict[str, Link] = {}
        if self.any_list_ok:
            for known in self.state.failed_details(self.source.id):
                if host_allowed(known.url, self.netlocs):
                    queue.setdefault(known.url, Link(known.url, known.title, known.list_date))
        for known in self.state.deferred_details(self.source.id):
            if host_allowed(known.url, self.netlocs):
                queue.setdefault(known.url, Link(known.url, known.title, known.list_date))
        for url in sorted(self.retry_files):
            notice = self.state.detail(self.source.id, url)
            if notice is not None and host_allowed(url, self.netlocs):
                queue.setdefault(url, Link(url, notice.title, notice.list_date))
        for url, link in self.queue.items():
            queue.setdefault(url, link)
        if self.refresh:
            for known in self.state.known_details(self.source.id):
                if host_allowed(known.url, self.netlocs):
                    queue.setdefault(known.url, Link(known.url, known.title, known.list_date))
        return list(queue.values())

    def _fetch_details(self) -> None:
        queue = self._detail_queue()
        cap = self.max_new_links if self.max_new_links > 0 else None
        i = 0
        while True:
            if i == len(queue):  # then the plan pages the notices linked to (no list shows them)
                queue += [x for x in self.linked if x.url not in self.handled]
                self.linked.clear()
                if i == len(queue):
                    return
            if self._out_of_time():
                raise SourceTimedOut(f"time budget spent with {len(queue) - i} detail pages left")
            if cap is not None and i >= cap:
                self._defer(queue[i:] + self.linked, f"{cap} detail pages per run fetched (max_new_links)")
                return
            link = queue[i]
            i += 1
            self.handled.add(link.url)
            self._fetch_detail(link)

    def _defer(self, links: list[Link], why: str) -> None:
        """Record the detail pages left for the next run. A page already waiting (deferred or
        failed in an earlier run) keeps its row and its place in the queue."""
        for link in links:
            if link.url in self.handled:
                continue
            self.handled.add(link.url)
            self._count("detail_left")
            sid = self.source.id
            if self.state.detail(sid, link.url) or self.state.is_waiting(sid, link.url):
                continue
            self._skip(link.url, "detail", f"deferred to the next run: {why}", link, outcome="deferred")

    def run(self) -> SourceCrawl:
        errors: list[str] = []
        try:
            for start_url in self.source.start_urls:
                try:
                    self._crawl_list(start_url)
                except SourceTimedOut:
                    raise
                except ScrapeError as exc:  # EmptyScrape included
                    errors.append(str(exc))
                    if self.out.error_kind != "EmptyScrape":
                        self.out.error_kind = type(exc).__name__
            self._fetch_details()
        except SourceTimedOut as exc:
            errors.append(f"timed out: {exc}")
            self.out.error_kind = "SourceTimedOut"
            self._defer(self._detail_queue(), "time budget spent")
        if errors:
            self.out.error = redact_text("; ".join(errors))
        self.out.counts.setdefault("documents_new", 0)
        self.out.counts.setdefault("documents_changed", 0)
        self.out.counts["links"] = len(self.seen)
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
