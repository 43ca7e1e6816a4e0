"""How a night deals its sources to crawl task runs (`flows.crawling`, `extract.hosts`): whole
host groups per batch, a bounded number of batches, at most `--crawl-concurrency` at once."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from extract.hosts import balanced, host_groups
from extract.result import SourceCrawl
from extract.sources import Source
from flows import crawling


def source(sid: str, *urls: str, interval: float | None = 1.0) -> Source:
    return Source(id=sid, platform="generic", start_urls=list(urls), min_interval_s=interval)


def many(n_hosts: int, per_host: int) -> list[Source]:
    return [
        source(f"h{h}c{c}", f"http://127.0.0.{h + 2}:8080/col{c}/")
        for h in range(n_hosts)
        for c in range(per_host)
    ]


def test_sources_sharing_a_host_form_one_group_whatever_the_port():
    a = source("a", "http://x.gov.cn/a/")
    b = source("b", "http://x.gov.cn:8080/b/")
    c = source("c", "http://y.gov.cn/c/")
    d = Source(
        id="d", platform="generic", start_urls=["http://z.gov.cn/"], allowed_hosts=["z.gov.cn", "y.gov.cn"]
    )
    groups = host_groups([a, b, c, d])
    assert sorted(g.source_ids for g in groups) == [["a", "b"], ["c", "d"]]


def test_batches_are_bounded_by_the_setting_and_never_split_a_host():
    sources = many(300, 4)
    batches = crawling.host_batches(sources, concurrency=10, default_interval_s=1.0)
    assert len(batches) == 10 * crawling.BATCHES_PER_LANE
    assert sorted(s.id for b in batches for s in b) == sorted(s.id for s in sources)
    host_of = {s.id: next(iter(s.netlocs)) for s in sources}
    owner: dict[str, int] = {}
    for i, batch in enumerate(batches):
        for s in batch:
            assert owner.setdefault(host_of[s.id], i) == i
    few = crawling.host_batches(many(3, 2), concurrency=10, default_interval_s=1.0)
    assert len(few) == 3


def test_balanced_splits_evenly_by_cost():
    groups = host_groups(many(40, 1) + many(2, 10))
    bins = balanced(groups, 4, 1.0)
    loads = [sum(g.cost(1.0) for g in b) for b in bins]
    assert max(loads) <= 1.5 * min(loads)


def test_at_most_limit_batches_run_at_once_and_every_crawl_comes_back():
    running, peak, lock = [0], [0], threading.Lock()

    def crawl(batch: list[Source]) -> list[SourceCrawl]:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1
        return [SourceCrawl(s.id) for s in batch]

    batches = [[source(f"s{i}", f"http://h{i}.gov.cn/")] for i in range(20)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        got = list(crawling.run_batches(batches, lambda b: pool.submit(crawl, b), 3, crawling.crashed))
    assert peak[0] == 3
    assert sorted(c.source_id for c in got) == sorted(f"s{i}" for i in range(20))


def test_a_crashed_batch_fails_its_sources_and_the_others_go_on():
    def crawl(batch: list[Source]) -> list[SourceCrawl]:
        if batch[0].id == "bad":
            raise RuntimeError("boom")
        return [SourceCrawl(s.id) for s in batch]

    batches = [
        [source("bad", "http://a.gov.cn/"), source("bad2", "http://a.gov.cn/x")],
        [source("ok", "http://b.gov.cn/")],
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        got = {
            c.source_id: c
            for c in crawling.run_batches(batches, lambda b: pool.submit(crawl, b), 2, crawling.crashed)
        }
    assert got["ok"].error is None
    assert got["bad"].error == got["bad2"].error == "RuntimeError: boom"


@pytest.mark.parametrize("concurrency", [0, 1])
def test_a_concurrency_below_one_still_crawls_one_batch_at_a_time(concurrency):
    batches = crawling.host_batches(many(5, 1), concurrency=concurrency, default_interval_s=1.0)
    assert len(batches) == crawling.BATCHES_PER_LANE
