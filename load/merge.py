"""Load one run into the warehouse: keyed MERGE per table, one commit at most per table, the
`runs` row last (holding every table's version → a consistent cross-table snapshot).

A document's children (tasks, task_units, targets) are replaced as a set: rows of the run's
documents that are not in the new set are deleted in the same commit as the upserts.
New and changed documents come from the change data feed of the `documents` commit.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from planwatch.crashpoints import crash_point
from warehouse import contract

if TYPE_CHECKING:
    import polars as pl

    from warehouse.store import Warehouse

log = logging.getLogger(__name__)

CHILD_TABLES = ("tasks", "task_units", "targets")
EXTRA_TABLES = ("pages", "quarantine", "dq_results", "alerts")


@dataclass
class LoadResult:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    new_docs: list[str] = field(default_factory=list)
    changed_docs: list[str] = field(default_factory=list)
    unchanged_docs: list[str] = field(default_factory=list)
    committed: dict[str, int] = field(default_factory=dict)  # tables this run committed → version
    docs_path: str | None = None  # the run's Data Docs page, when this load wrote it

    @property
    def changed(self) -> bool:
        return bool(self.committed)


def source_counts(tables: dict[str, "pl.DataFrame"]) -> dict[str, dict[str, int]]:
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
        out[sid] = {name: 0 for name in (*contract.CONTENT_TABLES, "plan_documents",
                                         "tasks_of_plans", "targets_of_plans")}
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


def _now() -> datetime:
    return datetime.now(timezone.utc)


def load_run(wh: "Warehouse", *, run_id: str, flow: str, tables: dict[str, "pl.DataFrame"],
             extra: dict[str, "pl.DataFrame"] | None = None, run_info: dict | None = None) -> LoadResult:
    """Write one run. `tables`: validated content tables (documents, tasks, task_units, targets);
    `extra`: pages, quarantine, dq_results, alerts; `run_info`: more columns of the `runs` row
    (status, started_at, ended_at, sources, n_pages, n_errors, error, report_json).

    Holds the writer lock for the whole run, so the recorded versions are one consistent snapshot.
    """
    import polars as pl

    extra = extra or {}
    result = LoadResult()
    with wh.writer_lock():
        docs = contract.conform("documents", _table(tables, "documents"))
        now = _now()
        docs = docs.with_columns(pl.col("first_seen_at").fill_null(pl.col("fetched_at")).fill_null(now))
        doc_ids = docs.get_column("doc_id").unique().to_list()

        c = wh.merge_rows("documents", docs, run_id=run_id)
        _record(result, "documents", c)
        result.new_docs, result.changed_docs = _doc_changes(wh, c)
        seen = set(result.new_docs) | set(result.changed_docs)
        result.unchanged_docs = sorted(d for d in doc_ids if d not in seen)

        for name in CHILD_TABLES:
            frame = contract.conform(name, _table(tables, name))
            frame = frame.filter(pl.col("doc_id").is_in(doc_ids))
            c = wh.merge_rows(name, frame, run_id=run_id, replace_doc_ids=doc_ids)
            _record(result, name, c)

        for name in EXTRA_TABLES:
            frame = extra.get(name)
            if frame is None or frame.height == 0:
                continue
            c = wh.merge_rows(name, contract.conform(name, frame), run_id=run_id)
            _record(result, name, c)

        _write_run_row(wh, run_id, flow, tables, result, run_info or {}, now)
    result.docs_path = _data_docs(wh, run_id, tables, extra, now)
    return result


def _data_docs(wh: "Warehouse", run_id: str, tables: dict, extra: dict, now: datetime) -> str | None:
    """Write the run's Data Docs page from its dq_results unless validation already did."""
    dq = extra.get("dq_results")
    if dq is None or dq.height == 0:
        return None
    from expectations.docs import _safe_name, write_data_docs
    from expectations.validate import ValidationOutcome

    page = wh.data_docs_dir / "runs" / f"{_safe_name(run_id)}.html"
    if page.exists():
        return _publish_docs(wh, page)
    failed: dict[str, list[str]] = {}
    for r in dq.filter((dq["level"] == "table") & ~dq["success"] & (dq["source_id"] != "")).iter_rows(named=True):
        failed.setdefault(r["source_id"], []).append(f"{r['table_name']}: {r['expectation']}")
    quarantine = extra.get("quarantine")
    outcome = ValidationOutcome(tables=dict(tables), dq_results=dq, failed_sources=failed,
                                quarantine=quarantine if quarantine is not None else contract.empty("quarantine"))
    try:
        return _publish_docs(wh, write_data_docs(wh.data_docs_dir, run_id=run_id, outcome=outcome, now=now))
    except OSError as exc:  # the report is a convenience; the results are in dq_results
        log.warning("data docs not written: %s", exc)
        return None


