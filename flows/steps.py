"""The step bodies the flows wire together: each calls one package and hands on its record.

crawl_one (extract: network → raw archive) → parse_pages (transform: raw archive only) →
validate (expectations) → enqueue alerts → load (load, per chunk: `flows.loading`) → deliver
alerts. `flows.tasks` wraps each as a Prefect task; tests call them directly.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from flows import abandon, attached
from planwatch.crashpoints import crash_point
from planwatch.redact import redact_text
from warehouse.contract import CONTENT_TABLES

if TYPE_CHECKING:
    import polars as pl

    from extract.crawl import SourceCrawl
    from extract.http import HttpClient
    from extract.sources import Source
    from flows.outbox import DeliveryReport, Sender
    from load.result import LoadResult
    from load.runs import RunInfo
    from planwatch.records import FetchedPage, ValidatedRun
    from planwatch.settings import Settings, StoreSettings
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)

BATCH_PAGES = 100  # pages per parse task: Prefect task runs cost 6-20 ms each, never one per page
# `pages` scans at once: a night starts up to --crawl-concurrency crawl batches together, and each
# concurrent scan of the table holds its own decoded copy (64 at once: +105 MB, 2 at once: +8 MB
# over an 11,000-row table); a scan takes milliseconds and runs on polars' threads anyway
PAGES_SCANS_AT_ONCE = 2
_PAGES_SCANS = threading.BoundedSemaphore(PAGES_SCANS_AT_ONCE)
T = TypeVar("T")


# ------------------------------------------------------------------------------- timing
@dataclass
class StepTimes:
    """Seconds spent inside each step's own code (the benchmark compares it with wall time)."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, s: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + s

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


STEP_TIMES = StepTimes()


