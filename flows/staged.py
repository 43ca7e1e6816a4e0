"""The one load of a sharded night: every completely staged shard (`warehouse.staging`) through
the nightly's validate → enqueue alerts → load → deliver path, under the single-writer guard.

    for each staged shard not loaded yet (one shard = one chunk of the night):
        validate → enqueue alerts → load (its tables and `pages` rows) → deliver   (`load_chunk`)
        mark the shard loaded (`_LOADED`, with what the load found)
    the night's `runs` row, last (every shard's sources and counts, every table's version)
    drop the night's staging

Loading again loads nothing twice: a shard marked loaded is skipped; a shard loaded but not
yet marked (the loader killed in between) is loaded again, and the keyed MERGE finds every row
already there (no new version) while alert ids dedupe the outbox (`flows.outbox`). The night's
id is the run id of its `runs` row and of its `pages` rows.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NoReturn

from flows.exceptions import FlowError

if TYPE_CHECKING:
    from flows.night import Night
    from load.result import LoadResult
    from planwatch.settings import Settings
    from warehouse.staging import StagedShard
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)


def load_chunk(night: Night, staged: StagedShard) -> LoadResult:
    """One staged shard as one chunk through the nightly's validate → enqueue alerts → load
    (`flows.loading.load_chunk`), with the ops alerts of its failed sources."""
    from flows import failures, loading, steps, tasks
    from flows.chunks import Chunk

    rows = staged.pages.to_dicts() if staged.pages is not None else []
    chunk = Chunk(staged.tables, rows, sorted(night.reports))
    night.ops.extend(failures.ops_messages(night))
    if night.ops:  # in the outbox before the shard's load, as a nightly does
        night.totals.enqueued += tasks.enqueue_alerts_task(
            night.wh, steps.empty_tables(), night.settings, night.run_id, night.ops, False, night.flow_name
        )
    return loading.load_chunk(chunk, night, alerts=True)


def load_staged(settings: Settings, night_id: str | None = None) -> list[dict[str, Any]]:
    """Load every staged night (or `night_id`) under the single-writer guard; one report each."""
    from flows import writer
    from warehouse import staging
    from warehouse.checks import check
    from warehouse.store import Warehouse

    wh = Warehouse.open(settings.store)
    check(wh, write=True)
    with writer.guard(wh, settings.shard.writer_wait_s) as held:
        log.info("writer guard held: %s", held)
        nights = [night_id] if night_id else staging.nights(wh)
        if night_id and not staging.shards(wh, night_id):
            raise FlowError(f"nothing staged for night {night_id} under {wh.root}/_staging")
        return [load_night(settings, wh, nid) for nid in nights if staging.shards(wh, nid)]


def _night_of(settings: Settings, wh: Warehouse, staged: StagedShard) -> Night:
    """The shard's run state as the nightly would hold it after its crawl and parse."""
    from flows.night import Night

    state = staged.state
    night = Night(settings.replace(source=state.get("sources") or None), wh, staged.night_id, "nightly")
    if state.get("started"):
        night.started = datetime.fromisoformat(state["started"])
    night.reports = dict(state.get("reports") or {})
    night.failures = {sid: (kind, detail) for sid, (kind, detail) in (state.get("failures") or {}).items()}
    return night


def load_night(settings: Settings, wh: Warehouse, night_id: str) -> dict[str, Any]:
    """Load one night's staged shards not loaded yet, write its `runs` row, drop its staging."""
    from flows.night import Night
    from warehouse import staging

    t0 = time.perf_counter()
    for shard in staging.shards(wh, night_id, loaded=False):
        night = Night(settings, wh, night_id, "nightly")
        try:
            staged = staging.read_shard(wh, night_id, shard)
            night = _night_of(settings, wh, staged)
            result = load_chunk(night, staged)
        except Exception as exc:  # recorded and alerted as a failed run; a re-run resumes here
            _failed(night, shard, exc)
        summary = {
            "reports": night.reports,
            "started": night.started.isoformat(),
            "n_pages": night.totals.n_pages,
            "new_docs": result.new_docs,
            "changed_docs": result.changed_docs,
            "unchanged_docs": result.unchanged_docs,
            "counts": result.counts,
            "source_counts": night.totals.source_counts,
            "indicators": night.totals.indicators(),
            "alerts": {"enqueued": night.totals.enqueued},
            "data_docs": "",
        }
        staging.mark_loaded(wh, night_id, shard, summary)
        log.info("night %s: %s loaded (%d new documents)", night_id, shard, len(result.new_docs))
    loaded = staging.shards(wh, night_id, loaded=True)
    summaries = [staging.loaded_summary(wh, night_id, s) for s in loaded]
    report = _write_night_row(wh, night_id, summaries)
    report["alerts"].update(_deliver(settings, wh))  # after the `runs` row, as a nightly does
    report["shards"] = loaded
    report["seconds"] = round(time.perf_counter() - t0, 3)
    staging.drop_night(wh, night_id)
    return _publish(wh, report, summaries)


