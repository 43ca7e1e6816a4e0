"""Attached files between the raw archive and the parser (small hooks of `flows.steps`).

`files(archive, page)`: the bytes of a notice's archived attachments, for `parse_document`
(a blob the archive cannot give is left out and logged: the notice is parsed without it).
`with_attachments(wh, pages)`: `reparse` rebuilds a notice's attachment records from the
`pages` table (rows of kind `attachment` whose `parent_url` is the notice, the latest of each;
a file several notices link is fetched once a run, the others' rows are `skipped` with its hash).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from planwatch.records import AttachedFile, Attachment, FetchedPage

if TYPE_CHECKING:
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)


def files(archive: Any, page: FetchedPage) -> list[AttachedFile]:
    from extract.exceptions import ArchiveError

    out = []
    for a in page.attachments:
        try:
            out.append(AttachedFile(a.name, archive.get(a.sha256), a.url, a.sha256))
        except (ArchiveError, KeyError, OSError) as exc:
            log.warning("attachment %s of %s not in the archive: %s", a.url, page.url, exc)
    return out


def with_attachments(wh: Warehouse, pages: list[FetchedPage]) -> list[FetchedPage]:
    import dataclasses

    import polars as pl

    if not pages:
        return pages
    try:
        frame = wh.read(  # only these notices' files: pushed down into the scan
            "pages",
            filter=(pl.col("kind") == "attachment")
            & pl.col("outcome").is_in(["ok", "skipped"])  # skipped: fetched once for another notice
            & pl.col("sha256").is_not_null()
            & pl.col("parent_url").is_in([p.url for p in pages]),
        )
    except pl.exceptions.ColumnNotFoundError:  # a warehouse from before attachments
        return pages
    rows = frame.sort("fetched_at").unique(subset=["parent_url", "url"], keep="last", maintain_order=True)
    by_notice: dict[str, list[Attachment]] = {}
    for r in rows.iter_rows(named=True):
        att = Attachment(r["url"], r["title"] or r["url"].rsplit("/", 1)[-1], r["sha256"], None, r["bytes"])
        by_notice.setdefault(r["parent_url"], []).append(att)
    return [dataclasses.replace(p, attachments=tuple(by_notice.get(p.url, ()))) for p in pages]