@contextmanager
def timed(name: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        STEP_TIMES.add(name, time.perf_counter() - t0)


# ------------------------------------------------------------------------------- crawl
def http_client(settings: Settings) -> HttpClient:
    """The crawler's HTTP client, configured from settings (politeness, limits, contact URL)."""
    from extract.http import HttpClient

    return HttpClient(settings.http)


def crawl_one(
    source: Source,
    settings: Settings,
    wh: Warehouse,
    *,
    run_id: str,
    full: bool = False,
    refresh: bool = False,
    client: HttpClient | None = None,
    ends_at: float | None = None,
    known: list[dict[str, Any]] | None = None,
) -> SourceCrawl:
    """Discover, fetch and archive one source. Never raises: a failure is `SourceCrawl.error`.

    known: the source's `pages` rows when the caller read them already (`known_pages`, one scan
    for a batch of sources); else they are read here.

    ends_at: the run's crawl deadline as a UNIX time (`--night-budget-s` from the run's start;
    tasks may run in other processes, so not a monotonic instant); the source's own budget is
    `--source-budget-s` from now."""
    import polars as pl

    from extract.archive import RawArchive
    from extract.crawl import SourceCrawl, crawl_source
    from extract.state import CrawlState

    t0 = time.perf_counter()
    with timed("crawl"):
        try:
            http = client or http_client(settings)
            archive = RawArchive(wh.root, settings.store.storage_options or None)
            if known is None:
                known = wh.read("pages", filter=pl.col("source_id") == source.id).to_dicts()
            state = CrawlState.from_pages(known)
            deadline = None if ends_at is None else time.monotonic() + (ends_at - time.time())
            crawl = abandon.abandonable(
                source.id,
                lambda: crawl_source(
                    source,
                    client=http,
                    archive=archive,
                    state=state,
                    run_id=run_id,
                    full=full or settings.crawl.full,
                    refresh=refresh or settings.crawl.refresh,
                    max_list_pages=settings.crawl.max_list_pages,
                    max_new_links=settings.crawl.max_new_links,
                    budget_s=settings.crawl.source_budget_s,
                    deadline=deadline,
                    on_event=abandon.page_events(run_id),
                ),
                then=http.end_thread,  # the session of the crawl's own thread, with its connections
            )
            if crawl.error:
                crawl.error = redact_text(crawl.error, settings.secrets())
            return crawl
        except Exception as exc:  # one source failing never stops the others
            log.exception("source %s: crawl failed", source.id)
            message = redact_text(f"{type(exc).__name__}: {exc}", settings.secrets())
            return SourceCrawl(source.id, error=message, seconds=time.perf_counter() - t0)


def known_pages(wh: Warehouse, source_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The `pages` rows of these sources, by source, in one scan of the table (a night's crawl
    batch reads them once, not once per source)."""
    import polars as pl

    out: dict[str, list[dict[str, Any]]] = {sid: [] for sid in source_ids}
    with _PAGES_SCANS:
        pages = wh.read("pages", filter=pl.col("source_id").is_in(source_ids))
    for row in pages.to_dicts():
        out.setdefault(row["source_id"], []).append(row)
    return out


# ------------------------------------------------------------------------------- parse
@dataclass
class ParseOutcome:
    tables: dict[str, pl.DataFrame]
    errors: list[str] = field(default_factory=list)
    n_pages: int = 0
    unreadable: list[FetchedPage] = field(default_factory=list)  # archived copy missing or corrupt


def parse_pages(pages: list[FetchedPage], store: StoreSettings | str) -> ParseOutcome:
    """Parse archived detail pages into contract tables. Reads bytes from the archive, never the network."""
    from extract.archive import RawArchive
    from transform.document import parse_document
    from transform.tables import build_tables

    root, options = (store, None) if isinstance(store, str) else (store.root, store.storage_options)
    from extract.exceptions import ArchiveError

    archive = RawArchive(root, options or None)
    parsed, errors, unreadable = [], [], []
    with timed("parse"):
        for page in pages:
            try:
                try:
                    content = archive.get(page.sha256)
                except ArchiveError:
                    unreadable.append(page)
                    raise
                doc = parse_document(
                    content,
                    source=page.url,
                    url=page.url,
                    source_id=page.source_id,
                    county=page.county,
                    fetched_at=page.fetched_at,
                    content_type=page.content_type_hint(),
                    raw_sha256=page.sha256,
                    attachments=attached.files(archive, page),
                )
                doc.document["plan_pages"] = plan_pages(content, page)
                parsed.append(doc)
                crash_point("parse.document")  # crash suites: killed mid-parse
            except Exception as exc:  # one bad page is recorded, the batch goes on
                errors.append(f"{page.url}: {type(exc).__name__}: {exc}")
        tables = build_tables(parsed) if parsed else empty_tables()
    return ParseOutcome(dict(tables), errors, len(pages), unreadable)


def plan_pages(content: bytes, page: FetchedPage) -> list[str] | None:
    """`documents.plan_pages` (`extract.linked`): the crawler's scan, or (a re-parse) the same
    scan of the archived bytes; None for none."""
    from extract.linked import archived_plan_links

    if page.plan_pages is not None:
        return list(page.plan_pages) or None
    found = archived_plan_links(content, page.final_url or page.url, page.content_type_hint())
    return found or None


def refetch_rows(pages: list[FetchedPage], run_id: str) -> list[dict[str, Any]]:
    """`pages` rows that send detail pages whose archived copy is unreadable back to the crawler:
    the next crawl fetches them again, unconditionally, and the archive repairs the blob."""
    from extract.result import FetchResult
    from extract.state import ARCHIVE_UNREADABLE

    rows = []
    for page in pages:
        res = FetchResult(url=page.url, kind="detail", outcome="error", error=ARCHIVE_UNREADABLE, attempts=0)
        rows.append(
            res.to_row(run_id=run_id, source_id=page.source_id, title=page.title, list_date=page.list_date)
        )
    return rows


def batches(items: list[T], size: int = BATCH_PAGES) -> list[list[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def empty_tables() -> dict[str, pl.DataFrame]:
    from warehouse.contract import empty

    return {name: empty(name) for name in CONTENT_TABLES}


# ------------------------------------------------------------------------------- validate + load
def validate(
    tables: dict[str, pl.DataFrame],
    *,
    run_id: str,
    previous_counts: dict[str, dict[str, int]] | None,
    docs_dir: str | None = None,
    source_failures: dict[str, str] | None = None,
) -> ValidatedRun:
    """Great Expectations on the run's rows. previous_counts None skips the per-source collapse
    check (a nightly run holds only the new notices, so its counts are not comparable);
    source_failures (sources that failed before validation) mark the run in Data Docs."""
    from expectations.validate import validate_run

    with timed("validate"):
        return validate_run(
            tables,
            run_id=run_id,
            previous_counts=previous_counts,
            docs_dir=docs_dir,
            source_failures=source_failures,
        )


def drop_sources(tables: dict[str, pl.DataFrame], source_ids: Iterable[str]) -> dict[str, pl.DataFrame]:
    """Remove every row of the given sources (a table-level failure stops that source's load)."""
    import polars as pl

    source_ids = list(source_ids)
    if not source_ids:
        return tables
    docs = tables["documents"]
    gone = docs.filter(pl.col("source_id").is_in(source_ids)).get_column("doc_id").to_list()
    return {n: f.filter(~pl.col("doc_id").is_in(gone)) for n, f in tables.items()}


def load_chunk(wh: Warehouse, *, run_id: str, run: ValidatedRun, pages: pl.DataFrame | None) -> LoadResult:
    """One chunk of a run: one commit per table, no `runs` row (`finish_run`)."""
    from load.merge import load_chunk as load_one

    with timed("load"):
        return load_one(wh, run, run_id=run_id, pages=pages)


def finish_run(
    wh: Warehouse,
    *,
    run_id: str,
    flow: str,
    result: LoadResult,
    info: RunInfo,
    counts: dict[str, dict[str, int]],
    pages: pl.DataFrame | None,
) -> LoadResult:
    """The `runs` row after the last chunk (and the `pages` rows no chunk took)."""
    from load.merge import finish_run as finish

    with timed("load"):
        return finish(wh, run_id=run_id, flow=flow, result=result, info=info, counts=counts, pages=pages)


# ------------------------------------------------------------------------------- alerts
def read_docs(wh: Warehouse, table: str, ids: list[str]) -> pl.DataFrame:
    """Rows of `table` for these doc ids (filter pushed into the scan when the reader allows)."""
    import polars as pl
    import pyarrow.compute as pc

    try:
        return wh.read(table, filter=pc.field("doc_id").isin(ids))
    except Exception:  # some Arrow builds cannot push a filter over string_view files
        return wh.read(table).filter(pl.col("doc_id").is_in(ids))


def configured_targets(settings: Settings) -> tuple[list[Any], dict[str, str]]:
    """Plan rules and every configured URL by its hash (the outbox stores only the hash)."""
    from flows.alerts import is_url, load_rules
    from flows.outbox import target_hash

    rules = load_rules(settings)
    urls = [u for r in rules for u in r.urls] + [u for u in settings.alerts.ops_urls if is_url(u)]
    return rules, {target_hash(u): u for u in urls}


def enqueue_alerts(
    wh: Warehouse,
    tables: dict[str, pl.DataFrame],
    settings: Settings,
    *,
    run_id: str,
    ops: Iterable[Any] = (),
    plans: bool = True,
    flow: str = "nightly",
) -> int:
    """Write this run's alerts to the outbox as `pending`, BEFORE the load.

    New and changed plans are found by comparing the run's documents with the warehouse's
    committed documents (the same keys and hashes the MERGE compares), then routed to their
    targets, as one digest per source on a first crawl or a backfill (flows.plan_alerts).
    Re-running after a crash computes the same alert ids, and ids already in the outbox are skipped.
    """
    from flows.outbox import Outbox, outbox_rows

    rules, _ = configured_targets(settings)
    messages = list(ops)
    with timed("alerts"):
        if plans and rules and tables["documents"].height:
            messages.extend(_plan_messages(wh, tables, settings, rules, flow))
        rows, _ = outbox_rows(messages, rules, settings.alerts.ops_urls, run_id=run_id)
        return Outbox(wh).enqueue(rows)


def _plan_messages(
    wh: Warehouse, tables: dict[str, pl.DataFrame], settings: Settings, rules: list[Any], flow: str
) -> list[Any]:
    """This run's new and changed plans as messages with their targets set."""
    import polars as pl

    from flows.alerts import plan_candidates
    from flows.plan_alerts import NOTICE_COLUMNS, first_crawl_sources, fold_linked, route

    docs = tables["documents"]
    current = read_docs(wh, "documents", docs.get_column("doc_id").to_list()).select(
        "doc_id", "content_sha256"
    )
    known = dict(zip(current["doc_id"].to_list(), current["content_sha256"].to_list(), strict=True))
    changed = [
        r["doc_id"]
        for r in docs.iter_rows(named=True)
        if r["doc_id"] in known and known[r["doc_id"]] != r["content_sha256"]
    ]
    previous = {n: read_docs(wh, n, changed) for n in ("tasks", "targets")} if changed else {}
    language = settings.alerts.language
    candidates = plan_candidates(tables, current, previous, language)
    sources = sorted({s for s in docs.get_column("source_id").to_list() if s})
    # the sources' committed documents: who has one (first crawl?), and the notices and plan
    # pages that link each other (a notice and its plan page are one plan: fold_linked)
    committed = wh.read(
        "documents", filter=pl.col("source_id").is_in(sources), columns=["source_id", *NOTICE_COLUMNS]
    )
    messages = fold_linked(candidates, docs, committed, language)
    return route(
        messages,
        rules,
        default_mode=settings.alerts.digest,
        flow=flow,
        first_crawl=first_crawl_sources(sources, committed.select("source_id").unique()),
        language=language,
    )


def deliver_alerts(wh: Warehouse, settings: Settings, sender: Sender | None = None) -> DeliveryReport:
    """Send pending alerts whose documents are committed, one at a time (see flows.outbox)."""
    from flows.outbox import Outbox

    _, urls = configured_targets(settings)
    outbox = Outbox(wh) if sender is None else Outbox(wh, sender=sender)
    with timed("alerts"):
        ids = outbox.waiting_doc_ids()
        docs = read_docs(wh, "documents", ids).select("doc_id", "content_sha256") if ids else None
        return outbox.deliver(urls, docs)
