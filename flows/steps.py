"""The nightly pipeline's steps as plain functions on plain data — no Prefect here.

crawl_one (network) → parse_pages (raw archive only) → validate → enqueue alerts → load →
deliver alerts. `flows.tasks` wraps each as a Prefect task; tests call them directly.
"""
from __future__ import annotations

import logging
import os
import secrets
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable

from planwatch.redact import redact_text

if TYPE_CHECKING:
    import polars as pl

    from planwatch.settings import Settings
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)

CONTENT = ("documents", "tasks", "task_units", "targets")
BATCH_PAGES = 100  # pages per parse task: Prefect task runs cost 6-20 ms each, never one per page
from planwatch.crashpoints import CRASH_ENV, crash_point  # noqa: E402,F401  (test hook, SIGKILL)


def new_run_id() -> str:
    """Sortable run id: UTC timestamp + random suffix."""
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


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


class timed:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "timed":
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        STEP_TIMES.add(self.name, time.perf_counter() - self.t0)


# ------------------------------------------------------------------------------- crawl

@dataclass
class CrawlOutcome:
    """One source's crawl: pages rows (for the `pages` table) and the archived detail pages."""

    source_id: str
    pages: list[dict[str, Any]]
    details: list[dict[str, Any]]
    error: str | None = None
    seconds: float = 0.0
    error_kind: str | None = None  # the crawler's: EmptyScrape when a source suddenly yields nothing

    @property
    def n_fetched(self) -> int:
        return sum(1 for p in self.pages if p.get("outcome") in ("ok", "not_modified"))

    @property
    def n_failed(self) -> int:
        return sum(1 for p in self.pages if p.get("outcome") in ("error", "blocked", "refused"))


def _detail_dict(d: Any, source: Any) -> dict[str, Any]:
    return {
        "url": _get(d, "url"), "final_url": _get(d, "final_url"), "sha256": _get(d, "sha256"),
        "encoding": _get(d, "encoding"), "content_type": _get(d, "content_type"),
        "title": _get(d, "title"), "list_date": _get(d, "list_date"),
        "fetched_at": _get(d, "fetched_at"), "source_id": source.id, "county": source.county,
    }


def crawl_one(source: Any, settings: "Settings", wh: "Warehouse", *, run_id: str,
              full: bool = False, refresh: bool = False, client: Any = None) -> CrawlOutcome:
    """Discover, fetch and archive one source. Never raises: a failure is `CrawlOutcome.error`."""
    t0 = time.perf_counter()
    with timed("crawl"):
        return _crawl_one(source, settings, wh, run_id=run_id, full=full, refresh=refresh,
                          client=client, t0=t0)


def _crawl_one(source: Any, settings: "Settings", wh: "Warehouse", *, run_id: str, full: bool,
               refresh: bool, client: Any, t0: float) -> CrawlOutcome:
    import polars as pl

    from extract.archive import RawArchive
    from extract.crawl import crawl_source
    from extract.state import CrawlState

    try:
        if client is None:
            client = _http_client(settings)
        archive = RawArchive(wh.root, getattr(settings, "storage_options", "") or None)
        pages = wh.read("pages").filter(pl.col("source_id") == source.id)
        state = CrawlState.from_pages(pages.to_dicts())
        crawl = crawl_source(source, client=client, archive=archive, state=state, run_id=run_id,
                             full=full or settings.full, refresh=refresh or settings.refresh,
                             max_list_pages=settings.max_list_pages)
        pages_rows = [dict(p) if isinstance(p, dict) else _asdict(p) for p in _get(crawl, "pages", [])]
        details = [_detail_dict(d, source) for d in _get(crawl, "documents", []) or []]
        error = _get(crawl, "error")
        return CrawlOutcome(source.id, pages_rows, details,
                            redact_text(str(error), settings_secrets(settings)) if error else None,
                            time.perf_counter() - t0, _get(crawl, "error_kind"))
    except Exception as exc:  # one source failing never stops the others
        log.exception("source %s: crawl failed", source.id)
        return CrawlOutcome(source.id, [], [], redact_text(f"{type(exc).__name__}: {exc}",
                                                          settings_secrets(settings)),
                            time.perf_counter() - t0)


def _asdict(obj: Any) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    if is_dataclass(obj):
        return asdict(obj)
    return dict(vars(obj))


def _http_client(settings: "Settings") -> Any:
    """The crawler's HTTP client, configured from settings (politeness, limits, contact URL)."""
    from extract.http import make_client

    return make_client(settings)


