"""`planwatch reparse` reads the archive a group of sources at a time, never all at once.

A re-parse used to read every archived detail page's `pages` row (one `FetchedPage` each,
~1 KB) before it parsed the first. Now one scan of four columns of `pages` counts the pages
of each source (`page_counts`), the sources are dealt into groups of about `bound` pages
(`groups`: `--load-chunk-docs`, the load's own bound; a source is never split), and each
group's rows are read (filters pushed down into the scan) only when the parses before it have
all started (`flows.pipeline._reparse`). What is parsed is what one whole read gave: the latest
archived body of each URL among the selected sources (`flows.steps.archived_pages`, `among`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from flows import steps

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
        .filter(steps.archived_filter(source_ids, since))
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
    pages = steps.archived_pages(wh, source_ids=group, since=since, counties=counties, among=selection)
    by_source: dict[str, list[FetchedPage]] = {}
    for p in pages:
        by_source.setdefault(p.source_id, []).append(p)
    del pages
    for sid in sorted(by_source):
        yield by_source.pop(sid)
