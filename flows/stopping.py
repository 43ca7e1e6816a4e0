"""An interrupted run (Ctrl-C, SIGTERM): record what it did, quickly, exactly once.

Called from the stop thread of `planwatch.interrupt` as soon as the signal comes, and from the
flow body when KeyboardInterrupt reaches it: whichever comes first writes, the other waits for
it. What is written: the `pages` rows of every fetch recorded so far (their bodies are in the
raw archive) and a `runs` row with status `interrupted`. Nothing is parsed or loaded: the next
run parses those archived pages without fetching them again (`flows.history.unparsed_runs`).
If the load had already begun, the load writes the `runs` row and nothing is done here; if a
chunk was loading (`flows.loading`), the flow records the run as soon as the chunk's commits end
(the chunks loaded before are in the warehouse; the next run's re-parse finds them unchanged).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from planwatch import interrupt
from planwatch.redact import redact_text

if TYPE_CHECKING:
    from flows.night import Night

log = logging.getLogger(__name__)

_RECORDING: dict[str, threading.Lock] = {}
_REPORTS: dict[str, dict[str, Any]] = {}
_GUARD = threading.Lock()
OK_OUTCOMES = ("ok", "not_modified")
FAILED_OUTCOMES = ("error", "blocked", "refused")
CHUNK = "loading_chunk"  # a stop came while a chunk loads: the flow records the run right after


def _rows(night: Night) -> list[dict[str, Any]]:
    """Every `pages` row of the run so far, once each, without the requests the stop prevented."""
    from extract.http import INTERRUPTED

    rows = night.chunks.unloaded_rows()
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row.get("error") == INTERRUPTED:
            continue
        out.setdefault(str(row.get("fetch_id")), row)
    return list(out.values())


def _reports(night: Night, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    reports = {sid: dict(rep, errors=list(rep["errors"])) for sid, rep in night.reports.items()}
    for sid, rep in reports.items():
        if sid in night.loaded_sources:  # loaded in a chunk: its counts are final, its rows gone
            continue
        rep["pages_fetched"] = rep["pages_failed"] = 0
        if rep["status"] != "failed":
            rep["status"] = "interrupted"
    for row in rows:
        mine = reports.get(str(row.get("source_id")))
        if mine is None or mine["source_id"] in night.loaded_sources:
            continue
        if row.get("outcome") in OK_OUTCOMES:
            mine["pages_fetched"] += 1
        elif row.get("outcome") in FAILED_OUTCOMES:
            mine["pages_failed"] += 1
    return reports


def record_interrupted(night: Night) -> dict[str, Any]:
    """Record the run as interrupted (once); returns its report."""
    with _GUARD:
        lock = _RECORDING.setdefault(night.run_id, threading.Lock())
    if not lock.acquire(timeout=interrupt.FORCE_AFTER_S):
        return _REPORTS.get(night.run_id, {})
    try:
        if night.run_id in _REPORTS:
            return _REPORTS[night.run_id]
        report = _record(night)
        if report["status"] == CHUNK:  # recorded by the flow once the chunk's commits are done
            return report
        _REPORTS[night.run_id] = report
        interrupt.set_summary(message(report))
        return report
    finally:
        lock.release()


def _record(night: Night) -> dict[str, Any]:
    from flows.night import run_info
    from load.runs import record_interrupted_run
    from warehouse.contract import conform

    with night.lock:
        loading, chunk_loading = night.loading, night.chunk_loading
    rows = _rows(night)
    reports = _reports(night, rows)
    how = interrupt.signal_name() or "a stop request"
    report: dict[str, Any] = {
        "run_id": night.run_id,
        "flow": night.flow_name,
        "status": "interrupted",
        "phase": night.phase,
        "signal": how,
        "sources": list(reports.values()),
        "archived": sum(1 for r in rows if r.get("kind") == "detail" and r.get("sha256")),
        "warehouse": night.wh.root,
    }
    if loading:  # the load goes on under `interrupt.deferred` and writes the `runs` row itself
        report["status"] = "loading"
        return report
    if chunk_loading:  # a chunk's commits go on under `interrupt.deferred`; the flow records after
        report["status"] = CHUNK
        return report
    info = run_info(
        reports,
        started=night.started,
        n_pages=len(rows) + night.totals.n_pages,
        status="interrupted",
        error=f"interrupted by {how} during {night.phase}",
        interrupted={"signal": how, "phase": night.phase},
    )
    try:
        pages = conform("pages", rows) if rows else None
        record_interrupted_run(night.wh, night.run_id, night.flow_name, info, pages)
    except Exception as exc:  # the stop must go on; the pages are fetched again next run
        message = redact_text(f"{type(exc).__name__}: {exc}", night.settings.secrets())
        log.error("run %s: could not record the interruption: %s", night.run_id, message)
        report["error"] = message
    return report


def message(report: dict[str, Any]) -> str:
    """One line saying what an interrupted run did and what happens next."""
    run = report.get("run_id", "?")
    how = report.get("signal") or "a signal"
    if report.get("status") == "loading":
        return f"run {run} stopped by {how} during its load; the load finishes, alerts wait for the next run"
    if report.get("status") == CHUNK:
        return f"run {run} stopped by {how} while loading a chunk; the chunk's load finishes, then the run is recorded"
    if report.get("error"):
        return f"run {run} stopped by {how}; it could not be recorded ({report['error']})"
    n = int(report.get("archived") or 0)
    what = (
        f"{n} new page(s) archived: the next run parses them without fetching them again"
        if n
        else ("nothing new was archived")
    )
    return f"run {run} interrupted by {how} during {report.get('phase', '?')}; recorded; {what}"
