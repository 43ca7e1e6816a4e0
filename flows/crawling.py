"""How a night crawls many hosts: host groups in batches, a bounded number of hosts at once.

Politeness is per host (the HTTP client spaces the requests to one host), so a night gains
nothing from crawling two sources of one host at once, and a thread per source costs memory and
a Prefect task run each (thousands of them lock the temporary server's SQLite). Instead:

- sources are grouped by host (`extract.hosts.host_groups`: sources sharing a host, transitively);
- the groups are dealt into at most `BATCHES_PER_LANE × --crawl-concurrency` batches of similar
  cost (requests × interval), each one Prefect task run (`tasks.crawl_batch_task`) that crawls
  its groups one host after the other;
- at most `--crawl-concurrency` batches run at once; each finished batch starts the next and
  hands its crawls to the flow, which sends their pages to be parsed while others crawl.

So the number of task runs is bounded by the setting, not by the number of sources, and memory
by the batches in flight.
"""

from __future__ import annotations

import queue
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from planwatch import interrupt

if TYPE_CHECKING:
    from extract.result import SourceCrawl
    from extract.sources import Source
    from planwatch.settings import Settings

BATCHES_PER_LANE = 4  # batches per concurrent lane: enough to even out the lanes' ends
WAIT_STEP_S = 0.2  # the main thread waits in short steps so that Ctrl-C reaches it


def host_batches(sources: list[Source], concurrency: int, default_interval_s: float) -> list[list[Source]]:
    """The sources dealt into batches of whole host groups, costliest batch first."""
    from extract.hosts import balanced, host_groups

    groups = host_groups(sources)
    if not groups:
        return []
    n = min(len(groups), max(1, concurrency) * BATCHES_PER_LANE)
    bins = balanced(groups, n, default_interval_s)
    cost = {id(b): sum(g.cost(default_interval_s) for g in b) for b in bins}
    bins.sort(key=lambda b: -cost[id(b)])
    return [[s for g in b for s in g.sources] for b in bins]


def run_batches(
    batches: list[list[Source]],
    submit: Callable[[list[Source]], Any],
    limit: int,
    failed: Callable[[Source, BaseException], SourceCrawl],
    idle: Callable[[], None] | None = None,
) -> Iterator[SourceCrawl]:
    """Submit the batches, at most `limit` at a time (one more as each ends), and yield every
    source's crawl as its batch finishes. A batch that crashed yields `failed(source, exc)` for
    each of its sources. After a stop request no new batch starts. `idle` is called while no
    batch ends (every WAIT_STEP_S): the flow takes finished parses then."""
    todo = deque(batches)
    running: dict[int, list[Source]] = {}
    finished: queue.Queue[Any] = queue.Queue()

    def launch() -> None:
        batch = todo.popleft()
        future = submit(batch)
        running[id(future)] = batch
        future.add_done_callback(finished.put)

    while todo and len(running) < max(1, limit):
        launch()
    while running:
        try:
            future = finished.get(timeout=WAIT_STEP_S)
        except queue.Empty:
            if idle is not None:
                idle()
            continue
        batch = running.pop(id(future))
        if todo and not interrupt.requested():
            launch()
        try:
            crawls = list(future.result())
        except Exception as exc:  # the task itself crashed: its sources failed, the night goes on
            crawls = [failed(source, exc) for source in batch]
        del future  # its result (every crawl of the batch) is not kept past this point
        while crawls:
            yield crawls.pop(0)


def crashed(source: Source, exc: BaseException) -> SourceCrawl:
    """The crawl of a source whose batch task crashed (a bug): recorded as failed."""
    from extract.crawl import SourceCrawl

    return SourceCrawl(source.id, error=f"{type(exc).__name__}: {exc}")


def shared_client(settings: Settings) -> Any:
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
    from flows.steps import http_client

    return http_client(settings)
