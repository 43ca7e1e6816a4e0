"""A source's crawl that a stop never waits for (Ctrl-C, SIGTERM: `planwatch.interrupt`).

`abandonable` runs the crawl in a daemon thread and gives up on it as soon as a stop is
requested, so a request in flight is abandoned; `page_events` hands each `pages` row to the
run as the crawler records it (`flows.runtime.page_sink`), so what was fetched before the stop
is recorded by `flows.stopping`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from flows import runtime
from planwatch import interrupt

if TYPE_CHECKING:
    from extract.crawl import SourceCrawl


def page_events(run_id: str) -> Callable[[dict[str, Any]], None]:
    """The crawler's page events → the run's live `pages` rows and the progress display."""
    counts: dict[str, int] = {}

    def handle(event: dict[str, Any]) -> None:
        row = event.get("row")
        if event.get("event") != "page" or row is None:
            return
        runtime.page_fetched(run_id, row)
        sid = str(event.get("source_id") or "")
        counts[sid] = counts.get(sid, 0) + 1
        runtime.progress("fetch", sid, counts[sid], 0)

    return handle


def abandonable(
    source_id: str, crawl: Callable[[], SourceCrawl], then: Callable[[], None] | None = None
) -> SourceCrawl:
    """Run a crawl in a daemon thread and wait for it, giving up at once on Ctrl-C / SIGTERM: a
    request in flight is abandoned, never waited for (its page was not recorded; the pages
    recorded before are kept through `runtime.page_sink`). `then` runs in that thread as it
    ends (`HttpClient.end_thread`: a thread per source, so the shared client would otherwise keep
    every source's session and kept-alive connections to the end of the night)."""
    from extract.crawl import SourceCrawl

    box: dict[str, Any] = {}
    done = threading.Event()

    def target() -> None:
        try:
            box["crawl"] = crawl()
        except BaseException as exc:  # handed to the waiting thread
            box["error"] = exc
        finally:
            try:
                if then is not None:
                    then()
            finally:
                done.set()

    threading.Thread(target=target, name=f"crawl-{source_id}", daemon=True).start()
    while not done.wait(0.2):
        if interrupt.requested():
            return SourceCrawl(source_id, error="interrupted", error_kind="Interrupted")
    if "error" in box:
        raise box["error"]
    result: SourceCrawl = box["crawl"]
    return result