def settings_secrets(settings: Any) -> list[str]:
    out = [*getattr(settings, "alert", []), *getattr(settings, "ops_alert", [])]
    if getattr(settings, "storage_options", ""):
        out.append(settings.storage_options)
    return out


# ------------------------------------------------------------------------------- parse

@dataclass
class ParseOutcome:
    tables: dict[str, "pl.DataFrame"]
    errors: list[str] = field(default_factory=list)
    n_pages: int = 0


def _content_type(d: dict[str, Any]) -> str | None:
    if d.get("content_type"):
        return d["content_type"]
    if d.get("encoding"):
        return f"text/html; charset={d['encoding']}"
    return None


def parse_pages(details: list[dict[str, Any]], archive_root: str, storage_options: Any = None
                ) -> ParseOutcome:
    """Parse archived detail pages into contract tables. Reads bytes from the archive, never the network."""
    from extract.archive import RawArchive
    from transform.document import parse_document
    from transform.tables import build_tables

    archive = RawArchive(archive_root, storage_options or None)
    parsed, errors = [], []
    with timed("parse"):
        for d in details:
            try:
                content = archive.get(d["sha256"])
                parsed.append(parse_document(
                    content, source=d["url"], url=d["url"], source_id=d.get("source_id"),
                    county=d.get("county"), fetched_at=d.get("fetched_at"),
                    content_type=_content_type(d), raw_sha256=d["sha256"]))
                crash_point("parse.document")  # crash suites: killed mid-parse
            except Exception as exc:  # one bad page is recorded, the batch goes on
                errors.append(f"{d.get('url')}: {type(exc).__name__}: {exc}")
        tables = build_tables(parsed) if parsed else empty_tables()
    return ParseOutcome(dict(tables), errors, len(details))


