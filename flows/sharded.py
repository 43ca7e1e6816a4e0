"""A sharded night over a Prefect server and a process work pool: the flows and the coordinator.

    planwatch-sharded (coordinator)
      ├─ split the sources into N host-disjoint shards (flows.shards.split)
      ├─ one `planwatch-shard` flow run per shard through `run_deployment` (a worker of the pool
      │  takes each; it crawls and parses, then stages under <root>/_staging/<night>/<shard>/)
      ├─ wait; a shard whose flow run failed or crashed, or went silent (its heartbeat older than
      │  --shard-stale-s: its worker was killed), is marked Crashed and run again (--shard-retries)
      └─ the one load (flows.staged) under the single-writer guard (flows.writer)

The shard's parameters are its index and N, never its list of sources: every worker computes
the same split from the same sources file. Secrets reach the workers through their environment
(PLANWATCH_ALERT, PLANWATCH_STORAGE_OPTIONS …), never as parameters, as for `nightly`.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from prefect import flow

from flows import runtime
from flows.exceptions import FlowError, PartialRun, RunFailed
from flows.nightly import Outcome, _state_of

if TYPE_CHECKING:
    from uuid import UUID

    from planwatch.settings import Settings
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)
POLL_S = 2.0  # seconds between two looks at the shards' flow runs
PENDING_STALE = 3  # a shard pending (its flow run's process starting) is dead after 3 × stale_s


@flow(name="planwatch-shard", flow_run_name="shard-{shard}-{night_id}")
def shard(
    night_id: str,
    shard: int,
    shards: int,
    sources: str | None = None,
    warehouse: str | None = None,
    config: str | None = None,
    full: bool = False,
    refresh: bool = False,
) -> dict[str, Any]:
    """Crawl and parse shard `shard` of `shards`, stage it under the night (no table written)."""
    from flows.shards import run_shard

    settings = runtime.resolve_settings(
        sources=sources, warehouse=warehouse, config=config or None, shards=shards, shard_index=shard
    )
    return runtime.keep_outcome(run_shard(settings, night_id, full=full, refresh=refresh))


@flow(name="planwatch-load-staged", flow_run_name="load-staged")
def load_staged(
    night_id: str | None = None, warehouse: str | None = None, config: str | None = None
) -> Outcome:
    """Load every staged shard (of `night_id`, or of every staged night) under the writer guard."""
    from flows.staged import load_staged as load

    settings = runtime.resolve_settings(warehouse=warehouse, config=config or None)
    return _state_of(lambda: _nights_report(load(settings, night_id or settings.shard.night_id or None)))


@flow(name="planwatch-sharded", flow_run_name="sharded-{shards}")
def sharded(
    shards: int | None = None,
    sources: str | None = None,
    warehouse: str | None = None,
    config: str | None = None,
    night_id: str | None = None,
    full: bool = False,
    refresh: bool = False,
) -> Outcome:
    """A night in N shards on the work pool's workers, then one load; returns the night's report."""
    settings = runtime.resolve_settings(
        shards=shards, sources=sources, warehouse=warehouse, config=config or None, night_id=night_id
    )
    return _state_of(lambda: coordinate(settings, full=full, refresh=refresh))


def _nights_report(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """The reports of the nights one load took, as one report (the last night's, with the rest)."""
    if not reports:
        return {
            "run_id": "(nothing staged)",
            "status": "completed",
            "flow": "load-staged",
            "nights": [],
            "sources": [],
        }
    return {**reports[-1], "nights": [r["run_id"] for r in reports]}


def _parameters(settings: Settings, night_id: str, full: bool, refresh: bool) -> dict[str, Any]:
    root = settings.store.root
    params: dict[str, Any] = {
        "night_id": night_id,
        "shards": settings.shard.count,
        "sources": str(Path(settings.crawl.sources).resolve()),
        "warehouse": root if "://" in root else str(Path(root).resolve()),
        "full": full,
        "refresh": refresh,
    }
    if settings.config:
        params["config"] = str(Path(settings.config).resolve())
    return params


def _start(settings: Settings, params: dict[str, Any], index: int) -> UUID:
    from prefect.deployments import run_deployment

    run = cast(Any, run_deployment)(
        settings.shard.deployment,
        parameters={**params, "shard": index},
        timeout=0,
        flow_run_name=f"shard-{index}-{params['night_id']}",
        tags=["planwatch", "shard"],
    )
    log.info("shard %d of night %s: flow run %s", index, params["night_id"], run.id)
    return run.id


def _silent_for(wh: Warehouse, night_id: str, index: int, since: datetime | None) -> float:
    """Seconds since the shard last gave a sign of life: its heartbeat, or its flow run's last
    state change (a worker that took it and died before it started beats never)."""
    from warehouse import staging

    beat = staging.alive(wh, night_id, staging.shard_name(index)) or {}
    last = max(float(beat.get("at") or 0.0), since.timestamp() if since else 0.0)
    return time.time() - last if last else 0.0


def _why_again(
    client: Any, wh: Warehouse, night_id: str, index: int, run_id: UUID, stale_s: float
) -> str | None:
    """None while the shard's flow run is fine; "" when it completed; else why it must run again
    (it failed or crashed, or a worker took it and went silent: then it is marked Crashed)."""
    from prefect.states import Crashed

    state = client.read_flow_run(run_id).state
    if state is None:
        return None
    if state.is_completed():
        return ""
    if state.is_final():
        return f"{state.type.value.lower()}: {state.message or ''}".strip()
    if state.is_running() or state.is_pending():  # a worker took it
        silent = _silent_for(wh, night_id, index, state.timestamp)
        # a flow run's process takes a while to start (imports) before it beats: pending runs
        # get PENDING_STALE × the allowance of running ones
        if silent > stale_s * (PENDING_STALE if state.is_pending() else 1):
            why = f"{(state.name or state.type.value).lower()}, no sign of life for {silent:.0f} s (its worker is gone)"
            client.set_flow_run_state(run_id, Crashed(message=why), force=True)
            return why
    return None


def _run_shards(
    settings: Settings, wh: Warehouse, params: dict[str, Any], todo: list[int]
) -> tuple[dict, dict]:
    """Start the shards, wait for them, start again those that died; (attempts, failed) by index."""
    from prefect.client.orchestration import get_client

    night_id = params["night_id"]
    attempts = dict.fromkeys(todo, 1)
    running = {i: _start(settings, params, i) for i in todo}
    failed: dict[int, str] = {}
    deadline = time.monotonic() + settings.crawl.night_budget_s * 1.5
    with get_client(sync_client=True) as client:
        while running:
            time.sleep(POLL_S)
            late = time.monotonic() > deadline
            for index, run_id in list(running.items()):
                why = _why_again(client, wh, night_id, index, run_id, settings.shard.stale_s)
                if why is None and late:
                    why = "not done within the night's budget (--night-budget-s × 1.5)"
                if why is None:
                    continue
                del running[index]
                if not why:
                    continue
                if attempts[index] > settings.shard.retries or late:
                    failed[index] = why
                    log.error("shard %d of night %s gave up: %s", index, night_id, why)
                    continue
                log.warning("shard %d of night %s runs again: %s", index, night_id, why)
                attempts[index] += 1
                running[index] = _start(settings, params, index)
    return attempts, failed


def coordinate(settings: Settings, *, full: bool = False, refresh: bool = False) -> dict[str, Any]:
    """Run every shard of the night on the work pool (again when one dies), then load them,
    holding the warehouse's run guard (no nightly crawls the same portals meanwhile)."""
    from flows import writer
    from warehouse.store import Warehouse

    wh = Warehouse.open(settings.store)
    with writer.run_guard(wh, wait_s=2.0):  # one night at a time (the CLI may hold it already)
        return _coordinate(settings, wh, full=full, refresh=refresh)


def _coordinate(settings: Settings, wh: Warehouse, *, full: bool, refresh: bool) -> dict[str, Any]:
    from extract.sources import load_sources
    from flows.shards import split
    from flows.staged import load_staged as load
    from planwatch.ids import new_run_id
    from warehouse import staging

    night_id = settings.shard.night_id or new_run_id()
    sources = load_sources(settings.crawl.sources, only=settings.crawl.source or None)
    n = len(split(sources, settings.shard.count, settings.http.min_interval_s))
    if not n:
        raise FlowError("no sources to crawl")
    staged = set(staging.shards(wh, night_id))  # a coordinator run again resumes the night
    todo = [i for i in range(n) if staging.shard_name(i) not in staged]
    attempts, failed = _run_shards(settings, wh, _parameters(settings, night_id, full, refresh), todo)
    gave_up = "; ".join(f"shard {i}: {why}" for i, why in sorted(failed.items()))
    if not staging.shards(wh, night_id):
        report: dict[str, Any] = {"run_id": night_id, "flow": "sharded", "status": "failed", "sources": []}
        raise RunFailed(f"night {night_id}: no shard was staged; {gave_up}", report)
    report = _nights_report(load(settings, night_id))
    report.update(
        shards_run={str(i): k for i, k in sorted(attempts.items())},
        shards_failed={str(i): why for i, why in sorted(failed.items())},
    )
    if failed:
        message = f"night {night_id}: {len(failed)} of {n} shards failed: {gave_up}"
        raise PartialRun(message, {**report, "status": "partial"})
    return report
