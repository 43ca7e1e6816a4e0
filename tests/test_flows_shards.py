"""Shards of a sharded night (`flows.shards`, `flows.sharded.shard`): the sources split by host
(no host in two shards), each shard crawled and parsed as the nightly does and staged, not
loaded; a shard run again replaces what it staged; the one load then stores every notice once."""
from __future__ import annotations

import pytest

from benchmarks.scale_portals import RigSpec
from benchmarks.scale_rig import ScaleRig
from extract.sources import Source
from flows.runner import run_flow
from flows.sharded import load_staged, shard
from flows.shards import split
from planwatch.settings import Settings
from warehouse import staging
from warehouse.store import Warehouse

pytestmark = pytest.mark.prefect


def _source(sid: str, *urls: str, hosts: list[str] | None = None) -> Source:
    return Source(sid, "generic", list(urls), allowed_hosts=hosts or [])


def test_split_never_puts_one_host_in_two_shards() -> None:
    sources = [_source(f"s{i}", f"https://h{i % 7}.gov.cn/col{i}/") for i in range(40)]
    # s40 fetches from h1 and h8: h1 and h8 (and every source on them) go to one shard
    sources.append(_source("s40", "https://h8.gov.cn/a/", hosts=["h8.gov.cn", "h1.gov.cn:8080"]))
    sources.append(_source("s41", "https://h8.gov.cn/b/"))
    shards = split(sources, 3, 1.0)
    assert len(shards) == 3
    assert sorted(s.id for part in shards for s in part) == sorted(s.id for s in sources)
    owner: dict[str, int] = {}
    for i, part in enumerate(shards):
        for s in part:
            for netloc in s.netlocs:
                host = netloc.split(":")[0]
                assert owner.setdefault(host, i) == i, f"{host} in shards {owner[host]} and {i}"
    assert owner["h1.gov.cn"] == owner["h8.gov.cn"]
    assert [[s.id for s in p] for p in split(list(sources), 3, 1.0)] == [[s.id for s in p] for p in shards]
    assert len(split(sources[:2], 5, 1.0)) == 2  # never more shards than host groups


def test_shards_stage_and_one_load_stores_every_notice_once(prefect_harness, tmp_path) -> None:
    spec = RigSpec(sources=8, hosts=4, notices=2, interval_min_s=0.1, interval_max_s=0.2)
    with ScaleRig(spec) as rig:
        settings = Settings.of(
            warehouse=str(tmp_path / "wh"),
            sources=str(rig.write_sources(tmp_path / "sources.toml")),
            http_retries=0,
        )
        wh = Warehouse.open(settings.store)
        params = {"night_id": "night1", "shards": 2, "sources": settings.crawl.sources, "warehouse": wh.root}
        first = run_flow(shard, settings, shard=0, **params)
        again = run_flow(shard, settings, shard=0, **params)  # run again: replaces what it staged
        other = run_flow(shard, settings, shard=1, **params)
        listed = rig.notice_urls()
        stats = rig.stats()
    assert first["documents"] == again["documents"] == other["documents"] == 8
    assert first["sources"] + other["sources"] == 8
    assert wh.delta("documents") is None  # shards write no table
    assert staging.shards(wh, "night1") == ["shard-000", "shard-001"]
    assert stats["min_gap_ratio"] >= 0.9  # polite across the two runs of shard 0 too

    report = run_flow(load_staged, settings)
    assert report["run_id"] == "night1" and report["status"] == "completed"
    docs = wh.read("documents")
    urls = docs.get_column("source").to_list()
    assert len(urls) == len(set(urls)) == 16 and set(urls) == listed
    pages = wh.read("pages")
    assert set(pages.get_column("run_id").to_list()) == {"night1"}
    assert wh.run("night1")["n_documents_new"] == 16
    assert staging.nights(wh) == []


def test_a_shard_run_taken_over_by_a_newer_run_stops_and_stages_nothing(
    prefect_harness, tmp_path, monkeypatch
) -> None:
    import threading

    from flows import shards
    from flows.shards import Superseded
    from planwatch import interrupt

    monkeypatch.setattr(shards, "BEAT_S", 0.2)
    spec = RigSpec(sources=4, hosts=2, notices=6, interval_min_s=0.5, interval_max_s=0.5)
    with ScaleRig(spec) as rig:
        settings = Settings.of(
            warehouse=str(tmp_path / "wh"),
            sources=str(rig.write_sources(tmp_path / "sources.toml")),
            http_retries=0,
        )
        wh = Warehouse.open(settings.store)

        def newer_run_claims() -> None:  # the coordinator took this run for dead and started another
            while not staging.alive(wh, "night2", "shard-000"):
                threading.Event().wait(0.1)
            staging.claim(wh, "night2", "shard-000", "a-newer-run")

        claimer = threading.Thread(target=newer_run_claims)
        claimer.start()
        params = {"night_id": "night2", "shards": 1, "sources": settings.crawl.sources, "warehouse": wh.root}
        with pytest.raises(Superseded, match="a newer run of this shard took over"):
            run_flow(shard, settings, shard=0, **params)
        claimer.join()
        requests = rig.stats()["requests"]
    assert staging.shards(wh, "night2") == []  # nothing staged
    assert requests < 4 * 7  # it stopped crawling: not every list and notice was asked for
    assert not interrupt.requested()  # the stop was this run's only
