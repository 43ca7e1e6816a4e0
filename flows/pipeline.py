"""The body of the nightly / backfill / reparse flows (called inside a Prefect flow run).

Order, and why it is crash-safe:

    crawl (per source, concurrent) → parse (per batch) → validate → enqueue alerts (pending)
    → load (one commit per table, `runs` row last) → deliver alerts (one at a time)

The warehouse reads as a consistent state through the `runs` row (written last by the load).
Alerts are written to the outbox before the load and delivered only for documents the load
committed, so a crash anywhere neither drops nor duplicates an alert (see flows.alerts).
Only one nightly/backfill/reparse runs at a time per warehouse: a non-blocking run lock.
"""
from __future__ import annotations

import contextlib
import json
import logging
import time
from collections import Counter
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Iterator

from planwatch.redact import redact_text

from flows import runtime, steps
from flows.exceptions import FlowError, RunInProgress

if TYPE_CHECKING:
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)


def _logger() -> Any:
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:
        return log


@contextlib.contextmanager
def run_lock(wh: "Warehouse", timeout_s: float = 2.0) -> Iterator[None]:
    """One pipeline run at a time per warehouse, so two runs never double the load on a portal.

    A file lock beside the warehouse writer lock (works with Prefect's temporary server, which
    has no shared state between processes). A served deployment is also limited to one
    concurrent run by Prefect itself (`global_limit=1`).
    """
    from warehouse.exceptions import LockTimeout
    from warehouse.store import file_lock, lock_path_for

    path = lock_path_for(wh.root)
    path = path.with_name(path.stem + "_run.lock")
    try:
        with file_lock(path, timeout_s=timeout_s):
            yield
    except LockTimeout:
        raise RunInProgress(f"another planwatch run holds {path}; try again when it ends") from None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _source_report(sid: str) -> dict[str, Any]:
    return {"source_id": sid, "pages_fetched": 0, "pages_failed": 0, "documents": 0,
            "new": 0, "updated": 0, "unchanged": 0, "tasks": 0, "targets": 0,
            "quarantined": 0, "errors": [], "status": "ok"}


def run_pipeline(settings: Any, *, flow_name: str = "nightly", full: bool = False,
                 refresh: bool = False, since: date | None = None, reparse: bool = False
                 ) -> dict[str, Any]:
    """Run one pipeline and return its report (also stored in `runs.report_json`)."""
    from warehouse.store import Warehouse

    from flows import tasks

    run_id = steps.new_run_id()
    started = _now()
    t0 = time.perf_counter()
    logger = _logger()
    secrets = steps.settings_secrets(settings)
    with contextlib.ExitStack() as stack:
        try:
            wh = Warehouse.open(settings)
            stack.enter_context(run_lock(wh))
        except RunInProgress:
            raise
        except Exception as exc:  # no usable warehouse: nothing can be recorded, tell ops directly
            message = redact_text(f"{type(exc).__name__}: {exc}", secrets)
            _notify_ops_directly(settings, run_id, f"cannot open the warehouse: {message}")
            raise FlowError(f"run {run_id}: cannot open the warehouse {settings.warehouse}: "
                            f"{message}") from None
        reports: dict[str, dict[str, Any]] = {}
        ops: list[Any] = []
        pages_rows: list[dict[str, Any]] = []
        try:
            if reparse:
                parts = _reparse_parts(wh, settings, since, reports, tasks)
            else:
                parts = _crawl_and_parse(wh, settings, run_id, full, refresh, reports, pages_rows,
                                         ops, tasks)
            tables = steps.concat_tables(parts)
            result, outcome, delivery, n_enq = _validate_load_alert(
                wh, settings, run_id=run_id, flow_name=flow_name, tables=tables, reports=reports,
                pages_rows=pages_rows, ops=ops, started=started, alerts=not reparse, tasks=tasks)
        except FlowError:  # a wrong argument (unknown source, nothing to re-parse): not a failed run
            raise
        except Exception as exc:
            message = redact_text(f"{type(exc).__name__}: {exc}", secrets)
            logger.error("run %s failed: %s", run_id, message)
            _record_failure(wh, settings, run_id, flow_name, started, reports, message)
            raise FlowError(f"run {run_id} failed: {message}") from None
    report = {
        "run_id": run_id, "flow": flow_name, "status": _status(reports),
        "seconds": round(time.perf_counter() - t0, 3),
        "sources": list(reports.values()),
        "alerts": {"enqueued": n_enq, **delivery.as_dict()},
        "versions": result.versions, "data_docs": str(getattr(outcome, "docs_path", "") or ""),
        "warehouse": wh.root,
    }
    for r in reports.values():
        logger.info("%s: fetched %d pages, %d new / %d updated / %d unchanged documents, "
                    "%d tasks, %d targets, %d quarantined, %d errors", r["source_id"],
                    r["pages_fetched"], r["new"], r["updated"], r["unchanged"], r["tasks"],
                    r["targets"], r["quarantined"], len(r["errors"]))
    return report


