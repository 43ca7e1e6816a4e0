"""One shard of a sharded night: crawl and parse a host-disjoint share of the sources, as the
nightly does, and stage the result (`warehouse.staging`) instead of validating and loading it.

- `split` deals the sources into N shards of whole host groups (`extract.hosts.balanced`), so a
  host is never crawled by two shards (two workers) at once. The split depends only on the
  sources file and N, so every worker computes the same shards: a shard flow run is given its
  index, not its list of sources (Prefect stores parameters).
- `run_shard` is the nightly's crawl and parse (`flows.pipeline`: host batches, parse batches,
  the same raw archive under the warehouse root) under the night's id, without the run lock
  (shards write no table; the one load later takes the single-writer guard). It then stages the
  shard's tables, `pages` rows and per-source reports; staging it again replaces them.
- While it runs, the shard beats (`_ALIVE` in its staging folder, every `BEAT_S`): the
  coordinator (`flows.sharded`) takes a shard whose beat went stale as dead (its worker killed)
  and runs it again. Each run claims the shard (`_OWNER`); a run taken for dead that was only
  slow sees the newer claim at its next beat, stops crawling and stages nothing.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from flows.exceptions import FlowError

if TYPE_CHECKING:
    from extract.sources import Source
    from planwatch.settings import Settings
    from warehouse.store import Warehouse

BEAT_S = 10.0  # seconds between two heartbeats of a running shard


def split(sources: list[Source], n: int, default_interval_s: float) -> list[list[Source]]:
    """The sources in at most `n` shards of whole host groups and similar cost (requests ×
    interval); the same sources and `n` always give the same shards."""
    from extract.hosts import balanced, host_groups

    groups = host_groups(sources)
    if not groups:
        return []
    return [[s for g in bin_ for s in g.sources] for bin_ in balanced(groups, n, default_interval_s)]


def shard_sources(settings: Settings) -> list[Source]:
    """The sources of shard `settings.shard.index` of `settings.shard.count` (empty when the
    index is past the last shard: fewer host groups than shards)."""
    from extract.sources import load_sources

    count, index = settings.shard.count, settings.shard.index
    if count < 1 or not 0 <= index < count:
        raise FlowError(f"shard index {index} is not in 0..{count - 1} (--shards {count})")
    sources = load_sources(settings.crawl.sources, only=settings.crawl.source or None)
    shards = split(sources, count, settings.http.min_interval_s)
    return shards[index] if index < len(shards) else []


class Superseded(FlowError):
    """A newer run of this shard took over (the coordinator took this one for dead)."""


@contextlib.contextmanager
def heartbeat(
    wh: Warehouse, night_id: str, shard: str, every_s: float | None = None
) -> Iterator[threading.Event]:
    """Claim the shard for this run and beat in a daemon thread while the block runs (a failed
    beat is only skipped). When a newer run of the shard claims it, the beat sets the yielded
    event and asks the crawl to stop (`planwatch.interrupt.STOP`: no new request), so one host
    never sees two runs of a shard for longer than a beat."""
    import logging
    import os
    import socket
    import uuid

    from planwatch import interrupt
    from warehouse import staging

    every_s = every_s or BEAT_S
    stop, superseded = threading.Event(), threading.Event()
    token = uuid.uuid4().hex
    info = {"host": socket.gethostname(), "pid": os.getpid(), "token": token}
    staging.claim(wh, night_id, shard, token)

    def beat() -> None:
        while True:
            try:
                if staging.owner(wh, night_id, shard) not in (None, token):
                    superseded.set()
                    interrupt.STOP.set()
                    return
                staging.touch_alive(wh, night_id, shard, info)
            except Exception as exc:  # the object store hiccuped: the next beat tries again
                logging.getLogger(__name__).debug("heartbeat of %s failed: %s", shard, exc)
            if stop.wait(every_s):
                return

    thread = threading.Thread(target=beat, name=f"heartbeat-{shard}", daemon=True)
    thread.start()
    try:
        yield superseded
    finally:
        stop.set()
        thread.join(timeout=every_s)
        if superseded.is_set():
            interrupt.STOP.clear()  # this process's stop was ours, not a signal's


def run_shard(
    settings: Settings, night_id: str, *, full: bool = False, refresh: bool = False
) -> dict[str, Any]:
    """Crawl and parse this shard's sources (`settings.shard`), then stage them under `night_id`.
    Returns a summary (shard, sources, pages, documents, failed sources, where it is staged)."""
    from flows import pipeline, runtime, steps
    from flows.chunks import Chunk, concat_tables
    from flows.night import Night
    from planwatch import interrupt
    from planwatch.ids import is_safe_run_id
    from warehouse import staging
    from warehouse.checks import check
    from warehouse.contract import conform
    from warehouse.store import Warehouse

    if not night_id or not is_safe_run_id(night_id):
        raise FlowError(f"a shard needs a night id of letters, digits, _ . - (got {night_id!r})")
    interrupt.reinstall()
    t0 = time.perf_counter()
    shard = staging.shard_name(settings.shard.index)
    mine = shard_sources(settings)
    wh = Warehouse.open(settings.store)
    check(wh, write=True)
    night = Night(settings.replace(source=[s.id for s in mine]), wh, night_id, "nightly")
    taken: list[Chunk] = []  # the shard's chunks, staged together (a shard is one load chunk)
    night.chunk_sink = taken.append
    with heartbeat(wh, night_id, shard) as superseded, runtime.page_sink(night_id, night.add_live):
        if mine:
            night.phase = "crawl"
            pipeline._crawl_and_parse(night, full, refresh)
        while (last := night.chunks.take(final=True)) is not None:
            taken.append(last)
        tables = concat_tables([c.tables for c in taken]) if taken else steps.empty_tables()
        rows = [r for c in taken for r in c.pages]
        if superseded.is_set():
            raise Superseded(
                f"night {night_id}, {shard}: a newer run of this shard took over; this one staged nothing"
            )
        state = {
            "shard": shard,
            "sources": [s.id for s in mine],
            "started": night.started.isoformat(),
            "reports": night.reports,
            "failures": {sid: list(v) for sid, v in night.failures.items()},
        }
        pages = conform("pages", rows) if rows else None
        folder = staging.write_shard(wh, night_id, shard, tables, pages, state)
    return {
        "night_id": night_id,
        "shard": shard,
        "sources": len(mine),
        "pages": len(rows),
        "documents": tables["documents"].height,
        "failed_sources": sorted(night.failures),
        "staged": folder,
        "seconds": round(time.perf_counter() - t0, 3),
    }
