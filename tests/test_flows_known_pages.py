"""A night's crawl batches read their sources' `pages` rows (`flows.steps.known_pages`) a few
scans at a time: each concurrent scan holds its own decoded copy of the table, and a night
starts up to --crawl-concurrency batches together."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from flows import steps
from warehouse.contract import conform
from warehouse.store import Warehouse


class CountingWarehouse(Warehouse):
    """A real warehouse that records how many `pages` reads run at once."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.now = self.most = 0
        self.count_lock = threading.Lock()

    def read(self, table, as_of=None, *, filter=None):
        if table != "pages":
            return super().read(table, as_of, filter=filter)
        with self.count_lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            time.sleep(0.05)  # long enough for the other threads to arrive
            return super().read(table, as_of, filter=filter)
        finally:
            with self.count_lock:
                self.now -= 1


def test_crawl_batches_scan_pages_a_few_at_a_time(tmp_path):
    wh = CountingWarehouse(tmp_path / "wh")
    at = datetime(2026, 12, 1, tzinfo=UTC)
    rows = [
        {
            "fetch_id": f"f{i}",
            "run_id": "r0",
            "source_id": f"s{i % 12}",
            "url": f"https://x.gov.cn/{i}",
            "kind": "detail",
            "status": 200,
            "outcome": "ok",
            "fetched_at": at,
        }
        for i in range(48)
    ]
    wh.merge_rows("pages", conform("pages", rows))
    got: dict[int, dict] = {}

    def batch(n: int) -> None:
        got[n] = steps.known_pages(wh, [f"s{n}"])

    threads = [threading.Thread(target=batch, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert 1 <= wh.most <= steps.PAGES_SCANS_AT_ONCE
    for n in range(12):
        assert sorted(r["fetch_id"] for r in got[n][f"s{n}"]) == sorted(f"f{i}" for i in range(n, 48, 12))