def _status(reports: dict[str, dict[str, Any]]) -> str:
    if any(r["status"] == "failed" for r in reports.values()):
        return "partial"
    return "completed"


def _crawl_and_parse(wh: Any, settings: Any, run_id: str, full: bool, refresh: bool,
                     reports: dict, pages_rows: list, ops: list, tasks: Any) -> list[dict]:
    from prefect.futures import as_completed

    from extract.sources import load_sources
    from flows.alerts import ops_message

    sources = load_sources(settings.sources, only=settings.source or None)
    if settings.source:
        missing = set(settings.source) - {s.id for s in sources}
        if missing:
            raise FlowError(f"unknown source ids: {', '.join(sorted(missing))}")
    for s in sources:
        reports[s.id] = _source_report(s.id)
    client = _shared_client(settings)
    crawl_futures = [tasks.crawl_source_task.submit(s, settings, wh, run_id, full, refresh, client)
                     for s in sources]
    parse_futures = []
    total_batches = 0
    done = 0
    for fut in as_completed(crawl_futures):
        try:
            outcome = fut.result()
        except Exception as exc:  # the task itself crashed
            sid = _future_source(fut, crawl_futures, sources)
            outcome = steps.CrawlOutcome(sid, [], [], f"{type(exc).__name__}: {exc}")
        done += 1
        runtime.progress("crawl", outcome.source_id, done, len(sources))
        rep = reports[outcome.source_id]
        pages_rows.extend(outcome.pages)
        rep["pages_fetched"] = outcome.n_fetched
        rep["pages_failed"] = outcome.n_failed
        if outcome.error:
            rep["status"] = "failed"
            rep["errors"].append(outcome.error)
            kind = "source_empty" if outcome.error_kind == "EmptyScrape" else "source_failed"
            ops.append(ops_message(kind, run_id, outcome.source_id, outcome.error))
            continue
        ok_lists = [p for p in outcome.pages if p.get("kind") == "list"
                    and p.get("outcome") in ("ok", "not_modified")]
        if not ok_lists and outcome.pages:
            rep["status"] = "failed"
            rep["errors"].append("no list page could be read")
            ops.append(ops_message("source_empty", run_id, outcome.source_id,
                                   "no list page could be read this run"))
        for batch in steps.batches(outcome.details):
            parse_futures.append((outcome.source_id, tasks.parse_batch_task.submit(
                batch, wh.root, getattr(settings, "storage_options", "") or None)))
            total_batches += 1
    if client is not None:
        client.close()
    return _collect_parses(parse_futures, reports, total_batches)


