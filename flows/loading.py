"""A night's load, chunk by chunk: validate → enqueue alerts → load one chunk, then drop it;
after the last chunk, the `runs` row (`finish_run`).

Crash-safety holds per chunk as it did for a whole night: a chunk's alerts are in the outbox
(pending) before its load, its tables and the `pages` rows of its sources commit together under
`interrupt.deferred()` (a signal never splits them), and alerts are delivered only after the
`runs` row, for documents a load committed. A crash between two chunks leaves the first one's
documents and `pages` rows committed (the next run does not fetch them again and delivers their
pending alerts) and nothing of the second (its pages have no `pages` row: they are fetched and
enqueued again, under the same alert ids). The `runs` row is written last and records every
table's version after the last chunk: `warehouse.read(table, as_of=run_id)` reads the whole run.

`load_chunk(chunk, night)` is the one entry point for a chunk, whoever made it (a night's
`flows.chunks.ChunkBuilder`, or staged shards of a scale-out night).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from flows import failures, steps
from flows.night import fill_reports, run_info
from planwatch import interrupt
from warehouse.contract import CONTENT_TABLES

if TYPE_CHECKING:
    from flows.chunks import Chunk
    from flows.night import Night
    from flows.outbox import DeliveryReport
    from load.result import LoadResult
    from load.runs import RunInfo
    from planwatch.records import QualitySummary, ValidatedRun


def load_chunk(chunk: Chunk, night: Night, *, alerts: bool = True) -> LoadResult:
    """Validate one chunk, write its alerts to the outbox, load it (one commit per table, its
    sources' `pages` rows included) and add it to the night's totals. A stop requested by then
    raises KeyboardInterrupt after the load, never during it."""
    from flows import tasks
    from warehouse.contract import conform

    totals, wh = night.totals, night.wh
    validated = _validate(chunk, night)
    if alerts and validated.tables["documents"].height:
        totals.enqueued += tasks.enqueue_alerts_task(
            wh, validated.tables, night.settings, night.run_id, [], True, night.flow_name
        )
    steps.crash_point("before_load")
    pages = conform("pages", chunk.pages) if chunk.pages else None
    phase = night.phase
    loaded: list[str] | None = None
    with interrupt.deferred():  # a signal never splits a chunk's commits
        night.begin_chunk()
        try:
            night.phase = "load"
            result = tasks.load_chunk_task(wh, night.run_id, validated, pages)
            loaded = chunk.sources
        finally:
            night.end_chunk(loaded)
            night.phase = phase
    steps.crash_point("load.chunk_committed")  # crash suites: killed between two chunks
    totals.chunks += 1
    totals.n_pages += len(chunk.pages)
    totals.result.add(result)
    totals.source_counts.update(_source_counts(validated.tables))
    totals.count_targets(validated.tables["targets"])
    reports = {sid: night.report(sid) for sid in chunk.sources}
    fill_reports(reports, validated.tables, result, validated.quarantine)
    del validated, chunk
    release_memory()
    if interrupt.requested():
        raise KeyboardInterrupt
    return result


def release_memory() -> None:
    """Hand the memory a chunk's validation and load freed back to the system (`planwatch.memory`:
    the allocators would otherwise keep the process at its highest chunk's size)."""
    from planwatch import memory

    memory.release()


def _validate(chunk: Chunk, night: Night) -> ValidatedRun:
    """The chunk's expectation results (run-wide rows combined with the earlier chunks'); its
    sources with a table-level failure are dropped (`_drop_failed_sources`)."""
    from flows import tasks
    from planwatch.records import ValidatedRun
    from warehouse.contract import empty

    if not chunk.n_docs:
        return ValidatedRun(steps.empty_tables(), empty("quarantine"), empty("dq_results"))
    previous = night.totals.previous_counts
    validated = tasks.validate_task(chunk.tables, night.run_id, previous, None, None)
    night.totals.passed_rows.update({n: f.height for n, f in validated.tables.items()})
    validated.dq_results = night.totals.combine_dq(validated.dq_results)
    _drop_failed_sources(night, validated)
    return validated


def _drop_failed_sources(night: Night, validated: ValidatedRun) -> None:
    """A source with a table-level failure loads nothing this run; ops hear why."""
    failed = validated.failed_sources
    validated.tables = steps.drop_sources({k: validated.tables[k] for k in CONTENT_TABLES}, sorted(failed))
    for sid in sorted(failed):
        reasons = "; ".join(failed.get(sid, []))
        night.totals.validation_failures[sid] = list(failed.get(sid, []))
        night.fail_source(
            sid,
            f"validation failed, load skipped for this source: {reasons}"[:500],
            ops_detail=f"validation failed at table level ({reasons[:300]}); see dq_results / Data Docs",
        )


def _source_counts(tables: dict[str, Any]) -> dict[str, dict[str, int]]:
    from load.runs import source_counts

    return source_counts(tables)


class FinishedRun(NamedTuple):
    """What `finish_run` hands the run's report: what the run loaded, its Data Docs page, what
    was delivered, and its expectation results as Data Docs read them (the report shows them
    too, without reading them again)."""

    result: LoadResult
    docs_page: str | None
    delivery: DeliveryReport
    quality: QualitySummary


def finish_run(night: Night, *, alerts: bool = True) -> FinishedRun:
    """After the last chunk: the ops alerts, the run's expectation results and its Data Docs
    over every chunk, the `runs` row (with the `pages` rows no chunk took), then delivery."""
    from flows import tasks
    from flows.outbox import DeliveryReport
    from warehouse.contract import conform

    rows: list[dict[str, Any]] = []  # of sources without documents: loaded with the `runs` row
    while (last := night.chunks.take(final=True)) is not None:
        if last.n_docs:
            load_chunk(last, night, alerts=alerts)
        else:
            rows.extend(last.pages)
            night.loaded_sources.update(last.sources)
    wh, totals = night.wh, night.totals
    night.phase = "validate"
    night.ops.extend(failures.ops_messages(night))
    if night.ops:
        totals.enqueued += tasks.enqueue_alerts_task(
            wh, steps.empty_tables(), night.settings, night.run_id, night.ops, False, night.flow_name
        )
    quality = run_quality(night)
    docs_page = _data_docs(night, quality)
    steps.crash_point("before_load")  # (also before each chunk's load) the outbox is written
    info = _run_info(night, len(rows))
    pages = conform("pages", rows) if rows else None
    with interrupt.deferred():  # a signal never splits the load's commits
        night.begin_load()
        night.phase = "load"
        result = tasks.finish_run_task(
            wh, night.run_id, night.flow_name, totals.result, info, totals.source_counts, pages
        )
    steps.crash_point("after_load")
    from flows import datadocs

    docs_page = datadocs.publish(wh, docs_page)
    night.phase = "alerts"
    delivery = DeliveryReport()
    if (alerts or night.ops) and not interrupt.requested():  # pending alerts wait for the next run
        delivery = tasks.deliver_alerts_task(wh, night.settings)
    return FinishedRun(result, docs_page, delivery, quality)


def _run_info(night: Night, n_rows: int) -> RunInfo:
    return run_info(
        night.reports,
        started=night.started,
        n_pages=night.totals.n_pages + n_rows,
        indicators=night.totals.indicators(),
    )


def run_quality(night: Night) -> QualitySummary:
    """The run's expectation results and quarantine over every chunk, as loaded (counted and
    picked by the scans, `report_data.quality_summary`): read once, for its Data Docs and its
    report."""
    from flows.report_data import quality_summary

    return quality_summary(night.wh, night.run_id, night.totals.validation_failures)


def _data_docs(night: Night, quality: QualitySummary) -> str | None:
    """The run's Data Docs page over every chunk: its expectation results and quarantine
    (`run_quality`), the rows that passed, the sources that failed before or in validation."""
    from expectations.docs import write_data_docs
    from flows import datadocs

    wh, totals = night.wh, night.totals
    crawl_failures = {
        sid: rep["errors"][0]
        for sid, rep in night.reports.items()
        if rep["status"] == "failed" and sid not in totals.validation_failures and rep["errors"]
    }
    page = write_data_docs(
        datadocs.docs_dir(wh),
        run_id=night.run_id,
        outcome=quality,
        now=datetime.now(UTC),
        source_failures=crawl_failures,
        passed_rows={n: totals.passed_rows.get(n, 0) for n in CONTENT_TABLES},
    )
    return str(page)