def _deliver(settings: Settings, wh: Warehouse) -> dict[str, Any]:
    """Send the outbox's pending alerts (the loaded shards' plans and ops alerts)."""
    from flows import tasks

    return tasks.deliver_alerts_task(wh, settings).as_dict()


def _failed(night: Night, shard: str, exc: Exception) -> NoReturn:
    """A shard's load failed: the night's `runs` row says so, ops hear it (as a failed nightly);
    the shards loaded so far stay loaded and the staging stays for the next `load-staged`."""
    from flows import failures
    from flows.exceptions import RunFailed
    from planwatch.redact import redact_text

    first = (str(exc).strip().splitlines() or [""])[0]
    message = redact_text(f"{shard}: {type(exc).__name__}: {first}", night.settings.secrets())
    log.debug("night %s: %s failed to load", night.run_id, shard, exc_info=True)
    failures.record_failure(night, message)
    report = {"run_id": night.run_id, "flow": "nightly", "status": "failed", "error": message}
    raise RunFailed(f"night {night.run_id}: loading {message}", report) from exc


def _indicators(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    parts = [s["indicators"] for s in summaries if s.get("indicators")]
    top: Counter[tuple[str, str]] = Counter()
    for part in parts:
        for row in part.get("top_uncoded", []):
            top[(row["indicator"], row["unit"])] += row["n"]
    return {
        "catalogue_version": parts[0]["catalogue_version"] if parts else "",
        "targets": sum(p["targets"] for p in parts),
        "uncoded": sum(p["uncoded"] for p in parts),
        "top_uncoded": [{"indicator": i, "unit": u, "n": n} for (i, u), n in top.most_common(10)],
    }


def _write_night_row(wh: Warehouse, night_id: str, summaries: list[dict[str, Any]]) -> dict[str, Any]:
    """The night's `runs` row (every shard's sources and counts), after every shard's commits."""
    from flows.night import run_info
    from load.result import LoadResult
    from load.runs import write_run_row

    reports: dict[str, dict[str, Any]] = {}
    source_counts: dict[str, dict[str, int]] = {}
    for summary in summaries:
        reports.update(summary["reports"])
        source_counts.update(summary.get("source_counts") or {})
    result = LoadResult()
    for summary in summaries:  # each shard loaded as one chunk of the night
        result.add(
            LoadResult(
                counts=summary.get("counts") or {},
                new_docs=summary["new_docs"],
                changed_docs=summary["changed_docs"],
                unchanged_docs=summary["unchanged_docs"],
            )
        )
    for docs in (result.new_docs, result.changed_docs, result.unchanged_docs):
        docs.sort()
    indicators = _indicators(summaries)
    started = min((datetime.fromisoformat(s["started"]) for s in summaries), default=datetime.now(UTC))
    info = run_info(
        reports,
        started=started,
        n_pages=sum(s["n_pages"] for s in summaries),
        indicators=indicators,
        source_counts=source_counts,
    )
    with wh.writer_lock():
        write_run_row(wh, night_id, "nightly", result, info, source_counts, datetime.now(UTC))
    alerts: Counter[str] = Counter()
    for summary in summaries:
        alerts.update(summary.get("alerts") or {})
    return {
        "run_id": night_id,
        "flow": "nightly",
        "status": info.status,
        "sources": list(reports.values()),
        "alerts": dict(alerts),
        "versions": result.versions,
        "data_docs": next((s["data_docs"] for s in reversed(summaries) if s.get("data_docs")), ""),
        "warehouse": wh.root,
        "indicators": indicators,
        "new_doc_ids": result.new_docs,
        "changed_doc_ids": result.changed_docs,
    }


def _publish(wh: Warehouse, report: dict[str, Any], summaries: list[dict[str, Any]]) -> dict[str, Any]:
    """The night's run report page (`flows.reports`), as the nightly writes it."""
    from flows import reports

    new, changed = report.pop("new_doc_ids"), report.pop("changed_doc_ids")
    report["report_html"] = reports.publish(wh, report, new, changed, report["data_docs"] or None)
    return report