def _shared_client(settings: Any) -> Any:
    """One HTTP client for every source crawled in threads, so two sources on one host share
    its per-host interval. Tasks in other processes (Dask) build their own (None here)."""
    try:
        from prefect.context import FlowRunContext

        ctx = FlowRunContext.get()
        runner = type(getattr(ctx, "task_runner", None)).__name__
    except Exception:
        runner = ""
    if "Thread" not in runner:
        return None
    return steps._http_client(settings)


def _future_source(fut: Any, futures: list, sources: list) -> str:
    return sources[futures.index(fut)].id


def _collect_parses(parse_futures: list, reports: dict, total: int) -> list[dict]:
    parts = []
    for i, (sid, fut) in enumerate(parse_futures, 1):
        try:
            outcome = fut.result()
        except Exception as exc:
            reports[sid]["errors"].append(f"parse batch failed: {type(exc).__name__}: {exc}")
            continue
        runtime.progress("parse", sid, i, total)
        reports[sid]["errors"].extend(outcome.errors)
        parts.append(outcome.tables)
    return parts


def _reparse_parts(wh: Any, settings: Any, since: date | None, reports: dict, tasks: Any) -> list[dict]:
    details = steps.archived_details(wh, source_ids=settings.source or None, since=since)
    if not details:
        raise FlowError("nothing to re-parse: no archived detail pages match")
    for d in details:
        reports.setdefault(d["source_id"], _source_report(d["source_id"]))
    futures = []
    for sid in sorted({d["source_id"] for d in details}):
        mine = [d for d in details if d["source_id"] == sid]
        futures.extend((sid, tasks.parse_batch_task.submit(b, wh.root,
                                                           getattr(settings, "storage_options", "") or None))
                       for b in steps.batches(mine))
    return _collect_parses(futures, reports, len(futures))


def _validate_load_alert(wh: Any, settings: Any, *, run_id: str, flow_name: str, tables: dict,
                         reports: dict, pages_rows: list, ops: list, started: datetime,
                         alerts: bool, tasks: Any) -> tuple[Any, Any, Any, int]:
    from flows.alerts import DeliveryReport, ops_message
    from warehouse.contract import conform

    # Row counts are comparable only between full re-parses; a nightly run holds new notices only.
    previous = wh.previous_counts(flow="reparse") if flow_name == "reparse" else None
    docs_dir = None if wh.remote else str(wh.data_docs_dir)
    outcome = tasks.validate_task(tables, run_id, previous, docs_dir)
    good = {k: outcome.tables.get(k, tables[k]) for k in steps.CONTENT}
    failed_sources = sorted(set(getattr(outcome, "failed_sources", []) or []))
    good = steps.drop_sources(good, failed_sources)
    for sid in failed_sources:
        rep = reports.setdefault(sid, _source_report(sid))
        rep["status"] = "failed"
        fs = getattr(outcome, "failed_sources", None)
        reasons = "; ".join(fs.get(sid, [])) if isinstance(fs, dict) else ""
        rep["errors"].append(f"validation failed, load skipped for this source: {reasons}"[:500])
        ops.append(ops_message("source_failed", run_id, sid,
                               f"validation failed at table level ({reasons[:300]}); "
                               "see dq_results / Data Docs"))
    quarantine = getattr(outcome, "quarantine", None)
    dq = getattr(outcome, "dq_results", None)

    n_enq = tasks.enqueue_alerts_task(wh, good, settings, run_id, ops, alerts)
    steps.crash_point("before_load")
    # the per-source counts known before the load go into the `runs` row (written by the load)
    _fill_reports(reports, good, _preview(wh, good), quarantine)
    n_errors = sum(len(r["errors"]) for r in reports.values())
    run_info = {
        "status": _status(reports), "started_at": started, "sources": sorted(reports),
        "n_pages": len(pages_rows), "n_errors": n_errors,
        "report_json": json.dumps({"sources": reports}, ensure_ascii=False, default=str),
    }
    extra = {"pages": conform("pages", pages_rows) if pages_rows else None,
             "quarantine": quarantine, "dq_results": dq}
    result = tasks.load_task(wh, run_id, flow_name, good, {k: v for k, v in extra.items() if v is not None},
                             run_info)
    steps.crash_point("after_load")
    _fill_reports(reports, good, result, quarantine)
    delivery = tasks.deliver_alerts_task(wh, settings) if (alerts or ops) else DeliveryReport()
    return result, outcome, delivery, n_enq


