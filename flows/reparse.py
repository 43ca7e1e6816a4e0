"""The archive's rows to parse again: `planwatch reparse` reads them a group of sources at a
time, never all at once (and the next run parses an interrupted run's pages the same way).

A re-parse used to read every archived detail page's `pages` row (one `FetchedPage` each,
~1 KB) before it parsed the first. Now one scan of four columns of `pages` counts the pages
of each source (`page_counts`), the sources are dealt into groups of about `bound` pages
(`groups`: `--load-chunk-docs`, the load's own bound; a source is never split), and each
group's rows are read (filters pushed down into the scan) only when the parses before it have
all started (`flows.pipeline._reparse`). What is parsed is what one whole read gave: the latest
archived body of each URL among the selected sources (`archived_pages`, `among`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from flows import attached

if TYPE_CHECKING:
    from planwatch.records import FetchedPage
    from warehouse.store import Warehouse


def page_counts(wh: Warehouse, source_ids: list[str] | None, since: date | None) -> dict[str, int]:
    """Detail pages to re-parse per source (the latest row of each URL decides its source)."""
    import polars as pl

    dt = wh.delta("pages")
    if dt is None:
        return {}
    latest = (
        pl.scan_delta(dt)
        .filter(archived_filter(source_ids, since))
        .select("url", "source_id", "fetched_at")
        .sort("fetched_at")
        .unique(subset=["url"], keep="last", maintain_order=True)
        .group_by("source_id")
        .len()
        .collect()
    )
    return {str(sid): int(n) for sid, n in latest.iter_rows()}


def groups(counts: dict[str, int], bound: int) -> list[list[str]]:
    """Source ids in order, dealt into groups of at most `bound` pages (a bigger source alone)."""
    out: list[list[str]] = []
    size = 0
    for sid in sorted(counts):
        if not out or size + counts[sid] > max(1, bound):
            out.append([])
            size = 0
        out[-1].append(sid)
        size += counts[sid]
    return out


def group_pages(
    wh: Warehouse,
    group: list[str],
    selection: list[str] | None,
    since: date | None,
    counties: dict[str, str],
) -> Iterator[list[FetchedPage]]:
    """One group's pages, source by source (in fetch order), read in one pushed-down scan."""
    pages = archived_pages(wh, source_ids=group, since=since, counties=counties, among=selection)
    by_source: dict[str, list[FetchedPage]] = {}
    for p in pages:
        by_source.setdefault(p.source_id, []).append(p)
    del pages
    for sid in sorted(by_source):
        yield by_source.pop(sid)


def archived_pages(
    wh: Warehouse,
    *,
    source_ids: list[str] | None = None,
    since: date | None = None,
    run_ids: list[str] | None = None,
    counties: dict[str, str] | None = None,
    among: list[str] | None | bool = False,
) -> list[FetchedPage]:
    """Detail pages to re-parse from the `pages` table: the latest archived body of each URL
    (of the given runs only, with `run_ids`; `counties` by source id, else from `documents`).
    The filters are pushed down into the table's scan: only the rows asked for are read.

    `among` (a streamed re-parse reading `source_ids` as one group of a wider selection: the
    selection's source ids, or None for every source): a URL whose latest row among the
    selection is another source's is left to that source, as in one whole read."""
    import polars as pl

    from planwatch.records import FetchedPage

    pages = wh.read("pages", filter=archived_filter(source_ids, since, run_ids))
    if among is not False and source_ids is not None and pages.height:
        urls = pages.get_column("url").unique().to_list()
        others = archived_filter(among if isinstance(among, list) else None, since, run_ids)
        elsewhere = wh.read(
            "pages", filter=others & pl.col("url").is_in(urls) & ~pl.col("source_id").is_in(source_ids)
        )
        pages = pl.concat([pages, elsewhere])
    pages = pages.sort("fetched_at").unique(subset=["url"], keep="last", maintain_order=True)
    if among is not False and source_ids is not None:
        pages = pages.filter(pl.col("source_id").is_in(source_ids))
    counties = {**(source_counties(wh) if counties is None or among is False else {}), **(counties or {})}
    found = [
        FetchedPage(
            url=r["url"],
            source_id=r["source_id"],
            county=counties.get(r["source_id"]),
            sha256=r["sha256"],
            encoding=r["encoding"],
            encoding_source=r["encoding_source"],
            title=r["title"],
            list_date=r["list_date"],
            fetched_at=r["fetched_at"],
            final_url=r["final_url"],
        )
        for r in pages.iter_rows(named=True)
    ]
    return attached.with_attachments(wh, found)


def archived_filter(
    source_ids: list[str] | None, since: date | None, run_ids: list[str] | None = None
) -> Any:
    """The `pages` rows of archived detail bodies (of these sources, runs, since a day)."""
    import polars as pl

    expr = (pl.col("kind") == "detail") & pl.col("sha256").is_not_null() & (pl.col("outcome") == "ok")
    if source_ids:
        expr &= pl.col("source_id").is_in(source_ids)
    if run_ids is not None:
        expr &= pl.col("run_id").is_in(run_ids)
    if since is not None:
        expr &= pl.col("fetched_at") >= datetime(since.year, since.month, since.day, tzinfo=UTC)
    return expr


def source_counties(wh: Warehouse) -> dict[str, str]:
    """Each source's county, from `documents` (read once by a streamed re-parse)."""
    docs = wh.read("documents").select("source_id", "county").unique()
    return {r["source_id"]: r["county"] for r in docs.iter_rows(named=True) if r["source_id"]}
