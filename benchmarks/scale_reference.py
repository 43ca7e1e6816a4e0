"""The bare reference crawler of `benchmarks scale`: what an unchanged night costs at the least.

A thread pool of `workers` threads (the same number of hosts at once as planwatch's
`--crawl-concurrency`), each taking one host at a time and fetching its URLs with plain
`requests` GETs, the host's interval between two requests (the first at once, as planwatch's
client does), bodies read and dropped: no robots parsing, no URL policy, no archive, no parsing,
no storage, no orchestration. The URLs are those an unchanged planwatch night asks for:
robots.txt and the first list page of every source (`scale_portals.list_urls`).
"""

from __future__ import annotations

import queue
import threading
import time
from typing import Any


def _host(session: Any, interval: float, urls: list[str]) -> tuple[int, int]:
    next_at = time.monotonic()
    n = nbytes = 0
    for url in urls:
        wait = next_at - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        next_at = time.monotonic() + interval
        r = session.get(url, timeout=30)
        nbytes += len(r.content)
        n += 1
    return n, nbytes


def reference_night(hosts: list[tuple[float, list[str]]], workers: int) -> dict[str, Any]:
    """Fetch every host's URLs (host by host, `workers` hosts at once); seconds and counts."""
    import requests

    todo: queue.Queue[tuple[float, list[str]]] = queue.Queue()
    for item in sorted(hosts, key=lambda h: -h[0] * len(h[1])):  # longest hosts first, as planwatch
        todo.put(item)
    totals = {"requests": 0, "bytes": 0, "errors": 0}
    lock = threading.Lock()

    def worker() -> None:
        with requests.Session() as session:
            session.trust_env = False
            while True:
                try:
                    interval, urls = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    n, nbytes = _host(session, interval, urls)
                except Exception:
                    with lock:
                        totals["errors"] += 1
                    continue
                with lock:
                    totals["requests"] += n
                    totals["bytes"] += nbytes

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(max(1, min(workers, len(hosts))))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"seconds": time.perf_counter() - t0, **totals}