def _preview(wh: Any, tables: dict) -> Any:
    """New / changed / unchanged documents against the committed state (what the MERGE will find)."""
    from types import SimpleNamespace

    docs = tables["documents"]
    ids = docs.get_column("doc_id").to_list()
    current = steps.read_docs(wh, "documents", ids).select("doc_id", "content_sha256") if ids else None
    known = dict(zip(current["doc_id"].to_list(), current["content_sha256"].to_list())) \
        if current is not None else {}
    new, changed, same = [], [], []
    for did, sha in zip(ids, docs.get_column("content_sha256").to_list()):
        (new if did not in known else changed if known[did] != sha else same).append(did)
    return SimpleNamespace(new_docs=new, changed_docs=changed, unchanged_docs=same)


def _fill_reports(reports: dict, tables: dict, result: Any, quarantine: Any) -> None:
    docs = tables["documents"]
    src = dict(zip(docs.get_column("doc_id").to_list(), docs.get_column("source_id").to_list()))
    for rep in reports.values():
        rep.update({k: 0 for k in ("new", "updated", "unchanged", "documents", "tasks", "targets",
                                   "quarantined")})
    for key, ids in (("new", result.new_docs), ("updated", result.changed_docs),
                     ("unchanged", result.unchanged_docs)):
        for sid, n in Counter(src.get(d) for d in ids).items():
            if sid in reports:
                reports[sid][key] = n
    for name, key in (("documents", "documents"), ("tasks", "tasks"), ("targets", "targets")):
        frame = tables[name]
        ids = frame.get_column("doc_id").to_list()
        for sid, n in Counter(src.get(d) for d in ids).items():
            if sid in reports:
                reports[sid][key] = n
    if quarantine is not None and getattr(quarantine, "height", 0):
        for sid, n in Counter(quarantine.get_column("source_id").to_list()).items():
            if sid in reports:
                reports[sid]["quarantined"] = n


def _record_failure(wh: Any, settings: Any, run_id: str, flow_name: str, started: datetime,
                    reports: dict, message: str) -> None:
    """A failed run: a `runs` row saying so, and an ops alert (through the outbox when possible)."""
    from flows.alerts import ops_message
    from warehouse.contract import conform

    try:
        wh.merge_rows("runs", conform("runs", [{
            "run_id": run_id, "flow": flow_name, "status": "failed", "started_at": started,
            "ended_at": _now(), "sources": sorted(reports), "error": message,
            "report_json": json.dumps({"sources": reports}, ensure_ascii=False, default=str)}]),
            run_id=run_id)
    except Exception as exc:
        log.error("could not record the failed run: %s", redact_text(str(exc), steps.settings_secrets(settings)))
    if not settings.ops_alert:
        return
    msg = ops_message("run_failed", run_id, None, message)
    try:
        steps.enqueue_alerts(wh, steps.empty_tables(), settings, run_id=run_id, ops=[msg], plans=False)
        steps.deliver_alerts(wh, settings)
    except Exception:  # the warehouse itself is broken: tell the engineers directly
        _notify_ops_directly(settings, run_id, message)


def _notify_ops_directly(settings: Any, run_id: str, message: str) -> None:
    """Last resort when the outbox cannot be written (at least once, not exactly once)."""
    from flows.alerts import ops_message, send_apprise

    msg = ops_message("run_failed", run_id, None, message)
    for url in settings.ops_alert:
        send_apprise(url, msg.title, msg.body, notify_type="failure")
