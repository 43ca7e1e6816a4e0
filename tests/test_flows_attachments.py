"""Plans published as attachments through the real flows: the nightly run fetches each file once
into the archive and stores its tasks, targets and `attachments` rows; an unchanged night fetches
no file; `reparse` rebuilds the same rows from the archive alone (Prefect test server, replay
portal over HTTP, real Delta warehouse)."""
from __future__ import annotations

import polars as pl
import pytest

from flows.runner import run_flow
from planwatch.settings import Settings
from testbed.replay import ReplayServer
from testbed.sites import annexes, copy_site, sources_toml
from warehouse.store import Warehouse

pytestmark = pytest.mark.prefect
SITE = "hanweb_juancheng"


def _downloads(srv: ReplayServer) -> list[str]:
    return [r.query for r in srv.requests if "downfile" in r.path]


def test_nightly_then_unchanged_night_then_reparse(prefect_harness, tmp_path):
    from flows.nightly import nightly, reparse

    site = copy_site(SITE, tmp_path / "site")
    with ReplayServer(site) as srv:
        sources = tmp_path / "sources.toml"
        sources.write_text(sources_toml({SITE: srv.base_url}, site_dirs={SITE: site}), encoding="utf-8")
        settings = Settings.of(warehouse=str(tmp_path / "wh"), sources=str(sources), min_interval_s=0.0,
                               http_timeout_s=5.0, http_retries=0)
        run_flow(nightly, settings)
        first = _downloads(srv)
        assert len(first) == len(set(first)) >= len(annexes.FILES)
        srv.reset_log()
        run_flow(nightly, settings)
        assert _downloads(srv) == []  # an unchanged night fetches no file
    wh = Warehouse.open(settings.store)
    files = wh.read("attachments")
    shown = {f["show"] for f in annexes.FILES}
    ours = files.filter(pl.col("name").is_in(list(shown)))
    assert ours.height == len(shown)
    assert dict(ours.select("name", "status").iter_rows()) == {
        f["show"]: f.get("status", "parsed") for f in annexes.FILES}
    tasks = wh.read("tasks").filter(pl.col("origin") != "page")
    planted = sum(len(f["tasks"]) for f in annexes.FILES)
    assert tasks.height >= planted and all(p[0].startswith("附件") for p in tasks["path"].to_list())
    docs = wh.read("documents").filter(pl.col("doc_id").is_in(ours["doc_id"].to_list()))
    assert docs["n_tasks"].sum() == planted and docs["is_plan"].all()
    before = {t: wh.read(t).drop_nulls("doc_id").height for t in ("tasks", "targets", "attachments")}

    run_flow(reparse, settings)  # the portal is gone: only the archive
    wh = Warehouse.open(settings.store)
    after = {t: wh.read(t).drop_nulls("doc_id").height for t in ("tasks", "targets", "attachments")}
    assert after == before
    assert wh.read("attachments").filter(pl.col("name").is_in(list(shown))).height == len(shown)
