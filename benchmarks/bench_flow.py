"""Orchestration overhead of the nightly flow on the bundled sample sites.

- flow wall time vs the sum of its steps' own times (crawl, parse, validate, load, alerts)
  measured inside the same run (goal ≤ 1.3×);
- flow wall time vs the same steps called one after another in plain Python (no Prefect);
- cost of one Prefect task run (a flow with N trivial task runs vs one with none), and what a
  task per page would have cost for this night's pages.

Prefect's temporary server is started (and GX imported) by a warm-up run first: its start-up is
a one-off per process, not a per-run cost.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

GOAL = 1.3


def _portal(tmp: Path) -> tuple[list, Path]:
    from testbed.replay import ReplayServer
    from testbed.sites import SITES, copy_site, sources_toml

    servers, dirs = [], {}
    for name in SITES:
        try:
            dirs[name] = copy_site(name, tmp / "sites" / name)
        except KeyError:
            continue
        servers.append((name, ReplayServer(dirs[name]).start()))
    sources = tmp / "sources.toml"
    sources.write_text(sources_toml({n: s.base_url for n, s in servers}, site_dirs=dirs), encoding="utf-8")
    return servers, sources


def _settings(tmp: Path, sources: Path, name: str, hook: Any) -> Any:
    from planwatch.settings import Settings

    return Settings.of(warehouse=str(tmp / name), sources=str(sources), alert=[hook.apprise_url],
                    min_interval_s=0.0, http_timeout_s=5.0, http_retries=0)


def _plain(settings: Any) -> float:
    """The same steps in plain Python, sequentially: the no-orchestration baseline."""
    from extract.sources import load_sources
    from flows import chunks, datadocs, steps
    from load.runs import RunInfo
    from planwatch.ids import new_run_id
    from warehouse.contract import conform
    from warehouse.store import Warehouse

    t0 = time.perf_counter()
    wh = Warehouse.open(settings.store)
    run_id = new_run_id()
    parts, pages = [], []
    for source in load_sources(settings.crawl.sources):
        out = steps.crawl_one(source, settings, wh, run_id=run_id)
        pages.extend(out.pages)
        for batch in steps.batches(out.documents):
            parts.append(steps.parse_pages(batch, settings.store).tables)
    tables = chunks.concat_tables(parts)
    outcome = steps.validate(tables, run_id=run_id, previous_counts=None, docs_dir=str(datadocs.docs_dir(wh)))
    outcome.tables = steps.drop_sources(outcome.tables, list(outcome.failed_sources))
    steps.enqueue_alerts(wh, outcome.tables, settings, run_id=run_id)
    loaded = steps.load_chunk(wh, run_id=run_id, run=outcome, pages=conform("pages", pages))
    steps.finish_run(wh, run_id=run_id, flow="nightly", result=loaded, info=RunInfo(), counts={}, pages=None)
    steps.deliver_alerts(wh, settings)
    return time.perf_counter() - t0


def _task_run_cost(n: int) -> float:
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    @task(cache_policy=NO_CACHE)
    def noop(i: int) -> int:
        return i

    @flow
    def empty() -> None:
        return None

    @flow
    def many(k: int) -> None:
        for i in range(k):
            noop(i)

    def timed(k: int) -> float:
        time.sleep(2.0)  # let the API server drain the previous flow's events first
        t0 = time.perf_counter()
        many(k)
        return time.perf_counter() - t0

    # Task runs are reported to the API server asynchronously, so one flow's figure is noisy:
    # take the median of three flows of n task runs, less the median flow start-up (one task).
    empty()
    start = sorted(timed(1) for _ in range(3))[1]
    per = sorted((timed(n) - start) / n for _ in range(3))[1]
    return max(per, 0.0)


def run(quick: bool = False) -> list[dict]:
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows import steps, tasks
    from flows.nightly import nightly
    from flows.runner import run_flow
    from testbed.webhook import WebhookReceiver

    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-flow-") as d:
        tmp = Path(d)
        servers, sources = _portal(tmp)
        try:
            with WebhookReceiver() as hook:
                run_flow(nightly, _settings(tmp, sources, "warmup", hook))  # server start, imports
                steps.STEP_TIMES.seconds.clear()
                tasks.TASK_RUNS.clear()
                t0 = time.perf_counter()
                report = run_flow(nightly, _settings(tmp, sources, "flow", hook))
                wall = time.perf_counter() - t0
                own = dict(steps.STEP_TIMES.seconds)
                n_tasks = sum(tasks.TASK_RUNS.values())
                steps.STEP_TIMES.seconds.clear()
                plain = _plain(_settings(tmp, sources, "plain", hook))
        finally:
            for _, srv in servers:
                srv.stop()
    n_pages = sum(s["pages_fetched"] for s in report["sources"])
    total_own = sum(own.values())
    cost = _task_run_cost(20 if quick else 100)

    def row(measure: str, value: Any, unit: str = "", goal: str = "", ok: bool | None = None) -> None:
        rows.append({"benchmark": "flow", "measure": measure, "value": value, "unit": unit,
                     "goal": goal, "ok": ok})

    row(f"nightly flow wall time ({len(report['sources'])} sample sites)", wall, "s")
    for k, v in sorted(own.items()):
        row(f"  step {k} (own time)", v, "s")
    row("flow wall / sum of step times", wall / total_own, "x", f"<= {GOAL}", wall / total_own <= GOAL)
    row("same steps in plain Python, sequential", plain, "s")
    row("flow wall / plain Python (informational)", wall / plain, "x")
    row("task runs in the nightly run", n_tasks, "")
    row("pages fetched in the nightly run", n_pages, "")
    row("cost per Prefect task run", cost * 1000, "ms", "6-20 ms (DESIGN)")
    row("overhead had it been one task per page", n_pages * cost, "s")
    return rows


if __name__ == "__main__":
    for r in run(quick=True):
        print(r)
