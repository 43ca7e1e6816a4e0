"""A night over many small portals (the scale rig): hosts crawled in batches, at most
`--crawl-concurrency` at once, a bounded number of crawl task runs, every notice stored once,
every host asked no sooner than its interval."""

from __future__ import annotations

import pytest

from benchmarks.scale_portals import RigSpec
from benchmarks.scale_rig import ScaleRig
from flows import crawling, tasks
from flows.nightly import nightly
from flows.runner import run_flow
from planwatch.settings import Settings
from warehouse.store import Warehouse

pytestmark = pytest.mark.prefect

SPEC = RigSpec(sources=24, hosts=8, notices=2, interval_min_s=0.04, interval_max_s=0.08)


def test_a_night_over_many_hosts_is_bounded_and_polite(prefect_harness, tmp_path):
    with ScaleRig(SPEC) as rig:
        settings = Settings.of(
            warehouse=str(tmp_path / "wh"),
            sources=str(rig.write_sources(tmp_path / "sources.toml")),
            crawl_concurrency=1,
            http_retries=0,
        )
        tasks.TASK_RUNS.clear()
        first = run_flow(nightly, settings)
        run_log = _flow_run_log()
        crawl_runs = tasks.TASK_RUNS["crawl_batch"]
        parse_runs = tasks.TASK_RUNS["parse_batch"]
        stats = rig.stats()
        listed = rig.notice_urls()
        rig.publish(1, sources=["h00003c0"])
        second = run_flow(nightly, settings)
    assert first["status"] == "completed" and second["status"] == "completed"
    assert crawl_runs == crawling.BATCHES_PER_LANE  # 8 hosts dealt into 4 batches, not 24 task runs
    assert parse_runs == 1  # 48 detail pages of 24 sources: one parse batch
    assert stats["min_gap_ratio"] >= 0.9 and stats["hosts_asked"] == 8
    docs = Warehouse.open(settings.store).read("documents")
    urls = docs.get_column("source").to_list()
    assert len(urls) == len(set(urls)) == 24 * 2 + 1  # every notice once, the new one too
    assert set(urls) > listed
    assert docs.filter(~docs["source"].is_in(list(listed)))["source_id"].to_list() == ["h00003c0"]
    assert [s["source_id"] for s in second["sources"] if s["new"]] == ["h00003c0"]
    # Prefect's server gets one summary of the sources, not a row per source (a national night
    # has 11,000); the per-source table is in the report
    assert not [m for m in run_log if m.startswith("h0000")], run_log
    assert sum("24 sources (0 failed): fetched 80 pages, 48 new" in m for m in run_log) == 1, run_log
    assert len(first["sources"]) == 24


def _flow_run_log() -> list[str]:
    """The messages the latest flow run sent to the Prefect API."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.client.schemas.sorting import FlowRunSort
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()  # the records still queued to be sent
    with get_client(sync_client=True) as client:
        (run,) = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])))
    return [entry.message for entry in logs]
