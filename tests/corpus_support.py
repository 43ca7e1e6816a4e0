"""Crawl a built corpus (`testbed.sites.corpus.build_corpus`) with the real crawler, no Prefect:
each site served by a `ReplayServer` on 127.0.0.1, every source crawled once into one archive."""

from __future__ import annotations

from pathlib import Path

from extract.archive import RawArchive
from extract.crawl import crawl_source
from extract.http import HttpClient
from extract.sources import load_sources
from extract.state import CrawlState
from planwatch.records import FetchedPage
from testbed.replay import ReplayServer
from testbed.sites import sources_toml
from testbed.sites.corpus import CorpusSites


def crawl_built(built: CorpusSites, tmp_path: Path) -> tuple[RawArchive, list[FetchedPage], set[str]]:
    """The archive, every fetched document and every path the servers were asked for."""
    archive = RawArchive(tmp_path / "wh")
    servers = {name: ReplayServer(folder).start() for name, folder in built.sites.items()}
    try:
        (tmp_path / "sources.toml").write_text(
            sources_toml({n: s.base_url for n, s in servers.items()}, site_dirs=built.sites), encoding="utf-8"
        )
        client = HttpClient(timeout_s=5.0, retries=0, min_interval_s=0.0)
        docs = []
        for source in load_sources(tmp_path / "sources.toml"):
            crawl = crawl_source(source, client=client, archive=archive, state=CrawlState(), run_id="r1")
            assert crawl.ok, crawl.error
            docs += crawl.documents
        asked = {r.path for srv in servers.values() for r in srv.requests}
    finally:
        for srv in servers.values():
            srv.stop()
    return archive, docs, asked
