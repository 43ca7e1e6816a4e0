"""`reparse` fanned out on a local Dask cluster of 2 worker processes (prefect-dask): the parse
batches run in other processes and the result equals the archive's pages. Slow (~30 s: the
workers import polars and the parser), so only in `make test-all`."""
from __future__ import annotations

import polars as pl
import pytest

from extract.sources import load_sources
from flows import steps
from flows.runner import run_flow, with_dask
from planwatch.settings import Settings
from testbed.replay import ReplayServer
from testbed.sites import copy_site, sources_toml
from warehouse.contract import conform
from warehouse.store import Warehouse

pytestmark = [pytest.mark.prefect, pytest.mark.slow]
SITE = "hanweb_chengwu"


def test_reparse_on_two_dask_workers(prefect_harness, tmp_path, monkeypatch):
    from flows.nightly import reparse

    site = copy_site(SITE, tmp_path / "site")
    with ReplayServer(site) as srv:
        src = tmp_path / "sources.toml"
        src.write_text(sources_toml({SITE: srv.base_url}, site_dirs={SITE: site}), encoding="utf-8")
        settings = Settings.of(warehouse=str(tmp_path / "wh"), sources=str(src), min_interval_s=0.0)
        wh = Warehouse.open(settings.store)
        crawl = steps.crawl_one(load_sources(settings.crawl.sources)[0], settings, wh, run_id="r0")
        wh.merge_rows("pages", conform("pages", crawl.pages))
    monkeypatch.setenv("PREFECT_API_URL", prefect_harness)  # the workers report to the harness
    report = run_flow(with_dask(reparse, 2), settings, warehouse=settings.store.root)
    assert report["status"] == "completed"
    docs = wh.read("documents")
    assert sorted(docs["source"].to_list()) == sorted(d.url for d in crawl.documents)
    assert wh.read("runs").filter(pl.col("flow") == "reparse").height == 1