def _publish_docs(wh: "Warehouse", page: Any) -> str:
    """For an object-store warehouse, copy the run page and the index to `<root>/data_docs/`."""
    if not wh.remote:
        return str(page)
    try:
        uri = wh.upload(page, f"data_docs/runs/{page.name}")
        wh.upload(page.parent.parent / "index.html", "data_docs/index.html")
        return uri
    except Exception as exc:  # the local copy stays; results are in dq_results anyway
        log.warning("data docs not uploaded to %s: %s", wh.root, exc)
        return str(page)


def _table(tables: dict, name: str) -> "pl.DataFrame":
    frame = tables.get(name)
    return contract.empty(name) if frame is None else frame


def _record(result: LoadResult, table: str, c: Any) -> None:
    result.counts[table] = c.as_dict()
    if c.version is not None:
        result.committed[table] = c.version
        crash_point("load.table_committed")  # crash suites: killed between table commits


def _doc_changes(wh: "Warehouse", c: Any) -> tuple[list[str], list[str]]:
    """New and changed doc ids of the documents commit, read from its change data feed."""
    import polars as pl

    if c.version is None:
        return [], []
    try:
        cdf = wh.changes("documents", c.version)
        new = cdf.filter(pl.col("_change_type") == "insert").get_column("doc_id").unique().sort().to_list()
        changed = cdf.filter(pl.col("_change_type") == "update_postimage") \
            .get_column("doc_id").unique().sort().to_list()
        return new, changed
    except Exception as exc:  # CDF unreadable (e.g. a table created without it): the MERGE's own keys
        log.warning("documents: change data feed unreadable (%s); using the MERGE keys", exc)
        return sorted(c.inserted_keys or []), sorted(c.updated_keys or [])


def _write_run_row(wh: "Warehouse", run_id: str, flow: str, tables: dict, result: LoadResult,
                   run_info: dict, now: datetime) -> None:
    existing = wh.run(run_id)
    if existing is not None and not result.committed and not run_info:
        return  # the same run loaded again and nothing changed: leave `runs` alone (no new version)
    result.versions = wh.versions()
    result.versions.pop("runs", None)
    report: dict = {}
    if run_info.get("report_json"):
        try:
            report = json.loads(run_info["report_json"])
        except ValueError:
            report = {"report": run_info["report_json"]}
    if not isinstance(report, dict):
        report = {"report": report}
    report.setdefault("source_counts", source_counts(tables))
    n_quarantined = result.counts.get("quarantine", {}).get("inserted", 0) \
        + result.counts.get("quarantine", {}).get("updated", 0) \
        + result.counts.get("quarantine", {}).get("noop", 0)
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
    for k, v in run_info.items():
        if k in contract.table("runs").column_names and k not in ("run_id", "counts_json", "versions_json"):
            row[k] = v
    row["report_json"] = json.dumps(report, ensure_ascii=False, sort_keys=True, default=str)
    c = wh.merge_rows("runs", contract.conform("runs", [row]), run_id=run_id)
    result.counts["runs"] = c.as_dict()
    if c.version is not None:
        result.committed["runs"] = c.version


def _written(result: LoadResult, table: str) -> int:
    c = result.counts.get(table, {})
    return int(c.get("inserted", 0) + c.get("updated", 0))
