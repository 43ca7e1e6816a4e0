"""The one writer of the `runs` table: a run's row, written last, holding the version of every
table the run committed (a consistent cross-table snapshot), its counts and its report.

A run that fails before its load still gets a row (`record_failed_run`), so `status` and
`history` show it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from warehouse import contract

if TYPE_CHECKING:
    import polars as pl

    from load.result import LoadResult
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)


@dataclass
class RunInfo:
    """What the caller knows about a run beyond what the load counts (columns of `runs`)."""

    status: str = "completed"  # completed | partial | failed | interrupted
    started_at: datetime | None = None
    sources: list[str] = field(default_factory=list)
    n_pages: int | None = None
    n_errors: int | None = None
    report: dict[str, Any] = field(default_factory=dict)  # → report_json
    error: str | None = None

    def columns(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "status": self.status,
            "sources": self.sources or None,
            "n_pages": self.n_pages,
            "n_errors": self.n_errors,
            "error": self.error,
        }
        if self.started_at is not None:
            out["started_at"] = self.started_at
        return out


def _now() -> datetime:
    return datetime.now(UTC)


def source_counts(tables: dict[str, pl.DataFrame]) -> dict[str, dict[str, int]]:
    """Rows per source and content table: `{source_id: {table: n, plan_documents: n,
    tasks_of_plans: n, targets_of_plans: n}}` (a child's source is its document's) — what
    `Warehouse.previous_counts` hands to the next run's collapse checks."""
    import polars as pl

    docs = tables.get("documents")
    if docs is None or docs.height == 0:
        return {}
    src = docs.select("doc_id", pl.col("source_id").fill_null(""), pl.col("is_plan").fill_null(False))
    out: dict[str, dict[str, int]] = {}
    for sid in src.get_column("source_id").unique().to_list():
        out[sid] = {
            name: 0
            for name in (*contract.CONTENT_TABLES, "plan_documents", "tasks_of_plans", "targets_of_plans")
        }
    for name in contract.CONTENT_TABLES:
        frame = tables.get(name)
        if frame is None or frame.height == 0:
            continue
        joined = frame.select("doc_id").join(src, on="doc_id", how="inner")
        for sid, n in joined.group_by("source_id").len().iter_rows():
            out[sid][name] = int(n)
        if name in ("tasks", "targets"):
            for sid, n in joined.filter(pl.col("is_plan")).group_by("source_id").len().iter_rows():
                out[sid][f"{name}_of_plans"] = int(n)
    for sid, n in src.filter(pl.col("is_plan")).group_by("source_id").len().iter_rows():
        out[sid]["plan_documents"] = int(n)
    return out


def write_run_row(
    wh: Warehouse,
    run_id: str,
    flow: str,
    result: LoadResult,
    info: RunInfo | None,
    counts: dict[str, dict[str, int]],
    now: datetime,
) -> None:
    """The run's `runs` row, after every other table's commit (called by `load.merge.load_run`
    under the writer lock). `counts`: rows per source (`source_counts`), for the next run's
    collapse checks."""
    existing = wh.run(run_id)
    if existing is not None and not result.committed and info is None:
        return  # the same run loaded again and nothing changed: leave `runs` alone (no new version)
    result.versions = wh.versions()
    result.versions.pop("runs", None)
    report: dict[str, Any] = dict(info.report) if info is not None else {}
    report.setdefault("source_counts", counts)
    n_quarantined = (
        result.counts.get("quarantine", {}).get("inserted", 0)
        + result.counts.get("quarantine", {}).get("updated", 0)
        + result.counts.get("quarantine", {}).get("noop", 0)
    )
    row: dict[str, Any] = {
        "run_id": run_id,
        "flow": flow,
        "status": "completed",
        "started_at": (existing or {}).get("started_at") or now,
        "ended_at": _now(),
        "n_documents_new": len(result.new_docs),
        "n_documents_updated": len(result.changed_docs),
        "n_documents_unchanged": len(result.unchanged_docs),
        "n_tasks": _written(result, "tasks"),
        "n_targets": _written(result, "targets"),
        "n_quarantined": n_quarantined,
        "counts_json": json.dumps(result.counts, sort_keys=True),
        "versions_json": json.dumps(result.versions, sort_keys=True),
    }
    if info is not None:
        row.update(info.columns())
    row["report_json"] = json.dumps(report, ensure_ascii=False, sort_keys=True, default=str)
    c = wh.merge_rows("runs", contract.conform("runs", [row]), run_id=run_id)
    result.counts["runs"] = c.as_dict()
    if c.version is not None:
        result.committed["runs"] = c.version


def _written(result: LoadResult, table: str) -> int:
    c = result.counts.get(table, {})
    return int(c.get("inserted", 0) + c.get("updated", 0))


def record_failed_run(wh: Warehouse, run_id: str, flow: str, info: RunInfo) -> None:
    """The `runs` row of a run that failed before (or during) its load."""
    row = {
        "run_id": run_id,
        "flow": flow,
        "ended_at": _now(),
        **info.columns(),
        "status": "failed",
        "report_json": json.dumps(info.report, ensure_ascii=False, default=str),
    }
    row.setdefault("started_at", row["ended_at"])
    wh.merge_rows("runs", contract.conform("runs", [row]), run_id=run_id)


def record_interrupted_run(
    wh: Warehouse,
    run_id: str,
    flow: str,
    info: RunInfo,
    pages: pl.DataFrame | None,
    lock_timeout_s: float = 3.0,
) -> bool:
    """An interrupted run: the `pages` rows of what it fetched (their bodies are archived, so
    the next run neither fetches them again nor forgets them), then its `runs` row with
    `info.status` (interrupted). Does nothing when the run already has a `runs` row (its load
    finished first); returns whether it wrote. Waits at most `lock_timeout_s` for the writer."""
    with wh.writer_lock(timeout_s=lock_timeout_s):
        if wh.run(run_id) is not None:
            return False
        if pages is not None and pages.height:
            wh.merge_rows("pages", pages, run_id=run_id)
        row = {
            "run_id": run_id,
            "flow": flow,
            "ended_at": _now(),
            **info.columns(),
            "report_json": json.dumps(info.report, ensure_ascii=False, default=str),
        }
        row.setdefault("started_at", row["ended_at"])
        wh.merge_rows("runs", contract.conform("runs", [row]), run_id=run_id)
    return True
