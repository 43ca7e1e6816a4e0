"""Load one run into the warehouse: keyed MERGE per table, one commit at most per table, the
`runs` row last (holding every table's version → a consistent cross-table snapshot; written by
`load.runs`).

A night loads in chunks (`load_chunk`, one commit per table per chunk, no `runs` row), then
writes its `runs` row with `finish_run`; `load_run` does both for a run loaded at once.

A document's children (tasks, task_units, targets) are replaced as a set: rows of the run's
documents that are not in the new set are deleted in the same commit as the upserts.
New and changed documents come from the change data feed of the `documents` commit.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from load.result import LoadResult
from load.runs import RunInfo, source_counts, write_run_row
from planwatch.crashpoints import crash_point
from warehouse import contract

if TYPE_CHECKING:
    import polars as pl

    from planwatch.records import ValidatedRun
    from warehouse.store import MergeCounts, Warehouse

log = logging.getLogger(__name__)

CHILD_TABLES = ("tasks", "task_units", "targets", "attachments")
EXTRA_TABLES = ("pages", "quarantine", "dq_results", "alerts")


def _now() -> datetime:
    return datetime.now(UTC)


def load_validated(
    wh: Warehouse,
    run: ValidatedRun,
    *,
    run_id: str,
    flow: str,
    pages: pl.DataFrame | None = None,
    info: RunInfo | None = None,
) -> LoadResult:
    """Write a validated run: its passing rows, quarantine and expectation results, the run's
    `pages` rows, and its `runs` row."""
    extra = {"quarantine": run.quarantine, "dq_results": run.dq_results}
    if pages is not None:
        extra["pages"] = pages
    return load_run(wh, run_id=run_id, flow=flow, tables=run.tables, extra=extra, run_info=info)


def load_run(
    wh: Warehouse,
    *,
    run_id: str,
    flow: str,
    tables: dict[str, pl.DataFrame],
    extra: dict[str, pl.DataFrame] | None = None,
    run_info: RunInfo | None = None,
) -> LoadResult:
    """Write one run. `tables`: content tables (documents, tasks, task_units, targets);
    `extra`: pages, quarantine, dq_results, alerts; `run_info`: the rest of the `runs` row.

    Holds the writer lock for the whole run, so the recorded versions are one consistent snapshot.
    """
    with wh.writer_lock():
        now = _now()
        result = load_tables(wh, run_id=run_id, tables=tables, extra=extra, now=now)
        write_run_row(wh, run_id, flow, result, run_info, source_counts(tables), now)
    return result


def load_chunk(
    wh: Warehouse, run: ValidatedRun, *, run_id: str, pages: pl.DataFrame | None = None
) -> LoadResult:
    """One chunk of a run: its passing rows, quarantine, expectation results and `pages` rows,
    one commit at most per table, under the writer lock; no `runs` row (`finish_run` writes it
    after the last chunk)."""
    extra = {"quarantine": run.quarantine, "dq_results": run.dq_results}
    if pages is not None:
        extra["pages"] = pages
    with wh.writer_lock():
        return load_tables(wh, run_id=run_id, tables=run.tables, extra=extra, now=_now())


def finish_run(
    wh: Warehouse,
    *,
    run_id: str,
    flow: str,
    result: LoadResult,
    info: RunInfo,
    counts: dict[str, dict[str, int]],
    pages: pl.DataFrame | None = None,
) -> LoadResult:
    """The end of a run loaded in chunks: the `pages` rows no chunk took (sources without
    documents), then the `runs` row with the versions of every table now (a consistent set
    holding every chunk). `result`: what the chunks loaded, added up (`LoadResult.add`)."""
    with wh.writer_lock():
        if pages is not None and pages.height:
            _record(result, "pages", wh.merge_rows("pages", pages, run_id=run_id), add=True)
        write_run_row(wh, run_id, flow, result, info, counts, _now())
    return result


def load_tables(
    wh: Warehouse,
    *,
    run_id: str,
    tables: dict[str, pl.DataFrame],
    extra: dict[str, pl.DataFrame] | None,
    now: datetime,
) -> LoadResult:
    """The MERGE of every table of a run (or a chunk of it); the caller holds the writer lock."""
    import polars as pl

    extra = extra or {}
    result = LoadResult()
    docs = _table(tables, "documents")
    docs = docs.with_columns(pl.col("first_seen_at").fill_null(pl.col("fetched_at")).fill_null(now))
    doc_ids = docs.get_column("doc_id").unique().to_list()

    c = wh.merge_rows("documents", docs, run_id=run_id)
    _record(result, "documents", c)
    result.new_docs, result.changed_docs = _doc_changes(wh, c)
    seen = set(result.new_docs) | set(result.changed_docs)
    result.unchanged_docs = sorted(d for d in doc_ids if d not in seen)

    for name in CHILD_TABLES:
        frame = _table(tables, name).filter(pl.col("doc_id").is_in(doc_ids))
        c = wh.merge_rows(name, frame, run_id=run_id, replace_doc_ids=doc_ids)
        _record(result, name, c)

    for name in EXTRA_TABLES:
        extra_frame = extra.get(name)
        if extra_frame is None or extra_frame.height == 0:
            continue
        c = wh.merge_rows(name, extra_frame, run_id=run_id)
        _record(result, name, c)
    return result


def _table(tables: dict[str, pl.DataFrame], name: str) -> pl.DataFrame:
    frame = tables.get(name)
    return contract.empty(name) if frame is None else frame


def _record(result: LoadResult, table: str, c: MergeCounts, *, add: bool = False) -> None:
    if add and table in result.counts:
        result.add(LoadResult(counts={table: c.as_dict()}))
    else:
        result.counts[table] = c.as_dict()
    if c.version is not None:
        result.committed[table] = c.version
        crash_point("load.table_committed")  # crash suites: killed between table commits


def _doc_changes(wh: Warehouse, c: MergeCounts) -> tuple[list[str], list[str]]:
    """New and changed doc ids of the documents commit, read from its change data feed."""
    import polars as pl

    if c.version is None:
        return [], []
    try:
        cdf = wh.changes("documents", c.version)
        new = cdf.filter(pl.col("_change_type") == "insert").get_column("doc_id").unique().sort().to_list()
        changed = (
            cdf.filter(pl.col("_change_type") == "update_postimage")
            .get_column("doc_id")
            .unique()
            .sort()
            .to_list()
        )
        return new, changed
    except Exception as exc:  # CDF unreadable (e.g. a table created without it): the MERGE's own keys
        log.warning("documents: change data feed unreadable (%s); using the MERGE keys", exc)
        return sorted(c.inserted_keys or []), sorted(c.updated_keys or [])