def batches(items: list[Any], size: int = BATCH_PAGES) -> list[list[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or []


def empty_tables() -> dict[str, "pl.DataFrame"]:
    from warehouse.contract import empty

    return {name: empty(name) for name in CONTENT}


def concat_tables(parts: Iterable[dict[str, "pl.DataFrame"]]) -> dict[str, "pl.DataFrame"]:
    """Concatenate per-source/per-batch tables (contract schema, so the concat is exact).

    Memory matters here (a backfill holds every parsed body): no rechunk, and the de-duplication
    copy is made only when a key really repeats.
    """
    import polars as pl

    from warehouse.contract import conform, table

    parts = list(parts)
    out = {}
    for name in CONTENT:
        frames = [conform(name, p[name]) for p in parts if p.get(name) is not None and p[name].height]
        frame = pl.concat(frames, how="vertical", rechunk=False) if frames else conform(name, [])
        key = list(table(name).key)
        # one row per key even when a page is listed twice (two list pages link the same notice)
        if frame.height and frame.select(pl.struct(key).is_duplicated().any()).item():
            frame = frame.unique(subset=key, keep="last", maintain_order=True)
        out[name] = frame
    return out


def archived_details(wh: "Warehouse", *, source_ids: list[str] | None = None,
                     since: date | None = None) -> list[dict[str, Any]]:
    """Detail pages to re-parse from the `pages` table: the latest archived body of each URL."""
    import polars as pl

    pages = wh.read("pages").filter((pl.col("kind") == "detail") & pl.col("sha256").is_not_null()
                                    & (pl.col("outcome") == "ok"))
    if source_ids:
        pages = pages.filter(pl.col("source_id").is_in(source_ids))
    if since is not None:
        start = datetime(since.year, since.month, since.day, tzinfo=timezone.utc)
        pages = pages.filter(pl.col("fetched_at") >= start)
    pages = pages.sort("fetched_at").unique(subset=["url"], keep="last", maintain_order=True)
    counties = _counties(wh)
    return [{"url": r["url"], "final_url": r["final_url"], "sha256": r["sha256"],
             "encoding": r["encoding"], "content_type": None, "title": r["title"],
             "list_date": r["list_date"], "fetched_at": r["fetched_at"],
             "source_id": r["source_id"], "county": counties.get(r["source_id"])}
            for r in pages.iter_rows(named=True)]


def _counties(wh: "Warehouse") -> dict[str, str]:
    docs = wh.read("documents").select("source_id", "county").unique()
    return {r["source_id"]: r["county"] for r in docs.iter_rows(named=True) if r["source_id"]}


# ------------------------------------------------------------------------------- validate + load

def validate(tables: dict[str, "pl.DataFrame"], *, run_id: str, previous_counts: dict | None,
             docs_dir: Any = None) -> Any:
    """Great Expectations on the run's rows. previous_counts None skips the per-source collapse
    check (a nightly run holds only the new notices, so its counts are not comparable)."""
    from expectations.validate import validate_run

    with timed("validate"):
        return validate_run(tables, run_id=run_id, previous_counts=previous_counts, docs_dir=docs_dir)


def drop_sources(tables: dict[str, "pl.DataFrame"], source_ids: Iterable[str]) -> dict[str, "pl.DataFrame"]:
    """Remove every row of the given sources (a table-level failure stops that source's load)."""
    import polars as pl

    source_ids = list(source_ids)
    if not source_ids:
        return tables
    docs = tables["documents"]
    gone = docs.filter(pl.col("source_id").is_in(source_ids)).get_column("doc_id").to_list()
    return {n: f.filter(~pl.col("doc_id").is_in(gone)) for n, f in tables.items()}


def load(wh: "Warehouse", *, run_id: str, flow: str, tables: dict, extra: dict, run_info: dict) -> Any:
    from load.merge import load_run

    with timed("load"):
        return load_run(wh, run_id=run_id, flow=flow, tables=tables, extra=extra, run_info=run_info)


# ------------------------------------------------------------------------------- alerts

def read_docs(wh: "Warehouse", table: str, ids: list[str]) -> "pl.DataFrame":
    """Rows of `table` for these doc ids (filter pushed into the scan when the reader allows)."""
    import polars as pl
    import pyarrow.compute as pc

    try:
        return wh.read(table, filter=pc.field("doc_id").isin(ids))
    except Exception:  # some Arrow builds cannot push a filter over string_view files
        return wh.read(table).filter(pl.col("doc_id").is_in(ids))


def configured_targets(settings: "Settings") -> tuple[list[Any], dict[str, str]]:
    """Plan rules and every configured URL by its hash (the outbox stores only the hash)."""
    from flows.alerts import _is_url, load_rules, target_hash

    rules = load_rules(settings)
    urls = [u for r in rules for u in r.urls] + [u for u in settings.ops_alert if _is_url(u)]
    return rules, {target_hash(u): u for u in urls}


def enqueue_alerts(wh: "Warehouse", tables: dict[str, "pl.DataFrame"], settings: "Settings", *,
                   run_id: str, ops: list[Any] = (), plans: bool = True) -> int:
    """Write this run's alerts to the outbox as `pending`, BEFORE the load.

    New and changed plans are found by comparing the run's documents with the warehouse's
    committed documents (the same keys and hashes the MERGE compares). Re-running after a crash
    computes the same alert ids, and ids already in the outbox are skipped.
    """
    from flows.alerts import Outbox, outbox_rows, plan_candidates

    rules, _ = configured_targets(settings)
    messages = list(ops)
    with timed("alerts"):
        if plans and rules and tables["documents"].height:
            ids = tables["documents"].get_column("doc_id").to_list()
            current = read_docs(wh, "documents", ids).select("doc_id", "content_sha256")
            known = dict(zip(current["doc_id"].to_list(), current["content_sha256"].to_list()))
            changed = [r["doc_id"] for r in tables["documents"].iter_rows(named=True)
                       if r["doc_id"] in known and known[r["doc_id"]] != r["content_sha256"]]
            previous = {}
            if changed:
                previous = {n: read_docs(wh, n, changed) for n in ("tasks", "targets")}
            messages.extend(plan_candidates(tables, current, previous))
        rows, _ = outbox_rows(messages, rules, settings.ops_alert, run_id=run_id)
        return Outbox(wh).enqueue(rows)


def deliver_alerts(wh: "Warehouse", settings: "Settings", sender: Any = None) -> Any:
    """Send pending alerts whose documents are committed, one at a time (see flows.alerts)."""
    import polars as pl

    from flows.alerts import Outbox

    _, urls = configured_targets(settings)
    outbox = Outbox(wh) if sender is None else Outbox(wh, sender=sender)
    with timed("alerts"):
        pending = outbox._alerts().filter(pl.col("status").is_in(["pending", "failed"]))
        ids = [d for d in pending.get_column("doc_id").unique().to_list() if d]
        docs = read_docs(wh, "documents", ids).select("doc_id", "content_sha256") \
            if ids else None
        return outbox.deliver(urls, docs)
